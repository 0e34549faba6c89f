#!/usr/bin/env bash
# Runs the whole eventwire pipeline on the DirectRunner on this machine, on every core.
#   scripts/run-local.sh --input='pipeline/samples/*.txt' --output=/tmp/eventwire-out [options]
# Builds the project first when no build is there. --help lists every option.
# Exit codes: 0 success (rejected inputs do not fail a run), 1 run failed, 2 usage error,
# 3 output holds a complete run and --overwrite was not given.
# The DirectRunner's immutability and encodability checks are for debugging DoFns: they walk the
# whole graph for every bundle, which costs more than the pipeline on large runs.
# EVENTWIRE_JAVA_OPTS overrides the JVM options (default in scripts/lib.sh: -Xmx3g, the parallel collector, less inlining).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

if [ "$#" -eq 0 ]; then
  echo "usage: scripts/run-local.sh --input=GLOB --output=DIR [options]  (--help lists every option)" >&2
  exit 2
fi
ensure_built
cores="$(nproc 2>/dev/null || echo 2)"
# shellcheck disable=SC2046,SC2086
exec java ${EVENTWIRE_JAVA_OPTS:-$EVENTWIRE_DEFAULT_JAVA_OPTS} $(eventwire_log_opts) -cp "$(eventwire_classpath)" org.eventwire.EventwirePipeline \
  --runner=DirectRunner --targetParallelism="$cores" \
  --enforceImmutability=false --enforceEncodability=false "$@"
