#!/usr/bin/env python3
"""Build the blind_events_74 corpus from the hand-written markup sources build/src/e*/NN_style_date.src.

Each source article (.src) is plain text in which every annotated figure is written as
    [[quote|quantity_id|value|bound|unit]]        or   [[quote|quantity_id|value|bound|unit|opt]]
quote is the exact article text (the markup is replaced by it); value is the hand-normalised
number (a..b for a range); bound is one of = ~ > >= < <= range.
Each event folder in build/src/ has meta.json: {"folder", "event", "notes",
"quantities": [[id, role, part_of_or_null, description], ...]}.

The script writes, per event, the plain .txt articles, gold.json and roles.json into
tests/data/blind_events_74/<folder>/. With --residue it also lists every digit run / number word
left outside the annotations, so that the annotator can check nothing was forgotten.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}
WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
         "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
         "hundred thousand million billion dozen half third quarter twice").split()


def num(s):
    s = s.strip()
    f = float(s)
    return int(f) if f == int(f) and abs(f) < 1e15 else f


def build_article(src):
    raw = open(src, encoding="utf-8").read()
    out, figs, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        parts = m.group(1).split("|")
        if len(parts) not in (5, 6):
            sys.exit(f"{src}: bad markup {m.group(0)!r}")
        quote, qid, value, bound, unit = [p.strip() if i else p for i, p in enumerate(parts[:5])]
        opt = len(parts) == 6
        if opt and parts[5].strip() != "opt":
            sys.exit(f"{src}: bad flag in {m.group(0)!r}")
        bound = bound or "="
        if bound not in BOUNDS:
            sys.exit(f"{src}: bad bound in {m.group(0)!r}")
        start = sum(len(x) for x in out)
        out.append(quote)
        if bound == "range":
            lo, hi = value.split("..")
            v, low, high = num(lo), num(lo), num(hi)
        else:
            v = num(value)
            low = v if bound in (">", ">=") else None
            high = v if bound in ("<", "<=") else None
        figs.append({"quote": quote, "start": start, "end": start + len(quote), "value": v,
                     "low": low, "high": high, "bound": bound, "unit": unit, "quantity": qid,
                     "optional": opt})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if not text.endswith("\n"):
        text += "\n"
    return text, figs


def residue(text, figs):
    mask = list(text)
    for f in figs:
        for i in range(f["start"], f["end"]):
            mask[i] = " "
    rest = "".join(mask)
    hits = []
    for m in re.finditer(r"\d[\d.,: ]*\d|\d", rest):
        hits.append(m.group(0))
    for m in re.finditer(r"\b(" + "|".join(WORDS) + r")\w*", rest, re.I):
        hits.append(m.group(0))
    return hits


def main():
    show = "--residue" in sys.argv
    srcroot = os.path.join(HERE, "src")
    for ev in sorted(os.listdir(srcroot)):
        d = os.path.join(srcroot, ev)
        if not os.path.exists(os.path.join(d, "meta.json")):
            continue
        meta = json.load(open(os.path.join(d, "meta.json"), encoding="utf-8"))
        dest = os.path.join(OUT, meta["folder"])
        os.makedirs(dest, exist_ok=True)
        figures = []
        for name in sorted(os.listdir(d)):
            if not name.endswith(".src"):
                continue
            text, figs = build_article(os.path.join(d, name))
            name = name[:-4] + ".txt"
            with open(os.path.join(dest, name), "w", encoding="utf-8") as fh:
                fh.write(text)
            for k, f in enumerate(figs, 1):
                if text.find(f["quote"]) != f["start"]:
                    print(f"NOT UNIQUE {ev}/{name}: {f['quote']!r}")
                figures.append({"id": f"a{name[:2]}-f{k:02d}", "article": name, **f})
            if show:
                print(f"--- {ev}/{name}: {len(figs)} figures; residue: {residue(text, figs)}")
        quantities = [{"id": q[0], "description": q[3]} for q in meta["quantities"]]
        gold = {"event": meta["event"], "figures": figures, "quantities": quantities,
                "notes": meta["notes"]}
        roles = {"quantities": {q[0]: {"role": q[1], "part_of": q[2]} for q in meta["quantities"]}}
        with open(os.path.join(dest, "gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        with open(os.path.join(dest, "roles.json"), "w", encoding="utf-8") as fh:
            json.dump(roles, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        used = {f["quantity"] for f in figures}
        declared = {q[0] for q in meta["quantities"]}
        if used - declared:
            print(f"UNDECLARED {ev}: {sorted(used - declared)}")
        if declared - used:
            print(f"UNUSED {ev}: {sorted(declared - used)}")


if __name__ == "__main__":
    main()
