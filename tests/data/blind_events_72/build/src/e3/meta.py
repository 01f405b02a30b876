import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
qs = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    line = line.strip()
    if not line: continue
    i, r, p, d = line.split("|", 3)
    qs.append([i, r, p or None, d])
meta = {"folder": "corvagh_chess_olympiad", "event": "Chess olympiad in the small city of Corvagh (Obrenia, fictional), September 2097", "notes": open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip(), "quantities": qs}
json.dump(meta, open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
