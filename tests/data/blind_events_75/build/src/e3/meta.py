#!/usr/bin/env python3
"""Write meta.json beside this file from q.txt (id|role|part_of|description) and notes.txt."""
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
json.dump({"folder": "sallowick_harbour_silting", "event": "Silted harbour strands the fishing fleet of Sallowick (Corrisande, fictional), September 2099", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
