#!/usr/bin/env python3
"""Validate pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv: column count,
offsets against the corpus text, type names, NONE rows, per-story limits and sets.
Batch 3 (set `heldout3`): wire-afp only, at most 2 sentences per story, every story held out
by the hash rule. Batch 4 (set `heldout4`): the same, with every story NOT held out by the hash
rule. Batches 5 and 6 (set `dev2`) and batch 7 (set `dev3`): wire-afp only, at most 2 sentences per
story, dev by the hash rule, outside batch 3's positions. Batch 8 (set `dev4`) and batch 9 (set
`dev5`): the same without the hash check (they draw from every remaining original outside batch 3's
positions, whatever its hash).
Prints counts; exits 1 on any problem."""
import collections, hashlib, os, re, sys
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
corpora = os.path.normpath(os.path.join(repo, '..', 'shared', 'corpora'))
path = os.path.join(repo, 'pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv')
TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
         'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']
SETS = ('dev', 'heldout', 'dev2', 'dev3', 'dev4', 'dev5', 'heldout3', 'heldout4')
HELDOUT_SALT = 'eventwire-plover-gold-heldout'
HEADER = ['set', 'file', 'begin', 'end', 'event_type', 'mode', 'context', 'negated', 'actor',
          'actor_country', 'actor_sectors', 'recipient', 'recipient_country', 'recipient_sectors',
          'location', 'location_country', 'date', 'note']
bad = []
lines = open(path, encoding='utf-8').read().split('\n')
assert lines[-1] == ''
lines = lines[:-1]
if lines[0].split('\t') != HEADER:
    bad.append('header differs')
sents = collections.OrderedDict()
texts = {}
for n, line in enumerate(lines[1:], 2):
    c = line.split('\t')
    if len(c) != len(HEADER):
        bad.append('line %d: %d columns' % (n, len(c)))
        continue
    r = dict(zip(HEADER, c))
    if r['file'] not in texts:
        texts[r['file']] = open(os.path.join(corpora, r['file']), encoding='utf-8', newline='').read()
    t = texts[r['file']]
    b, e = int(r['begin']), int(r['end'])
    span = t[b:e]
    if not span.strip() or span != span.strip() or len(span.split()) < 6:
        bad.append('line %d: offsets do not give a sentence' % n)
    for role in ('actor', 'recipient', 'location'):
        for part in filter(None, r[role].split(';')):
            if re.sub(r'\s+', ' ', part) not in re.sub(r'\s+', ' ', span):
                bad.append('line %d: %s %r not in the sentence' % (n, role, part))
    if r['set'] not in SETS:
        bad.append('line %d: set %s' % (n, r['set']))
    if r['event_type'] not in TYPES + ['NONE']:
        bad.append('line %d: type %s' % (n, r['event_type']))
    if r['negated'] not in ('true', 'false'):
        bad.append('line %d: negated %s' % (n, r['negated']))
    if r['event_type'] == 'NONE' and any(r[k] for k in HEADER[5:7] + HEADER[8:17]):
        bad.append('line %d: NONE row with role columns' % n)
    if r['date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['date']):
        bad.append('line %d: date %s' % (n, r['date']))
    if re.search(r'-copy\d+\.txt$', r['file']):
        bad.append('line %d: reprint selected' % n)
    sents.setdefault((r['file'], b, e), []).append(r)
per_story = collections.Counter(f for f, _, _ in sents)
story_set = {}
for (f, b, e), rs in sents.items():
    if len(rs) > 1 and any(r['event_type'] == 'NONE' for r in rs):
        bad.append('%s %d: NONE mixed with events' % (f, b))
    story_set.setdefault(f, set()).update(r['set'] for r in rs)
bad += ['%s: %d sentences' % (f, k) for f, k in per_story.items() if k > 3]
bad += ['%s: in both sets' % f for f, s in story_set.items() if len(s) > 1]
# batches 3 and 4: wire-afp stories held out (batch 3) or not (batch 4) by the hash rule, at most
# 2 sentences each
for f, s in story_set.items():
    batch = 'heldout3' if 'heldout3' in s else 'heldout4' if 'heldout4' in s else None
    if batch is None:
        continue
    h = int(hashlib.sha256((HELDOUT_SALT + '/' + f.split('/', 1)[1]).encode('utf-8')).hexdigest(), 16)
    if (h % 100 < 30) != (batch == 'heldout3'):
        bad.append('%s: %s but the hash rule says otherwise' % (f, batch))
    if not f.startswith('wire-afp/'):
        bad.append('%s: %s outside wire-afp' % (f, batch))
    if per_story[f] > 2:
        bad.append('%s: %d sentences in %s' % (f, per_story[f], batch))
# batches 5 to 9: wire-afp stories outside batch 3's positions (which batches 3 and 4 draw from), dev by
# the hash rule for batches 5 to 7; batches 8 (dev4) and 9 (dev5) take any hash
afp = sorted(f for f in os.listdir(os.path.join(corpora, 'wire-afp'))
             if f.endswith('.txt') and not re.search(r'-copy\d+\.txt$', f))
aside = {'wire-afp/' + f for lo, hi in ((200, 380), (940, 1082)) for f in afp[lo:hi]}
for f, s in story_set.items():
    dev = [d for d in ('dev2', 'dev3', 'dev4', 'dev5') if d in s]
    if not dev:
        continue
    h = int(hashlib.sha256((HELDOUT_SALT + '/' + f.split('/', 1)[1]).encode('utf-8')).hexdigest(), 16)
    if (h % 100 < 30 and dev[0] not in ('dev4', 'dev5')) or f in aside or not f.startswith('wire-afp/') or per_story[f] > 2:
        bad.append('%s: %s breaks its selection rule' % (f, dev[0]))
# counts
def corpus(f): return f.split('/')[0]
ev = [r for rs in sents.values() for r in rs if r['event_type'] != 'NONE']
none = sum(1 for rs in sents.values() if rs[0]['event_type'] == 'NONE')
print('sentences %d, stories %d, event rows %d, NONE sentences %d (%.0f%%), negated rows %d' % (
    len(sents), len(per_story), len(ev), none, 100.0 * none / len(sents),
    sum(r['negated'] == 'true' for r in ev)))
for s in SETS:
    ks = [k for k, rs in sents.items() if rs[0]['set'] == s]
    print('  %-8s sentences %3d (wire-afp %3d, timeml-aquaint %3d), stories %3d, event rows %3d, NONE sentences %3d' % (
        s, len(ks), sum(corpus(k[0]) == 'wire-afp' for k in ks), sum(corpus(k[0]) == 'timeml-aquaint' for k in ks),
        len({k[0] for k in ks}), sum(r['event_type'] != 'NONE' for k in ks for r in sents[k]),
        sum(sents[k][0]['event_type'] == 'NONE' for k in ks)))
    if ks:
        print('  %-8s NONE share %.0f%%' % (s, 100.0 * sum(sents[k][0]['event_type'] == 'NONE' for k in ks) / len(ks)))
tc = collections.Counter(r['event_type'] for r in ev)
tcs = {s: collections.Counter(r['event_type'] for r in ev if r['set'] == s) for s in SETS}
print('  type        all  dev  heldout  dev2  dev3  dev4  dev5  heldout3  heldout4')
for t in TYPES:
    print('  %-10s %4d %4d %4d %4d %4d %4d %4d %4d %4d' % (t, tc[t], tcs['dev'][t], tcs['heldout'][t], tcs['dev2'][t],
                                                       tcs['dev3'][t], tcs['dev4'][t], tcs['dev5'][t],
                                                       tcs['heldout3'][t], tcs['heldout4'][t]))
for k in ('actor', 'recipient', 'location', 'date', 'mode', 'context'):
    print('  rows with %s: %d' % (k, sum(1 for r in ev if r[k])))
if bad:
    print('\n'.join(bad), file=sys.stderr)
    sys.exit(1)
print('OK')
