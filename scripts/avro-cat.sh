#!/usr/bin/env bash
# Prints eventwire's Avro records as JSON lines, one record a line.
#   scripts/avro-cat.sh OUTPUT/documents [--limit=N] [--where=field=value]
#   scripts/avro-cat.sh --schema OUTPUT/events
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
ensure_built
args=()
for a in "$@"; do
  case "$a" in
    --limit) echo "avro-cat: write --limit=N" >&2; exit 2 ;;
    *) args+=("$a") ;;
  esac
done
exec java -Xmx1g -cp "$(eventwire_classpath)" org.eventwire.inspect.AvroCat "${args[@]}"
