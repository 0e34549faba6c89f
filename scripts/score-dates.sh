#!/usr/bin/env bash
# Dates against human TIMEX3 values: stock CoreNLP, eventwire with SUTime's own values
# (--timexResolution=SUTIME) and eventwire as it runs (TENSE_AND_REFERENCE), side by side on
# ../shared/corpora/timeml-aquaint, as TempEval-3 scores them: span F1 (strict and relaxed), value
# accuracy on matched spans, value F1, and the wrong values by kind (anchor, granularity,
# unresolved, other), for the dev stories, the held-out stories and all (the split: DateScore).
#
#   scripts/score-dates.sh [--errors NAME]            runs the three on timeml-aquaint, then scores
#   scripts/score-dates.sh --stock DIR --eventwire DIR [--sutime DIR] [--errors NAME]
#                                                     scores existing runs of those files (stock's
#                                                     JSON output, eventwire outputs); the runs not
#                                                     given are made
#   --errors NAME   also lists the wrong values of stock, sutime or eventwire in the dev stories,
#                   with their context (--all-errors NAME: in all stories, held-out ones too)
#
# Stock runs as scripts/bench.sh runs it (CoreNLP's command line, each file's date header given
# through ner.docdate.useMappingFile). The eventwire runs made here are tagger-only
# (--annotators=tokenize,ssplit,pos,lemma,ner): dates do not depend on the parser. About 5
# minutes on 2 idle cores. EVENTWIRE_DATES_DIR keeps the outputs there (default: a new directory
# under /tmp).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$root/scripts/lib.sh"

stock=""
eventwire=""
sutime=""
errors=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --stock) stock="$2"; shift 2 ;;
    --eventwire) eventwire="$2"; shift 2 ;;
    --sutime) sutime="$2"; shift 2 ;;
    --errors|--all-errors) errors=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "score-dates: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
ensure_built
corpora="${EVENTWIRE_SHARED_DIR:-$root/../shared}/corpora"
gold="$corpora/timeml-aquaint-gold.tsv"
[ -f "$gold" ] || { echo "score-dates: no gold file at $gold (../shared beside the project)" >&2; exit 2; }
work="${EVENTWIRE_DATES_DIR:-$(mktemp -d /tmp/eventwire-dates.XXXXXX)}"
mkdir -p "$work"
classpath="$(eventwire_tools_classpath)"

# The stories as links in one directory, and their dates for stock's ner.docdate.
corpus="$work/corpus"
rm -rf "$corpus" && mkdir -p "$corpus"
for file in "$corpora"/timeml-aquaint/*.txt; do ln -s "$(readlink -f "$file")" "$corpus/"; done
find "$corpus" -maxdepth 1 -type l | sort > "$work/files"
while read -r file; do
  date="$(head -c 40 "$file" | sed -n 's/^ date \([0-9]\{4\}-[0-9][0-9]-[0-9][0-9]\) .*/\1/p' | head -1)"
  [ -n "$date" ] && printf '%s\t%s\n' "$(basename "$file")" "$date"
done < "$work/files" > "$work/dates"

if [ -z "$stock" ]; then
  stock="$work/stock"
  echo "score-dates: stock CoreNLP -> $stock" >&2
  rm -rf "$stock" && mkdir -p "$stock"
  # shellcheck disable=SC2086
  java ${EVENTWIRE_BENCH_STOCK_JAVA_OPTS:--Xmx4g} -cp "$classpath" edu.stanford.nlp.pipeline.StanfordCoreNLP \
    -annotators tokenize,ssplit,pos,lemma,ner -threads "$(nproc 2>/dev/null || echo 2)" -outputFormat json \
    -outputDirectory "$stock" -filelist "$work/files" -ner.docdate.useMappingFile "$work/dates" \
    > "$stock.log" 2>&1
fi
run_eventwire() { # output dir, resolution
  echo "score-dates: eventwire --timexResolution=$2 -> $1" >&2
  rm -rf "$1"
  "$root/scripts/run-local.sh" --input="$corpus/*.txt" --output="$1" --quiet \
    --annotators=tokenize,ssplit,pos,lemma,ner --timexResolution="$2" > "$1.log" 2>&1
}
if [ -z "$sutime" ]; then
  sutime="$work/eventwire-sutime"
  run_eventwire "$sutime" SUTIME
fi
if [ -z "$eventwire" ]; then
  eventwire="$work/eventwire"
  run_eventwire "$eventwire" TENSE_AND_REFERENCE
fi

java -cp "$classpath" org.eventwire.inspect.DateScore "$gold" "$corpus" \
  stock="$stock" sutime="$sutime" eventwire="$eventwire" "${errors[@]}"
