#!/usr/bin/env bash
# Runs the whole eventwire pipeline on Apache Flink (1.19, through Beam's FlinkRunner).
#   scripts/run-flink.sh --input='pipeline/samples/*.txt' --output=/tmp/eventwire-out [options]
#       an embedded Flink cluster in this JVM, one slot per core (--parallelism=N to change)
#   scripts/run-flink.sh --flinkMaster=HOST:PORT --input=GLOB --output=DIR [options]
#       a real cluster (its JobManager's REST address); the shaded jar (mvn -Pflink -DskipTests
#       package, built here when missing) is what the cluster runs (--filesToStage), and input
#       and output must be paths every task manager can reach (a shared mount, HDFS, S3...).
# Every option of scripts/run-local.sh works here too, and Flink's own (--help lists them all).
# Exit codes: as scripts/run-local.sh: 0 success, 1 run failed, 2 usage error, 3 output complete.
# EVENTWIRE_JAVA_OPTS overrides the JVM options (default in scripts/lib.sh, -Xmx3g, the parallel collector, less inlining:
# one CoreNLP model per JVM, shared by every slot).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/run-flink.sh --input=GLOB --output=DIR [--flinkMaster=HOST:PORT] [options]" \
    "(--help lists every option)" >&2
  exit 2
fi
master='[local]'
defaults=()
args=" $* "
case "$args" in *" --flinkMaster="*) master="$(printf '%s\n' "$@" | sed -n 's/^--flinkMaster=//p' | tail -1)" ;;
  *) defaults+=("--flinkMaster=$master") ;; esac
case "$args" in *" --parallelism="*) ;; *) defaults+=("--parallelism=$(nproc 2>/dev/null || echo 2)") ;; esac

if [ "$master" = "[local]" ] || [ "$master" = "[auto]" ]; then
  ensure_built
  classpath="$(eventwire_classpath)"
else
  jar="$root/pipeline/target/eventwire-flink.jar"
  if [ ! -f "$jar" ]; then
    echo "eventwire: building the Flink jar (mvn -Pflink -DskipTests package)..." >&2
    (cd "$root" && mvn -B -q -Pflink -DskipTests package) >&2
  fi
  # The jar leaves out the logging binding (a cluster brings its own); the launcher keeps one, so
  # that its warnings are seen.
  ensure_built
  classpath="$jar:$(tr ':' '\n' < "$classpath_file" | grep '/slf4j-simple-' | head -1)"
  case "$args" in *" --filesToStage="*) ;; *) defaults+=("--filesToStage=$jar") ;; esac
fi
# shellcheck disable=SC2046,SC2086
exec java ${EVENTWIRE_JAVA_OPTS:-$EVENTWIRE_DEFAULT_JAVA_OPTS} $(eventwire_log_opts) -cp "$classpath" org.eventwire.EventwirePipeline \
  --runner=FlinkRunner "${defaults[@]}" "$@"
