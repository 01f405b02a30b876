#!/usr/bin/env python3
"""Validate the blind_events_75 corpus: every <event>/gold.json and <event>/roles.json.

Checks per event: five .txt articles named NN_style_YYYY-MM-DD.txt in the required layout
(headline, byline line, blank line, paragraphs, final newline); gold.json keys and figure fields;
text[start:end] == quote and text.find(quote) == start; no two quotes of one article overlap;
bound/low/high consistent; every quantity used by a figure is described and every described
quantity is used; roles.json has exactly the quantities, valid roles, part_of set (and pointing to
a known quantity) only for parts, and every 'total' has at least one part. Prints a table and OK
(or the problems found). Targets: at least 80 figures and 80 gold pairs per event.
"""
import itertools
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = re.compile(r"^\d\d_[a-z]+_\d{4}-\d\d-\d\d\.txt$")
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}
ROLES = {"population", "total", "part", "count", "other"}
FIELDS = ["id", "article", "quote", "start", "end", "value", "low", "high", "bound", "unit",
          "quantity", "optional"]
MIN_FIGURES = MIN_PAIRS = 80


def check_event(folder, problems):
    def bad(msg):
        problems.append(f"{os.path.basename(folder)}: {msg}")

    names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    if len(names) != 5:
        bad(f"expected 5 articles, found {len(names)}")
    texts = {}
    for n in names:
        if not NAME.match(n):
            bad(f"bad file name {n}")
        raw = open(os.path.join(folder, n), "rb").read()
        try:
            t = raw.decode("utf-8")
        except UnicodeDecodeError:
            bad(f"{n} is not UTF-8")
            continue
        texts[n] = t
        lines = t.split("\n")
        if not t.endswith("\n"):
            bad(f"{n} does not end with a newline")
        if len(lines) < 5 or not lines[0].strip() or not lines[1].strip() or lines[2] != "":
            bad(f"{n}: expected headline, byline, blank line")
        if "|" not in lines[1] and not lines[1].startswith("By "):
            bad(f"{n}: second line does not look like a byline")
        if "[[" in t or "]]" in t:
            bad(f"{n}: markup left in text")

    gold = json.load(open(os.path.join(folder, "gold.json"), encoding="utf-8"))
    roles = json.load(open(os.path.join(folder, "roles.json"), encoding="utf-8"))
    for k in ("event", "figures", "quantities", "notes"):
        if k not in gold:
            bad(f"gold.json lacks '{k}'")
    figs = gold.get("figures", [])
    ids = [f.get("id") for f in figs]
    if len(ids) != len(set(ids)):
        bad("duplicate figure ids")
    described = {}
    for q in gold.get("quantities", []):
        if not q.get("id") or not str(q.get("description", "")).strip():
            bad(f"quantity without id or description: {q}")
        if q.get("id") in described:
            bad(f"quantity described twice: {q.get('id')}")
        described[q.get("id")] = q.get("description")

    spans = {}
    for f in figs:
        missing = [k for k in FIELDS if k not in f]
        if missing:
            bad(f"{f.get('id')}: missing fields {missing}")
            continue
        t = texts.get(f["article"])
        if t is None:
            bad(f"{f['id']}: unknown article {f['article']}")
            continue
        if t[f["start"]:f["end"]] != f["quote"]:
            bad(f"{f['id']}: text[start:end] != quote {f['quote']!r}")
        if t.find(f["quote"]) != f["start"]:
            bad(f"{f['id']}: quote not unique / first find is elsewhere {f['quote']!r}")
        if not re.search(r"\d|[A-Za-z]", f["quote"]):
            bad(f"{f['id']}: empty quote")
        if f["bound"] not in BOUNDS:
            bad(f"{f['id']}: bad bound {f['bound']}")
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            bad(f"{f['id']}: value not a number")
        if not isinstance(f["optional"], bool):
            bad(f"{f['id']}: optional not a boolean")
        b, v, lo, hi = f["bound"], f["value"], f["low"], f["high"]
        if b == "range" and not (lo == v and hi is not None and hi > lo):
            bad(f"{f['id']}: range needs value == low < high")
        if b in (">", ">=") and lo != v:
            bad(f"{f['id']}: lower bound needs low == value")
        if b in ("<", "<=") and hi != v:
            bad(f"{f['id']}: upper bound needs high == value")
        if b in ("=", "~") and (lo is not None or hi is not None):
            bad(f"{f['id']}: '=' / '~' figure with low/high")
        if f["quantity"] not in described:
            bad(f"{f['id']}: quantity {f['quantity']} not described")
        if not str(f["unit"]).strip():
            bad(f"{f['id']}: empty unit")
        spans.setdefault(f["article"], []).append((f["start"], f["end"], f["id"]))
    for art, ss in spans.items():
        ss.sort()
        for (s1, e1, i1), (s2, e2, i2) in zip(ss, ss[1:]):
            if s2 < e1:
                bad(f"overlapping quotes {i1} and {i2} in {art}")
    used = {f.get("quantity") for f in figs}
    for q in described:
        if q not in used:
            bad(f"quantity {q} described but not used")

    rq = roles.get("quantities")
    if not isinstance(rq, dict):
        bad("roles.json lacks 'quantities'")
        rq = {}
    if set(rq) != set(described):
        bad(f"roles.json quantities differ from gold: {sorted(set(rq) ^ set(described))}")
    parents = set()
    for q, r in rq.items():
        if set(r) != {"role", "part_of"}:
            bad(f"roles {q}: keys must be role and part_of")
            continue
        if r["role"] not in ROLES:
            bad(f"roles {q}: bad role {r['role']}")
        if r["role"] == "part":
            if r["part_of"] not in rq or r["part_of"] == q:
                bad(f"roles {q}: part_of must name another quantity")
            parents.add(r["part_of"])
        elif r["part_of"] is not None:
            bad(f"roles {q}: part_of set on a {r['role']}")
    for q, r in rq.items():
        if r.get("role") == "total" and q not in parents:
            bad(f"roles {q}: total without parts")
    for p in parents:
        if p in rq and rq[p]["role"] not in ("total", "part"):
            bad(f"roles {p}: has parts but is a {rq[p]['role']}")

    scored = [f for f in figs if not f.get("optional")]
    arts_of = {}
    for f in scored:
        arts_of.setdefault(f["quantity"], set()).add(f["article"])
    linked = sum(1 for a in arts_of.values() if len(a) >= 2)
    pairs = sum(1 for g, h in itertools.combinations(scored, 2)
                if g["quantity"] == h["quantity"] and g["article"] != h["article"])
    n_opt = sum(1 for f in figs if f.get("optional"))
    if len(figs) < MIN_FIGURES:
        bad(f"only {len(figs)} figures (target {MIN_FIGURES})")
    if pairs < MIN_PAIRS:
        bad(f"only {pairs} gold pairs (target {MIN_PAIRS})")
    return [os.path.basename(folder), len(names), len(figs), n_opt, len(described), linked, pairs]


def main():
    problems, rows = [], []
    for d in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, d)
        if os.path.isdir(p) and os.path.exists(os.path.join(p, "gold.json")):
            rows.append(check_event(p, problems))
    head = ["event", "articles", "figures", "optional", "quantities", "linked 2+", "gold pairs"]
    rows.append(["TOTAL"] + [sum(r[i] for r in rows) for i in range(1, len(head))])
    w = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    fmt = lambda r: "| " + " | ".join(str(x).ljust(w[i]) if i == 0 else str(x).rjust(w[i])
                                      for i, x in enumerate(r)) + " |"
    print(fmt(head))
    print("|" + "|".join("-" * (x + 2) for x in w) + "|")
    for r in rows:
        print(fmt(r))
    if len(rows) - 1 != 3:
        problems.append(f"expected 3 events, found {len(rows) - 1}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
