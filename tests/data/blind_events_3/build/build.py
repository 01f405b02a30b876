#!/usr/bin/env python3
"""Build article texts, gold.json and roles.json of one event from a marked-up source file.

Source format (one file per event, e.g. e1_election.src):
  EVENT <folder> | <event description>
  NOTE <note text>                       (any number)
  Q <id> | <role> | <part_of or -> | <default unit> | <description>
  === <article file name>
  <article text; figures marked [[quote|quantity|value|extra...]]>
extra tokens: a bound (= ~ > >= < <= or range:HIGH), "opt", "u=<unit>".
"""
import json, re, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = re.compile(r"\[\[(.+?)\]\]", re.S)
YEAR = re.compile(r"^(19|20)\d\d$")


def num(s):
    v = float(s)
    return int(v) if v.is_integer() else v


def build(src):
    lines = open(src, encoding="utf-8").read().split("\n")
    folder = event = None
    notes, quants, arts, cur = [], [], [], None
    for ln in lines:
        if cur is not None and not ln.startswith("=== "):
            cur[1].append(ln)
            continue
        if ln.startswith("EVENT "):
            folder, event = [x.strip() for x in ln[6:].split("|", 1)]
        elif ln.startswith("NOTE "):
            notes.append(ln[5:].strip())
        elif ln.startswith("Q "):
            qid, role, part, unit, desc = [x.strip() for x in ln[2:].split("|", 4)]
            quants.append(dict(id=qid, role=role, part_of=None if part == "-" else part, unit=unit, description=desc))
        elif ln.startswith("=== "):
            cur = (ln[4:].strip(), [])
            arts.append(cur)
        elif ln.strip():
            sys.exit(f"bad header line: {ln!r}")
    qmap = {q["id"]: q for q in quants}
    outdir = os.path.join(ROOT, folder)
    os.makedirs(outdir, exist_ok=True)
    figures, errors = [], []
    for name, body in arts:
        raw = "\n".join(body).strip("\n") + "\n"
        text, pos, marks = "", 0, []
        for m in MARK.finditer(raw):
            text += raw[pos:m.start()]
            parts = m.group(1).split("|")
            quote, qid, value = parts[0], parts[1], num(parts[2])
            bound, opt, unit, low, high = "=", False, None, None, None
            for tok in parts[3:]:
                if tok == "opt":
                    opt = True
                elif tok.startswith("u="):
                    unit = tok[2:]
                elif tok.startswith("range:"):
                    bound, low, high = "range", value, num(tok[6:])
                elif tok in ("=", "~", ">", ">=", "<", "<="):
                    bound = tok
                else:
                    errors.append(f"{name}: bad token {tok!r} in {m.group(0)!r}")
            if bound in (">", ">="):
                low = value
            if bound in ("<", "<="):
                high = value
            if qid not in qmap:
                errors.append(f"{name}: unknown quantity {qid!r} in {quote!r}")
                unit = unit or "?"
            marks.append(dict(article=name, quote=quote, start=len(text), end=len(text) + len(quote), value=value,
                              low=low, high=high, bound=bound, unit=unit or qmap.get(qid, {}).get("unit", "?"),
                              quantity=qid, optional=opt))
            text += quote
            pos = m.end()
        text += raw[pos:]
        if "[[" in text or "]]" in text:
            errors.append(f"{name}: stray markup")
        for i, f in enumerate(marks, 1):
            if text.find(f["quote"]) != f["start"]:
                errors.append(f"{name}: quote not unique/first: {f['quote']!r}")
            f["id"] = f"a{name[:2]}-f{i:02d}"
        # lint: numbers in text not covered by a quote (calendar years and dates skipped by eye)
        covered = [(f["start"], f["end"]) for f in marks]
        for m in re.finditer(r"\d[\d,.  ]*\d|\d", text):
            if not any(s <= m.start() < e for s, e in covered) and not YEAR.match(m.group(0).strip()):
                ctx = text[max(0, m.start() - 25):m.end() + 15].replace("\n", " ")
                print(f"  uncovered {name}: {m.group(0)!r} ...{ctx}...")
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(text)
        figures += [{k: f[k] for k in ("id", "article", "quote", "start", "end", "value", "low", "high", "bound",
                                       "unit", "quantity", "optional")} for f in marks]
    used = {f["quantity"] for f in figures}
    for q in quants:
        if q["id"] not in used:
            errors.append(f"quantity {q['id']} never used")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    gold = dict(event=event, figures=figures,
                quantities=[dict(id=q["id"], description=q["description"]) for q in quants],
                notes=" ".join(notes))
    json.dump(gold, open(os.path.join(outdir, "gold.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    roles = {"quantities": {q["id"]: {"role": q["role"], "part_of": q["part_of"]} for q in quants}}
    json.dump(roles, open(os.path.join(outdir, "roles.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(f"{folder}: {len(arts)} articles, {len(figures)} figures, {len(quants)} quantities")


if __name__ == "__main__":
    for s in sys.argv[1:] or sorted(f for f in os.listdir(HERE) if f.endswith(".src")):
        build(os.path.join(HERE, s))
