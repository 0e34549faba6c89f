#!/usr/bin/env bash
# Scores event coding against a PLOVER gold set coded by people (see
# pipeline/src/test/resources/org/eventwire/events/plover-gold.md): per-type and micro/macro F1,
# event sentences where nothing was found, actor and recipient agreement, a confusion table, for
# the dev and held-out parts apart.
#   scripts/score-events.sh                 runs eventwire on the gold set's stories, then scores
#   scripts/score-events.sh GOLD_TSV OUT    scores an existing run OUT (its input must hold the
#                                           gold set's files, under their corpus file names)
# Extra pipeline options for the run in EVENTWIRE_SCORE_OPTS.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
ensure_built
gold="${1:-$root/pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv}"
corpora="$root/../shared/corpora"
[ -d "$corpora" ] || { echo "score-events: no corpora at $corpora (../shared beside the project)" >&2; exit 2; }
out="${2:-}"
if [ -z "$out" ]; then
  work="$(mktemp -d /tmp/eventwire-score.XXXXXX)"
  mkdir -p "$work/in"
  tail -n +2 "$gold" | cut -f2 | sort -u | while read -r file; do
    ln -sf "$corpora/$file" "$work/in/$(basename "$file")"
  done
  out="$work/out"
  # shellcheck disable=SC2086
  "$root/scripts/run-local.sh" --input="$work/in/*" --output="$out" --quiet ${EVENTWIRE_SCORE_OPTS:-} >&2
fi
exec java -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.EventScore "$gold" "$corpora" "$out"
