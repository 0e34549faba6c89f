#!/usr/bin/env bash
# eventwire against stock CoreNLP, side by side on the same files, end to end.
#
#   scripts/bench.sh [--runs N] [CORPUS_GLOB ...]
#
# Stock: CoreNLP's own command line (edu.stanford.nlp.pipeline.StanfordCoreNLP), annotators
# tokenize,ssplit,pos,lemma,ner, stock properties, -threads = cores, JSON output. It is given each
# file's publication date (from the file's date header, through ner.docdate.useMappingFile) so
# that its dates resolve as eventwire's do; that changes no speed.
# eventwire: scripts/run-local.sh with its defaults (it also parses and extracts events).
# The two alternate, N times (default 3) per corpus, each run timed by /usr/bin/time; the table
# gives medians of wall time and peak RSS, and tokens/s and documents/s of the corpus (tokens as
# stock CoreNLP counts them, the same figure for both, so the rates compare like for like).
#
# Default corpora (from ../shared/corpora, never copied into the project):
#   unique      the first 300 originals of wire-afp (distinct stories)
#   wire-heavy  the same 300 with all their republished copies
# Quality guard, from the runs on the first corpus and from one run of each on timeml-aquaint:
#   entity-mention agreement of eventwire with stock (F1, exact spans; persons, organisations and
#   the place family LOCATION/CITY/COUNTRY/STATE_OR_PROVINCE/NATIONALITY), and TIMEX value
#   scores of both against timeml-aquaint-gold.tsv (scripts/score-dates.sh on these runs, which
#   adds a tagger-only eventwire run with SUTime's own values).
#
# Needs /usr/bin/time (Debian package time). Takes about 40 minutes with the defaults on 2 cores.
# EVENTWIRE_BENCH_DIR keeps the outputs there (default: a new directory under /tmp).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

runs=3
globs=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --runs=*) runs="${1#--runs=}"; shift ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) globs+=("$1"); shift ;;
  esac
done
if [ ! -x /usr/bin/time ]; then
  echo "bench: needs /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
ensure_built
shared="${EVENTWIRE_SHARED_DIR:-$root/../shared}"
corpora="$shared/corpora"
work="${EVENTWIRE_BENCH_DIR:-$(mktemp -d /tmp/eventwire-bench.XXXXXX)}"
mkdir -p "$work"
cores="$(nproc 2>/dev/null || echo 2)"
classpath="$(eventwire_tools_classpath)"
# Each tool with the JVM options its user would give it: stock CoreNLP the heap it needs (its
# default collector), eventwire its scripts' defaults (scripts/lib.sh). Override either here.
stock_java_opts="${EVENTWIRE_BENCH_STOCK_JAVA_OPTS:--Xmx4g}"
eventwire_java_opts="${EVENTWIRE_JAVA_OPTS:-$EVENTWIRE_DEFAULT_JAVA_OPTS}"

# A corpus is a directory of links to its files, so both tools read the same paths.
make_corpus() { # name, then files on stdin
  local dir="$work/corpus-$1"
  rm -rf "$dir" && mkdir -p "$dir"
  while read -r file; do ln -s "$(readlink -f "$file")" "$dir/$(basename "$file")"; done
  find "$dir" -maxdepth 1 -name '*' -type l | sort > "$work/$1.files"
  # Publication dates from the files' ' date YYYY-MM-DD ' headers, for stock's ner.docdate.
  while read -r file; do
    date="$(head -c 40 "$file" | sed -n 's/^ date \([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\) .*/\1/p' | sed -n 1p)"
    [ -n "$date" ] && printf '%s\t%s\n' "$(basename "$file")" "$date"
  done < "$work/$1.files" > "$work/$1.dates"
  echo "$dir"
}

names=()
if [ "${#globs[@]}" -eq 0 ]; then
  # sed, not head: head stops reading at 300, and under pipefail the broken pipe of sort or ls
  # ends the script with no message.
  originals="$(ls "$corpora"/wire-afp/*.txt | grep -v -- '-copy[0-9]*\.txt$' | sort | sed -n '1,300p')"
  make_corpus unique <<< "$originals" > /dev/null
  { echo "$originals"; for f in $originals; do ls "${f%.txt}"-copy*.txt 2>/dev/null || true; done; } \
    | make_corpus wire-heavy > /dev/null
  names=(unique wire-heavy)
else
  for glob in "${globs[@]}"; do
    name="$(basename "$(dirname "$glob")")-$(( ${#names[@]} + 1 ))"
    # shellcheck disable=SC2086
    ls $glob | make_corpus "$name" > /dev/null
    names+=("$name")
  done
fi

run_stock() { # corpus, output dir
  rm -rf "$2" && mkdir -p "$2"
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %M' -o "$2.time" java $stock_java_opts -cp "$classpath" edu.stanford.nlp.pipeline.StanfordCoreNLP \
    -annotators tokenize,ssplit,pos,lemma,ner -threads "$cores" -outputFormat json \
    -outputDirectory "$2" -filelist "$work/$1.files" -ner.docdate.useMappingFile "$work/$1.dates" \
    > "$2.log" 2>&1
}

run_eventwire() { # corpus, output dir
  rm -rf "$2"
  EVENTWIRE_JAVA_OPTS="$eventwire_java_opts" /usr/bin/time -f '%e %M' -o "$2.time" "$root/scripts/run-local.sh" \
    --input="$work/corpus-$1/*.txt" --output="$2" > "$2.log" 2>&1
}

compare() {
  java -cp "$classpath" -Deventwire.stock.inputDir="$1" org.eventwire.inspect.StockComparison "${@:2}"
}

median() { sort -g | awk '{v[NR]=$1} END {if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

echo "bench: $runs alternating runs per corpus, $cores cores, outputs in $work" >&2
echo "bench: JVM options: stock $stock_java_opts; eventwire $eventwire_java_opts" >&2
table="$work/results.md"
{
  echo "| corpus | files | tokens | tool | wall s (median) | tokens/s | docs/s | peak RSS GB | eventwire/stock wall |"
  echo "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"
} > "$table"
for name in "${names[@]}"; do
  for i in $(seq 1 "$runs"); do
    if [ $((i % 2)) -eq 1 ]; then order="stock eventwire"; else order="eventwire stock"; fi
    for tool in $order; do
      echo "bench: $name run $i: $tool" >&2
      "run_$tool" "$name" "$work/$name-$tool-$i"
      echo "bench:   $(cat "$work/$name-$tool-$i.time") (wall s, peak KB)" >&2
    done
  done
  files="$(wc -l < "$work/$name.files")"
  tokens="$(compare "$work/corpus-$name" tokens "$work/$name-stock-1")"
  stock_wall=""
  for tool in stock eventwire; do
    wall="$(for i in $(seq 1 "$runs"); do cut -d' ' -f1 "$work/$name-$tool-$i.time"; done | median)"
    rss="$(for i in $(seq 1 "$runs"); do cut -d' ' -f2 "$work/$name-$tool-$i.time"; done | median)"
    [ "$tool" = stock ] && stock_wall="$wall"
    ratio="$(awk -v a="$wall" -v b="$stock_wall" 'BEGIN {printf "%.2f", a / b}')"
    awk -v c="$name" -v f="$files" -v t="$tokens" -v tool="$tool" -v w="$wall" -v r="$rss" -v ratio="$ratio" \
      'BEGIN {printf "| %s | %d | %d | %s | %.1f | %.0f | %.2f | %.2f | %s |\n", c, f, t, tool, w, t / w, f / w, r / 1048576, ratio}' \
      >> "$table"
  done
done

first="${names[0]}"
echo >> "$table"
echo "Entity-mention agreement of eventwire with stock CoreNLP on $first (exact spans):" >> "$table"
echo >> "$table"
compare "$work/corpus-$first" entities "$work/$first-stock-1" "$work/$first-eventwire-1" \
  | grep -E '^(f1|precision|recall|n_stock|n_eventwire)_(all|PERSON|ORGANIZATION|LOCATION\+)|^exact|^files' \
  | sed 's/^/    /' >> "$table"

if [ -f "$corpora/timeml-aquaint-gold.tsv" ]; then
  ls "$corpora"/timeml-aquaint/*.txt | make_corpus aquaint > /dev/null
  echo "bench: timeml-aquaint: stock" >&2
  run_stock aquaint "$work/aquaint-stock"
  echo "bench: timeml-aquaint: eventwire" >&2
  run_eventwire aquaint "$work/aquaint-eventwire"
  echo "bench: timeml-aquaint: dates (scripts/score-dates.sh)" >&2
  {
    echo
    echo "Dates on timeml-aquaint against its gold TIMEX3 values (TempEval-3 scores; sutime is"
    echo "eventwire with --timexResolution=SUTIME; see scripts/score-dates.sh):"
    echo
    EVENTWIRE_DATES_DIR="$work/dates" "$root/scripts/score-dates.sh" \
      --stock "$work/aquaint-stock" --eventwire "$work/aquaint-eventwire"
  } >> "$table"
fi

echo >> "$table"
echo "eventwire's manifest: $(grep -o '"model_loads_in_this_jvm" : [0-9]*' "$work/$first-eventwire-1/manifest.json") (pipelines: tagger, parser)" >> "$table"
echo >> "$table"
echo "JVM options: stock \`$stock_java_opts\`, eventwire \`$eventwire_java_opts\`; $cores cores." >> "$table"
cat "$table"
