#!/usr/bin/env bash
# Prints the README's record tables, generated from the doc strings of schemas/*.avsc.
#   scripts/schema-docs.sh                  prints the markdown
#   scripts/schema-docs.sh --write-readme   replaces README.md's section between the
#                                           schema-table markers (SchemaDocsTest fails until you do,
#                                           whenever a schema's fields or docs change)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"
ensure_built
if [ "${1:-}" = "--write-readme" ]; then
  exec java -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.SchemaDocs "$root/schemas" --write-readme "$root/README.md"
fi
exec java -cp "$(eventwire_tools_classpath)" org.eventwire.inspect.SchemaDocs "$root/schemas"
