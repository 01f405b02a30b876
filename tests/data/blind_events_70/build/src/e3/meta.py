#!/usr/bin/env python3
"""Write meta.json for this event from q.txt (id|role|part_of|description) and notes.txt."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
qs = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    if not line.strip() or line.startswith("#"):
        continue
    i, role, part, desc = [x.strip() for x in line.split("|", 3)]
    qs.append([i, role, part or None, desc])
notes = " ".join(open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().split())
json.dump({"folder": "altenskar_snowless_ski_season", "event": "Poor snow season at the Altenskar ski resort (Mervald, fictional), winter 2093-94; reported 1-21 February 2094", "notes": notes, "quantities": qs},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
