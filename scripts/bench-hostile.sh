#!/usr/bin/env bash
# Peak memory and wall time of a whole run on hostile input next to the sample articles', runs
# alternating, medians printed.
#   scripts/bench-hostile.sh [RUNS]      (default 3)
# The hostile folder is the sample articles plus the files org.eventwire.inspect.HostileInputs
# writes (a 200,000-character token, a 300 KB paragraph with no sentence end, 50,000 one-word
# lines, punctuation only, mixed scripts with emoji and zero-width characters, one character
# 600,000 times). Needs GNU time (apt-get install time). JVM options as scripts/run-local.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
command -v /usr/bin/time >/dev/null || { echo "bench-hostile: needs GNU time (apt-get install time)" >&2; exit 2; }
runs="${1:-3}"
ensure_built
work="$(mktemp -d /tmp/eventwire-bench-hostile.XXXXXX)"
mkdir -p "$work/samples" "$work/hostile"
cp "$root"/pipeline/samples/*.txt "$work/samples/"
cp "$root"/pipeline/samples/*.txt "$work/hostile/"
java -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.HostileInputs "$work/hostile" >/dev/null

# run NAME: one run of that folder; appends "wall_s peak_rss_kb" to $work/NAME.times.
run() {
  local name="$1" out="$work/out-$1"
  rm -rf "$out"
  /usr/bin/time -f "%e %M" -a -o "$work/$name.times" "$root/scripts/run-local.sh" --input="$work/$name/*" \
    --output="$out" --defaultDocDate=2021-08-12 --quiet > "$work/$name.log" 2>&1 \
    || { echo "run $name failed, see $work/$name.log" >&2; tail -5 "$work/$name.log" >&2; exit 1; }
  grep 'files matched' "$work/$name.log" | tail -1
}

for i in $(seq "$runs"); do
  run samples
  run hostile
done
# median FILE COLUMN: the median, minimum and maximum of one column.
median() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s %s", v[int((NR + 1) / 2)], v[1], v[NR] }'
}
for name in samples hostile; do
  read -r wall wall_min wall_max <<< "$(median "$work/$name.times" 1)"
  read -r rss rss_min rss_max <<< "$(median "$work/$name.times" 2)"
  awk -v n="$name" -v r="$runs" -v w="$wall" -v wl="$wall_min" -v wh="$wall_max" -v m="$rss" -v ml="$rss_min" -v mh="$rss_max" \
    'BEGIN { printf "%-8s %d runs: wall median %.1f s (%.1f to %.1f), peak RSS median %.2f GB (%.2f to %.2f)\n", n, r, w, wl, wh, m / 1048576, ml / 1048576, mh / 1048576 }'
done
echo "outputs and logs in $work"
