"""Shared helpers for the blind_events_4 generator scripts.

Articles are written with inline markup  [[quote|quantity|value|bound|flags...]]
  quote    exact text that appears in the article (markup is stripped)
  quantity quantity id (must be described in the event's Q table)
  value    number; for bound 'range' write LOW..HIGH
  bound    = ~ > >= < <= range   (default '=')
  flags    'opt' -> optional figure;  'u=<unit>' -> unit override (default unit from Q table)
The script strips the markup, writes the .txt files, gold.json and roles.json, and verifies offsets.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
BOUNDS = {"=", "~", ">", ">=", "<", "<=", "range"}

NUMWORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
            r"hundred|thousand|million|billion|dozen|dozens|half|twice|double|doubled|triple|tripled|"
            r"quarter|third|fourth|fifth|percent|single|once")
LINT = re.compile(r"\d[\d.,  ]*\d|\d|\b(?:%s)\b" % NUMWORDS, re.I)


def num(s):
    s = s.strip()
    v = float(s)
    return int(v) if v == int(v) and abs(v) < 1e15 else v


def parse(marked):
    out, figs, pos = [], [], 0
    for m in MARK.finditer(marked):
        out.append(marked[pos:m.start()])
        parts = m.group(1).split("|")
        quote, qid, val = parts[0], parts[1], parts[2]
        bound = parts[3] if len(parts) > 3 and parts[3] else "="
        flags = parts[4:]
        start = sum(len(x) for x in out)
        out.append(quote)
        figs.append(dict(quote=quote, start=start, end=start + len(quote), qid=qid, val=val,
                         bound=bound, opt="opt" in flags,
                         unit=next((f[2:] for f in flags if f.startswith("u=")), None)))
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), figs


def build(event, folder, notes, Q, articles, lint=False):
    d = os.path.join(ROOT, folder)
    os.makedirs(d, exist_ok=True)
    figures, errors, used = [], [], set()
    for ai, (fname, marked) in enumerate(articles, 1):
        marked = marked.strip("\n") + "\n"
        text, figs = parse(marked)
        with open(os.path.join(d, fname), "w", encoding="utf-8") as fh:
            fh.write(text)
        spans = []
        for fi, f in enumerate(figs, 1):
            if f["qid"] not in Q:
                errors.append(f"{fname}: unknown quantity {f['qid']} for {f['quote']!r}")
                continue
            used.add(f["qid"])
            if text.find(f["quote"]) != f["start"]:
                errors.append(f"{fname}: quote not first occurrence: {f['quote']!r}")
            b = f["bound"]
            if b not in BOUNDS:
                errors.append(f"{fname}: bad bound {b!r} in {f['quote']!r}")
            if b == "range":
                lo, hi = (num(x) for x in f["val"].split(".."))
                value, low, high = lo, lo, hi
            else:
                value = num(f["val"])
                low = value if b in (">", ">=") else None
                high = value if b in ("<", "<=") else None
            figures.append({
                "id": f"a{ai:02d}-f{fi:02d}", "article": fname, "quote": f["quote"],
                "start": f["start"], "end": f["end"], "value": value, "low": low, "high": high,
                "bound": b, "unit": f["unit"] or Q[f["qid"]][1], "quantity": f["qid"],
                "optional": f["opt"]})
            spans.append((f["start"], f["end"]))
        if lint:
            covered = [False] * len(text)
            for s, e in spans:
                for i in range(s, e):
                    covered[i] = True
            print(f"--- {fname}: {len(figs)} figures; unannotated number-like tokens:")
            for m in LINT.finditer(text):
                if not any(covered[m.start():m.end()]):
                    ctx = text[max(0, m.start() - 35):m.end() + 35].replace("\n", " ")
                    print(f"    {m.group(0)!r:14} ...{ctx}...")
    for q in Q:
        if q not in used:
            errors.append(f"quantity described but unused: {q}")
    gold = {"event": event,
            "figures": figures,
            "quantities": [{"id": q, "description": Q[q][0]} for q in Q],
            "notes": notes}
    roles = {"quantities": {q: {"role": Q[q][2], "part_of": Q[q][3]} for q in Q}}
    with open(os.path.join(d, "gold.json"), "w", encoding="utf-8") as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(d, "roles.json"), "w", encoding="utf-8") as fh:
        json.dump(roles, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    for e in errors:
        print("ERROR", e)
    print(f"{folder}: {len(figures)} figures, {len(Q)} quantities, {len(errors)} errors")
    return not errors


def main(event, folder, notes, Q, articles):
    ok = build(event, folder, notes, Q, articles, lint="--lint" in sys.argv)
    sys.exit(0 if ok else 1)
