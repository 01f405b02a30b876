import json, os
H = os.path.dirname(os.path.abspath(__file__))
q = []
for line in open(os.path.join(H, "q.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    i, r, p, d = line.split("|", 3)
    q.append([i, r, p or None, d])
notes = open(os.path.join(H, "notes.txt"), encoding="utf-8").read().strip()
json.dump({"folder": "quellport_fortnightly_bins", "event": "Quellport (Velmaria, fictional) switches grey-bin collection to fortnightly, October 2094", "notes": notes, "quantities": q},
          open(os.path.join(H, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
