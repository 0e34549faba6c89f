#!/usr/bin/env bash
# Compares two run directories record for record (documents, rejected, events, mentions), run
# metadata (manifest, report, schemas) aside: the check that a change which should alter no
# behaviour altered none.
#   scripts/compare-runs.sh RUN_A RUN_B
# Prints the record count of each kind in both and "identical" or the first differing lines;
# exits 0 when every kind is identical, 1 otherwise.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "$#" -ne 2 ]; then
  echo "usage: scripts/compare-runs.sh RUN_A RUN_B" >&2
  exit 2
fi
work="$(mktemp -d /tmp/eventwire-compare.XXXXXX)"
trap 'rm -rf "$work"' EXIT
status=0
for kind in documents rejected events mentions; do
  "$root/scripts/avro-cat.sh" "$1/$kind" | LC_ALL=C sort > "$work/a"
  "$root/scripts/avro-cat.sh" "$2/$kind" | LC_ALL=C sort > "$work/b"
  if cmp -s "$work/a" "$work/b"; then
    printf '%-10s %8d records  %8d records  identical\n' "$kind" "$(wc -l < "$work/a")" "$(wc -l < "$work/b")"
  else
    printf '%-10s %8d records  %8d records  DIFFERENT\n' "$kind" "$(wc -l < "$work/a")" "$(wc -l < "$work/b")"
    diff "$work/a" "$work/b" | head -6 | cut -c1-300
    status=1
  fi
done
exit "$status"
