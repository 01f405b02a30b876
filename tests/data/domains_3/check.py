#!/usr/bin/env python3
"""Validator and counter for domains_3/sentences.jsonl.

    python3 check.py [file] [--stats] [--quiet]

Errors (exit 1): bad JSON or keys, bad/duplicate ids, offsets that do not give the
quote, quotes with outer whitespace or not at a token boundary, unordered or
overlapping figures, bad bound, low/high inconsistent with the bound, fraction
values outside (0, 1), percent quotes whose unit is not %, not_figures entries
missing from the sentence or only inside a figure, and any digit or number word
that is covered neither by a figure nor by a not_figures entry.

Warnings: an independent little parser re-reads each quote (number, sign, scale
word, lakh/crore, sub-units, continental and Indian digit grouping, number words,
fractions, multiples, clock times and compound durations) and compares the result
with value / low / high.
"""
import json
import re
import sys
from collections import Counter

DOMAINS = {
    "crt": "courts", "rea": "real_estate", "shp": "shipping", "avi": "aviation",
    "spc": "space", "mil": "military", "dem": "demography", "edu": "education",
    "ret": "retail", "mkt": "markets", "ent": "entertainment", "spt": "sport",
    "food": "food", "gam": "gambling", "ins": "insurance", "bud": "budgets",
    "lab": "labour", "tec": "tech", "clm": "climate", "wld": "wildlife",
}
STYLES = {
    "wire", "broadsheet", "tabloid", "trade", "local", "translated", "indian",
    "nigerian", "south_african", "australian", "canadian", "us", "headline",
    "press_release", "liveblog", "bulleted", "table", "pdf",
}
REC_KEYS = ["id", "domain", "style", "sentence", "figures", "not_figures"]
FIG_KEYS = ["quote", "start", "end", "value", "low", "high", "bound", "unit"]
BOUNDS = {"=", "~", ">", "<", "range"}

NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|"
    r"trillions?|dozens?|tens|half|halves|thirds?|quarters?|fourth|fifths?|sixth|"
    r"seventh|eighth|ninth|tenth|twice|thrice)\b", re.I)
PERCENT = re.compile(r"%|per\s*cent|percent|procent|prozent", re.I)
JOIN = ".,/:"
CURRENCIES = {"USD", "GBP", "EUR", "INR", "NGN", "CAD", "AUD", "ZAR", "JPY", "HKD", "SEK",
              "TWD", "KRW", "CNY", "MYR", "SGD", "KES", "PHP", "CHF"}


def valid_at(s, i, j):
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


def is_num(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# ----------------------------------------------------------------- value parser
WORDNUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
WORDNUM.update(thirty=30, forty=40, fifty=50, sixty=60, seventy=70, eighty=80, ninety=90,
               twice=2, double=2, triple=3, threefold=3)
SCALEWORD = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
             "lakh": 1e5, "crore": 1e7}
FRAC = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
        "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10}
TIME = {"second": 1, "seconds": 1, "sec": 1, "s": 1, "minute": 60, "minutes": 60, "min": 60,
        "hour": 3600, "hours": 3600, "day": 86400, "days": 86400, "week": 604800,
        "weeks": 604800, "month": 2629800, "months": 2629800, "year": 31557600,
        "years": 31557600}
TIME_RE = r"(years?|months?|weeks?|days?|hours?|minutes?|seconds?)"
NUMTOK = re.compile(r"\d+(?:[.,]\d+)*(?:e\d+)?½?|½")
SCALE_RE = re.compile(r"^\s*-?\s*(lakh crore|lakh|crore|trillion|trn|tn|billion|bn|b|"
                      r"million|mn|m|thousand|k)(?![a-z])", re.I)
SUB_RE = re.compile(r"^\s*(p|pence|cents?|us cents|sen|kobo|paise)(?![a-z])", re.I)
BOUND_WORDS = ["an estimated", "estimated at", "estimated", "a maximum of", "as many as",
               "as much as", "as high as", "as large as", "no more than", "more than",
               "fewer than", "less than", "at least", "upwards of", "just over",
               "just under", "up to", "about", "around", "roughly", "nearly", "almost",
               "some", "approximately", "over", "under", "below", "above", "past",
               "within", "from", "between", "only", "just", "close to", "exceeding"]


def norm(q):
    s = q.replace("\u2212", "-").replace("\u2013", "-").replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"(\w)- (\w)", r"\1-\2", s)                  # PDF line-break hyphens
    s = s.replace("bil-lion", "billion").replace("mil-lion", "million")
    s = re.sub(r"(\d) ?([.,]) ?(\d)", r"\1\2\3", s)         # "2 . 1", "14 , 300"
    s = re.sub(r"(?<=\d) (?=\d{3}(?!\d))", "", s)           # "3 500 000"
    s = re.sub(r"\s+", " ", s).strip()
    return s


def to_float(tok, style):
    half = 0.0
    if tok.endswith("½"):
        half, tok = 0.5, tok[:-1]
        if not tok:
            return half
    if "e" in tok:
        return float(tok) + half
    if "," in tok and "." in tok:
        if tok.rfind(",") > tok.rfind("."):
            tok = tok.replace(".", "").replace(",", ".")
        else:
            tok = tok.replace(",", "")
    elif "," in tok:
        if re.fullmatch(r"\d{1,3}(,\d{3})+", tok) or re.fullmatch(r"\d{1,2}(,\d{2})+,\d{3}", tok):
            tok = tok.replace(",", "")
        else:
            tok = tok.replace(",", ".")
    elif "." in tok:
        if tok.count(".") > 1 or (style == "translated" and re.fullmatch(r"\d{1,3}(\.\d{3})+", tok)):
            tok = tok.replace(".", "")
    return float(tok) + half


def strip_bounds(s):
    changed = True
    while changed:
        changed = False
        for w in BOUND_WORDS:
            if re.match(re.escape(w) + r"\b\s*", s, re.I):
                s = re.sub("^" + re.escape(w) + r"\b\s*", "", s, flags=re.I)
                changed = True
    return s


def words_value(l):
    l = l.lower().replace("-", " ")
    if "half a dozen" in l:
        return 6.0
    if "quarter of a million" in l:
        return 250000.0
    if "half a million" in l:
        return 500000.0
    toks = re.findall(r"[a-z]+", l)
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "dozen":
            return 12.0
        if t in ("a", "an") and nxt in SCALEWORD:
            return SCALEWORD[nxt]
        if t in ("a", "an") and nxt == "dozen":
            return 12.0
        if t in WORDNUM:
            v = float(WORDNUM[t])
            if nxt in SCALEWORD:
                v *= SCALEWORD[nxt]
            return v
    return None


def frac_value(s, style):
    l = s.lower()
    m = re.search(r"(\S+)\s+in\s+(.+)$", l)
    if m:
        a = words_value(m.group(1)) if not re.search(r"\d", m.group(1)) else to_float(m.group(1), style)
        b, _ = single(m.group(2), "count", style)
        if a is not None and b:
            return a / b
    m = re.search(r"(?:\b(a|an|one|two|three|four)\b)?[\s-]*\b(" + "|".join(FRAC) + r")\b", l)
    if m:
        n = {"two": 2, "three": 3, "four": 4}.get(m.group(1) or "", 1)
        return n / FRAC[m.group(2)]
    m = re.search(r"(\d+)/(\d+)", l)
    if m:
        return int(m.group(1)) / int(m.group(2))
    return None


def mult_value(s, style):
    l = s.lower()
    m = re.search(r"(\d+(?:\.\d+)?)\s*x\b", l)
    if m:
        return float(m.group(1))
    m = re.search(r"(\S+)\s+times\b", l)
    if m:
        t = m.group(1)
        return to_float(t, style) if re.match(r"\d", t) else words_value(t)
    return words_value(l)


def single(s, unit, style):
    """Parse one value; returns (value, factor) where factor is the scale/sub-unit applied."""
    s = s.replace("+/-", "").strip()
    s = strip_bounds(s)
    l = s.lower()
    if unit == "fraction":
        return frac_value(s, style), 1
    if unit == "x":
        return mult_value(s, style), 1
    if "quarter-point" in l:
        return 0.25, 1
    m = re.search(r"(\d+)/(\d+)", s)
    if m and unit in ("cups",):
        return int(m.group(1)) / int(m.group(2)), 1
    m = NUMTOK.search(s)
    if not m:
        v = words_value(l)
        if v is None:
            return None, 1
        rest = l
        fac = 1
    else:
        v = to_float(m.group(0), style)
        rest = s[m.end():]
        prefix = s[:m.start()]
        if "-" in prefix or re.search(r"\b(minus|negative)\b", prefix, re.I):
            v = -v
        fac = 1
        sm = SCALE_RE.match(rest)
        if sm and not (unit == "m" and sm.group(1).lower() == "m"):
            w = sm.group(1).lower()
            fac = {"lakh crore": 1e12, "lakh": 1e5, "crore": 1e7, "trillion": 1e12, "trn": 1e12,
                   "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6,
                   "m": 1e6, "thousand": 1e3, "k": 1e3}[w]
        elif re.match(r"^\s*MT\b", rest) and unit == "tonnes":
            fac = 1e6
        sub = SUB_RE.match(rest)
        if sub and unit in CURRENCIES:
            fac = 0.01
        v *= fac
        if unit == "overs":                               # cricket: 46.3 overs = 46 overs 3 balls
            whole = int(v)
            v = whole + round((v - whole) * 10) / 6
        if re.search(r"\bhundredths\b", rest):
            v /= 100
    if unit == "strokes to par" and "under" in l:
        v = -abs(v)
    if unit in TIME:
        tm = re.search(r"\b" + TIME_RE + r"\b", l)
        if tm and TIME[tm.group(1)] != TIME[unit]:
            v = v * TIME[tm.group(1)] / TIME[unit]
    return v, fac


def parse(q, unit, bound, style, sentence):
    s = norm(q)
    l = s.lower()
    m = re.fullmatch(r"(\d+):(\d{2}):(\d{2}(?:\.\d+)?)", s)
    if m:
        secs = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        return [secs / TIME.get(unit, 1)]
    m = re.fullmatch(r"(\d+):(\d{2}(?:\.\d+)?)", s)
    if m:
        secs = int(m.group(1)) * 60 + float(m.group(2))
        return [secs / TIME.get(unit, 1)]
    m = re.fullmatch(r"(\d+) min (\d+) s (\d+)", s)
    if m:
        return [int(m.group(1)) * 60 + int(m.group(2)) + float("0." + m.group(3))]
    numw = r"(\d+(?:\.\d+)?|" + "|".join(k for k in WORDNUM if k not in ("double", "triple", "threefold", "twice")) + r")"
    pairs = re.findall(numw + r"\s+" + TIME_RE + r"\b", l)
    if bound != "range" and len(pairs) >= 2 and unit in TIME:
        tot = 0.0
        for n, u in pairs:
            nv = float(n) if re.match(r"\d", n) else WORDNUM[n]
            tot += nv * TIME[u]
        return [tot / TIME[unit]]
    hdr = 1
    if style == "table" and re.fullmatch(r"[+\-]?[\d.,]+", s):
        if "(millions)" in sentence:
            hdr = 1e6
        elif "£bn" in sentence:
            hdr = 1e9
    if bound == "range":
        body = re.sub(r"^(between|from)\s+", "", s, flags=re.I)
        parts = re.split(r"\s+and\s+|\s+to\s+|\s+or\s+|(?<=\d)\s*-\s*(?=\D{0,2}\d)", body, maxsplit=1)
        if len(parts) != 2:
            return None
        (a, fa), (b, fb) = single(parts[0], unit, style), single(parts[1], unit, style)
        if a is None or b is None:
            return None
        if fa == 1 and fb != 1:
            a *= fb
        return [a * hdr, b * hdr]
    v, _ = single(s, unit, style)
    return None if v is None else [v * hdr]


def close(a, b):
    return abs(a - b) <= max(1e-9, 1e-3 * max(abs(a), abs(b)))


# ---------------------------------------------------------------------- check
def check(path, stats=False, quiet=False):
    errors, warnings, recs, ids = [], [], [], set()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            recs.append((ln, r))

    for ln, r in recs:
        where = f"line {ln} ({r.get('id', '?')})"
        if not isinstance(r, dict) or list(r.keys()) != REC_KEYS:
            errors.append(f"{where}: keys must be exactly {REC_KEYS}")
            continue
        rid, s = r["id"], r["sentence"]
        m = re.fullmatch(r"([a-z]+)-(\d{3})", rid) if isinstance(rid, str) else None
        if not m:
            errors.append(f"{where}: malformed id")
        elif DOMAINS.get(m.group(1)) != r["domain"]:
            errors.append(f"{where}: id prefix does not match domain {r['domain']}")
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if r["style"] not in STYLES:
            errors.append(f"{where}: unknown style {r['style']}")
        if not isinstance(s, str) or not s or s != s.strip():
            errors.append(f"{where}: empty sentence or outer whitespace")
            continue
        if not isinstance(r["figures"], list) or not isinstance(r["not_figures"], list):
            errors.append(f"{where}: figures / not_figures must be lists")
            continue
        covered = [False] * len(s)
        spans, prev_end = [], -1
        for f in r["figures"]:
            if not isinstance(f, dict) or list(f.keys()) != FIG_KEYS:
                errors.append(f"{where}: figure keys must be exactly {FIG_KEYS}: {f}")
                continue
            q, st, en = f["quote"], f["start"], f["end"]
            fw = f"{where} [{q!r}]"
            if not (isinstance(st, int) and isinstance(en, int) and 0 <= st < en <= len(s)):
                errors.append(f"{fw}: bad offsets")
                continue
            if s[st:en] != q:
                errors.append(f"{fw}: sentence[{st}:{en}] = {s[st:en]!r} != quote")
            if q != q.strip():
                errors.append(f"{fw}: quote has outer whitespace")
            if not valid_at(s, st, en):
                errors.append(f"{fw}: quote is not at a token boundary")
            if st < prev_end:
                errors.append(f"{fw}: figures overlap or are out of order")
            prev_end = en
            spans.append((st, en))
            for k in range(st, en):
                covered[k] = True
            b, v, lo, hi, u = f["bound"], f["value"], f["low"], f["high"], f["unit"]
            if b not in BOUNDS:
                errors.append(f"{fw}: bad bound {b!r}")
            if not is_num(v):
                errors.append(f"{fw}: value is not a number")
                continue
            for name, x in (("low", lo), ("high", hi)):
                if x is not None and not is_num(x):
                    errors.append(f"{fw}: {name} is not a number or null")
            if b in ("=", "~") and (lo is not None or hi is not None):
                errors.append(f"{fw}: bound {b} needs low = high = null")
            if b == ">" and not (lo == v and hi is None):
                errors.append(f"{fw}: bound > needs low = value, high = null")
            if b == "<" and not (hi == v and lo is None):
                errors.append(f"{fw}: bound < needs high = value, low = null")
            if b == "range" and not (is_num(lo) and is_num(hi) and lo == v and lo < hi):
                errors.append(f"{fw}: range needs value = low < high")
            if not isinstance(u, str) or not u:
                errors.append(f"{fw}: empty unit")
            if u == "fraction" and not (0 < v < 1 and (hi is None or 0 < hi < 1)):
                errors.append(f"{fw}: fraction outside (0, 1)")
            if PERCENT.search(q) and not re.search(r"percentage point", q, re.I) and u != "%":
                errors.append(f"{fw}: percent quote with unit {u!r}")
            got = parse(q, u, b, r["style"], s)
            want = [lo, hi] if b == "range" else [v]
            if got is None:
                warnings.append(f"{fw}: parser could not read the quote")
            elif len(got) != len(want) or not all(close(g, w) for g, w in zip(got, want)):
                warnings.append(f"{fw}: parser reads {got}, annotation says {want}")
        for n in r["not_figures"]:
            if not isinstance(n, str) or not n or n != n.strip():
                errors.append(f"{where}: bad not_figures entry {n!r}")
                continue
            outside, k = False, s.find(n)
            if k == -1:
                errors.append(f"{where}: not_figures entry {n!r} not in sentence")
                continue
            while k != -1:
                if not any(a <= k and k + len(n) <= b_ for a, b_ in spans):
                    outside = True
                    for j in range(k, k + len(n)):
                        covered[j] = True
                k = s.find(n, k + 1)
            if not outside:
                errors.append(f"{where}: not_figures entry {n!r} only occurs inside a figure")
        for k, ch in enumerate(s):
            if (ch.isdigit() or ch in "½¼¾⅓⅔") and not covered[k]:
                errors.append(f"{where}: digit {ch!r} at {k} ({s[max(0, k - 12):k + 12]!r}) is not covered")
        for mw in NUMBER_WORDS.finditer(s):
            if not all(covered[mw.start():mw.end()]):
                errors.append(f"{where}: number word {mw.group(0)!r} at {mw.start()} is not covered")

    for e in errors:
        print("ERROR", e)
    if not quiet:
        for w in warnings:
            print("WARN ", w)
    good = [r for _, r in recs if isinstance(r, dict) and "figures" in r]
    nfig = sum(len(r["figures"]) for r in good)
    print(f"{len(good)} sentences, {nfig} figures, "
          f"{sum(len(r['not_figures']) for r in good)} not_figures entries: "
          f"{len(errors)} errors, {len(warnings)} warnings")
    if stats:
        print_stats(good)
    return 1 if errors else 0


def print_stats(recs):
    figs = [f for r in recs for f in r["figures"]]
    dom = Counter(r["domain"] for r in recs)
    sty = Counter(r["style"] for r in recs)
    print("\nby domain (sentences / figures / zero-figure sentences):")
    for d in sorted(dom):
        rs = [r for r in recs if r["domain"] == d]
        print(f"  {d:14s} {len(rs):3d} {sum(len(r['figures']) for r in rs):4d} "
              f"{sum(1 for r in rs if not r['figures']):3d}")
    print("by style:", ", ".join(f"{k} {v}" for k, v in sty.most_common()))
    print("by bound:", ", ".join(f"{k} {v}" for k, v in Counter(f["bound"] for f in figs).most_common()))
    per = Counter(len(r["figures"]) for r in recs)
    print("figures per sentence:", ", ".join(f"{k}: {per[k]}" for k in sorted(per)))
    units = Counter(f["unit"] for f in figs)
    money = {u: c for u, c in units.items() if u in CURRENCIES}
    print("money units:", ", ".join(f"{k} {v}" for k, v in sorted(money.items(), key=lambda x: -x[1])),
          f"(total {sum(money.values())})")
    print("other units:", ", ".join(f"{k} {v}" for k, v in units.most_common() if k not in money))
    print(f"distinct units: {len(units)}")
    print("domain x style:")
    styles = [k for k, _ in sty.most_common()]
    print("  " + " " * 14 + " ".join(f"{s_[:5]:>5s}" for s_ in styles))
    for d in sorted(dom):
        c = Counter(r["style"] for r in recs if r["domain"] == d)
        print(f"  {d:14s}" + " ".join(f"{c.get(s_, 0):5d}" for s_ in styles))


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = args[0] if args else __file__.rsplit("/", 1)[0] + "/sentences.jsonl"
    sys.exit(check(path, stats="--stats" in sys.argv, quiet="--quiet" in sys.argv))
