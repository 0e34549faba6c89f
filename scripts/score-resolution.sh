#!/usr/bin/env bash
# Scores actor and place resolution (org.eventwire.resolve) on the PLOVER gold set's spans: each
# gold actor, recipient and location span is resolved with its story's date and text as context,
# and the countries and sectors found are compared with the gold columns, dev and held-out apart.
# No pipeline run needed.
#   scripts/score-resolution.sh              the table
#   scripts/score-resolution.sh --show       and the dev rows that disagree (never held-out ones)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
ensure_built
gold="$root/pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv"
corpora="$root/../shared/corpora"
[ -d "$corpora" ] || { echo "score-resolution: no corpora at $corpora (../shared beside the project)" >&2; exit 2; }
exec java -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.ResolutionScore "$gold" "$corpora" "$@"
