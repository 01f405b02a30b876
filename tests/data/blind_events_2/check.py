#!/usr/bin/env python3
"""Validate every gold.json under this folder and print per-event counts.

Checks: each figure's article exists; text[start:end] == quote; the quote's first occurrence
(str.find, as score.py uses) is at start; required keys; bound vocabulary and low/high consistency;
quantity ids declared; article layout (headline, dated line 2, blank line 3, 250-450 words).
"""
import glob, itertools, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "article", "quote", "start", "end", "value", "low", "high", "bound", "unit", "quantity", "optional"}
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}
DATE = re.compile(r"\b(19|20)\d\d\b|\d\d\.\d\d\.\d{4}")

def check_event(d):
    errors = []
    gold = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    arts = sorted(os.path.basename(p) for p in glob.glob(os.path.join(d, "*.txt")))
    texts = {a: open(os.path.join(d, a), encoding="utf-8").read() for a in arts}
    for a, t in texts.items():
        lines = t.split("\n")
        if len(lines) < 4 or not lines[0].strip() or not lines[1].strip() or lines[2].strip():
            errors.append(f"{a}: layout (headline / byline-date / blank)")
        if not DATE.search(lines[1]):
            errors.append(f"{a}: line 2 has no date")
        n = len(re.findall(r"\S+", t))
        if not 250 <= n <= 450:
            errors.append(f"{a}: {n} words")
    qids = {q["id"] for q in gold["quantities"]}
    ids = set()
    for f in gold["figures"]:
        tag = f"{f.get('id')}"
        if set(f) != KEYS:
            errors.append(f"{tag}: keys {sorted(set(f) ^ KEYS)}")
            continue
        if f["id"] in ids:
            errors.append(f"{tag}: duplicate id")
        ids.add(f["id"])
        t = texts.get(f["article"])
        if t is None:
            errors.append(f"{tag}: no article {f['article']}"); continue
        if t[f["start"]:f["end"]] != f["quote"]:
            errors.append(f"{tag}: offsets do not give quote")
        if t.find(f["quote"]) != f["start"]:
            errors.append(f"{tag}: first occurrence of quote is at {t.find(f['quote'])}, not {f['start']}")
        if f["bound"] not in BOUNDS:
            errors.append(f"{tag}: bound {f['bound']}")
        v, lo, hi = f["value"], f["low"], f["high"]
        if not isinstance(v, (int, float)):
            errors.append(f"{tag}: value")
        if f["bound"] in (">", ">=") and lo != v: errors.append(f"{tag}: low should equal value")
        if f["bound"] in ("<", "<=") and hi != v: errors.append(f"{tag}: high should equal value")
        if f["bound"] == "range" and not (lo is not None and hi is not None and lo <= v <= hi):
            errors.append(f"{tag}: range low/high")
        if f["quantity"] not in qids:
            errors.append(f"{tag}: undeclared quantity {f['quantity']}")
        if not isinstance(f["optional"], bool):
            errors.append(f"{tag}: optional not bool")
    # overlapping quotes in one article with equal values would make matching ambiguous
    for a in arts:
        fs = [f for f in gold["figures"] if f["article"] == a]
        for f, g in itertools.combinations(fs, 2):
            if f["start"] < g["end"] and g["start"] < f["end"] and abs(f["value"] - g["value"]) < 1e-9:
                errors.append(f"{f['id']}/{g['id']}: overlapping quotes with the same value")
    used = {f["quantity"] for f in gold["figures"]}
    if used != qids:
        errors.append(f"declared but unused quantities: {sorted(qids - used)}")
    figs = gold["figures"]
    scored = [f for f in figs if not f["optional"]]
    arts_of = {}
    for f in figs:
        arts_of.setdefault(f["quantity"], set()).add(f["article"])
    linked = sum(1 for q, s in arts_of.items() if len(s) >= 2)
    pairs = sum(1 for f, g in itertools.combinations(scored, 2)
                if f["quantity"] == g["quantity"] and f["article"] != g["article"])
    row = dict(event=os.path.basename(d), articles=len(arts), figures=len(figs),
               optional=len(figs) - len(scored), quantities=len(qids), linked=linked, pairs=pairs)
    return row, errors

def main():
    rows, bad = [], 0
    for d in sorted(glob.glob(os.path.join(HERE, "event*"))):
        row, errors = check_event(d)
        rows.append(row)
        for e in errors:
            print(f"ERROR {row['event']}: {e}"); bad += 1
    hdr = ["event", "articles", "figures", "optional", "quantities", "linked", "pairs"]
    print(f"{'event':<18}{'articles':>9}{'figures':>9}{'optional':>9}{'quantities':>11}{'linked 2+':>10}{'gold pairs':>11}")
    tot = {k: 0 for k in hdr[1:]}
    for r in rows:
        print(f"{r['event']:<18}{r['articles']:>9}{r['figures']:>9}{r['optional']:>9}{r['quantities']:>11}{r['linked']:>10}{r['pairs']:>11}")
        for k in tot: tot[k] += r[k]
    print(f"{'TOTAL':<18}{tot['articles']:>9}{tot['figures']:>9}{tot['optional']:>9}{tot['quantities']:>11}{tot['linked']:>10}{tot['pairs']:>11}")
    print("OK" if not bad else f"{bad} errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
