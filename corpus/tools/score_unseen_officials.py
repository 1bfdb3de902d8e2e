"""Scores the officials of `analyzer analyze --format jsonl` on files named <article id>.txt (title, a line break, the
text, as ../shared/data/news stores them) against a hand-made TSV of unseen articles (article, kind, name, role,
organization, country; kind official / other / undecided, names with alternatives after "/"), such as
analyzer/src/main/resources/org/diplomatic/analyzer/extract/officials/unseen-fa-articles-2.tsv. A second column
"file" (the Arabic samples, unseen-sample-2.tsv) is skipped; there "-" is null and a role or country "?" is left
unscored (counted in neither the right nor the total).

  python3 corpus/tools/score_unseen_officials.py GOLD.tsv ANALYZED.jsonl [v]   (v: list every error)
"""
import json, sys, re, os, collections
def fold(s):
    if s is None: return ''
    s = s.replace('ي','ی').replace('ك','ک').replace('ة','ه').replace('أ','ا').replace('إ','ا').replace('آ','ا').replace('ۀ','ه').replace('ئ','ی')
    s = re.sub('[\u064B-\u065F\u0670\u0640«»"]', '', s)
    s = re.sub('[\\s\u200c]+', '', s)
    return s
def nfold(s):
    s = fold(s)
    return s[3:] if s.startswith('سید') and len(s) > 5 else s
gold = collections.defaultdict(list)
with_file = False
for i, l in enumerate(open(sys.argv[1], encoding='utf-8')):
    if l.startswith('article\t'): with_file = l.split('\t')[1] == 'file'
    if l.startswith('#') or l.startswith('article\t') or not l.strip(): continue
    f = l.rstrip('\n').split('\t')
    if with_file:
        f = [f[0]] + [None if x == '-' else x for x in f[2:]]
    f += [''] * (6 - len(f))
    if f[1] == 'none': gold[f[0]]; continue  # an article that names no person: its firings are all false
    if f[1] not in ('official', 'other', 'undecided'): continue
    gold[f[0]].append(dict(kind=f[1], names={nfold(n) for n in f[2].split('/')}, name=f[2], role=f[3] or None, org=f[4] or None, country=f[5] or None))
pred = {}
for l in open(sys.argv[2], encoding='utf-8'):
    d = json.loads(l); pred[os.path.basename(d['source']).replace('.txt','')] = d['officials']
verbose = len(sys.argv) > 3
tp = fp = fn = role = country = roles = countries = 0
for art in sorted(gold):
    g = gold[art]; seen = set(); lines = []
    for o in pred.get(art, []):
        k = nfold(o['name']); hit = [x for x in g if k in x['names']]
        if not hit:
            fp += 1; lines.append(f"  FP  {o['name']} | {o['role']} | {o['country']}"); continue
        x = hit[0]
        if x['kind'] == 'undecided': lines.append(f"  --  {o['name']} | {o['role']} | {o['country']}"); continue
        if x['kind'] == 'other' or id(x) in seen:
            fp += 1; lines.append(f"  FP{'o' if x['kind']=='other' else 'd'} {o['name']} | {o['role']} | {o['country']}"); continue
        seen.add(id(x)); tp += 1
        r = x['role'] == '?' or fold(o['role']) == fold(x['role']); c = x['country'] == '?' or o['country'] == x['country']
        role += r and x['role'] != '?'; country += c and x['country'] != '?'
        roles += x['role'] != '?'; countries += x['country'] != '?'
        lines.append(f"  TP  {o['name']} | {o['role']}{'' if r else ' [gold: '+str(x['role'])+']'} | {o['country']}{'' if c else ' [gold: '+str(x['country'])+']'}")
    for x in g:
        if x['kind'] == 'official' and id(x) not in seen:
            fn += 1; lines.append(f"  FN  {x['name']} | {x['role']} | {x['country']}")
    if verbose and any(not s.startswith('  TP') or '[' in s for s in lines):
        print(art); print('\n'.join(lines))
P = tp / (tp + fp) if tp + fp else 0; R = tp / (tp + fn) if tp + fn else 0
F = 2 * P * R / (P + R) if P + R else 0
print(f"officials P {P:.3f} R {R:.3f} F1 {F:.3f} (tp {tp} fp {fp} fn {fn}); role {role}/{roles} ({role/roles:.3f}); country {country}/{countries} ({country/countries:.3f})")
