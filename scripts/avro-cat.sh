#!/usr/bin/env bash
# Prints eventwire's Avro records as JSON lines, one record a line.
#   scripts/avro-cat.sh OUTPUT/documents [--limit=N] [--where=field=value]
#   scripts/avro-cat.sh OUTPUT/events --where=location.text=Herat    (a dotted path reaches into a record)
#   scripts/avro-cat.sh --schema OUTPUT/events
# "--limit N" and "--where field=value" (with a space) work too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
ensure_built
args=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --limit|--where)
      [ "$#" -ge 2 ] || { echo "avro-cat: $1 needs a value" >&2; exit 2; }
      args+=("$1=$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec java -Xmx1g -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.AvroCat "${args[@]}"
