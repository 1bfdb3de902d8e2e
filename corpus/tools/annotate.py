#!/usr/bin/env python3
"""Fill and check the offsets of corpus gold files.

Usage: python3 corpus/tools/annotate.py corpus/ar/ar-news-001.gold.json [...]
       python3 corpus/tools/annotate.py corpus/real/ar/ar-real-001.gold.json [...]

A real-set gold file (corpus/real) has no .txt beside it: its "article" names the published article in
../shared/data/news, whose title + line break + text is the document (see real_text.py).

An annotator writes <id>.txt and <id>.gold.json with span *texts* and the index of the sentence
each span sits in; this tool finds every span in the document, writes `start`/`end` (Java UTF-16
indices, which equal Python indices for the BMP-only text we allow) back into the gold file, and
rejects labels, units and kinds that the contract does not have. It is idempotent: spans that
already carry offsets are checked, not moved. The Java validator (CorpusValidator) checks the
result again in the tests.
"""
import json, sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from real_text import article_text

AREAS = {"telecom", "ai", "cybersecurity", "e_government", "trade_investment", "energy", "transport",
         "tourism_pilgrimage", "culture_religion", "education_science", "health", "security_defense",
         "water_environment", "agriculture_food"}
UNITS = {None, "percent", "person", "km", "m", "kg", "ton", "MW", "GW", "barrel", "cubic_meter",
         "hour", "day", "month", "year", "kWh", "USD", "EUR", "IQD", "IRR", "SAR", "AED", "QAR", "KWD", "OMR",
         "BHD", "JOD", "EGP", "TRY", "PKR", "AFN", "RUB", "CNY", "INR", "GBP", "SYP", "LBP", "AZN", "AMD",
         "GEL", "KZT", "UZS", "TMT", "TJS", "KGS", "JPY", "CHF"}
PERIODS = {None, "year", "month", "day"}
KINDS = {"obligation", "intent", "proposal", "agreement", "decision"}
GENRES = {"news", "statement", "minutes"}
QUALIFIERS = {None, "approx", "over", "under", "at_least", "at_most"}


class Bad(Exception):
    pass


def find(text, needle, lo, hi, claimed):
    """First occurrence of needle in text[lo:hi] that overlaps no claimed span."""
    i = text.find(needle, lo)
    while i != -1 and i + len(needle) <= hi:
        if not any(i < e and s < i + len(needle) for s, e in claimed):
            return i
        i = text.find(needle, i + 1)
    return -1


def place(span, what, text, sentences, claimed, to_end=False):
    needle = span.get("text")
    if not needle:
        raise Bad(f"{what}: empty text")
    si = span.get("sentence")
    if not isinstance(si, int) or not 0 <= si < len(sentences):
        raise Bad(f"{what} '{needle}': bad sentence index {si}")
    lo = sentences[si]["start"]
    hi = len(text) if to_end else sentences[si]["end"]
    if "start" in span and "end" in span:
        if text[span["start"]:span["end"]] != needle:
            raise Bad(f"{what} '{needle}': offsets {span['start']}-{span['end']} point at '{text[span['start']:span['end']]}'")
    else:
        i = find(text, needle, lo, hi, claimed)
        if i < 0:
            raise Bad(f"{what} '{needle}': not found in sentence {si}: {sentences[si]['text']}")
        span["start"], span["end"] = i, i + len(needle)
    claimed.append((span["start"], span["end"]))


def written(phrase, text):
    """In the text as is, or with its article merged into a preposition: الأمم المتحدة in للأمم المتحدة."""
    return phrase in text or (phrase.startswith("ال") and "ل" + phrase[1:] in text)


def check_areas(labels, what):
    for a in labels or []:
        if a not in AREAS:
            raise Bad(f"{what}: unknown area '{a}'")


def fill(gold_path):
    with open(gold_path, encoding="utf-8") as f:
        g = json.load(f)
    real = "article" in g
    if real:
        text = article_text(g["article"])
    else:
        with open(gold_path.replace(".gold.json", ".txt"), encoding="utf-8") as f:
            text = f.read()
    if text.startswith("\ufeff") or any(ord(c) > 0xFFFF for c in text):
        raise Bad("text must have no BOM and only BMP characters")
    doc_id = os.path.basename(gold_path)[: -len(".gold.json")]
    if g.get("id") != doc_id:
        raise Bad(f"id '{g.get('id')}' is not the file name '{doc_id}'")
    if g.get("lang") not in ("ar", "fa") or not doc_id.startswith(g["lang"] + "-"):
        raise Bad("lang must be ar/fa and match the id prefix")
    if g.get("genre") not in GENRES:
        raise Bad(f"genre '{g.get('genre')}'")
    check_areas(g.get("areas"), "document areas")
    if not g.get("areas") and not real:
        raise Bad("document has no areas")

    sentences, cursor = g["sentences"], 0
    for k, s in enumerate(sentences):
        i = text.find(s["text"], cursor)
        if i < 0:
            raise Bad(f"sentence {k} not found after offset {cursor}: {s['text']}")
        if text[cursor:i].strip():
            raise Bad(f"text between sentences {k-1} and {k} is not in any sentence: '{text[cursor:i].strip()}'")
        s["start"], s["end"] = i, i + len(s["text"])
        cursor = s["end"]
        check_areas(s.get("areas"), f"sentence {k}")
        s.setdefault("areas", [])
    if text[cursor:].strip():
        raise Bad(f"text after the last sentence: '{text[cursor:].strip()[:60]}'")
    if not real and not 8 <= len(sentences) <= 25:
        raise Bad(f"{len(sentences)} sentences, want 8-25")

    names = set()
    mention_claims = []
    for o in g.get("officials", []):
        what = f"official '{o.get('name')}'"
        if not o.get("mentions"):
            raise Bad(f"{what}: no mentions")
        for m in o["mentions"]:
            place(m, what + " mention", text, sentences, mention_claims)
        if o["name"] != o["mentions"][0]["text"] and o["name"] not in [m["text"] for m in o["mentions"]]:
            raise Bad(f"{what}: name must be the text of one of its mentions (the fullest)")
        if o.get("role") is not None and o["role"] not in text:
            raise Bad(f"{what}: role '{o['role']}' is not in the text")
        if o.get("organization") is not None and not written(o["organization"], text):
            raise Bad(f"{what}: organization '{o['organization']}' is not in the text")
        c = o.get("country")
        if c is not None and not re.fullmatch(r"[A-Z]{2}", c):
            raise Bad(f"{what}: country '{c}' is not an ISO 3166 alpha-2 code")
        names.add(o["name"])
    for p in g.setdefault("other_persons", []):
        place(p, "other person", text, sentences, mention_claims)

    claims = []
    for fg in g.get("figures", []):
        what = f"figure '{fg.get('text')}'"
        place(fg, what, text, sentences, claims)
        for k in ("value", "min", "max"):
            v = fg.setdefault(k, None)
            if v is not None and not isinstance(v, (int, float)):
                raise Bad(f"{what}: {k} must be a number")
        if fg["value"] is None and (fg["min"] is None or fg["max"] is None):
            raise Bad(f"{what}: needs value, or min and max")
        if fg["value"] is not None and (fg["min"] is not None or fg["max"] is not None):
            raise Bad(f"{what}: a single value has null min/max")
        if fg.setdefault("unit", None) not in UNITS:
            raise Bad(f"{what}: unit '{fg['unit']}'")
        if fg.setdefault("period", None) not in PERIODS:
            raise Bad(f"{what}: period '{fg['period']}'")
        if fg.setdefault("qualifier", None) not in QUALIFIERS:
            raise Bad(f"{what}: qualifier '{fg['qualifier']}'")
        fg.setdefault("quantity", None)

    claims = []
    for c in g.get("commitments", []):
        what = f"commitment '{c.get('text', '')[:40]}'"
        place(c, what, text, sentences, claims)
        if c.get("kind") not in KINDS:
            raise Bad(f"{what}: kind '{c.get('kind')}'")
        check_areas(c.setdefault("areas", []), what)
        for k in ("holder", "owner", "deadline"):
            c.setdefault(k, None)
        if c["holder"] is not None and c["holder"] not in names and c["holder"] not in text:
            raise Bad(f"{what}: holder '{c['holder']}' is neither an official's name nor in the text")
        if g["genre"] != "minutes" and c["kind"] == "decision" and not real:
            raise Bad(f"{what}: 'decision' is for minutes only")

    claims = []
    for q in g.get("quotes", []):
        what = f"quote '{q.get('text', '')[:40]}'"
        place(q, what, text, sentences, claims, to_end=True)
        sp = q.setdefault("speaker", None)
        if sp is not None and sp not in names and sp not in text:
            raise Bad(f"{what}: speaker '{sp}' is neither an official's name nor in the text")

    for k in ("officials", "figures", "commitments", "quotes"):
        g.setdefault(k, [])
    with open(gold_path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def main(paths):
    bad = 0
    for p in paths:
        try:
            fill(p)
            print(f"ok   {p}")
        except (Bad, KeyError, json.JSONDecodeError, FileNotFoundError) as e:
            bad += 1
            print(f"FAIL {p}: {e}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
