import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
qs = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    i, role, part, desc = line.split("|", 3)
    qs.append([i, role, part or None, desc])
notes = open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip()
json.dump({"folder": "pellingford_giant_vegetable_show", "event": "Record pumpkin at the Pellingford Giant Vegetable Show (Brisolde, fictional), Saturday 10 - Monday 12 September 2089; reported 9-16 September 2089", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
