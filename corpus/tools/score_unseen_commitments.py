"""Scores the commitments of `analyzer analyze --format jsonl` on unseen published articles against a hand-made
judgement by offset (models/commitments/unseen-judged-N.tsv: article, file, start, end, kind, holders).

  python3 corpus/tools/score_unseen_commitments.py texts JUDGED.tsv OUTDIR [NEWS]   writes OUTDIR/<article>.txt
      (title, a line break, the text, as the offsets count them; NEWS defaults to ../shared/data/news)
  python3 corpus/tools/score_unseen_commitments.py score JUDGED.tsv ANALYZED.jsonl [v]   (v: list every error)

A prediction is right when it overlaps a judged stretch of a commitment; one that overlaps only stretches judged
"either" is left out of both counts; a kind is right when it is one of the judged kinds ("intent/decision"); a
row of kind "none" (start and end 0) lists an article read that holds nothing of either; a
holder is right when its folded words and an accepted holder's contain one another, or when it is null and "-" is
accepted (an empty holder, as unseen-judged-5.tsv writes it, is "-"). Persian and Arabic letters are folded as score_unseen_officials.py folds them.
"""
import collections, gzip, json, os, re, sys


def fold(s):
    s = s.replace('ي', 'ی').replace('ك', 'ک').replace('ة', 'ه').replace('أ', 'ا').replace('إ', 'ا')
    s = s.replace('آ', 'ا').replace('ۀ', 'ه').replace('ئ', 'ی')
    s = re.sub('[\u064B-\u065F\u0670\u0640«»"]', '', s)
    return re.sub('[\\s\u200c]+', '', s)


def read_judged(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or line.startswith('article\t') or not line.strip():
            continue
        f = line.rstrip('\n').split('\t')
        rows.append(dict(article=f[0], file=f[1], start=int(f[2]), end=int(f[3]), kinds=f[4].split('/'),
                         holders=[h or '-' for h in f[5].split('|')] if len(f) > 5 else ['-']))
    return rows


def texts(judged, out, news):
    wanted = collections.defaultdict(set)
    for r in judged:
        wanted[r['file']].add(r['article'])
    os.makedirs(out, exist_ok=True)
    for file, ids in wanted.items():
        for line in gzip.open(os.path.join(news, file), 'rt', encoding='utf-8'):
            d = json.loads(line)
            if d['id'] in ids:
                with open(os.path.join(out, d['id'] + '.txt'), 'w', encoding='utf-8') as w:
                    w.write(d['title'] + '\n' + d['text'])


def holder_right(pred, accepted):
    if pred is None or not pred.strip():
        return '-' in accepted
    p = fold(pred)
    return any(a != '-' and (fold(a) in p or p in fold(a)) for a in accepted)


def score(judged, analyzed, verbose):
    gold = collections.defaultdict(list)
    for r in judged:
        gold[r['article']] += [] if r['kinds'] == ['none'] else [r]
    pred = {}
    for line in open(analyzed, encoding='utf-8'):
        d = json.loads(line)
        pred[os.path.basename(d['source']).replace('.txt', '')] = (d['lang'], d['commitments'])
    c = collections.defaultdict(collections.Counter)
    for art in sorted(gold):
        lang, cs = pred.get(art, ('ar' if art.startswith('snn') else 'fa', []))
        k = c[lang]
        found = set()
        lines = []
        for p in cs:
            over = [g for g in gold[art] if p['start'] < g['end'] and g['start'] < p['end']]
            real = [g for g in over if g['kinds'] != ['either']]
            if not real:
                if not over:
                    k['fp'] += 1
                    lines.append(f"  FP  {p['kind']} | {p['holder']} | {p['text'][:90]}")
                continue
            g = real[0]
            if id(g) in found:
                continue
            found.add(id(g))
            k['tp'] += 1
            kr = p['kind'] in g['kinds']
            k['kind'] += kr
            hr = holder_right(p['holder'], g['holders'])
            k['holder'] += hr
            if not (kr and hr):
                lines.append(f"  TP  {p['kind']}{'' if kr else ' [gold ' + '/'.join(g['kinds']) + ']'} | {p['holder']}"
                             f"{'' if hr else ' [gold ' + '|'.join(g['holders']) + ']'} | {p['text'][:90]}")
        for g in gold[art]:
            if g['kinds'] != ['either'] and id(g) not in found:
                k['fn'] += 1
                lines.append(f"  FN  {'/'.join(g['kinds'])} | {'|'.join(g['holders'])} | {g['start']}-{g['end']}")
        if verbose and lines:
            print(art)
            print('\n'.join(lines))
    for lang in sorted(c):
        k = c[lang]
        tp, fp, fn = k['tp'], k['fp'], k['fn']
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        f = 2 * p * r / (p + r) if p + r else 0
        print(f"{lang} P {p:.2f} ({tp}/{tp + fp}) R {r:.2f} ({tp}/{tp + fn}) F1 {f:.2f} kind {k['kind']}/{tp} holder {k['holder']}/{tp}")


if __name__ == '__main__':
    if sys.argv[1] == 'texts':
        texts(read_judged(sys.argv[2]), sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else '../shared/data/news')
    else:
        score(read_judged(sys.argv[2]), sys.argv[3], len(sys.argv) > 4)
