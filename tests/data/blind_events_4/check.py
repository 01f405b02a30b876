#!/usr/bin/env python3
"""Validate the blind_events_4 corpus: every event folder's articles, gold.json and roles.json.

usage: python3 check.py        (prints a per-event table, then OK or the list of problems)
"""
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIG_KEYS = ["id", "article", "quote", "start", "end", "value", "low", "high", "bound", "unit", "quantity", "optional"]
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}
ROLES = {"population", "total", "part", "count", "other"}
NAME = re.compile(r"^\d\d_[a-z]+_\d{4}-\d{2}-\d{2}\.txt$")


def close(a, b):
    return a is not None and b is not None and abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(b)))


def check_event(folder, errors):
    def err(msg):
        errors.append(f"{os.path.basename(folder)}: {msg}")

    names = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    texts = {}
    for n in names:
        if not NAME.match(n):
            err(f"bad article file name {n}")
        raw = open(os.path.join(folder, n), "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            err(f"{n} is not UTF-8")
            continue
        lines = t.split("\n")
        if not t.endswith("\n"):
            err(f"{n} does not end with a newline")
        if len(lines) < 4 or not lines[0].strip() or not lines[1].strip() or lines[2].strip():
            err(f"{n}: expected headline, byline/date line, blank line")
        texts[n] = t
    if len(names) != 5:
        err(f"{len(names)} articles, expected 5")

    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    if list(gold) != ["event", "figures", "quantities", "notes"]:
        err(f"gold.json top-level keys {list(gold)}")
    qids = [q.get("id") for q in gold["quantities"]]
    if len(set(qids)) != len(qids):
        err("duplicate quantity ids")
    for q in gold["quantities"]:
        if set(q) != {"id", "description"} or not str(q.get("description", "")).strip():
            err(f"quantity entry malformed: {q}")
    figs = gold["figures"]
    if len({f.get("id") for f in figs}) != len(figs):
        err("duplicate figure ids")
    spans = {}
    for f in figs:
        tag = f"{f.get('id')} {f.get('quote')!r}"
        if list(f) != FIG_KEYS:
            err(f"{tag}: keys {list(f)}")
            continue
        t = texts.get(f["article"])
        if t is None:
            err(f"{tag}: article {f['article']} missing")
            continue
        if t[f["start"]:f["end"]] != f["quote"]:
            err(f"{tag}: text[start:end] != quote")
        if t.find(f["quote"]) != f["start"]:
            err(f"{tag}: text.find(quote) != start")
        if f["quantity"] not in qids:
            err(f"{tag}: quantity {f['quantity']} not described")
        if not isinstance(f["optional"], bool):
            err(f"{tag}: optional must be true/false")
        if not str(f["unit"]).strip():
            err(f"{tag}: empty unit")
        b = f["bound"]
        if b not in BOUNDS:
            err(f"{tag}: bad bound {b}")
        elif b == "range":
            if not (close(f["low"], f["value"]) and f["high"] is not None and f["high"] > f["low"]):
                err(f"{tag}: range needs value == low < high")
        elif b in (">", ">="):
            if not close(f["low"], f["value"]) or f["high"] is not None:
                err(f"{tag}: {b} needs low == value, high null")
        elif b in ("<", "<="):
            if not close(f["high"], f["value"]) or f["low"] is not None:
                err(f"{tag}: {b} needs high == value, low null")
        elif f["low"] is not None or f["high"] is not None:
            err(f"{tag}: {b} needs low and high null")
        if not isinstance(f["value"], (int, float)):
            err(f"{tag}: value not a number")
        spans.setdefault(f["article"], []).append((f["start"], f["end"], f["id"]))
    for art, ss in spans.items():
        ss.sort()
        for (s1, e1, i1), (s2, e2, i2) in zip(ss, ss[1:]):
            if s2 < e1:
                err(f"{art}: quotes of {i1} and {i2} overlap")
    used = {f["quantity"] for f in figs}
    for q in qids:
        if q not in used:
            err(f"quantity {q} described but never used")
    for n in names:
        if not any(f["article"] == n for f in figs):
            err(f"article {n} has no figures")

    roles = json.load(open(os.path.join(folder, "roles.json"), encoding="utf-8"))
    rq = roles.get("quantities", {})
    if set(rq) != set(qids):
        err(f"roles.json quantities differ from gold: missing {sorted(set(qids) - set(rq))}, "
            f"extra {sorted(set(rq) - set(qids))}")
    for q, r in rq.items():
        if set(r) != {"role", "part_of"} or r.get("role") not in ROLES:
            err(f"roles.json {q}: malformed {r}")
            continue
        if r["role"] == "part":
            if r["part_of"] not in rq or r["part_of"] == q:
                err(f"roles.json {q}: part_of {r['part_of']!r} is not another quantity")
        elif r["part_of"] is not None:
            err(f"roles.json {q}: part_of must be null for role {r['role']}")
        if r.get("role") == "total" and not any(x.get("part_of") == q for x in rq.values()):
            err(f"roles.json {q}: role total but nothing is part_of it")
    for q in rq:  # no cycles in part_of chains
        seen, cur = set(), q
        while cur is not None and cur in rq:
            if cur in seen:
                err(f"roles.json: part_of cycle through {q}")
                break
            seen.add(cur)
            cur = rq[cur].get("part_of")

    scored = [f for f in figs if not f.get("optional")]
    arts_of = {}
    for f in scored:
        arts_of.setdefault(f["quantity"], set()).add(f["article"])
    pairs = sum(1 for a, b in itertools.combinations(scored, 2)
                if a["quantity"] == b["quantity"] and a["article"] != b["article"])
    return dict(event=os.path.basename(folder), articles=len(names), figures=len(figs),
                optional=sum(1 for f in figs if f.get("optional")), quantities=len(qids),
                linked=sum(1 for s in arts_of.values() if len(s) >= 2), pairs=pairs)


def main():
    errors, rows = [], []
    for d in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, d)
        if os.path.isdir(p) and os.path.exists(os.path.join(p, "gold.json")):
            rows.append(check_event(p, errors))
    if len(rows) != 6:
        errors.append(f"{len(rows)} event folders, expected 6")
    cols = ["event", "articles", "figures", "optional", "quantities", "linked", "pairs"]
    heads = ["event", "articles", "figures", "optional", "quantities", "linked 2+", "gold pairs"]
    total = {c: sum(r[c] for r in rows) for c in cols[1:]}
    total["event"] = "TOTAL"
    w = max(len(r["event"]) for r in rows + [total])
    print(f"{heads[0]:<{w}}  " + "  ".join(f"{h:>10}" for h in heads[1:]))
    for r in rows + [total]:
        print(f"{r['event']:<{w}}  " + "  ".join(f"{r[c]:>10}" for c in cols[1:]))
    for r in rows:
        if r["figures"] < 80 or r["pairs"] < 80:
            print(f"note: {r['event']} below the 80 figures / 80 gold pairs aim")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
