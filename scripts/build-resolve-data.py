#!/usr/bin/env python3
"""Builds the resources of org.eventwire.resolve from third-party data in ../shared.

Reads GeoNames (../shared/gazetteer), the Phoenix/PETRARCH2 actor and agent dictionaries
(../shared/event-coding/petrarch2), CoreNLP's demonym list (from the models jar in the local Maven
repository), the JDK's ISO 3166 table (scripts/resolve-data/IsoCountries.java) and the hand lists
in scripts/resolve-data, and writes pipeline/src/main/resources/org/eventwire/resolve/. Standard
library only; the output is deterministic (sorted, gzip without a time stamp).

Run: python3 scripts/build-resolve-data.py
"""
import glob
import gzip
import io
import os
import re
import subprocess
import sys
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
HAND = os.path.join(ROOT, "scripts", "resolve-data")
OUT = os.path.join(ROOT, "pipeline", "src", "main", "resources", "org", "eventwire", "resolve")
PETRARCH = os.path.join(SHARED, "event-coding", "petrarch2")
GAZETTEER = os.path.join(SHARED, "gazetteer")

# Letters that Unicode decomposition leaves whole; the same table is in resolve/MatchKey.java.
SPECIAL = {"ø": "o", "ł": "l", "ß": "ss", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th",
           "ð": "d", "ħ": "h", "ŧ": "t"}


def key(text):
    """The matching key: no diacritics, lower case, dots and apostrophes dropped, other
    punctuation a space. Must agree with MatchKey.of in Java."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    out = []
    for ch in decomposed:
        if unicodedata.category(ch) == "Mn":
            continue
        ch = SPECIAL.get(ch, ch)
        if ch in ".'\u2019`":
            continue
        out.append(ch if ch.isalnum() else " ")
    return " ".join("".join(out).split())


GEONAMES_HEADER = "# GeoNames (geonames.org), CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
PHOENIX_HEADER = ("# Open Event Data Alliance, Phoenix/PETRARCH2 dictionaries (openeventdata/petrarch2 "
                  "676801c), MIT licence, Copyright (c) 2014 Open Event Data Alliance")


def write(name, header_lines, rows, compress=False):
    text = "".join(h + "\n" for h in header_lines) + "".join("\t".join(r) + "\n" for r in rows)
    path = os.path.join(OUT, name)
    data = text.encode("utf-8")
    if compress:
        buf = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
            gz.write(data)
        data = buf.getvalue()
    with open(path, "wb") as f:
        f.write(data)
    print(f"{name}: {len(rows)} rows, {len(data):,} bytes", file=sys.stderr)


def iso_countries():
    out = subprocess.run(["java", os.path.join(HAND, "IsoCountries.java")], check=True,
                         capture_output=True, text=True).stdout
    table = {}
    for line in out.splitlines():
        alpha2, alpha3, name = line.split("\t")
        table[alpha2] = (alpha3, name)
    table["XK"] = ("KOS", "Kosovo")  # PLOVER's code for Kosovo, which has no ISO code
    return table


def hand_rows(name):
    with open(os.path.join(HAND, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def corenlp_demonyms():
    jars = glob.glob(os.path.expanduser(
        "~/.m2/repository/edu/stanford/nlp/stanford-corenlp/4.5.10/stanford-corenlp-4.5.10-models.jar"))
    if not jars:
        sys.exit("build-resolve-data: CoreNLP's models jar is not in ~/.m2 (run mvn package once)")
    with zipfile.ZipFile(jars[0]) as jar:
        text = jar.read("edu/stanford/nlp/models/dcoref/demonyms.txt").decode("utf-8")
    rows = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t") if f.strip()]
        rows.append((fields[0], fields[1:]))
    return rows


def build_countries(iso, places):
    by3 = {}
    for alpha2, (alpha3, name) in iso.items():
        by3[alpha3] = {"alpha2": alpha2, "name": name, "names": [name], "adj": []}
    for alpha3, names, adjectives in hand_rows("hand-countries.tsv"):
        entry = by3[alpha3]
        entry["names"] += names.split("|")
        entry["adj"] += adjectives.split("|")
    name_to3 = {}
    for alpha3, entry in by3.items():
        for n in entry["names"]:
            name_to3.setdefault(key(n), alpha3)
    for place, demonyms in corenlp_demonyms():
        alpha3 = name_to3.get(key(place))
        if alpha3:
            by3[alpha3]["adj"] += demonyms
    capitals = {}
    for p in places:
        if p[8] == "PPLC" and (p[3] not in capitals or int(p[5]) > int(capitals[p[3]][5])):
            capitals[p[3]] = p
    rows = []
    for alpha3 in sorted(by3):
        e = by3[alpha3]
        names = unique(e["names"])
        adj = [a for a in unique(e["adj"]) if key(a) not in {key(n) for n in names} or a in e["adj"][:0]]
        capital = capitals.get(alpha3)
        rows.append((alpha3, e["alpha2"], e["name"], "|".join(names), "|".join(unique(e["adj"])),
                     capital[0] if capital else ""))
    write("countries.tsv", [
        "# ISO 3166 codes and English names from the JDK (java.util.Locale), Kosovo as KOS after PLOVER;",
        "# demonyms from Stanford CoreNLP's models (dcoref/demonyms.txt, GPL-3.0-or-later, The Stanford NLP",
        "# Group); news variants written for eventwire (scripts/resolve-data/hand-countries.tsv); capital:",
        "# " + GEONAMES_HEADER[2:] + ".",
        "# alpha3, alpha2, name, names (|), adjectives and demonyms (|), capital geonameid"], rows)


def unique(items):
    seen, out = set(), []
    for i in items:
        if i and i not in seen:
            seen.add(i)
            out.append(i)
    return out


# Countries whose place names GeoNames writes with the Arabic article ("Al Fallujah") that news
# copy mostly leaves out ("Fallujah"): such a name also gets its key without the article.
ARABIC_ARTICLE_COUNTRIES = {"ARE", "BHR", "DZA", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MAR",
                            "OMN", "PSE", "QAT", "SAU", "SDN", "SYR", "TUN", "YEM"}
ARABIC_ARTICLES = {"al", "an", "ar", "as", "ash", "ad", "az", "at", "ath"}


def place_keys(name, alpha3, aliases):
    """A place's match keys: its folded name, without an Arabic article where news drops it,
    and the hand list's spellings."""
    keys = [key(name)]
    words = keys[0].split(" ")
    if alpha3 in ARABIC_ARTICLE_COUNTRIES and len(words) > 1 and words[0] in ARABIC_ARTICLES:
        keys.append(" ".join(words[1:]))
    keys.extend(key(a) for a in aliases)
    return unique(keys)


def build_places(iso):
    aliases = {}
    for spelling, gid, _name in hand_rows("hand-places.tsv"):
        aliases.setdefault(gid, []).append(spelling)
    rows = []
    with gzip.open(os.path.join(GAZETTEER, "cities1000.tsv.gz"), "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            gid, name, _alt, alpha2, fcode, admin1, pop, lat, lon = line.rstrip("\n").split("\t")
            if alpha2 not in iso:
                continue
            keys = place_keys(name, iso[alpha2][0], aliases.get(gid, []))
            rows.append((gid, name, "" if keys == [name.lower()] else "|".join(keys),
                         iso[alpha2][0], admin1, pop, "%.3f" % float(lat), "%.3f" % float(lon),
                         fcode))
    unknown = sorted(set(aliases) - {r[0] for r in rows})
    if unknown:
        sys.exit("build-resolve-data: hand-places.tsv names geonameids not in cities1000: "
                 + ", ".join(unknown))
    rows.sort(key=lambda r: (r[3], r[4], int(r[0])))
    write("places.tsv.gz", [GEONAMES_HEADER,
                            "# populated places of 1,000+ inhabitants (cities1000), converted by "
                            "scripts/build-resolve-data.py",
                            "# news spellings by hand (scripts/resolve-data/hand-places.tsv)",
                            "# geonameid, name, match keys (|) when they are not just the lower-cased "
                            "name, country alpha3, admin1 code, population, lat, lon, feature code"],
          rows, compress=True)
    divisions = []
    with open(os.path.join(GAZETTEER, "admin1.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            code, name = line.rstrip("\n").split("\t")
            alpha2, admin1 = code.split(".", 1)
            if alpha2 in iso:
                divisions.append((iso[alpha2][0], admin1, name))
    divisions.sort()
    write("divisions.tsv", [GEONAMES_HEADER, "# first-order administrative divisions (admin1)",
                            "# country alpha3, admin1 code, name"], divisions)
    return rows


# CAMEO's three-letter sector and group codes in PLOVER's sector codes (PLOVER manual, "Sector
# Codes"): MED was media and HLH health in CAMEO; INS and SEP fold into REB; religions name REL
# only when they come first (a Muslim rebel group is REB).
SECTORS = {"GOV": "GOV", "MIL": "MIL", "COP": "COP", "JUD": "JUD", "LEG": "LEG", "OPP": "OPP",
           "PTY": "PTY", "REB": "REB", "INS": "REB", "SEP": "REB", "SPY": "SPY", "UAF": "UAF",
           "AGR": "AGR", "BUS": "BUS", "CRM": "CRM", "CVL": "CVL", "EDU": "EDU", "ELI": "ELI",
           "LAB": "LAB", "MED": "JRN", "HLH": "MED", "REF": "REF", "REL": "REL", "NGO": "SOC",
           "HRI": "SOC", "ENV": "SOC", "PPL": "CVL", "MNC": "BUS", "PRE": "PRE", "DEV": "SOC"}
RELIGIONS = {"MUS", "CHR", "CTH", "JEW", "BUD", "HIN", "SHI", "SUN", "PRO", "ORT", "SIK", "JAN",
             "ITH", "CON", "DOX", "HSD", "MOS", "SFI", "TAO", "ZRO"}
# Country fields that are not ISO codes: PLOVER's international non-state codes; CAMEO's UN and EU
# codes fold into IGO, as the gold set codes them.
NON_STATE = {"IGO": "IGO", "NGO": "NGO", "IMG": "IMG", "MNC": "MNC", "ISM": "ISM", "UNO": "IGO",
             "EUR": "IGO"}


def plover_code(cameo, countries):
    """A CAMEO actor code (AFGGOVMIL, IGOUNO, ELI) as COUNTRY/SECTORS, or None."""
    chunks = [cameo[i:i + 3] for i in range(0, len(cameo), 3)]
    country = ""
    if chunks and (chunks[0] in countries or chunks[0] in NON_STATE):
        country = NON_STATE.get(chunks[0], chunks[0])
        chunks = chunks[1:]
        if country in ("IGO", "NGO", "IMG", "MNC", "ISM"):
            chunks = chunks[1:] if chunks and chunks[0] not in SECTORS else chunks
    sectors = []
    for i, c in enumerate(chunks):
        if c in SECTORS:
            sectors.append(SECTORS[c])
        elif c in RELIGIONS and i == 0:
            sectors.append("REL")
    if country in ("MNC",) and not sectors:
        sectors = ["BUS"]
    if not country and not sectors:
        return None
    return country + "/" + ";".join(unique(sectors))


def tabari_date(text):
    if len(text) == 6:
        yy = int(text[:2])
        text = ("20" if yy <= 30 else "19") + text
    if len(text) != 8 or not text.isdigit():
        raise ValueError(text)
    return f"{text[:4]}-{text[4:6]}-{text[6:]}"


def tabari_codes(bracketed, countries):
    out = []
    for code in re.findall(r"\[([^\]]*)\]", bracketed):
        parts = code.split()
        if not parts or parts[0].startswith("~"):
            continue
        converted = plover_code(parts[0], countries)
        if converted is None:
            continue
        span = ""
        if len(parts) > 1:
            r = parts[1]
            try:
                if r.startswith(">"):
                    span = "@" + tabari_date(r[1:]) + "~"
                elif r.startswith("<"):
                    span = "@~" + tabari_date(r[1:])
                elif "-" in r:
                    a, b = r.split("-", 1)
                    span = "@" + tabari_date(a) + "~" + tabari_date(b)
            except ValueError:
                continue
        out.append(converted + span)
    return out


def phrase(raw):
    raw = re.sub(r"\{[^}]*\}|\([^)]*\)", " ", raw)
    return " ".join(raw.replace("_", " ").replace("+", " ").split())


def parse_actor_file(path, countries):
    """TABARI actor blocks: a name line, '+' synonyms, code lines; names without codes take the
    codes of the next block that has some."""
    entries, pending, block = [], [], None

    def close():
        nonlocal block
        if block and block["codes"]:
            for name in pending + block["names"]:
                entries.append((name, block["names"][0], block["codes"]))
            pending.clear()
        elif block:
            pending.extend(block["names"])
        block = None

    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            if body.lstrip().startswith("["):
                if block:
                    block["codes"] += tabari_codes(body, countries)
                continue
            if body.startswith("+"):
                if block:
                    name = phrase(body.split("[", 1)[0])
                    if name:
                        block["names"].append(name)
                continue
            close()
            name = phrase(body.split("[", 1)[0])
            block = {"names": [name] if name else [], "codes": tabari_codes(body, countries)}
    close()
    return entries


def build_actors(countries):
    rows = {}
    for name, codes in hand_rows("hand-actors.tsv"):
        rows.setdefault(key(name), (key(name), name, codes, "hand"))
    for source in ("Phoenix.MilNonState.actors.txt", "Phoenix.International.actors.txt",
                   "Phoenix.Countries.actors.txt"):
        for name, canonical, codes in parse_actor_file(os.path.join(PETRARCH, source), countries):
            k = key(name)
            if k and k not in rows:
                rows[k] = (k, canonical.title(), " ".join(unique(codes)), source.split(".")[1])
    write("actors.tsv.gz", [PHOENIX_HEADER,
                            "# and eventwire's hand list (scripts/resolve-data/hand-actors.tsv); "
                            "CAMEO codes converted to PLOVER countries and sectors",
                            "# match key, canonical name, codes COUNTRY/SECTORS@from~to (space-separated), source"],
          sorted(rows.values()), compress=True)


def plurals(words):
    last = words[-1]
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("y") and len(last) > 2 and last[-2] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return [" ".join(words[:-1] + [f]) for f in forms]


def build_agents():
    substitutions, rows = {}, {}
    for noun, sectors in hand_rows("hand-agents.tsv"):
        words = key(noun).split()
        for form in [" ".join(words)] + plurals(words):
            rows.setdefault(form, (form, sectors))
    with open(os.path.join(PETRARCH, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        lines = [l.split("#", 1)[0].rstrip() for l in f]
    for line in lines:
        m = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", line)
        if m:
            substitutions[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
    for line in lines:
        m = re.match(r"^([^\[=]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]", line)
        if not m:
            continue
        sectors = [SECTORS[c] for c in re.findall("...", m.group(3)) if c in SECTORS]
        if not sectors:
            continue
        names = [m.group(1)]
        for var, values in substitutions.items():
            names = [n.replace(var, "_" + v) if var in n else n for n in names for v in values] \
                if any(var in n for n in names) else names
        irregular = m.group(2)
        for n in names:
            words = key(n.replace("_", " ")).split()
            if not words:
                continue
            forms = [" ".join(words)]
            if irregular is None:
                forms += plurals(words)
            elif irregular.strip("{} "):
                forms.append(key(irregular.strip("{}").replace("_", " ")))
            for form in forms:
                rows.setdefault(form, (form, ";".join(unique(sectors))))
    write("agents.tsv", [PHOENIX_HEADER, "# Phoenix.agents.txt: nouns that name a sector, with "
                         "regular plurals added; CAMEO codes as PLOVER sectors; and eventwire's hand list "
                         "(scripts/resolve-data/hand-agents.tsv)", "# match key, sectors"],
          sorted(rows.values()))


def main():
    os.makedirs(OUT, exist_ok=True)
    iso = iso_countries()
    places = build_places(iso)
    build_countries(iso, places)
    countries = {alpha3 for alpha3, _ in iso.values()} | {"SCG", "YUG", "ZAR"}
    build_actors(countries)
    build_agents()


if __name__ == "__main__":
    main()
