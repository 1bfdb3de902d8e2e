#!/usr/bin/env python3
"""Draw a sample of unseen published articles for the area check (models/areas/unseen-samples.tsv).

Usage: python3 corpus/tools/draw_unseen_areas.py SEED N_AR N_FA USED_AR USED_FA > sample.tsv

The pool is the real set's kind of article as corpus/tools/select_real.py admits it: Arabic of 90-380 words with
4+ meeting or agreement cue words and 3+ office titles; Persian of 90-600 words with 2+ cue words and 1+ title (the
Persian thresholds of select_real.py's later batches, since few Persian articles pass the first ones). Articles whose
id suffix is in USED_AR / USED_FA (files of id suffixes, one per line) are left out; at most 4 Arabic articles per
paper. Both pools are shuffled with SEED; prints id, lang, path. Sample F of 2026-12-08 (seed 1208): USED_AR every id
met in the repository's tsv, md, py, json, java and txt files (both splits, earlier samples of every component);
USED_FA only the ids met under corpus/, models/areas/ and in README.md (both splits and the area samples), since the
other components' samples had taken 1,349 of the 1,466 Fars articles and none of the rest passes the cue filter.
"""
import contextlib
import io
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
with contextlib.redirect_stdout(io.StringIO()):  # importing select_real runs it: its split listing is not wanted
    import select_real as s  # noqa: E402  (its cue words, titles and reader)


def pool(lang, cues, roles, lo, hi, minc, minr, used):
    out = []
    for d in s.docs(lang):
        t = d["title"] + "\n" + d["text"]
        if any(ord(c) > 0xFFFF for c in t) or d["id"].rsplit("-", 1)[1] in used:
            continue
        if not lo <= len(t.split()) <= hi:
            continue
        if len(re.findall(cues, t)) >= minc and len(re.findall(roles, t)) >= minr:
            out.append(d)
    return sorted(out, key=lambda d: d["id"])


def main():
    seed, n_ar, n_fa = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    used_ar = set(open(sys.argv[4], encoding="utf-8").read().split())
    used_fa = set(open(sys.argv[5], encoding="utf-8").read().split())
    rng = random.Random(seed)
    ar = pool("ar", s.AR_CUES, s.AR_ROLES, 90, 380, 4, 3, used_ar)
    fa = pool("fa", s.FA_CUES, s.FA_ROLES, 90, 600, 2, 1, used_fa)
    print(f"# seed {seed}: pool ar {len(ar)}, fa {len(fa)}", file=sys.stderr)
    rng.shuffle(ar)
    rng.shuffle(fa)
    per_paper = {}
    chosen = []
    for d in ar:
        if len([x for x in chosen if x["lang"] == "ar"]) == n_ar:
            break
        if per_paper.get(d["source"], 0) < 4:
            per_paper[d["source"]] = per_paper.get(d["source"], 0) + 1
            chosen.append(dict(d, lang="ar"))
    chosen += [dict(d, lang="fa") for d in fa[:n_fa]]
    for d in chosen:
        print(d["id"], d["lang"], d["_path"], sep="\t")


if __name__ == "__main__":
    main()
