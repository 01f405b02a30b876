#!/usr/bin/env python3
"""Write meta.json for this event from the hand-kept table q.txt (id|role|part_of|description) and notes.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
qs = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    line = line.rstrip("\n")
    if not line.strip():
        continue
    qid, role, part_of, desc = line.split("|", 3)
    qs.append([qid, role, part_of or None, desc])
notes = open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip()
meta = {"folder": "fennick_egg_shortage", "event": "Egg shortage at the Fennick's supermarket chain after Merrosca's ban on caged hens (Merrosca, fictional), from Monday 1 January 2091; reported 10 January - 4 February 2091", "notes": notes, "quantities": qs}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
