#!/usr/bin/env python3
"""Validate every gold.json / roles.json under this folder and print per-event counts."""
import itertools
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}
ROLES = {"population", "total", "part", "count", "other"}
KEYS = ["id", "article", "quote", "start", "end", "value", "low", "high", "bound", "unit", "quantity", "optional"]


def check_event(folder):
    errs = []
    path = os.path.join(HERE, folder)
    gold = json.load(open(os.path.join(path, "gold.json"), encoding="utf-8"))
    roles = json.load(open(os.path.join(path, "roles.json"), encoding="utf-8"))
    for k in ("event", "figures", "quantities", "notes"):
        if k not in gold:
            errs.append(f"missing top-level key {k}")
    arts = sorted(f for f in os.listdir(path) if f.endswith(".txt"))
    texts = {}
    for a in arts:
        raw = open(os.path.join(path, a), "rb").read()
        t = raw.decode("utf-8")
        texts[a] = t
        lines = t.split("\n")
        if not t.endswith("\n") or len(lines) < 4 or lines[2] != "" or not lines[0].strip() or not lines[1].strip():
            errs.append(f"{a}: layout (headline, byline, blank line, body, final newline)")
    qids = [q["id"] for q in gold["quantities"]]
    if len(set(qids)) != len(qids):
        errs.append("duplicate quantity ids")
    for q in gold["quantities"]:
        if not q.get("description"):
            errs.append(f"quantity {q['id']} has no description")
    ids = set()
    spans = {}
    for f in gold["figures"]:
        if list(f.keys()) != KEYS:
            errs.append(f"{f.get('id')}: keys {list(f.keys())}")
        if f["id"] in ids:
            errs.append(f"duplicate figure id {f['id']}")
        ids.add(f["id"])
        t = texts.get(f["article"])
        if t is None:
            errs.append(f"{f['id']}: unknown article {f['article']}")
            continue
        if t[f["start"]:f["end"]] != f["quote"]:
            errs.append(f"{f['id']}: text[start:end] != quote")
        if t.find(f["quote"]) != f["start"]:
            errs.append(f"{f['id']}: text.find(quote) != start ({f['quote']!r})")
        if f["bound"] not in BOUNDS:
            errs.append(f"{f['id']}: bound {f['bound']}")
        if f["bound"] == "range" and not (f["low"] == f["value"] and f["high"] is not None and f["high"] > f["low"]):
            errs.append(f"{f['id']}: range low/high")
        if not isinstance(f["value"], (int, float)) or not isinstance(f["optional"], bool):
            errs.append(f"{f['id']}: value/optional type")
        if f["quantity"] not in qids:
            errs.append(f"{f['id']}: quantity {f['quantity']} not described")
        spans.setdefault(f["article"], []).append((f["start"], f["end"], f["id"]))
    for a, sp in spans.items():
        sp.sort()
        for (s1, e1, i1), (s2, e2, i2) in zip(sp, sp[1:]):
            if s2 < e1:
                errs.append(f"{a}: overlapping quotes {i1} {i2}")
    used = {f["quantity"] for f in gold["figures"]}
    for q in qids:
        if q not in used:
            errs.append(f"quantity {q} never used")
    rq = roles.get("quantities", {})
    if set(rq) != set(qids):
        errs.append(f"roles.json ids differ from gold quantities: {sorted(set(rq) ^ set(qids))}")
    for q, r in rq.items():
        if r.get("role") not in ROLES:
            errs.append(f"roles: {q} has role {r.get('role')}")
        if r.get("role") == "part":
            if r.get("part_of") not in qids or r.get("part_of") == q:
                errs.append(f"roles: part {q} needs a valid part_of")
        elif r.get("part_of") is not None:
            errs.append(f"roles: {q} is {r.get('role')} but has part_of")
    for q, r in rq.items():
        if r.get("role") == "total" and not any(x.get("part_of") == q for x in rq.values()):
            errs.append(f"roles: total {q} has no parts")
    figs = gold["figures"]
    scored = [f for f in figs if not f["optional"]]
    arts_of = {}
    for f in scored:
        arts_of.setdefault(f["quantity"], set()).add(f["article"])
    linked = sum(1 for s in arts_of.values() if len(s) >= 2)
    pairs = sum(1 for g, h in itertools.combinations(scored, 2)
                if g["quantity"] == h["quantity"] and g["article"] != h["article"])
    row = (folder, len(arts), len(figs), len(figs) - len(scored), len(qids), linked, pairs)
    return row, errs


def main():
    folders = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "gold.json")))
    rows, bad = [], False
    for d in folders:
        row, errs = check_event(d)
        rows.append(row)
        for e in errs:
            bad = True
            print(f"ERROR {d}: {e}")
    head = ("event", "articles", "figures", "optional", "quantities", "linked 2+", "gold pairs")
    w = max(len(r[0]) for r in rows + [head])
    print(f"{head[0]:<{w}}  " + "  ".join(f"{h:>10}" for h in head[1:]))
    for r in rows:
        print(f"{r[0]:<{w}}  " + "  ".join(f"{x:>10}" for x in r[1:]))
    tot = [sum(r[i] for r in rows) for i in range(1, 7)]
    print(f"{'TOTAL':<{w}}  " + "  ".join(f"{x:>10}" for x in tot))
    print("FAILED" if bad else "OK")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
