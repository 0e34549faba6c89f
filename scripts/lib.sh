# Shared by the scripts: finds or makes the build. Sourced, not run.
root="${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
classes="$root/pipeline/target/classes"
classpath_file="$root/pipeline/target/classpath.txt"

# Builds the pipeline (no tests) when there is no build yet.
ensure_built() {
  if [ ! -f "$classpath_file" ] || [ ! -d "$classes/org/eventwire" ]; then
    echo "eventwire: no build found, building (first time: downloads Beam and CoreNLP, ~600 MB)..." >&2
    (cd "$root" && mvn -B -q -DskipTests package) >&2
  fi
}

eventwire_classpath() {
  printf '%s:%s' "$classes" "$(cat "$classpath_file")"
}
