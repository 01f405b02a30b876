#!/usr/bin/env python3
"""Build ../sentences.jsonl from the batch files b1.py ... b5.py."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402
import b1, b2, b3, b4, b5  # noqa: E402,F401  (importing runs the S() calls)

JOIN = ".,/:"


def valid_at(s, i, j):
    """Token-boundary test: the match must not be part of a longer word or number."""
    if i > 0:
        c = s[i - 1]
        if c.isalnum():
            return False
        if c in JOIN and i >= 2 and s[i - 2].isdigit() and s[i].isdigit():
            return False
    if j < len(s):
        c = s[j]
        if c.isalnum():
            return False
        if c in JOIN and j + 1 < len(s) and s[j + 1].isdigit() and s[j - 1].isdigit():
            return False
    return True


def find(sentence, quote, occ, sid):
    hits, k = [], sentence.find(quote)
    while k != -1:
        if valid_at(sentence, k, k + len(quote)):
            hits.append(k)
        k = sentence.find(quote, k + 1)
    if not hits:
        raise SystemExit(f"{sid}: quote {quote!r} not found at a token boundary")
    if occ is None:
        if len(hits) > 1:
            raise SystemExit(f"{sid}: quote {quote!r} occurs {len(hits)} times; give occ=")
        return hits[0]
    if occ > len(hits):
        raise SystemExit(f"{sid}: quote {quote!r} has only {len(hits)} occurrences")
    return hits[occ - 1]


def num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        return int(v)
    if isinstance(v, float):
        return float(repr(round(v, 12))) if abs(v) >= 1e-6 else v
    return v


def main():
    counters, out = {}, []
    for rec in lib.SENTS:
        p = rec["prefix"]
        counters[p] = counters.get(p, 0) + 1
        sid = f"{p}-{counters[p]:03d}"
        s = rec["sentence"]
        if rec["style"] not in lib.STYLES:
            raise SystemExit(f"{sid}: bad style {rec['style']}")
        figs = []
        for f in rec["figs"]:
            st = find(s, f["quote"], f["occ"], sid)
            en = st + len(f["quote"])
            assert s[st:en] == f["quote"]
            b = f["bound"]
            if b not in lib.BOUNDS:
                raise SystemExit(f"{sid}: bad bound {b}")
            v = num(f["value"])
            low = high = None
            if b == ">":
                low = v
            elif b == "<":
                high = v
            elif b == "range":
                if f["high"] is None:
                    raise SystemExit(f"{sid}: range without high")
                low, high = v, num(f["high"])
            if b != "range" and f["high"] is not None:
                raise SystemExit(f"{sid}: high given for bound {b}")
            if not f["unit"]:
                raise SystemExit(f"{sid}: empty unit")
            figs.append(dict(quote=f["quote"], start=st, end=en, value=v, low=low,
                             high=high, bound=b, unit=f["unit"]))
        figs.sort(key=lambda d: d["start"])
        for a, b2_ in zip(figs, figs[1:]):
            if b2_["start"] < a["end"]:
                raise SystemExit(f"{sid}: overlapping quotes {a['quote']!r} {b2_['quote']!r}")
        for n in rec["nf"]:
            if n not in s:
                raise SystemExit(f"{sid}: not_figure {n!r} not in sentence")
        out.append(dict(id=sid, domain=lib.DOMAINS[p], style=rec["style"], sentence=s,
                        figures=figs, not_figures=rec["nf"]))
    path = os.path.join(HERE, "..", "sentences.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} sentences, {sum(len(r['figures']) for r in out)} figures to {os.path.normpath(path)}")


if __name__ == "__main__":
    main()
