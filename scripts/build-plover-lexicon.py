#!/usr/bin/env python3
"""Builds eventwire's PLOVER pattern lexicon and agent-noun list from the field's dictionaries.

Reads (from ../shared/event-coding beside the project, or the folder given as the first argument):
  petrarch2/CAMEO.2.0.txt        verb synonym sets and phrase patterns under CAMEO codes (MIT)
  plover/CAMEO2PLOVER-2021.txt   the PLOVER authors' CAMEO code -> PLOVER type, mode, context
                                 table (CC BY-SA 4.0)
  petrarch2/Phoenix.agents.txt   common nouns naming a sector (MIT)
Writes:
  pipeline/src/main/resources/org/eventwire/events/cameo-verbs.tsv
  pipeline/src/main/resources/org/eventwire/events/agents.tsv

Standard library only; the output depends only on the inputs (rows sorted), so a rebuild on an
unchanged source gives the same files.

What is kept of a CAMEO verb block: every single-word verb and two-word phrasal verb
(+CALL_OFF -> "call off"), each with the block's code or its own; every pattern whose words all
stand after the verb ("- * TALKS [046]", "- * (AGAINST) [111]", "- * SANCTIONS (ON +) [163]"),
reduced to its first object noun (the last word of a {multi word} noun, every member of an
&SYNONYM set) and its first preposition with that preposition's noun. Patterns with words before
the verb (subject-side) are dropped. A pattern applies to every verb of its block, as in
PETRARCH. CAMEO's 01 (public statements) has no PLOVER type and is dropped; 02 (appeals) is read
as REQUEST, which the manual's REQUEST definition covers; a code of --- becomes NONE, which
stops the verb's default ("impose taxes" is no event though "impose" is COERCE).
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "event-coding")
OUT = os.path.join(ROOT, "pipeline", "src", "main", "resources", "org", "eventwire", "events")

PARTICLES = {"up", "off", "out", "down", "back", "over", "away", "in", "on", "apart", "aside"}
COOPERATIVE_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID"}
LIGHT_VERBS = {
    "be", "have", "do", "make", "give", "take", "get", "go", "come", "put", "set", "use", "find",
    "keep", "hold", "run", "turn", "bring", "open", "face", "leave", "see", "show", "begin", "start",
    "end", "continue", "expect", "want", "need", "pass", "die", "move", "receive", "call", "play",
    "become", "try", "work", "look", "seem", "remain", "stay", "carry", "raise", "reach",
}
PREPOSITIONS = {
    "to", "with", "against", "on", "for", "from", "in", "into", "of", "at", "by", "over",
    "about", "toward", "towards", "upon", "onto", "across", "through", "under", "between",
    "outside",
}


def singular(word):
    w = word.lower().strip("_")
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith("ss") and not w.endswith("us"):
        return w[:-1]
    return w


def read_plover_table(path):
    """CAMEO code -> (type, mode, contexts)."""
    table = {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        ptype = parts[0]
        mode = parts[1].strip() if len(parts) > 1 else ""
        contexts = ""
        if len(parts) > 2:
            contexts = ";".join(c.strip() for c in parts[2].split(";") if c.strip())
        mode = mode.replace(" ", "")
        if mode in MISPLACED_CONTEXTS:
            # 175 "use violent repression" reads "ASSAULT, pro_autocracy, military": a context
            # written in the mode's place.
            contexts = ";".join(c for c in [mode] + contexts.split(";") if c)
            mode = ""
        mode = CODEBOOK_MODES.get((ptype, mode), mode)
        if ptype:
            table[m.group(1)] = (ptype, mode, contexts)
    return table


# The 2021 table names some modes that the codebook's mode tables renamed or dropped since; a
# researcher grouping by mode should see only the codebook's. Massacres and assassinations are its
# ASSAULT targeted ("targeted killings ... assassinations and executions ... mass killings"), the
# destruction of property its ASSAULT destroy, an administrative ban its restrict. Ethnic
# cleansing, the return of property and easing sanctions have no mode of their own there.
CODEBOOK_MODES = {
    ("ASSAULT", "massacre"): "targeted",
    ("ASSAULT", "assassinate"): "targeted",
    ("ASSAULT", "seize"): "destroy",
    ("ASSAULT", "cleansing"): "",
    ("COERCE", "ban"): "restrict",
    ("THREATEN", "ban"): "restrict",
    ("RETREAT", "return"): "",
    ("RETREAT", "ease"): "",
}


# PLOVER contexts that the 2021 table writes in a mode's place on some rows.
MISPLACED_CONTEXTS = {"pro_autocracy", "pro_democracy"}


# Where eventwire reads a CAMEO code otherwise than the CAMEO2PLOVER table: 192 "occupy territory"
# is there COERCE seize, but the codebook's COERCE seize mode is a search, confiscation or raid,
# and taking a place by force is the military force of ASSAULT, with the territory context.
OVERRIDES = {"192": ("ASSAULT", "", "territory;military")}


# CAMEO 036 "express intent to meet or negotiate" files patterns of the meeting verbs themselves
# ("meet with leader", "meet at"): PETRARCH reads no tense, eventwire does. A meeting told as done
# is CONSULT; told as to come it becomes AGREE by the codebook's future rule (readModality).
MEETING_VERBS = {"meet", "talk", "negotiate", "confer", "visit", "discuss"}
# Likewise talks started, launched or resumed are talks held: CONSULT when told as done (talks
# offered or proposed stay an intent, AGREE).
TALKS = {"dialogue", "discussion", "negotiation", "talk", "consultation"}
OPENING_VERBS = {"start", "begin", "launch", "open", "resume", "hold", "conduct", "enter", "initiate"}


def fine_of(code):
    """eventwire's finer category of a CAMEO code: a place taken is SEIZE."""
    return "SEIZE" if code.split(":")[0].strip() == "192" else ""


def plover_of(code, table):
    code = code.split(":")[0].strip()
    if code in OVERRIDES:
        return OVERRIDES[code]
    if code.startswith("---") or not code:
        return ("NONE", "", "")
    if code.startswith("01"):
        return None
    if code.startswith("02"):
        return ("REQUEST", "", "")
    for n in (len(code), 3, 2):
        if code[:n] in table:
            ptype, mode, contexts = table[code[:n]]
            if n < len(code) and n == 2:
                mode, contexts = "", ""
            return (ptype, mode, contexts)
    return None


def read_synsets(lines):
    synsets = {}
    name = None
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if text.startswith("&"):
            name = text
            synsets[name] = []
        elif text.startswith("+") and name:
            synsets[name].append(text[1:].strip())
        elif text.startswith("---"):
            break
        elif not text:
            continue
    return synsets


def head_words(token, synsets):
    """The noun(s) a pattern element names: a word, a synonym set, or a {multi word} noun."""
    token = token.strip()
    if token.startswith("&"):
        words = synsets.get(token, [])
        # A member written with a trailing underscore (PROBE_) is the word itself.
        return sorted({singular(w.strip("_")) for w in words if w.strip("_") and "_" not in w.strip("_")})
    if re.match(r"^[A-Z][A-Z'\-]*_?$", token):
        return [singular(token)]
    return []


def parse_pattern(body, synsets):
    """(object nouns, preposition, preposition nouns) of the words after '*', or None."""
    if "*" not in body:
        return None
    before, after = body.split("*", 1)
    if any(t not in ("$", "+", "^", "") for t in before.split()):
        return None
    # Elements: {multi word}, (PREP words), single tokens.
    elements = re.findall(r"\{[^}]*\}|\([^)]*\)|\S+", after)
    objects, prep, prep_objects, particle = [], "", [], ""
    reduced = False
    for i, element in enumerate(elements):
        if element in ("+", "$", "^", "%"):
            continue
        if element.startswith("{"):
            words = element.strip("{}").split()
            if not objects and not prep and words:
                objects = head_words(words[-1], synsets)
                reduced = len(words) > 1
            continue
        if element.startswith("("):
            words = [w for w in element.strip("()").split() if w not in ("+", "$", "^", "%")]
            if words and not prep and words[0].lower() in PREPOSITIONS:
                prep = words[0].lower()
                rest = [w for w in words[1:] if not w.startswith("{")]
                if rest:
                    prep_objects = head_words(rest[-1], synsets)
                phrase = re.search(r"\{([^}]*)\}", element)
                if phrase:
                    prep_objects = head_words(phrase.group(1).split()[-1], synsets)
            continue
        if i == 0 and element.lower() in PARTICLES and len(elements) > 1:
            particle = element.lower()
            continue
        if not prep and element.lower() in PREPOSITIONS:
            # A preposition written without parentheses ("- * AGAINST", "- * OUTSIDE") governs
            # what follows it, as one in parentheses does; it is no object noun.
            prep = element.lower()
            following = [e for e in elements[i + 1 :] if e not in ("+", "$", "^", "%")]
            if following and not following[0].startswith(("(", "{")):
                prep_objects = head_words(following[0], synsets)
            break
        if not objects and not prep:
            objects = head_words(element, synsets)
    if not objects and not prep:
        return None
    return particle, objects or [""], prep, prep_objects or [""], reduced


def inflections(word):
    """Regular forms of a verb: the forms a pattern's comment may name it by."""
    forms = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
    if word.endswith("e"):
        forms.add(word[:-1] + "ing")
    if word.endswith("y"):
        forms.update({word[:-1] + "ies", word[:-1] + "ied"})
    if len(word) > 2:
        forms.update({word + word[-1] + "ed", word + word[-1] + "ing"})
    return forms


def verb_forms(line):
    """Base form of a verb line: 'GROW {GROWS ...} [190]' -> ('grow', '190' or None, forms)."""
    text = line.split("#", 1)[0]
    code = re.search(r"\[([^\]]*)\]", text)
    listed = re.search(r"\{([^}]*)\}", text)
    text = re.sub(r"\{[^}]*\}", "", text)
    text = re.sub(r"\[[^\]]*\]", "", text).strip()
    if not text:
        return None, None, set()
    word = text.split()[0].lstrip("+").strip("_").lower()
    parts = word.split("_")
    if len(parts) == 1:
        lemma = parts[0]
    elif len(parts) == 2 and parts[1] in PARTICLES:
        lemma = parts[0] + " " + parts[1]
    else:
        return None, None, set()
    if not re.match(r"^[a-z][a-z\- ]*$", lemma):
        return None, None, set()
    forms = inflections(parts[0])
    if listed:
        forms.update(f.lstrip("+").strip("_,").lower().split("_")[0] for f in listed.group(1).split())
    return lemma, (code.group(1).strip() if code else None), forms


def read_verb_blocks(lines, synsets, table):
    rows, from_multiword, plain, plain_keys = set(), set(), set(), set()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    block_code, verbs, patterns = None, [], []

    def flush():
        for lemma, own, forms in verbs:
            code = own if own else block_code
            plover = plover_of(code, table) if code else None
            if plover and plover[0] != "NONE":
                rows.add((lemma, "VERB", *plover, fine_of(code), "", "", "", "CAMEO " + code.split(":")[0]))
            for particle, objects, prep, prep_objects, reduced, pcode, named in patterns:
                p = plover_of(pcode, table)
                # A pattern is kept for the verb its comment names (where it was found), else for
                # every verb of the block.
                if p is None or (named and not (named & forms)):
                    continue
                if pcode.split(":")[0].strip() == "036" and (
                    lemma in MEETING_VERBS or (lemma in OPENING_VERBS and set(objects) & TALKS)
                ):
                    p = ("CONSULT", "", p[2])
                verb = lemma if not particle or " " in lemma else lemma + " " + particle
                for obj in objects:
                    for pobj in prep_objects:
                        source = "CAMEO " + pcode.split(":")[0] if p[0] != "NONE" else "CAMEO ---"
                        row = (verb, "VERB", *p, fine_of(pcode), obj, prep, pobj, source)
                        rows.add(row)
                        if reduced:
                            from_multiword.add(row)
                        else:
                            plain.add(row)
                            plain_keys.add((verb, obj, prep, pobj))

    for line in lines[start + 1 : end]:
        if line.startswith("---"):
            flush()
            m = re.search(r"\[([^\]]*)\]", line)
            block_code = m.group(1).strip() if m else None
            verbs, patterns = [], []
        elif line.startswith("-"):
            m = re.match(r"^-\s+(.*?)\s*\[([^\]]*)\]", line)
            if m:
                parsed = parse_pattern(m.group(1), synsets)
                comment = line.split("#", 1)[1] if "#" in line else ""
                named = {
                    w.strip().lower().split("_")[0] for w in comment.split(",") if w.strip()
                }
                named = {w.split()[0] for w in named if w.split()}
                if parsed:
                    patterns.append((*parsed, m.group(2).strip(), named))
        elif line.strip() and not line.startswith("#"):
            lemma, own, forms = verb_forms(line)
            if lemma:
                verbs.append((lemma, own, forms))
    flush()
    # A verb whose bare form CAMEO files under two PLOVER types (plan: AGREE and THREATEN; open:
    # ACCUSE and ASSAULT), or a light verb whose meaning is its object's (take, give, make), has
    # no bare type: only its patterns code it.
    bare_types = {}
    for row in rows:
        if not row[6] and not row[7]:
            bare_types.setdefault(row[0], set()).add(row[2])
    ambiguous = {v for v, types in bare_types.items() if len(types) > 1} | LIGHT_VERBS
    # A light verb with only a preposition says nothing ("opened lower on the exchange" is no
    # "open * (ON)" shooting): it keeps only the patterns that name a noun.
    rows = {r for r in rows if not (r[0] in LIGHT_VERBS and not r[6] and not r[8])}
    # A multi-word object is kept as its head noun ("sign * {TRADE &TREATY}" [0311] becomes
    # "sign" + "treaty"), which says less than the pattern did; where a pattern names the head
    # noun plainly ("sign * &TREATY" [057]), that pattern decides the noun on its own.
    rows = {
        r
        for r in rows
        if r in plain or r not in from_multiword or (r[0], r[6], r[7], r[8]) not in plain_keys
    }
    # CAMEO's bare verbs of cooperation are the most general words of the language (lead, manage,
    # sell, connect, decide, hail): in news they code far more non-events than events. Only their
    # patterns are kept; lexicon.tsv names the cooperative verbs that hold on their own.
    return {
        r
        for r in rows
        if r[6] or r[7] or (r[0] not in ambiguous and r[2] not in COOPERATIVE_TYPES)
    }


# Heads of multi-word agents kept as agents on their own (INTERIM_LEADER: leader): the words that
# name a person or body by office; most other heads name a thing or place (SECURITY_CHECK: check).
AGENT_HEADS = {
    "leader", "minister", "official", "spokesman", "spokeswoman", "commander", "chief", "deputy",
    "diplomat", "envoy", "negotiator", "lawmaker", "legislator", "officer", "representative",
    "delegation", "authority", "ministry", "president", "governor", "mayor", "senator", "judge",
    "prosecutor", "general", "ambassador", "secretary", "premier", "chancellor", "cabinet",
    "commission",
}
# Single-word entries that news uses far more for a thing than for who acts.
NOT_AGENTS = {"prison", "control", "security", "check", "post", "station", "district"}
# eventwire's own additions: people news names by what befell them, by kin or by the side they
# take, whom the Phoenix list, written for actors, leaves out, though they are the recipients of
# many events ("the hostages were released", "detained the father and brothers of the bomber",
# "urged the public", "evacuated the wounded", "aides of the prime minister are under
# investigation", "security forces arrested ten protesters"). Analysts and experts stay out: news
# quotes them, they do not act.
# Phoenix's own entry wins where it has one.
EVENTWIRE_AGENTS = {
    "hostage": "CVL", "captive": "CVL", "abductee": "CVL", "suspect": "CRM", "public": "CVL",
    "crowd": "CVL", "bystander": "CVL", "survivor": "CVL", "patient": "CVL", "teenager": "CVL",
    "youth": "CVL", "boy": "CVL", "baby": "CVL", "father": "CVL", "brother": "CVL",
    "sister": "CVL", "son": "CVL", "daughter": "CVL", "wife": "CVL", "husband": "CVL",
    "relative": "CVL", "family": "CVL", "neighbour": "CVL", "neighbor": "CVL", "crew": "CVL",
    "sailor": "CVL", "driver": "CVL", "pilot": "CVL", "foreigner": "CVL", "national": "CVL",
    "inhabitant": "CVL", "volunteer": "CVL", "guard": "COP", "wounded": "CVL", "injured": "CVL",
    "aide": "GOV", "adviser": "GOV", "advisor": "GOV", "investigator": "JUD", "inmate": "CRM",
    "prisoner": "CRM", "opponent": "OPP", "critic": "OPP", "supporter": "CVL", "rival": "OPP",
    "chairman": "BUS", "shareholder": "BUS", "organiser": "CVL", "organizer": "CVL",
    "opposition": "OPP", "politician": "GOV", "force": "MIL",
    # people the resolver's hand list already knows (scripts/resolve-data/hand-agents.tsv)
    "photographer": "JRN", "cameraman": "JRN", "sniper": "UAF", "thief": "CRM", "hitman": "UAF",
    "seaman": "MIL", "union": "LAB", "party": "PTY",
}


def read_agents(path):
    """Single-word agents first; then the head word of multi-word ones (INTERIM_LEADER: leader)."""
    agents, heads, substitutions = {}, {}, {}
    for line in open(path, encoding="utf-8", errors="replace"):
        text = line.split("#", 1)[0].strip()
        sub = re.match(r"^(![A-Z]+!)\s*=\s*(.*)$", text)
        if sub:
            substitutions[sub.group(1)] = [w.strip() for w in sub.group(2).split(",")]
            continue
        m = re.match(r"^([A-Z!][A-Z_!'\-]*?)_?\s*(\{\})?\s*\[~?([A-Z]{3})", text)
        if not m:
            continue
        words = m.group(1).split("_")
        head = words[-1]
        forms = [head]
        sub_in = re.search(r"(![A-Z]+!)", head)
        if sub_in and sub_in.group(1) in substitutions:
            # POLICE!PERSON!: policeman, policemen, policewoman...
            forms = [head.replace(sub_in.group(1), v) for v in substitutions[sub_in.group(1)]]
        for form in forms:
            noun = singular(form)
            if not re.match(r"^[a-z][a-z\-]*$", noun):
                continue
            if noun in NOT_AGENTS:
                continue
            if len(words) == 1:
                agents.setdefault(noun, m.group(3))
            elif noun in AGENT_HEADS:
                heads.setdefault(noun, m.group(3))
    for noun, sector in heads.items():
        agents.setdefault(noun, sector)
    for noun, sector in EVENTWIRE_AGENTS.items():
        agents.setdefault(noun, sector)
    return agents


def main():
    cameo = os.path.join(SHARED, "petrarch2", "CAMEO.2.0.txt")
    lines = open(cameo, encoding="utf-8", errors="replace").read().splitlines()
    table = read_plover_table(os.path.join(SHARED, "plover", "CAMEO2PLOVER-2021.txt"))
    synsets = read_synsets(lines)
    rows = read_verb_blocks(lines, synsets, table)
    with open(os.path.join(OUT, "cameo-verbs.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# eventwire PLOVER verb patterns, generated by scripts/build-plover-lexicon.py: do not edit,"
            " rebuild.\n"
            "# Derived from PETRARCH2's CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2,"
            " Copyright (c) 2015 Open Event Data Alliance, MIT licence)\n"
            "# and the PLOVER authors' CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0);"
            " this file is shared under CC BY-SA 4.0.\n"
            "# Columns as in lexicon.tsv. event_type NONE: the pattern is no event (it stops the"
            " verb's own type).\n"
            "lemma\tpos\tevent_type\tmode\tcontexts\tfine_type\tobject\tprep\tprep_object\tsource\n"
        )
        for row in sorted(rows):
            out.write("\t".join(row) + "\n")
    agents = read_agents(os.path.join(SHARED, "petrarch2", "Phoenix.agents.txt"))
    with open(os.path.join(OUT, "agents.tsv"), "w", encoding="utf-8") as out:
        out.write(
            "# eventwire agent nouns (a common noun that names who acts: police, rebels,"
            " prosecutors) and their sector code,\n"
            "# generated by scripts/build-plover-lexicon.py from PETRARCH2's Phoenix.agents.txt"
            " (openeventdata/petrarch2,\n"
            "# Copyright (c) 2014 Open Event Data Alliance, MIT licence), with eventwire's own few"
            " additions (EVENTWIRE_AGENTS there): do not edit, rebuild.\n"
            "noun\tsector\n"
        )
        for noun in sorted(agents):
            out.write(noun + "\t" + agents[noun] + "\n")
    print("cameo-verbs.tsv: %d rows; agents.tsv: %d nouns" % (len(rows), len(agents)))


if __name__ == "__main__":
    main()
