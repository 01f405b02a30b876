#!/usr/bin/env python3
"""Helper for the annotator: extend non-unique quotes in build/src/*/*.src with neighbouring words
(never across another annotation or a line break) until text.find(quote) hits the annotated
occurrence. Prints every change so it can be reviewed. usage: fix_unique.py e2 [e3 ...]"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)


def segments(raw):
    segs, pos = [], 0
    for m in MARK.finditer(raw):
        segs.append(("t", raw[pos:m.start()]))
        segs.append(("m", m.group(1).split("|")))
        pos = m.end()
    segs.append(("t", raw[pos:]))
    return segs


def render(segs):
    return "".join(s[1] if s[0] == "t" else s[1][0] for s in segs)


def fix(path):
    raw = open(path, encoding="utf-8").read()
    segs = segments(raw)
    changed = True
    while changed:
        changed = False
        text = render(segs)
        pos = 0
        for i, (kind, val) in enumerate(segs):
            if kind == "t":
                pos += len(val)
                continue
            q = val[0]
            if text.find(q) == pos:
                pos += len(q)
                continue
            before = segs[i - 1][1] if i > 0 and segs[i - 1][0] == "t" else ""
            after = segs[i + 1][1] if i + 1 < len(segs) and segs[i + 1][0] == "t" else ""
            lw = re.findall(r"\S+\s*", before.split("\n")[-1])
            rw = re.findall(r"\s*\S+", after.split("\n")[0])
            done = None
            for k in range(1, 9):
                for r in range(k, -1, -1):
                    l = k - r
                    if l > len(lw) or r > len(rw):
                        continue
                    left = "".join(lw[len(lw) - l:]) if l else ""
                    right = "".join(rw[:r])
                    nq = left + q + right
                    start = pos - len(left)
                    if not (nq[0].isalnum() or nq[0] in "$€£") or not (nq[-1].isalnum() or nq[-1] in "%)"):
                        continue
                    if text.find(nq) == start:
                        done = (left, right, nq)
                        break
                if done:
                    break
            if not done:
                print(f"CANNOT FIX {path}: {q!r}")
                pos += len(q)
                continue
            left, right, nq = done
            segs[i - 1] = ("t", before[:len(before) - len(left)])
            segs[i + 1] = ("t", after[len(right):])
            val[0] = nq
            print(f"{os.path.basename(path)}: {q!r} -> {nq!r}")
            changed = True
            break
    out = "".join(s[1] if s[0] == "t" else "[[" + "|".join(s[1]) + "]]" for s in segs)
    open(path, "w", encoding="utf-8").write(out)


for ev in sys.argv[1:]:
    d = os.path.join(HERE, "src", ev)
    for n in sorted(os.listdir(d)):
        if n.endswith(".src"):
            fix(os.path.join(d, n))
