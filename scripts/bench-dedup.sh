#!/usr/bin/env bash
# Near-duplicate detection benchmark: pair precision, recall and F1 against a truth file, and
# documents per second, of a dedup-only run (--annotate=false) on the DirectRunner.
#   scripts/bench-dedup.sh                           wire-afp from ../shared/corpora with its truth, and
#                                                    abridged: cut-down copies of 300 of its stories and
#                                                    roundups (inspect/AbridgedCorpus, seed 21) with theirs
#   scripts/bench-dedup.sh 'CORPUS_GLOB' TRUTH.tsv   any corpus (truth: file<TAB>cluster, header line)
#   scripts/bench-dedup.sh --scale [N1 N2]           generated corpora of N1 and N2 documents with
#                                                    planted copies (default 10000 100000): time ratio
#                                                    and peak memory
# Extra pipeline options go in EVENTWIRE_BENCH_OPTS; JVM options in EVENTWIRE_JAVA_OPTS (default -Xmx12g).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
command -v /usr/bin/time >/dev/null || { echo "bench-dedup: needs GNU time (apt-get install time)" >&2; exit 2; }
ensure_built
export EVENTWIRE_JAVA_OPTS="${EVENTWIRE_JAVA_OPTS:--Xmx12g}"
work="${BENCH_WORK:-$(mktemp -d /tmp/eventwire-bench.XXXXXX)}"
mkdir -p "$work"
java_cp="$(eventwire_tools_classpath)"

# run NAME GLOB TRUTH: one dedup-only run; prints a result line and sets wall, rss_mb, docs.
run() {
  local name="$1" glob="$2" truth="$3" out="$work/out-$1"
  rm -rf "$out"
  local timing="$work/time-$name.txt"
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %M" -o "$timing" "$root/scripts/run-local.sh" --input="$glob" --output="$out" \
    --annotate=false ${EVENTWIRE_BENCH_OPTS:-} > "$work/log-$name.txt" 2>&1 \
    || { echo "run $name failed, see $work/log-$name.txt" >&2; tail -5 "$work/log-$name.txt" >&2; exit 1; }
  read -r wall rss_kb < "$timing"
  rss_mb=$((rss_kb / 1024))
  docs=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['counts']['documents'])" "$out/manifest.json")
  local score=""
  if [ -n "$truth" ]; then
    score=$(java -cp "$java_cp" org.eventwire.inspect.DedupScore "$out" "$truth" | tail -1)
  fi
  printf '%-9s %8s docs  %8.1f s  %8.1f docs/s  peak RSS %6s MB  %s\n' "$name" "$docs" "$wall" \
    "$(python3 -c "print($docs / $wall)")" "$rss_mb" "$score"
}

if [ "${1:-}" = "--scale" ]; then
  small="${2:-10000}"; large="${3:-100000}"
  for n in "$small" "$large"; do
    [ -f "$work/gen-$n/truth.tsv" ] || java -cp "$java_cp" org.eventwire.inspect.SyntheticCorpus "$work/gen-$n" "$n" >/dev/null
  done
  run "gen-$small" "$work/gen-$small/docs/*.txt" "$work/gen-$small/truth.tsv"; small_wall="$wall"
  run "gen-$large" "$work/gen-$large/docs/*.txt" "$work/gen-$large/truth.tsv"; large_wall="$wall"
  python3 -c "print('time ratio %d/%d documents: %.2f (linear would be %.1f)' % ($large, $small, $large_wall / $small_wall, $large / $small))"
elif [ "$#" -gt 0 ]; then
  run "corpus" "$1" "${2:-}"
else
  corpora="$root/../shared/corpora"
  run "wire-afp" "$corpora/wire-afp/*.txt" "$corpora/wire-afp-truth.tsv"
  [ -f "$work/abridged/truth.tsv" ] || java -cp "$java_cp" org.eventwire.inspect.AbridgedCorpus "$work/abridged" \
    "$corpora/wire-afp" "$corpora/wire-afp-truth.tsv" >/dev/null
  run "abridged" "$work/abridged/docs/*.txt" "$work/abridged/truth.tsv"
fi
echo "outputs and logs in $work"
