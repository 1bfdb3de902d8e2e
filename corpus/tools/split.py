#!/usr/bin/env python3
"""Write corpus/split.tsv: within each (language, genre), documents sorted by id, position mod 5: 2 -> dev, 4 -> test."""
import glob, json, os, collections

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
groups = collections.defaultdict(list)
for path in sorted(glob.glob(os.path.join(root, "*", "*.gold.json"))):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    groups[(g["lang"], g["genre"])].append(g["id"])
rows = []
for (lang, genre), ids in sorted(groups.items()):
    for i, doc_id in enumerate(sorted(ids)):
        split = {2: "dev", 4: "test"}.get(i % 5, "train")
        rows.append((doc_id, lang, genre, split))
with open(os.path.join(root, "split.tsv"), "w", encoding="utf-8") as f:
    f.write("id\tlang\tgenre\tsplit\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(f"{len(rows)} documents")
