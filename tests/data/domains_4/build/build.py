#!/usr/bin/env python3
"""Build sentences.jsonl from the hand-annotated batch files in build/data/*.txt.

Batch-file format (one item per line; blank lines and lines starting with ';' ignored):

    # <domain> <id-prefix>                      start a domain
    @ <style> | <sentence>                     start a sentence (split on the FIRST ' | ')
    + <quote> | <value> | <unit> [| <bound>] [| occ=N]
                                               a figure; value is a Python number
                                               expression (1.2e9, 1/3, 38) or 'lo..hi'
                                               for a range; bound is = ~ > < (default =,
                                               or 'range' when the value is lo..hi)
    - <text>                                   a not-figure (rest of the line, verbatim)

Offsets are never typed: build.py finds each quote in its sentence, requires a
token-boundary match, and stops if the quote is ambiguous and no occ= is given.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "sentences.jsonl")


def die(msg):
    sys.stderr.write("BUILD ERROR: " + msg + "\n")
    sys.exit(1)


def num(expr, where):
    try:
        v = eval(expr, {"__builtins__": {}}, {})
    except Exception as e:  # noqa: BLE001
        die(f"{where}: bad value {expr!r}: {e}")
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        die(f"{where}: value {expr!r} is not a number")
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e16:
        v = int(v)
    return v


def boundary_ok(s, a, b):
    before = s[a - 1] if a > 0 else ""
    after = s[b] if b < len(s) else ""
    if before and before.isalnum():
        return False
    if after and after.isalnum():
        return False
    # do not start/end inside a longer number such as 2.4 or 1,250
    if s[a].isdigit() and before in ".," and a >= 2 and s[a - 2].isdigit():
        return False
    if s[b - 1].isdigit() and after in ".," and b + 1 < len(s) and s[b + 1].isdigit():
        return False
    return True


def occurrences(s, q):
    out, i = [], s.find(q)
    while i >= 0:
        if boundary_ok(s, i, i + len(q)):
            out.append(i)
        i = s.find(q, i + 1)
    return out


def parse_files(paths):
    records = []
    domain = prefix = None
    counters = {}
    cur = None
    for path in paths:
        for ln, raw in enumerate(open(path, encoding="utf-8"), 1):
            line = raw.rstrip("\n")
            where = f"{os.path.basename(path)}:{ln}"
            if not line.strip() or line.lstrip().startswith(";"):
                continue
            line = line.strip()
            if line.startswith("# "):
                parts = line[2:].split()
                if len(parts) != 2:
                    die(f"{where}: domain line needs '# domain prefix'")
                domain, prefix = parts
                counters.setdefault(prefix, 0)
                cur = None
            elif line.startswith("@ "):
                if domain is None:
                    die(f"{where}: sentence before domain")
                style, sep, sent = line[2:].partition(" | ")
                if not sep:
                    die(f"{where}: sentence line needs 'style | sentence'")
                counters[prefix] += 1
                cur = {
                    "id": f"{prefix}-{counters[prefix]:03d}",
                    "domain": domain,
                    "style": style.strip(),
                    "sentence": sent,
                    "figures": [],
                    "not_figures": [],
                    "_where": where,
                }
                records.append(cur)
            elif line.startswith("+ "):
                if cur is None:
                    die(f"{where}: figure before sentence")
                fields = [f.strip() for f in line[2:].split(" | ")]
                if len(fields) < 3:
                    die(f"{where}: figure needs quote | value | unit")
                quote, vexpr, unit = fields[:3]
                bound, occ = None, None
                for extra in fields[3:]:
                    if extra.startswith("occ="):
                        occ = int(extra[4:])
                    elif extra in ("=", "~", ">", "<", "range"):
                        bound = extra
                    else:
                        die(f"{where}: unknown field {extra!r}")
                s = cur["sentence"]
                occs = occurrences(s, quote)
                if not occs:
                    die(f"{where}: quote {quote!r} not found on a token boundary in {cur['id']}")
                if len(occs) > 1 and occ is None:
                    die(f"{where}: quote {quote!r} occurs {len(occs)} times in {cur['id']}; give occ=")
                start = occs[(occ or 1) - 1]
                end = start + len(quote)
                low = high = None
                if ".." in vexpr:
                    lo, hi = vexpr.split("..")
                    low, high = num(lo, where), num(hi, where)
                    value = low
                    bound = bound or "range"
                    if bound != "range":
                        die(f"{where}: lo..hi value needs bound range")
                else:
                    value = num(vexpr, where)
                    bound = bound or "="
                    if bound == "range":
                        die(f"{where}: range bound needs lo..hi")
                    if bound == ">":
                        low = value
                    elif bound == "<":
                        high = value
                cur["figures"].append({
                    "quote": quote, "start": start, "end": end, "value": value,
                    "low": low, "high": high, "bound": bound, "unit": unit,
                })
            elif line.startswith("- "):
                if cur is None:
                    die(f"{where}: not-figure before sentence")
                cur["not_figures"].append(line[2:])
            else:
                die(f"{where}: cannot parse line {line!r}")
    return records


def finish(rec):
    s = rec["sentence"]
    figs = sorted(rec["figures"], key=lambda f: f["start"])
    for a, b in zip(figs, figs[1:]):
        if b["start"] < a["end"]:
            die(f"{rec['id']}: figures {a['quote']!r} and {b['quote']!r} overlap")
    for f in figs:
        assert s[f["start"]:f["end"]] == f["quote"]
    spans = [(f["start"], f["end"]) for f in figs]
    for nf in rec["not_figures"]:
        found = False
        i = s.find(nf)
        while i >= 0:
            if not any(a <= i and i + len(nf) <= b for a, b in spans):
                found = True
                break
            i = s.find(nf, i + 1)
        if not found:
            die(f"{rec['id']}: not-figure {nf!r} missing or only inside a figure")
    rec["figures"] = figs
    del rec["_where"]
    return rec


def main():
    paths = sorted(glob.glob(os.path.join(HERE, "data", "*.txt")))
    if not paths:
        die("no batch files")
    records = [finish(r) for r in parse_files(paths)]
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        die("duplicate ids")
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nfig = sum(len(r["figures"]) for r in records)
    print(f"wrote {len(records)} records, {nfig} figures -> {OUT}")


if __name__ == "__main__":
    main()
