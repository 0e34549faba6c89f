#!/usr/bin/env python3
"""Select the sentences of eventwire's PLOVER development gold set.

Deterministic (fixed seeds), standard library only. Reads the research corpora at
<repo>/../shared/corpora (wire-afp originals, never the *-copyN.txt reprints, and
timeml-aquaint) and prints TSV to stdout:

    set  file  begin  end  sentence

begin/end are Unicode code-point offsets into the .txt file, so text[begin:end] in
Python is the sentence. `set` is `heldout` for a seeded ~30% of the STORIES (a whole
story is either held out or not) and `dev` for the rest.

Per corpus: the first sentence of a seeded random sample of stories, plus a seeded
random sample of other sentences, at most 3 sentences per story.

Batch 3 (session 27), printed after the rows above so their row numbers never change:
a fresh held-aside sample of held-out wire-afp stories, drawn only from fixed positions of
the sorted list of originals (other positions were being read for rule writing while it was
coded) and from stories not already in the first two batches. Its rows carry the set
`heldout3`, so a scorer can report them apart from the older held-out rows.

Batches 4 to 7 follow, each printed after the rows before it (see plover-gold.md); batch 7 (set
`dev3`) is a third development batch drawn like batches 5 and 6.

Batch 8 (set `dev4`, 2026-12-03), printed after every earlier row: a fourth development batch. The
dev-hash wire-afp originals outside BATCH3_POSITIONS were nearly used up by batches 5 to 7 (15
stories left), so it draws from ALL remaining wire-afp originals outside BATCH3_POSITIONS that are in
no earlier batch, whatever their hash: the hash rule only decided the sets of the earlier batches,
and these stories are in no set yet (most of them are "heldout" by the hash but were never drawn).

Batch 9 (set `dev5`), printed after every earlier row: a fifth development batch drawn exactly like
batch 8 (wire-afp originals outside BATCH3_POSITIONS in no earlier batch, whatever their hash), from
the stories batch 8 left, seeded with "<SEED>/wire-afp/batch9"; 40 first sentences and 60 others, at
most 2 per story.

Usage: scripts/select-gold-sentences.py > selection.tsv
"""
import hashlib
import os
import random
import re
import sys

SEED = 20261201            # sampling seed
HELDOUT_SALT = "eventwire-plover-gold-heldout"
HELDOUT_PERCENT = 30
MAX_PER_STORY = 3
MIN_WORDS = 6

# corpus folder -> (number of first sentences, number of other sentences)
PLAN = [
    ("wire-afp", 100, 100),
    ("timeml-aquaint", 50, 70),
]

# Batch 3: wire-afp only, 0-based positions in the sorted list of originals (end exclusive),
# held-out stories only, at most 2 sentences per story.
BATCH3_FOLDER = "wire-afp"
BATCH3_POSITIONS = [(200, 380), (940, 1082)]
BATCH3_FIRST = 60
BATCH3_OTHER = 60
BATCH3_MAX_PER_STORY = 2
BATCH3_SET = "heldout3"
# Batch 4 (session 29): the stories at BATCH3_POSITIONS that the hash rule does NOT hold out, which
# no rule writer has read (those positions were kept from them since session 27); a second
# held-aside figure, drawn after batch 3 had been consulted in several sessions.
BATCH4_FIRST = 60
BATCH4_OTHER = 60
BATCH4_SET = "heldout4"
# Batch 5 (session 29): a second development batch, for finding what eventwire misses on new text:
# dev-hash wire-afp stories outside BATCH3_POSITIONS (the positions rule writers read) and in no
# earlier batch. Tuned on, like dev.
BATCH5_FIRST = 100
BATCH5_OTHER = 100
BATCH5_SET = "dev2"
# Batch 6 (session 29): 200 more sentences drawn like batch 5 from its remaining stories, joined to
# the same development set.
BATCH6_FIRST = 100
BATCH6_OTHER = 100
# Batch 7 (2026-12-03): a third development batch, drawn like batches 5 and 6 from their remaining
# stories (dev-hash wire-afp originals outside BATCH3_POSITIONS, in no earlier batch), seeded with
# "<SEED>/wire-afp/batch7"; its own set, tuned on like dev and dev2.
BATCH7_FIRST = 60
BATCH7_OTHER = 100
BATCH7_SET = "dev3"
# Batch 8 (2026-12-03): a fourth development batch, seeded with "<SEED>/wire-afp/batch8". Only 15
# dev-hash stories were left outside BATCH3_POSITIONS after batch 7, so it takes every wire-afp
# original outside BATCH3_POSITIONS in no earlier batch, whatever its hash (214 stories): the hash
# rule decided only which set an earlier batch's story went to, and these stories are in no set.
# At most 2 sentences a story, as batches 3 to 7; its own set, tuned on like dev, dev2 and dev3.
BATCH8_FIRST = 50
BATCH8_OTHER = 70
BATCH8_SET = "dev4"
# Batch 9: a fifth development batch, drawn exactly like batch 8 from the stories it left (every
# wire-afp original outside BATCH3_POSITIONS in no earlier batch, whatever its hash), seeded with
# "<SEED>/wire-afp/batch9"; at most 2 sentences a story; its own set, tuned on like dev to dev4.
BATCH9_FIRST = 40
BATCH9_OTHER = 60
BATCH9_SET = "dev5"

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr",
    "adm", "sen", "rep", "gov", "prof", "rev", "fr", "jr", "sr", "inc", "co", "corp",
    "ltd", "bros", "no", "vs", "etc", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "mt", "ft", "ave",
    "calif", "fla", "mass", "conn", "wash", "ore", "ariz", "colo", "ill", "tenn", "va",
    "pa", "n.y", "d.c", "ga", "ala", "la", "md", "mich", "minn", "mo", "nev", "okla",
    "tex", "wis", "ky", "kan", "neb", "del", "miss", "s.c", "n.c", "n.j",
}

# end punctuation, optional closing quotes/brackets, whitespace, then an opening
# quote/bracket (optional) and a capital letter or digit
BOUNDARY = re.compile(r"[.?!][\"'\u2019\u201d)\]]*(\s+)(?=[\"'`\u2018\u201c(\[]*[A-Z0-9])")
TOKEN_BEFORE = re.compile(r"(\S+)$")
# a dateline paragraph on its own line: "NAIROBI, Kenya (AP) _", "WASHINGTON (AP) --"
DATELINE = re.compile(r"^[A-Z][\w .,'-]*\((?:AP|AFP|Xinhua|XINHUA|NYT)\s*\)\s*(?:_|--?)?\s*$")


def corpora_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    return os.path.normpath(os.path.join(repo, "..", "shared", "corpora"))


def read_text(path):
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def body_start(text):
    """Offset where the story body starts: after the ` date YYYY-MM-DD ` header line,
    which also carries the title line."""
    if re.match(r" date \d{4}-\d{2}-\d{2} ", text):
        nl = text.find("\n")
        return len(text) if nl < 0 else nl + 1
    return 0


def is_abbreviation(text, end_punct_pos):
    """True when the period at end_punct_pos closes an abbreviation or an initial."""
    if text[end_punct_pos] != ".":
        return False
    m = TOKEN_BEFORE.search(text, 0, end_punct_pos)
    if not m:
        return False
    tok = m.group(1).lstrip("\"'`(\u2018\u201c[").lower()
    if tok in ABBREVIATIONS:
        return True
    if re.fullmatch(r"[a-z]", tok):          # initial: "John F. Kennedy"
        return True
    if re.fullmatch(r"(?:[a-z]\.)+[a-z]", tok):  # "U.S", "a.m"
        return True
    return False


def split_sentences(text, start):
    """Yield (begin, end) of sentences in text[start:], never across a blank line."""
    for para in re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text[start:]):
        pb = start + para.start()
        pe = start + para.end()
        seg = text[pb:pe]
        cur = 0
        for m in BOUNDARY.finditer(seg):
            punct = m.start()
            if is_abbreviation(seg, punct):
                continue
            end = m.start(1)
            yield pb + cur, pb + end
            cur = m.end(1)
        if cur < len(seg):
            yield pb + cur, pe


def sentences_of(path):
    text = read_text(path)
    out = []
    for b, e in split_sentences(text, body_start(text)):
        s = text[b:e].strip()
        if len(s.split()) < MIN_WORDS:
            continue
        if DATELINE.match(s):   # "DAR ES SALAAM, Tanzania (AP) _": not a sentence
            continue
        while e > b and text[e - 1].isspace():   # a paragraph's last line ends in a newline
            e -= 1
        out.append((b, e))
    return text, out


def set_of(name):
    h = hashlib.sha256((HELDOUT_SALT + "/" + name).encode("utf-8")).hexdigest()
    return "heldout" if int(h, 16) % 100 < HELDOUT_PERCENT else "dev"


def originals(d):
    """The story files of a corpus folder, sorted, without the *-copyN.txt reprints."""
    return sorted(f for f in os.listdir(d)
                  if f.endswith(".txt") and not re.search(r"-copy\d+\.txt$", f))


def sample(rng, stories, n_first, n_other, max_per_story):
    """file -> set of sentence indices: the first sentence of n_first stories drawn at random,
    then n_other other sentences from a shuffled pool, while a story holds fewer than
    max_per_story."""
    names = sorted(stories)
    chosen = {}
    for f in rng.sample(names, n_first):
        chosen[f] = {0}
    pool = [(f, i) for f in names for i in range(1, len(stories[f][1]))]
    rng.shuffle(pool)
    taken = 0
    for f, i in pool:
        if taken >= n_other:
            break
        s = chosen.setdefault(f, set())
        if len(s) >= max_per_story:
            continue
        s.add(i)
        taken += 1
    return chosen


def rows_of(folder, stories, chosen, set_name):
    rows = []
    for f in sorted(chosen):
        text, sents = stories[f]
        for i in sorted(chosen[f]):
            b, e = sents[i]
            sentence = re.sub(r"[\t\r\n]+", " ", text[b:e])
            rows.append((set_name(f), folder + "/" + f, b, e, sentence))
    return rows


def wire_afp_batch(root, already, name, n_first, n_other, set_name, at_batch3_positions, hash_set):
    """A later batch of wire-afp originals: the stories at BATCH3_POSITIONS (or outside them) whose
    hash-rule set is `hash_set` (any hash when `hash_set` is None, batches 8 and 9), none in `already`;
    seeded with "<SEED>/wire-afp/<name>"; at most BATCH3_MAX_PER_STORY sentences a story, all of
    them in set `set_name`."""
    d = os.path.join(root, BATCH3_FOLDER)
    files = originals(d)
    positions = {f for lo, hi in BATCH3_POSITIONS for f in files[lo:hi]}
    stories = {}
    for f in files:
        if (f in positions) != at_batch3_positions:
            continue
        if hash_set is not None and set_of(f) != hash_set:
            continue
        if BATCH3_FOLDER + "/" + f in already:
            continue
        text, sents = sentences_of(os.path.join(d, f))
        if sents:
            stories[f] = (text, sents)
    rng = random.Random("%d/%s/%s" % (SEED, BATCH3_FOLDER, name))
    chosen = sample(rng, stories, n_first, n_other, BATCH3_MAX_PER_STORY)
    return rows_of(BATCH3_FOLDER, stories, chosen, lambda f: set_name)


def main():
    root = corpora_dir()
    rows = []
    for folder, n_first, n_other in PLAN:
        d = os.path.join(root, folder)
        rng = random.Random("%d/%s" % (SEED, folder))
        stories = {}
        for f in originals(d):
            text, sents = sentences_of(os.path.join(d, f))
            if sents:
                stories[f] = (text, sents)
        chosen = sample(rng, stories, n_first, n_other, MAX_PER_STORY)
        rows += rows_of(folder, stories, chosen, set_of)
    # Batch 3, held aside: held-out stories at the positions rule writers had not read.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch3", BATCH3_FIRST, BATCH3_OTHER,
                           BATCH3_SET, True, "heldout")
    # Batch 4, held aside: the dev-hash stories at those positions.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch4", BATCH4_FIRST, BATCH4_OTHER,
                           BATCH4_SET, True, "dev")
    # Batches 5 and 6, development: dev-hash stories at the other positions.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch5", BATCH5_FIRST, BATCH5_OTHER,
                           BATCH5_SET, False, "dev")
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch6", BATCH6_FIRST, BATCH6_OTHER,
                           BATCH5_SET, False, "dev")
    # Batch 7, development (set dev3): drawn like batches 5 and 6, printed after every earlier row.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch7", BATCH7_FIRST, BATCH7_OTHER,
                           BATCH7_SET, False, "dev")
    # Batch 8, development (set dev4): every wire-afp original outside BATCH3_POSITIONS in no earlier
    # batch, whatever its hash (the dev-hash ones were nearly used up); printed after every earlier row.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch8", BATCH8_FIRST, BATCH8_OTHER,
                           BATCH8_SET, False, None)
    # Batch 9, development (set dev5): drawn like batch 8 from the stories it left; printed after
    # every earlier row.
    rows += wire_afp_batch(root, {r[1] for r in rows}, "batch9", BATCH9_FIRST, BATCH9_OTHER,
                           BATCH9_SET, False, None)
    w = sys.stdout
    w.write("set\tfile\tbegin\tend\tsentence\n")
    for r in rows:
        w.write("\t".join(str(x) for x in r) + "\n")


if __name__ == "__main__":
    main()
