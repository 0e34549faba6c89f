#!/usr/bin/env bash
# One corpus on a standalone Flink cluster of separate JVMs (scripts/flink-cluster.sh: a job
# manager and N task managers of one slot each), on embedded Flink (--embedded) and on the
# DirectRunner, one after the other:
# wall time, peak RSS of every process (the launcher, the job manager, each task manager), tokens
# annotated, tokens/s per slot, the model loads each worker JVM reported, and whether the two runs
# wrote the same records.
#   scripts/bench-cluster.sh [--taskmanagers N] [--embedded] GLOB
#   e.g. scripts/bench-cluster.sh '../shared/corpora/wire-afp/*.txt'
#        EVENTWIRE_BENCH_OPTS=--annotate=false scripts/bench-cluster.sh --embedded 'gen/docs/*.txt'
#        (gen: java -cp ... org.eventwire.inspect.SyntheticCorpus gen 100000, as bench-dedup.sh)
# Extra pipeline options for both runs in EVENTWIRE_BENCH_OPTS. Run it on a quiet machine: the
# figures are for comparison side by side, one run each.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
taskmanagers=2
embedded=false
while [ "$#" -gt 1 ]; do
  case "$1" in
    --taskmanagers) taskmanagers="$2"; shift 2 ;;
    --embedded) embedded=true; shift ;;
    *) break ;;
  esac
done
[ "$#" -eq 1 ] || { sed -n '2,14p' "$0" >&2; exit 2; }
glob="$1"
work="$(mktemp -d /tmp/eventwire-bench-cluster.XXXXXX)"
export EVENTWIRE_FLINK_HOME="$work/cluster"
port=$((20000 + RANDOM % 20000))
cleanup() { "$root/scripts/flink-cluster.sh" stop > /dev/null 2>&1 || true; }
trap cleanup EXIT

peak_rss_mb() { # VmHWM of a live process, in MB
  awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"
}
calc() { python3 -c "print($1)"; }
tokens() {
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["counts"]["tokens_annotated"])' "$1"
}

"$root/scripts/flink-cluster.sh" start --taskmanagers "$taskmanagers" --slots 1 --port "$port" >&2
start=$(date +%s.%N)
# shellcheck disable=SC2086
/usr/bin/time -f '%M' -o "$work/launcher.rss" "$root/scripts/run-flink.sh" \
  --flinkMaster="localhost:$port" --parallelism="$taskmanagers" --input="$glob" \
  --output="$work/cluster-out" --quiet ${EVENTWIRE_BENCH_OPTS:-} >&2
cluster_wall=$(calc "round($(date +%s.%N) - $start, 1)")
echo "cluster ($taskmanagers task managers, 1 slot each): wall $cluster_wall s"
echo "  launcher peak RSS $(( $(cat "$work/launcher.rss") / 1024 )) MB"
for pidfile in "$EVENTWIRE_FLINK_HOME"/pids/*.pid; do
  echo "  $(basename "$pidfile" .pid) peak RSS $(peak_rss_mb "$(cat "$pidfile")") MB"
done
t=$(tokens "$work/cluster-out/manifest.json")
echo "  tokens annotated $t: $(calc "round($t / $cluster_wall / $taskmanagers)") tokens/s per slot"
python3 -c 'import json,sys; print("  model loads by worker JVM", json.load(open(sys.argv[1]))["annotation"]["model_loads_by_worker_jvm"])' \
  "$work/cluster-out/manifest.json"
cleanup

if [ "$embedded" = true ]; then
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M' -o "$work/embedded.rss" "$root/scripts/run-flink.sh" --input="$glob" \
    --output="$work/embedded-out" --quiet ${EVENTWIRE_BENCH_OPTS:-} >&2
  embedded_wall=$(calc "round($(date +%s.%N) - $start, 1)")
  echo "embedded Flink (one JVM, parallelism $(nproc)): wall $embedded_wall s," \
    "peak RSS $(( $(cat "$work/embedded.rss") / 1024 )) MB"
fi

start=$(date +%s.%N)
# shellcheck disable=SC2086
/usr/bin/time -f '%M' -o "$work/direct.rss" "$root/scripts/run-local.sh" --input="$glob" \
  --output="$work/direct-out" --quiet ${EVENTWIRE_BENCH_OPTS:-} >&2
direct_wall=$(calc "round($(date +%s.%N) - $start, 1)")
t=$(tokens "$work/direct-out/manifest.json")
echo "DirectRunner (one JVM, $(nproc) threads): wall $direct_wall s," \
  "peak RSS $(( $(cat "$work/direct.rss") / 1024 )) MB"
echo "  tokens annotated $t: $(calc "round($t / $direct_wall / $(nproc))") tokens/s per thread"
echo "cluster / DirectRunner wall time: $(calc "round($cluster_wall / $direct_wall, 2)")"
"$root/scripts/compare-runs.sh" "$work/cluster-out" "$work/direct-out"
rm -rf "$work"
