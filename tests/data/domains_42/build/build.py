#!/usr/bin/env python3
"""Build domains_42/sentences.jsonl from the hand annotation in build/dsl/*.txt.

(domains_42: copied unchanged from domains_41/build/build.py; only this paragraph and
the first line are new. The domains_41 notes follow.)

(domains_41: copied unchanged from domains_40/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_40 and domains_39. The domains_40 notes
follow.)

(domains_40: copied unchanged from domains_39/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_39 and domains_38. The domains_39 notes
follow.)

(domains_39: copied unchanged from domains_38/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_38 and domains_37. The domains_38 notes
follow.)

(domains_38: copied unchanged from domains_37/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_37 and domains_36. The domains_37 notes
follow.)

(domains_37: copied unchanged from domains_36/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_36 and domains_35. The domains_36 notes
follow.)

(domains_36: copied unchanged from domains_35/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_35 and domains_34. The domains_35 notes
follow.)

(domains_35: copied unchanged from domains_34/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_34 and domains_33. The domains_34 notes
follow.)

(domains_34: copied unchanged from domains_33/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_33 and domains_32. The domains_33 notes
follow.)

(domains_33: copied unchanged from domains_32/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_32 and domains_31. The domains_32 notes
follow.)

(domains_32: copied unchanged from domains_31/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_31 and domains_30. The domains_31 notes
follow.)

(domains_31: copied unchanged from domains_30/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_30 and domains_29. The domains_30 notes
follow.)

(domains_30: copied unchanged from domains_29/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_29 and domains_28. The domains_29 notes
follow.)

(domains_29: copied unchanged from domains_28/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_28 and domains_27. The domains_28 notes
follow.)

(domains_28: copied unchanged from domains_27/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_27 and domains_26. The domains_27 notes
follow.)

(domains_27: copied unchanged from domains_26/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_26 and domains_25. The domains_26 notes
follow.)

(domains_26: copied unchanged from domains_25/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_25 and domains_24. The domains_25 notes
follow.)

(domains_25: copied unchanged from domains_24/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_24 and domains_23. The domains_24 notes
follow.)

(domains_24: copied unchanged from domains_23/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_23 and domains_22. The domains_23 notes
follow.)

(domains_23: copied unchanged from domains_22/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_22 and domains_21. The domains_22 notes
follow.)

(domains_22: copied unchanged from domains_21/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_21 and domains_20. The domains_21 notes
follow.)

(domains_21: copied unchanged from domains_20/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_20 and domains_19. The domains_20 notes
follow.)

(domains_20: copied unchanged from domains_19/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_19 and domains_18. The domains_19 notes
follow.)

(domains_19: copied unchanged from domains_18/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_18 and domains_17. The domains_18 notes
follow.)

(domains_18: copied unchanged from domains_17/build/build.py; only this paragraph and
the first line are new. The DSL folder (build/dsl/), the inferred bounds and the
boundary rule are exactly those of domains_17. The domains_17 notes follow.)

(domains_17: copied from domains_16/build/build.py; this paragraph, the first line and
the folder the DSL files are read from (build/dsl/ instead of build/data/, marked
"domains_17") are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_16. The domains_16 notes follow.)

(domains_16: copied unchanged from domains_15/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_15 and domains_14. The domains_15 notes follow.)

(domains_15: copied unchanged from domains_14/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_14 and domains_13. The domains_14 notes follow.)

(domains_14: copied unchanged from domains_13/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_13, domains_12, domains_11, domains_10 and domains_9. The domains_13
notes follow.)

(domains_13: copied unchanged from domains_12/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_12, domains_11, domains_10 and domains_9. The domains_12 notes follow.)

(domains_12: copied unchanged from domains_11/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_11, domains_10 and domains_9. The domains_11 notes follow.)

(domains_11: copied unchanged from domains_10/build/build.py; only this paragraph and
the first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_10, which were those of domains_9. The domains_10 notes follow.)

(domains_10: copied unchanged from domains_9/build/build.py; only this paragraph and the
first line are new. The DSL, the inferred bounds and the boundary rule are exactly
those of domains_9. The domains_9 notes follow.)

(domains_9/build/build.py was copied from domains_8/build/build.py. Changes for domains_9 are marked "domains_9":
the bound prefixes "approx." / "approx" / "perhaps" / "something like" (~),
"a maximum of" / "max" (<), "min." (>), a leading "≤" (<) or "≥" (>), a trailing "+"
(">", "3k+") and a trailing " or so" (~) are inferred, and a superscript footnote
marker glued to the end of a quote ("2,300¹", "12.4%³") does not break the token
boundary even after a digit. The domains_8 notes follow.

domains_8/build/build.py was copied from domains_7/build/build.py. Changes for domains_8 are marked "domains_8":
the bound prefixes "near" (~), "from" (>, a price floor) and a leading "~" (~) are
inferred. Everything else is unchanged. The domains_7 notes follow.

domains_7/build/build.py was copied from domains_6/build/build.py, which was adapted
from domains_5. Changes for
domains_6 are marked "domains_6": a literal "\\n" in a sentence, quote or not-figure
stands for a line break, and the bound phrases "in excess of", "c." and a trailing
" or less" are inferred. Changes for domains_7 are marked "domains_7": the bound
phrases "close to", "max.", "no longer than", "older than" and a trailing
" and above" are inferred, and a footnote marker glued to the end of a quote
("4.2%1", "44 ,310 MW5", "billion10") no longer breaks the token boundary.)

DSL (one item per line):
  # <domain> <prefix>                       start a domain
  @ <style> | <sentence>                    a sentence (split at the first " | ")
  + <quote> | <value> | <unit> [| <bound>] [| occ=N]
                                            a figure; value is a Python number
                                            expression, or lo..hi for a range
  - <text>                                  a not-figure (rest of the line, verbatim)

Offsets are never typed by hand: each quote is searched in its sentence and must sit
on a token boundary (it may not continue a word or a number). If there is more than
one valid occurrence, the line must say which one with occ=N (1-based).
If no bound is given, it is inferred from a leading bound phrase ("about", "more
than", "up to", ...) or a trailing "-odd" / " or more"; otherwise it is "=".
Standard library only.
"""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "sentences.jsonl")

PREFIX_BOUNDS = [
    ("no more than", "<"), ("more than", ">"), ("at least", ">"), ("as little as", ">"),
    ("up to", "<"), ("less than", "<"), ("fewer than", "<"), ("as many as", "<"),
    ("as much as", "<"), ("as high as", "<"), ("within", "<"), ("below", "<"),
    ("under", "<"), ("above", ">"), ("over", ">"),
    ("in excess of", ">"), ("c.", "~"),  # domains_6
    ("close to", "~"), ("max.", "<"), ("no longer than", "<"), ("older than", ">"),  # domains_7
    ("near", "~"), ("from", ">"),  # domains_8
    # domains_9
    ("approx.", "~"), ("approx", "~"), ("perhaps", "~"), ("something like", "~"),
    ("a maximum of", "<"), ("max", "<"), ("min.", ">"),
    ("an estimated", "~"), ("estimated", "~"), ("approximately", "~"), ("about", "~"),
    ("around", "~"), ("roughly", "~"), ("some", "~"), ("nearly", "~"), ("almost", "~"),
]


def infer_bound(q):
    lq = q.lower()
    if lq.startswith("~"):  # domains_8: "~30%", "~$2.4bn"
        return "~"
    if lq.startswith(("\u2264", "<")):  # domains_9: "≤230"
        return "<"
    if lq.startswith(("\u2265", ">")):  # domains_9: "≥1", ">200m"
        return ">"
    for p, b in PREFIX_BOUNDS:
        if lq.startswith(p + " "):
            return b
    if lq.endswith("-odd"):
        return "~"
    if lq.endswith(" or more"):
        return ">"
    if lq.endswith(" or less"):  # domains_6
        return "<"
    if lq.endswith(" and above"):  # domains_7
        return ">"
    if lq.endswith("+") and len(lq) > 1:  # domains_9: "3k+", "240+", "6hrs+"
        return ">"
    if lq.endswith(" or so"):  # domains_9: "1,400 or so"
        return "~"
    return "="


SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"


def boundary_ok(s, a, b):
    before = s[a - 1] if a > 0 else ""
    after = s[b] if b < len(s) else ""
    if before and before.isalnum():
        return False
    if after and after in SUPERSCRIPTS:  # domains_9: "2,300¹" (a footnote marker)
        return True
    if after and after.isalnum():
        # domains_7: a digit glued to a quote that ends in a non-digit is a footnote
        # marker ("4.2%1", "MW5", "billion10"); it must be listed as a not-figure.
        if not (after.isdigit() and not s[b - 1].isdigit()):
            return False
    if s[a].isdigit() and before in ".," and a >= 2 and s[a - 2].isdigit():
        return False
    if s[b - 1].isdigit() and after in ".," and b + 1 < len(s) and s[b + 1].isdigit() \
            and s[b + 1] not in SUPERSCRIPTS:  # domains_9: "2.3.¹⁴" ends a sentence
        return False
    return True


def occurrences(s, q):
    out, i = [], s.find(q)
    while i >= 0:
        if boundary_ok(s, i, i + len(q)):
            out.append(i)
        i = s.find(q, i + 1)
    return out


def num(x):
    x = float(x)
    if x == 0:  # domains_9: "spoilt 0" is written 0, not 0.0
        return 0
    if abs(x) >= 1 and abs(x - round(x)) < 1e-6 * max(1.0, abs(x)) * 1e-3:
        return int(round(x))
    return x


class BuildError(Exception):
    pass


def finish(rec, figs, where):
    s = rec["sentence"]
    out = []
    for (q, val, unit, bound, occ, ln) in figs:
        occ_list = occurrences(s, q)
        if not occ_list:
            raise BuildError(f"{where(ln)}: quote {q!r} not found on a token boundary")
        if occ is None:
            if len(occ_list) > 1:
                raise BuildError(f"{where(ln)}: quote {q!r} occurs {len(occ_list)} times; give occ=")
            a = occ_list[0]
        else:
            if occ > len(occ_list):
                raise BuildError(f"{where(ln)}: occ={occ} but only {len(occ_list)} occurrences")
            a = occ_list[occ - 1]
        b = a + len(q)
        assert s[a:b] == q
        low = high = None
        if ".." in val:
            lo_s, hi_s = val.split("..")
            lo, hi = num(eval(lo_s)), num(eval(hi_s))
            if not lo < hi:
                raise BuildError(f"{where(ln)}: range {val} not increasing")
            value, low, high = lo, lo, hi
            if bound not in (None, "range"):
                raise BuildError(f"{where(ln)}: range with bound {bound}")
            bound = "range"
        else:
            value = num(eval(val))
            if bound is None:
                bound = infer_bound(q)
            if bound == ">":
                low = value
            elif bound == "<":
                high = value
            elif bound not in ("=", "~"):
                raise BuildError(f"{where(ln)}: bad bound {bound!r}")
        out.append({"quote": q, "start": a, "end": b, "value": value, "low": low,
                    "high": high, "bound": bound, "unit": unit})
    out.sort(key=lambda f: f["start"])
    for f1, f2 in zip(out, out[1:]):
        if f2["start"] < f1["end"]:
            raise BuildError(f"{rec['id']}: figures {f1['quote']!r} and {f2['quote']!r} overlap")
    spans = [(f["start"], f["end"]) for f in out]
    for nf in rec["not_figures"]:
        i, ok = s.find(nf), False
        while i >= 0:
            if not any(a <= i and i + len(nf) <= b for a, b in spans):
                ok = True
                break
            i = s.find(nf, i + 1)
        if not ok:
            raise BuildError(f"{rec['id']}: not-figure {nf!r} missing or only inside a figure")
    rec["figures"] = out
    return rec


def main():
    records = []
    files = sorted(glob.glob(os.path.join(HERE, "dsl", "*.txt")))  # domains_17: build/dsl/
    for path in files:
        name = os.path.basename(path)
        domain = prefix = None
        counter = 0
        cur = None
        figs = []

        def where(ln):
            return f"{name}:{ln}"

        def flush():
            if cur is not None:
                records.append(finish(cur, figs, where))

        with open(path, encoding="utf-8") as fh:
            for ln, raw in enumerate(fh, 1):
                line = raw.rstrip("\n")
                if not line.strip():
                    continue
                tag, rest = line[0], line[2:]
                if tag == "#":
                    flush()
                    cur, figs = None, []
                    domain, prefix = rest.split()
                    counter = 0
                elif tag == "@":
                    flush()
                    style, sentence = rest.split(" | ", 1)
                    sentence = sentence.replace("\\n", "\n")  # domains_6
                    counter += 1
                    cur = {"id": f"{prefix}-{counter:03d}", "domain": domain,
                           "style": style.strip(), "sentence": sentence,
                           "figures": [], "not_figures": []}
                    figs = []
                elif tag == "+":
                    parts = [p.strip() for p in rest.split(" | ")]
                    if len(parts) < 3:
                        raise BuildError(f"{where(ln)}: figure line needs quote | value | unit")
                    q, val, unit = parts[:3]
                    q = q.replace("\\n", "\n")  # domains_6
                    bound, occ = None, None
                    for extra in parts[3:]:
                        if extra.startswith("occ="):
                            occ = int(extra[4:])
                        else:
                            bound = extra
                    figs.append((q, val, unit, bound, occ, ln))
                elif tag == "-":
                    cur["not_figures"].append(rest.replace("\\n", "\n"))  # domains_6
                else:
                    raise BuildError(f"{where(ln)}: unknown line {line!r}")
            flush()
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        raise BuildError("duplicate ids")
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        print("BUILD ERROR:", e)
        sys.exit(1)
