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
  - events: the nested roles are flattened to one column per role field: actor_text,
    actor_type, actor_name, actor_country, actor_countries, actor_sectors, actor_resolved_by,
    target_..., location_lat, location_lon, location_precision, ... (None where the role is
    null; the columns are those of the schema the run was written with), because those are
    what one filters and groups by; the records themselves are not kept.
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
# Fields of a Role in runs written before the schema named more (the first release had these).
ROLE_FIELDS = ["text", "type"]
DATE_COLUMNS = {"documents": ["doc_date"], "events": ["event_date"]}


def read_records(folder):
    """Every record in the folder's .avro files, and the schema (parsed JSON) they carry."""
    records, schema = [], None
    for path in sorted(glob.glob(os.path.join(folder, "*.avro"))):
        with avro.datafile.DataFileReader(open(path, "rb"), avro.io.DatumReader()) as reader:
            schema = json.loads(reader.meta["avro.schema"])
            records.extend(reader)
    return records, schema


def schema_of(run_dir, kind):
    """The schema from the run's schemas/ folder, for a kind that has no .avro file."""
    with open(os.path.join(run_dir, "schemas", KINDS[kind] + ".avsc")) as schema:
        return json.load(schema)


def role_fields(schema):
    """The field names of the Event schema's Role record (the actor's union holds it)."""
    for field in schema["fields"]:
        if field["name"] == "actor":
            for branch in field["type"]:
                if isinstance(branch, dict) and branch.get("type") == "record":
                    return [f["name"] for f in branch["fields"]]
    return ROLE_FIELDS


def flatten_roles(event, fields):
    """An Event's actor, target and location records as role_field columns (actor_country...)."""
    row = {k: v for k, v in event.items() if k not in ROLES}
    for role in ROLES:
        value = event.get(role)
        for field in fields:
            row[role + "_" + field] = value.get(field) if value else None
    return row


def columns_for(kind, schema):
    fields = [f["name"] for f in schema["fields"]]
    if kind != "events":
        return fields
    flat = []
    for name in fields:
        flat.extend([name + "_" + f for f in role_fields(schema)] if name in ROLES else [name])
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
        records, schema = read_records(os.path.join(run_dir, kind))
        if schema is None:
            schema = schema_of(run_dir, kind)
        if kind == "events":
            records = [flatten_roles(r, role_fields(schema)) for r in records]
        frame = pd.DataFrame.from_records(records, columns=columns_for(kind, schema))
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
