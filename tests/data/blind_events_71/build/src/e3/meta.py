#!/usr/bin/env python3
"""Write meta.json for this event from q.txt (id|role|part_of|description) and notes.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
qs = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip() or line.startswith("#"):
        continue
    i, role, part, desc = line.split("|", 3)
    qs.append([i.strip(), role.strip(), part.strip() or None, desc.strip()])
notes = open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip()
json.dump({"folder": "narvossa_census_delay", "event": "Narvossa's census results published late, May-June 2094", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
