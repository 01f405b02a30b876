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
json.dump({"folder": "corvedge_farrant_baths_closure", "event": "Closure of the Farrant Baths in Corvedge (Estravia, fictional) for repairs from Monday 5 June 2090; reported 5-27 June 2090", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
