#!/usr/bin/env bash
# Tests scripts/load_output.py against a real run's output: every frame has as many rows as
# avro-cat prints records, the joins the README promises are non-empty and complete, and the
# per-day example runs.
#   scripts/test-load-output.sh            runs the sample articles plus two files that must be
#                                          rejected (about a minute: CoreNLP), then checks
#   scripts/test-load-output.sh RUN_DIR    checks an existing run's output
# Not part of `mvn verify`: CI machines have a JDK and Maven but no python3-avro/python3-pandas.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python=/usr/bin/python3
"$python" -c "import avro, pandas" 2>/dev/null \
  || { echo "test-load-output: needs apt-get install python3-avro python3-pandas" >&2; exit 2; }

if [ "$#" -ge 1 ]; then
  run_dir="$1"
else
  work="$(mktemp -d /tmp/eventwire-load-test.XXXXXX)"
  trap 'rm -rf "$work"' EXIT
  mkdir "$work/in"
  cp "$root"/pipeline/samples/*.txt "$work/in/"
  : > "$work/in/empty.txt"                                # rejected EMPTY
  printf 'The Taliban\0 captured Herat.\n' > "$work/in/nul.txt"   # rejected NOT_TEXT
  run_dir="$work/out"
  "$root/scripts/run-local.sh" --input="$work/in/*.txt" --output="$run_dir" \
    --defaultDocDate=2021-08-12 > "$work/run.log" 2>&1 \
    || { tail -20 "$work/run.log" >&2; echo "test-load-output: the run failed" >&2; exit 1; }
fi

declare -A expected
for kind in documents events mentions rejected; do
  expected[$kind]=$("$root/scripts/avro-cat.sh" "$run_dir/$kind" 2>/dev/null | wc -l || true)
done
for role in actor target; do
  expected[$role]=$("$root/scripts/avro-cat.sh" "$run_dir/events" --where=$role.country=AFG 2>/dev/null | wc -l || true)
done

"$python" - "$root/scripts" "$run_dir" "${expected[documents]}" "${expected[events]}" \
  "${expected[mentions]}" "${expected[rejected]}" "${expected[actor]}" "${expected[target]}" <<'EOF'
import sys
sys.path.insert(0, sys.argv[1])
from load_output import load_output, events_per_day

run_dir = sys.argv[2]
expected = dict(zip(["documents", "events", "mentions", "rejected"], map(int, sys.argv[3:7])))
run = load_output(run_dir)
failures = []

def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)

for kind, rows in expected.items():
    frame = getattr(run, kind)
    check(len(frame) == rows, "%s: %d rows, avro-cat prints %d records" % (kind, len(frame), rows))
check(run.documents["doc_id"].is_unique, "documents: doc_id is unique")
check(run.events["event_id"].is_unique, "events: event_id is unique")
for column in ["actor_text", "actor_type", "target_text", "location_text", "location_type",
               "actor_name", "actor_country", "actor_sectors", "actor_resolved_by", "target_country",
               "location_lat", "location_lon", "location_precision", "event_country"]:
    check(column in run.events.columns, "events: flattened role column " + column)
for role in ["actor", "target"]:
    expected_afg = int(sys.argv[7 if role == "actor" else 8])
    afg = (run.events[role + "_country"] == "AFG").sum()
    check(afg == expected_afg,
          "events: %s_country == AFG on %d rows, avro-cat --where=%s.country=AFG prints %d"
          % (role, afg, role, expected_afg))
placed = run.events[run.events["location_precision"] == "CITY"]
check(placed["location_lat"].notna().all() and placed["location_lon"].notna().all(),
      "events: every CITY location has location_lat and location_lon (%d)" % len(placed))
check(str(run.documents["doc_date"].dtype).startswith("datetime64"), "documents: doc_date is datetime64")

if expected["mentions"] > 0:
    with_events = run.mentions.merge(run.events, on="event_id", how="inner")
    check(len(with_events) == len(run.mentions),
          "mentions join events on event_id: %d of %d" % (len(with_events), len(run.mentions)))
    with_documents = run.mentions.merge(run.documents, on="doc_id", how="inner")
    check(len(with_documents) == len(run.mentions),
          "mentions join documents on doc_id: %d of %d" % (len(with_documents), len(run.mentions)))
    sentence = with_documents.iloc[0]
    check(sentence["text"][sentence["begin"]:sentence["end"]] == sentence["sentence"],
          "a mention's begin/end slice its document's text to its sentence")
    place = run.events["location_text"].dropna().iloc[0]
    per_day = events_per_day(run, place)
    check(per_day["events"].sum() > 0, "events_per_day(%s): %d events" % (place, per_day["events"].sum()))
else:
    print("skip  joins: the run has no mentions (--annotate=false?)")

if failures:
    sys.exit("test-load-output: %d check(s) failed" % len(failures))
EOF
"$python" "$root/scripts/load_output.py" "$run_dir" > /dev/null \
  || { echo "test-load-output: the __main__ example failed" >&2; exit 1; }
echo "test-load-output: all checks passed on $run_dir"
