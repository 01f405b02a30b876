#!/usr/bin/env python3
"""Write meta.json for this event from the hand-kept table q.txt (id|role|part_of|description) and notes.txt."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = "orvind_sandpiper_blade_checks"
EVENT = "Blade failure at the Gullet Ridge wind farm (Orvania, fictional) on Saturday 1 March 2087 and the checks of Orvind's Sandpiper turbines that followed; reported 3-25 March 2087"
rows = []
for line in open(os.path.join(HERE, "q.txt"), encoding="utf-8"):
    if line.strip():
        qid, role, part_of, desc = line.rstrip("\n").split("|", 3)
        rows.append([qid, role, part_of or None, desc])
notes = open(os.path.join(HERE, "notes.txt"), encoding="utf-8").read().strip()
json.dump({"folder": FOLDER, "event": EVENT, "notes": notes, "quantities": rows},
          open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
