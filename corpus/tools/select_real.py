#!/usr/bin/env python3
"""Choose the real development set: published Arabic and Persian news about meetings, visits,
agreements and cooperation, from ../shared/data/news (see corpus/real/README.md).

Usage: python3 corpus/tools/select_real.py > corpus/real/split.tsv

Articles of 90-380 words whose title and text hold at least 4 (ar) / 3 (fa) meeting or agreement cue
words and 3 (ar) / 2 (fa) office titles are ranked by cue density and dealt round-robin over papers
(ar) or over era and spelling (fa: before/after 2012, Arabic or Persian yeh/kaf), skipping near
duplicates of the same event. Deterministic: the news files are read in name order.
"""
import os, gzip, json, glob, re, sys, random, collections
root = os.environ.get("NEWS_DIR") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "data", "news")
AR_CUES = r"(استقبل|التقى|لقاء|اجتماع|مباحثات|يبحث|بحث|زيارة|اتفاقي|مذكرة تفاهم|توقيع|وقع|تعاون|الجانبين|البلدين|نظيره)"
AR_ROLES = r"(وزير|سفير|رئيس|أمير|ولي العهد|الملك|نائب|محافظ|مدير عام|الأمين العام)"
FA_CUES = r"(دیدار|ديدار|نشست|مذاکر|مذاكر|سفر|تفاهم‌نامه|تفاهم نامه|تفاهمنامه|قرارداد|امضا|همکاری|همكاري|دو کشور|دو كشور|طرفین|طرفين|همتای|همتاي)"
FA_ROLES = r"(وزیر|وزير|سفیر|سفير|رئیس|رئيس|معاون|استاندار|مدیرعامل|مديرعامل|سخنگوی|سخنگوي|دبیرکل|دبيركل)"
def docs(lang):
    for p in sorted(glob.glob(f"{root}/{lang}/*/*.jsonl.gz")):
        if "un_pc" in p: continue
        with gzip.open(p, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line); d["_path"] = p[len(root)+1:]; yield d
MINC={"ar":4,"fa":3}; MINR={"ar":3,"fa":2}
def pick(lang, cues, roles, lo, hi, n, key, need=None, minc=None, minr=None):
    cands = []
    for d in docs(lang):
        t = d["title"] + "\n" + d["text"]
        if any(ord(c) > 0xFFFF for c in t): continue
        w = len(t.split())
        if not lo <= w <= hi: continue
        c = len(re.findall(cues, t)); r = len(re.findall(roles, t))
        if c < (minc or MINC[lang]) or r < (minr or MINR[lang]): continue
        d["_score"] = (c + r) / w ** 0.5; d["_words"] = w
        if need:
            f = len(re.findall(need[0], t))
            if f < need[1]: continue
            d["_score"] = f / w ** 0.5
        cands.append(d)
    groups = collections.defaultdict(list)
    for d in cands: groups[key(d)].append(d)
    for g in groups.values(): g.sort(key=lambda d: -d["_score"])
    out = []; i = 0; seen = []
    keys = sorted(groups)
    def words(d): return set(w for w in re.findall(r"\w+", d["title"] + " " + d["text"][:400]) if len(w) > 3)
    while len(out) < n and i < 400:
        for k in keys:
            if i < len(groups[k]) and len(out) < n:
                d = groups[k][i]; w = words(d)
                if all(len(w & v) / len(w | v) < 0.15 for v in seen):
                    out.append(d); seen.append(w)
        i += 1
    return out, len(cands)
# The first 42 / 32 were split once into dev and test; the next ones (EXTRA) were added later to dev only.
EXTRA = {"ar": 18, "fa": 14}
# n grew from 48 + 24 to 48 + 60 for the fourth batch; the round-robin is prefix-stable, so earlier picks are unchanged
ar, nar = pick("ar", AR_CUES, AR_ROLES, 90, 380, 48 + 60, lambda d: d["source"])
def fakey(d):
    y = (d["date"] or "0000")[:4]; arabic_kb = "ي" in d["text"] or "ك" in d["text"]
    return (y < "2012", arabic_kb)
fa, nfa = pick("fa", FA_CUES, FA_ROLES, 90, 380, 44 + 20, fakey)
# Read by hand after the automatic ranking: off-topic (a historical document, a list of social events,
# a medical case, a festival, a rent study, youth week, mosque boards, a memorial day, a culture debate,
# an assassination plot, parliament praise) or a follow-up of an article already chosen ("إضافة أولى").
EXCLUDED = {"snn-alwatan-2dc2f79cd5", "snn-aleqtisadiya-c6b084fcfb", "snn-sabq-a894c66399",
            "snn-almadina-7a242a752d", "snn-sabq-78faeb41df", "snn-was-d940115584",
            "farsnews-13930229000455", "farsnews-13970917001300", "farsnews-13940915000622",
            "farsnews-8708050859", "farsnews-8305040279", "farsnews-8304260079"}
ar = [d for d in ar if d["id"] not in EXCLUDED]
fa = [d for d in fa if d["id"] not in EXCLUDED]
first = {"ar": ar[:42], "fa": fa[:32]}
extra = {"ar": ar[42:42 + EXTRA["ar"]], "fa": fa[32:32 + EXTRA["fa"]]}
print("id\tlang\tgenre\tsplit\tarticle\tfile")
# A third batch, dev only: articles dense in figures (amounts, counts, percentages with their unit), which the
# first two batches have few of; near-duplicates of anything already chosen are skipped.
AR_FIG = (r"[0-9٠-٩][0-9٠-٩.,٫٬]*\s*(?:%|٪|في المئة|بالمئة|مليار|مليون|ألف|دولار|ريال|يورو|جنيه|دينار|طن|برميل|ميجاوات|ميغاواط|كيلومتر|كم|متر)")
FA_FIG = (r"[0-9۰-۹٠-٩][0-9۰-۹٠-٩.,٫٬/]*\s*(?:%|٪|درصد|میلیارد|ميليارد|میلیون|ميليون|هزار|دلار|ریال|ريال|یورو|يورو|تومان|تن|بشکه|بشكه|مگاوات|كيلومتر|کیلومتر|متر)")
FIGURE_EXTRA = {"ar": 10, "fa": 8}
def near(d, chosen):
    w = set(x for x in re.findall(r"\w+", d["title"] + " " + d["text"][:400]) if len(x) > 3)
    return any(len(w & v) / len(w | v) >= 0.15 for v in chosen)
figures = {}
for lang, cues, roles, key in (("ar", AR_CUES, AR_ROLES, lambda d: d["source"]), ("fa", FA_CUES, FA_ROLES, fakey)):
    taken = first[lang] + extra[lang]
    seen = [set(x for x in re.findall(r"\w+", d["title"] + " " + d["text"][:400]) if len(x) > 3) for d in taken]
    ids = {d["id"] for d in taken} | EXCLUDED
    # Persian news is short on such articles: longer ones (to 600 words) with fewer cue words are admitted there
    if lang == "ar":
        pool, _ = pick(lang, cues, roles, 90, 380, 60, key, need=(AR_FIG, 4))
    else:
        pool, _ = pick(lang, cues, roles, 90, 600, 60, key, need=(FA_FIG, 3), minc=2, minr=1)
    figures[lang] = [d for d in pool if d["id"] not in ids and not near(d, seen)][:FIGURE_EXTRA[lang]]
# A fourth batch, dev only: the next articles of the same ranking (ar) and, as Persian has no more that pass the
# first thresholds, Persian articles up to 600 words with fewer cue words; near-duplicates of anything chosen skipped.
NEWS_EXTRA = {"ar": 20, "fa": 16}
# Read by hand: sport (two football reports), university exam logistics, a suicide attack, civil-defence fines
# and a photo exhibition are about no meeting or cooperation.
FOURTH_EXCLUDED = {"farsnews-13900607000136", "farsnews-13940609001376", "farsnews-13990319000327",
                   "snn-alwatan-ff08fd480f", "snn-sabq-aa24ad0dbe", "snn-aljazirah-a866bde6d9"}
fourth = {}
for lang in ("ar", "fa"):
    taken = first[lang] + extra[lang] + figures[lang]
    seen = [set(x for x in re.findall(r"\w+", d["title"] + " " + d["text"][:400]) if len(x) > 3) for d in taken]
    ids = {d["id"] for d in taken} | EXCLUDED | FOURTH_EXCLUDED
    if lang == "ar":
        pool = ar[42 + EXTRA["ar"]:]
    else:
        pool, _ = pick(lang, FA_CUES, FA_ROLES, 90, 600, 80, fakey, minc=2, minr=1)
    out = []
    for d in pool:
        if d["id"] in ids or near(d, seen): continue
        out.append(d); seen.append(set(x for x in re.findall(r"\w+", d["title"] + " " + d["text"][:400]) if len(x) > 3))
        if len(out) == NEWS_EXTRA[lang]: break
    fourth[lang] = out
for lang in ("ar", "fa"):
    for k, d in enumerate(sorted(first[lang], key=lambda d: d["id"])):
        # dealt alternately, after sorting by article id, so both halves mix sources and years
        print(f"{lang}-real-{k + 1:03d}", lang, "news", "dev" if k % 2 == 0 else "test", d["id"], d["_path"], sep="\t")
    for k, d in enumerate(sorted(extra[lang], key=lambda d: d["id"])):
        # later additions are dev only: the test half stays as it was split
        print(f"{lang}-real-{len(first[lang]) + k + 1:03d}", lang, "news", "dev", d["id"], d["_path"], sep="\t")
    for k, d in enumerate(sorted(figures[lang], key=lambda d: d["id"])):
        print(f"{lang}-real-{len(first[lang]) + len(extra[lang]) + k + 1:03d}", lang, "news", "dev", d["id"], d["_path"], sep="\t")
    base = len(first[lang]) + len(extra[lang]) + len(figures[lang])
    for k, d in enumerate(sorted(fourth[lang], key=lambda d: d["id"])):
        print(f"{lang}-real-{base + k + 1:03d}", lang, "news", "dev", d["id"], d["_path"], sep="\t")
