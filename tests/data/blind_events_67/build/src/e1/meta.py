#!/usr/bin/env python3
"""Write meta.json for this event from the hand-kept table q.txt (id|role|part_of|description) and notes.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "dornesse_teacher_shortage"
EVENT = "Teacher shortage at the start of the Dornish school year (Dornesse, fictional), from Monday 2 September 2086; reported 1-16 September 2086"
rows = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    if line.strip():
        qid, role, part_of, desc = line.rstrip("\n").split("|", 3)
        rows.append([qid, role, part_of or None, desc])
notes = open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip()
json.dump({"folder": FOLDER, "event": EVENT, "notes": notes, "quantities": rows},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
