#!/usr/bin/python3
"""Loads an eventwire run's output into pandas DataFrames.

    from load_output import load_output
    run = load_output("/tmp/eventwire-out")
    run.events.merge(run.mentions, on="event_id").merge(run.documents, on="doc_id")

or, from the shell, the events per day at one place:

    scripts/load_output.py /tmp/eventwire-out --location Herat

Needs Debian's python3-avro and python3-pandas (apt-get install python3-avro python3-pandas),
which live under /usr/bin/python3, hence the shebang: a pyenv or venv `python3` on PATH has
neither.

What the frames hold, one row per record and one column per Avro field, except:
  - events: the nested roles are flattened to actor_text, actor_type, target_text,
    target_type, location_text, location_type (None where the role is null), because those
    are what one filters and groups by; the records themselves are not kept.
  - doc_date and event_date are pandas datetime64 columns (NaT where null), so that
    .dt, resample and groupby by day work.
  - Arrays (documents' entities, timexes, sentences, warnings; events' actions and doc_ids)
    stay Python lists, of dicts for records (a Timex's resolved_date is a datetime.date):
    documents.explode("entities") gives one row per entity, pd.json_normalize the dicts.
"""

import argparse
import collections
import glob
import json
import os
import sys

import avro.datafile
import avro.io
import pandas as pd

RunOutput = collections.namedtuple("RunOutput", ["documents", "events", "mentions", "rejected"])

# Folder of each record kind in a run directory, and the schema file it was written with.
KINDS = {"documents": "Document", "events": "Event", "mentions": "Mention", "rejected": "Rejected"}
ROLES = ("actor", "target", "location")
DATE_COLUMNS = {"documents": ["doc_date"], "events": ["event_date"]}


def read_records(folder):
    """Every record in the folder's .avro files, and the field names of the schema they carry."""
    records, fields = [], None
    for path in sorted(glob.glob(os.path.join(folder, "*.avro"))):
        with avro.datafile.DataFileReader(open(path, "rb"), avro.io.DatumReader()) as reader:
            fields = [f["name"] for f in json.loads(reader.meta["avro.schema"])["fields"]]
            records.extend(reader)
    return records, fields


def schema_fields(run_dir, kind):
    """Field names from the run's schemas/ folder: the columns of a kind that has no .avro file."""
    with open(os.path.join(run_dir, "schemas", KINDS[kind] + ".avsc")) as schema:
        return [f["name"] for f in json.load(schema)["fields"]]


def flatten_roles(event):
    """An Event's actor, target and location records as *_text and *_type columns."""
    row = {k: v for k, v in event.items() if k not in ROLES}
    for role in ROLES:
        value = event.get(role)
        row[role + "_text"] = value["text"] if value else None
        row[role + "_type"] = value["type"] if value else None
    return row


def columns_for(kind, fields):
    if kind != "events":
        return fields
    flat = []
    for name in fields:
        flat.extend([name + "_text", name + "_type"] if name in ROLES else [name])
    return flat


def load_output(run_dir):
    """The run's records as four DataFrames: documents, events, mentions, rejected.

    events and mentions join on event_id, mentions and documents on doc_id. A kind with no
    records is an empty frame that still has its columns, so code that selects them runs.
    """
    if not os.path.isdir(run_dir):
        raise FileNotFoundError("no run directory " + run_dir)
    frames = {}
    for kind in KINDS:
        records, fields = read_records(os.path.join(run_dir, kind))
        if fields is None:
            fields = schema_fields(run_dir, kind)
        if kind == "events":
            records = [flatten_roles(r) for r in records]
        frame = pd.DataFrame.from_records(records, columns=columns_for(kind, fields))
        for column in DATE_COLUMNS.get(kind, []):
            frame[column] = pd.to_datetime(frame[column])
        frames[kind] = frame
    return RunOutput(**frames)


def events_per_day(run, location):
    """Events at a place (its name, any case), per event_date: events, sentences, documents, reports."""
    at = run.events[run.events["location_text"].str.lower() == location.lower()]
    per_day = at.groupby(at["event_date"].dt.date, dropna=False).agg(
        events=("event_id", "count"),
        mentions=("num_mentions", "sum"),
        documents=("num_documents", "sum"),
        independent_reports=("num_independent_reports", "sum"),
        types=("event_type", lambda types: ", ".join(sorted(set(types.dropna())))),
    )
    per_day.index.name = "event_date"
    return per_day


def main(argv):
    parser = argparse.ArgumentParser(
        description="Loads an eventwire run and prints the events per day at one place.")
    parser.add_argument("run_dir", help="the run's output directory (--output of the run)")
    parser.add_argument("--location", help="a place name as in Event.location.text "
                        "(default: the place with the most independent reports)")
    args = parser.parse_args(argv)
    run = load_output(args.run_dir)
    print("%s: %d documents, %d events, %d mentions, %d rejected" % (
        args.run_dir, len(run.documents), len(run.events), len(run.mentions), len(run.rejected)))
    location = args.location
    if location is None:
        by_place = run.events.groupby("location_text")["num_independent_reports"].sum()
        if by_place.empty:
            print("no event has a location (was the run annotated?)")
            return 0
        location = by_place.idxmax()
    per_day = events_per_day(run, location)
    if per_day.empty:
        print("no events at %s" % location)
        return 1
    print("events at %s, per day:" % location)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60):
        print(per_day.to_string())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
