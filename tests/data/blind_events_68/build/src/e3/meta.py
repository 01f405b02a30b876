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
meta = {"folder": "halcyra_satellite_loss", "event": "Loss of the Ardenzan Space Office's Halcyra satellite after the upper stage of its Valdrenian launcher shut down early (Ardenza, fictional) on Wednesday 8 October 2092, and its bill; reported 8 October - 3 November 2092", "notes": notes, "quantities": qs}
with open(os.path.join(HERE, "meta.json"), "w", encoding="utf-8") as fh:
    json.dump(meta, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
