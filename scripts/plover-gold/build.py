#!/usr/bin/env python3
"""Assemble plover-gold.tsv from the selection (select-gold-sentences.py) and the
hand-coded work files scripts/plover-gold/codes-*.txt (codes-000 and codes-200 for the first
320 rows, codes-320 for batch 3, whose set `heldout3` comes from the selection; codes-440 to
codes-960 for batches 4 to 7, codes-1120 for batch 8, set `dev4`, codes-1240 for batch 9, set
`dev5`; every set comes from the selection). Weekday names
in the date field are resolved to the latest such day on or before the story's date header."""
import datetime, glob, os, re, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
corpora = os.path.normpath(os.path.join(repo, '..', 'shared', 'corpora'))
sel = subprocess.run([sys.executable, os.path.join(repo, 'scripts', 'select-gold-sentences.py')],
                     capture_output=True, text=True, check=True).stdout.splitlines()[1:]
rows = [l.split('\t') for l in sel]
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
TYPES = {'AGREE','CONSULT','SUPPORT','CONCEDE','COOPERATE','AID','RETREAT','REQUEST','ACCUSE',
         'REJECT','THREATEN','PROTEST','SANCTION','MOBILIZE','COERCE','ASSAULT','NONE'}
SECTORS = set('COP GOV JUD LEG MIL PRM PTY REB SPY UAF UNK AGR BUS CRM CVL EDU ELI JRN LAB MED REF OPP PRE REL SOC'.split())
CONTEXTS = set('''military intelligence executive legislative election political_institutions pro_democracy
pro_autocracy economic legal reparations human_rights rights_freedoms repression human_security gender
lgbt religion_ethnicity inequality diplomatic territory peacekeeping health asylum migration disasters
natural_resource environment technology terrorism cbrn cyber misinformation crime corruption
illegal_drugs trafficking'''.split())
RQ = ('assist', 'change', 'yield', 'meet')
MODES = {'CONSULT': ('visit', 'third-party', 'multilateral', 'phone'),
         'RETREAT': ('withdraw', 'release', 'disarm', 'ceasefire', 'access', 'resign'),
         'REQUEST': RQ, 'REJECT': RQ,
         'ACCUSE': ('disapprove', 'investigate', 'allege'),
         'THREATEN': ('restrict', 'arrest', 'relations', 'expel', 'territory', 'violence'),
         'PROTEST': ('demo', 'riot', 'strike', 'hunger', 'boycott', 'obstruct', 'vandalize'),
         'SANCTION': ('convict', 'expel', 'withdraw', 'discontinue'),
         'MOBILIZE': ('troops', 'weapons', 'police', 'militia'),
         'COERCE': ('seize', 'restrict', 'censor', 'curfew', 'martial-law', 'arrest', 'deport',
                    'withhold', 'misinformation', 'cyber'),
         'ASSAULT': ('abduct', 'beat', 'torture', 'sexual', 'targeted', 'destroy', 'primitive',
                     'firearms', 'explosives', 'suicide-attack', 'aerial', 'drone', 'heavy-weapons',
                     'crowd-control', 'unconventional')}
codes = {}
errors = []
for path in sorted(glob.glob(os.path.join(here, 'codes-*.txt'))):
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        f = line.split('|')
        if f[1] == 'NONE':
            note = f[-1] if len(f) > 2 else ''
            if any(f[2:-1]):
                errors.append('%s:%d: NONE with fields: %s' % (os.path.basename(path), n, line))
            f = [f[0], 'NONE'] + [''] * 12 + [note]
        elif len(f) > 15 and not any(f[13:-2]):
            # extra empty fields before date and note: the last two are date and note
            f = f[:13] + f[-2:]
        if len(f) != 15:
            errors.append('%s:%d: %d fields: %s' % (os.path.basename(path), n, len(f), line))
            continue
        codes.setdefault(int(f[0]), []).append(f)
out = ['\t'.join(['set', 'file', 'begin', 'end', 'event_type', 'mode', 'context', 'negated',
                  'actor', 'actor_country', 'actor_sectors', 'recipient', 'recipient_country',
                  'recipient_sectors', 'location', 'location_country', 'date', 'note'])]
for i, (st, fn, b, e, sent) in enumerate(rows):
    if i not in codes:
        errors.append('no code for #%d' % i)
        continue
    text = open(os.path.join(corpora, fn), encoding='utf-8', newline='').read()
    story = datetime.date.fromisoformat(re.match(r' date (\d{4}-\d{2}-\d{2})', text).group(1))
    evs = codes[i]
    if len(evs) > 1 and any(c[1] == 'NONE' for c in evs):
        errors.append('#%d: NONE with other events' % i)
    for c in evs:
        _, typ, mode, ctx, neg, a, ac, asec, r, rc, rsec, loc, lc, date, note = c
        if neg not in ('f', 't', ''):
            errors.append('#%d: bad negated %r' % (i, neg))
        for cc in (ac, rc, lc):
            if cc and not re.fullmatch(r'[A-Z]{3}(;[A-Z]{3})*', cc):
                errors.append('#%d: bad country %r' % (i, cc))
        for sc in (asec, rsec):
            if sc and not all(x in SECTORS for x in sc.split(';')):
                errors.append('#%d: bad sectors %r' % (i, sc))
        if mode and mode not in MODES.get(typ, ()):
            errors.append('#%d: bad mode %r for %s' % (i, mode, typ))
        if ctx and not all(x in CONTEXTS for x in ctx.split(';')):
            errors.append('#%d: bad context %r' % (i, ctx))
        if typ != "NONE" and not (a or r or ac or rc or loc):
            errors.append('#%d: event with no actor or recipient at all' % i)
        if typ not in TYPES:
            errors.append('#%d: bad type %s' % (i, typ))
        for span in (a, r, loc):
            for s in filter(None, span.split(';')):
                if s not in sent:
                    errors.append('#%d: span not in sentence: %r' % (i, s))
        if date in DAYS:
            d = story
            while d.strftime('%a') != date:
                d -= datetime.timedelta(days=1)
            date = d.isoformat()
        elif date and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', date):
            errors.append('#%d: bad date %s' % (i, date))
        out.append('\t'.join([st, fn, b, e, typ, mode, ctx, 'true' if neg == 't' else 'false',
                              a, ac, asec, r, rc, rsec, loc, lc, date, note]))
extra = set(codes) - set(range(len(rows)))
if extra:
    errors.append('codes for unknown rows: %s' % sorted(extra))
if errors:
    print('\n'.join(errors), file=sys.stderr)
    sys.exit(1)
dst = os.path.join(repo, 'pipeline/src/test/resources/org/eventwire/events/plover-gold.tsv')
open(dst, 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('wrote %d rows for %d sentences' % (len(out) - 1, len(rows)))
