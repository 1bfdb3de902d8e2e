"""The text of a real-set article, read from ../shared/data/news (never copied into the repository).

A real-set gold file names its article as {"file": "<lang>/<source>/<name>.jsonl.gz", "id": "<article id>"};
the document text is the article's title, a line break, then its text, exactly as published there. Offsets in
the gold file are indices into that string (Java UTF-16 indices; the selection keeps only BMP text).
"""
import gzip, json, os

_cache = {}


def news_dir():
    here = os.path.dirname(os.path.abspath(__file__))
    return os.environ.get("NEWS_DIR") or os.path.normpath(os.path.join(here, "..", "..", "..", "shared", "data", "news"))


def article_text(article):
    path = os.path.join(news_dir(), article["file"])
    if path not in _cache:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            _cache[path] = {d["id"]: d["title"] + "\n" + d["text"] for d in map(json.loads, f)}
    texts = _cache[path]
    if article["id"] not in texts:
        raise KeyError(f"article {article['id']} is not in {path}")
    return texts[article["id"]]
