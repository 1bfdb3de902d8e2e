#!/usr/bin/env python3
"""Start the annotation of a real-set article: writes corpus/real/<lang>/<id>.gold.json with the article
reference and a first sentence split (to be corrected by the annotator), unless the file exists, then prints
the sentences numbered.

Usage: python3 corpus/tools/draft_real.py ar-real-001 [...]
"""
import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_text import article_text

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "real")
ENDERS = ".؟?!؛"
CLOSERS = "»\"”')]"


def split_sentences(text):
    """Guideline split: . ؟ ? ! ؛ or a line break; decimals and one-letter abbreviations (د.) do not end one."""
    out, start = [], 0
    i = 0
    while i < len(text):
        c = text[i]
        end = None
        if c == "\n":
            end = i
        elif c in ENDERS:
            decimal = c == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
            abbrev = c == "." and i >= 1 and text[i - 1].isalpha() and (i < 2 or not text[i - 2].isalpha())
            if not decimal and not abbrev:
                end = i + 1
                while end < len(text) and text[end] in CLOSERS + ENDERS:
                    end += 1
        if end is not None:
            piece = text[start:end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(piece.strip())
            start = end
            i = end if end > i else i + 1
            continue
        i += 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return out


def main(ids):
    split = {}
    with open(os.path.join(ROOT, "split.tsv"), encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] != "id":
                split[cols[0]] = cols
    for doc_id in ids:
        _, lang, genre, _, article_id, file = split[doc_id]
        article = {"file": file, "id": article_id}
        text = article_text(article)
        path = os.path.join(ROOT, lang, doc_id + ".gold.json")
        if not os.path.exists(path):
            g = {"id": doc_id, "lang": lang, "genre": genre, "article": article, "areas": [],
                 "sentences": [{"text": s, "areas": []} for s in split_sentences(text)],
                 "officials": [], "other_persons": [], "figures": [], "commitments": [], "quotes": []}
            with open(path, "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1)
                f.write("\n")
        with open(path, encoding="utf-8") as f:
            g = json.load(f)
        print(f"== {doc_id} ({article_id}) -> {path}")
        for k, s in enumerate(g["sentences"]):
            print(f"[{k}] {s['text']}")


if __name__ == "__main__":
    main(sys.argv[1:])
