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
json.dump({"folder": "harnwick_research_fraud_inquiry", "event": "Research fraud inquiry into Anselm Ruddock's laboratory at Harnwick University (Callendra, fictional); reported 5-27 March 2091", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
