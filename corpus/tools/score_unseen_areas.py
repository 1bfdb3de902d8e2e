#!/usr/bin/env python3
"""Scores the document areas of `analyzer analyze --format jsonl` on files named <article id>.txt (title, a line break,
the text, as ../shared/data/news stores them) against models/areas/unseen-samples.tsv (sample, article, lang, areas).

  python3 corpus/tools/score_unseen_areas.py GOLD.tsv ANALYZED.jsonl SAMPLE[,SAMPLE...] [v]   (v: list every error)

Prints per sample group and language: articles, micro-F1, macro-F1 (over the labels present in gold or predicted),
true/false positives, misses, and the articles with a gold area left with none.
"""
import collections
import json
import os
import sys


def f1(tp, fp, fn):
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def main():
    gold_path, analyzed_path, samples = sys.argv[1], sys.argv[2], sys.argv[3].split(",")
    verbose = len(sys.argv) > 4
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        sample, article, lang, areas = (line.rstrip("\n").split("\t") + [""])[:4]
        if sample in samples:
            gold[article] = (lang, set(a for a in areas.split(",") if a))
    predicted = {}
    for line in open(analyzed_path, encoding="utf-8"):
        d = json.loads(line)
        article = os.path.basename(d["source"])[:-len(".txt")]
        predicted[article] = set(a["label"] for a in d.get("areas", []))
    for lang in ("ar", "fa", "both"):
        ids = [a for a, (l, _) in gold.items() if lang in ("both", l)]
        counts = collections.defaultdict(lambda: [0, 0, 0])
        empty = 0
        for a in ids:
            g, p = gold[a][1], predicted.get(a)
            if p is None:
                print(f"missing from {analyzed_path}: {a}", file=sys.stderr)
                p = set()
            if g and not p:
                empty += 1
            for label in g | p:
                counts[label][0 if label in g and label in p else 1 if label in p else 2] += 1
            if verbose and lang != "both" and g != p:
                print(f"  {a}\tgold {','.join(sorted(g)) or '-'}\tpredicted {','.join(sorted(p)) or '-'}")
        tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
        macro = sum(f1(*c) for c in counts.values()) / len(counts) if counts else 0
        print(f"{'+'.join(samples)} {lang}: {len(ids)} articles, micro-F1 {f1(tp, fp, fn):.3f}, macro-F1 {macro:.3f} "
              f"(tp {tp}, fp {fp}, fn {fn}; with a gold area left with none {empty})")


if __name__ == "__main__":
    main()
