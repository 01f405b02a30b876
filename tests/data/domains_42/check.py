#!/usr/bin/env python3
"""Validate and count the domains_42 figure-extraction test set.

(Copied from domains_41/check.py. Changes for domains_42 are marked "domains_42": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_41's, unchanged. The domains_41 notes
follow.)

(Copied from domains_40/check.py. Changes for domains_41 are marked "domains_41": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_40's, unchanged. The domains_40 notes
follow.)

(Copied from domains_39/check.py. Changes for domains_40 are marked "domains_40": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_39's, unchanged. The domains_39 notes
follow.)

(Copied from domains_38/check.py. Changes for domains_39 are marked "domains_39": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_38's, unchanged. The domains_38 notes
follow.)

(Copied from domains_37/check.py. Changes for domains_38 are marked "domains_38": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_37's, unchanged. The domains_37 notes
follow.)

(Copied from domains_36/check.py. Changes for domains_37 are marked "domains_37": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_36's, unchanged. The domains_36 notes
follow.)

(Copied from domains_35/check.py. Changes for domains_36 are marked "domains_36": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_35's, unchanged. The domains_35 notes
follow.)

(Copied from domains_34/check.py. Changes for domains_35 are marked "domains_35": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_34's, unchanged. The domains_34 notes
follow.)

(Copied from domains_33/check.py. Changes for domains_34 are marked "domains_34": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_33's, unchanged. The domains_33 notes
follow.)

(Copied from domains_32/check.py. Changes for domains_33 are marked "domains_33": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_32's, unchanged. The domains_32 notes
follow.)

(Copied from domains_31/check.py. Changes for domains_32 are marked "domains_32": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_31's, unchanged. The domains_31 notes
follow.)

(Copied from domains_30/check.py. Changes for domains_31 are marked "domains_31": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_30's, unchanged. The domains_30 notes
follow.)

(Copied from domains_29/check.py. Changes for domains_30 are marked "domains_30": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_29's, unchanged. The domains_29 notes
follow.)

(Copied from domains_28/check.py. Changes for domains_29 are marked "domains_29": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_28's, unchanged. The domains_28 notes
follow.)

(Copied from domains_27/check.py. Changes for domains_28 are marked "domains_28": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_27's, unchanged. The domains_27 notes
follow.)

(Copied from domains_26/check.py. Changes for domains_27 are marked "domains_27": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_26's, unchanged. The domains_26 notes
follow.)

(Copied from domains_25/check.py. Changes for domains_26 are marked "domains_26": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_25's, unchanged. The domains_25 notes
follow.)

(Copied from domains_24/check.py. Changes for domains_25 are marked "domains_25": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_24's, unchanged. The domains_24 notes
follow.)

(Copied from domains_23/check.py. Changes for domains_24 are marked "domains_24": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_23's, unchanged. The domains_23 notes
follow.)

(Copied from domains_22/check.py. Changes for domains_23 are marked "domains_23": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_22's, unchanged. The domains_22 notes
follow.)

(Copied from domains_21/check.py. Changes for domains_22 are marked "domains_22": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_21's, unchanged. The domains_21 notes
follow.)

(Copied from domains_20/check.py. Changes for domains_21 are marked "domains_21": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_20's, unchanged. The domains_20 notes
follow.)

(Copied from domains_19/check.py. Changes for domains_20 are marked "domains_20": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_19's, unchanged. The domains_19 notes
follow.)

(Copied from domains_18/check.py. Changes for domains_19 are marked "domains_19": a new
DOMAINS table with this set's 15 domains. The style mix, the parser, the style checks,
the error checks and the printing are domains_18's, unchanged. The domains_18 notes
follow.)

(Copied from domains_17/check.py. Changes for domains_18 are marked "domains_18": a new
DOMAINS table with this set's 15 domains and the wider domain column of the printed
counts. The style mix, the parser, the style checks and the error checks are
domains_17's, unchanged. The domains_17 notes follow.)

(Copied from domains_16/check.py. Changes for domains_17 are marked "domains_17": a new
DOMAINS table with this set's 15 domains. The style mix (5 web items, 3 transcripts and
3 items of each other style per domain), the parser, the style checks and the error
checks are domains_16's, unchanged. The domains_16 notes follow.)

(Copied from domains_15/check.py. Changes for domains_16 are marked "domains_16": a new
DOMAINS table, and per-style and per-domain x style counts that follow this set's
table (in each domain 5 web items, 3 transcripts and 3 items of each other style, so
75 web, 45 transcript and 45 of each of the other four styles). The parser, the style
checks and the error checks are unchanged. The domains_15 notes follow.)

(Copied from domains_14/check.py. Changes for domains_15 are marked "domains_15": a new
DOMAINS table, a sixth style `transcript` (broadcast and interview transcript lines,
which may hold line breaks), and per-style and per-domain x style counts that follow
this set's table (54 items in each of the five older styles, 30 transcripts; 2
transcripts and 3 or 4 items of each other style per domain). The parser and the error
checks are unchanged. The domains_14 notes follow.)

(Copied from domains_13/check.py. Changes for domains_14 are marked "domains_14": a new
DOMAINS table (same five styles and counts as domains_13), and extensions that only
teach the warning parser this set's notation (listed in the domains_14 README). The
error checks are unchanged. The domains_13 notes follow.)

(Copied from domains_12/check.py. Changes for domains_13 are marked "domains_13": a new
DOMAINS table (same five styles and counts as domains_12), and extensions that only
teach the warning parser this set's notation and table layouts: comma ranges in words
("twenty, twenty-two", "three, four times", "eleven, twelve quid"), "ppl" (pence per
litre), "once" / "thrice", "two and a half grand", decimals in words ("one
point nine", "five point one per cent"), "two hours and ten" (minutes left unsaid),
"as long as" (an upper bound, like "as much as"), the hedges "nudging" and "getting on
for" before a quote, and a row label "(number)" or "(%)" that keeps a table row
unscaled under a money caption. The error checks are unchanged. The domains_12 notes
follow.)

(Copied from domains_11/check.py. Changes for domains_12 are marked "domains_12": a new
DOMAINS table (same five styles and counts as domains_11), and extensions that only
teach the warning parser this set's notation and table layouts: column headers of
report tables read by position, year-only header rows, a bare currency in a row label,
prose lines under a table, ranges in table cells, accounting brackets after a currency
sign ("£(42.6)m"), "a couple of hundred", "four or five hundred", "two and a half
million", "fifteen, maybe sixteen", "an hour and forty minutes", "half an hour",
"half a century", and the hedges "in the region of", "more like", "call it" (before a
quote) and ", tops" / ", give or take" (after it). The error checks are unchanged. The
domains_11 notes follow.)

(Copied from domains_10/check.py. Changes for domains_11 are marked "domains_11": a new
DOMAINS table; this set's five styles (report, web, wire, feature, headline) with
rewritten style-shape warnings (a `headline` item is a headline or a social-media post);
counts per style and per domain x style are checked (warnings); a report item must show
a PDF or press-release artefact other than a bare line break; and parser extensions that
only teach the warning parser this set's notation: "maybe" as a hedge word, "south of" /
"north of" / "the best part of" as comparative hedges before a quote, fraction words as
range ends ("between a third and a half"), "two or three times" (a range of multiples)
and "nine times out of ten" (a fraction). The error checks are unchanged. The domains_10
notes follow.)

(Copied from domains_9/check.py. Changes for domains_10 are marked "domains_10": a new
DOMAINS table; this set's five styles (web, wire, report, headline, translated) with
style-shape warnings (web page furniture, press-release furniture, foreign money words,
headline case); the `translated` style is always read with decimal commas (other
styles per sentence, as in domains_9, but Indian grouping "2,25,000" no longer counts
as a decimal comma); "report" takes over the PDF handling of the domains_9 "pdf" style
(damage undone before re-reading, scale headers per column) and also reads an
unbracketed scale note line ("All figures in £ million") and a scale in a row's own
label ("Levy collected (£m) 188 200"); "MtCO2e" is a million-tonne scale; "pc" counts
as a percent word; parser extensions for "quarter-point" and "2 hours 40 minutes a
day"; two context verbs that are not bounds ("will pass 71 million km from Earth",
"will start at 300 kroner ... and rise to 750"); and more abbreviations for the
sentence counter ("Mio.", "Mrd."). The error checks are unchanged. The domains_9 notes follow.

domains_9/check.py was copied from domains_8/check.py. Changes for domains_9 are marked "domains_9": a new
DOMAINS table; this set's five styles (wire, feature, local, pdf, social) with
style-shape warnings; decimal commas read per sentence (any style) instead of per
style; superscript footnote markers ("2,300¹") allowed after a quote; PDF damage
("£17 ,800", "bil- lion") undone before re-reading; scale headers of PDF tables read
per column ("(000 tonnes)", "(£m)", "(thousand TEU)", "(koz)", "(pence)"); and parser
extensions for this set's notation (accounting negatives "(14.0)", "approx.",
"perhaps", "something like", "max", "min.", "a maximum of", "≤", "≥", trailing "+"
and "or so", "S/", "and a half", "a quarter of a million", "a decade", "two pounds
forty", "half again", "tenfold", "one in every five", "one for every thousand",
"2/3", "seven-tenths of one per cent", "X or Y" ranges). The error checks are
unchanged apart from the superscript boundary rule and the coverage of "¼ ¾ ⅓ ⅔".
The domains_8 notes follow.

domains_8/check.py was copied from domains_7/check.py. Changes for domains_8 are marked "domains_8": a new
DOMAINS table, this set's five styles (headline_title, headline_caps,
headline_sentence, market_comment, short_news) with style-shape warnings, and parser
extensions that teach the warning parser this set's notation (¥, HK$, ISO codes before
the number, "mn"/"bln"/"B"/"bcf" scales, "near", "from", "~", "half a million", "a
quarter of a percentage point", "1lb 2oz", "4min 24sec", "doubles", "180-fold",
"p<0.001", "crosses", ranges with a unit on both ends, falling ranges). The error
checks are unchanged. The domains_7 notes follow.

domains_7/check.py was copied from domains_6/check.py, which was adapted from domains_5/check.py and,
through it, from domains_4/check.py. Changes for domains_6 are marked "domains_6".
Changes for domains_7 are marked "domains_7": a new DOMAINS table, one more style
(web), a token-boundary exception for footnote markers glued to the end of a quote
("4.2%1"), and parser extensions that teach the warning parser this set's
conventions. The other error checks are unchanged.)

Usage:  python3 check.py [sentences.jsonl] [--quiet] [--strict]

Errors (exit status 1):
  bad JSON; wrong key sets; malformed, duplicate or mis-prefixed id; unknown domain
  or style; sentence[start:end] != quote; quote with outer whitespace or not on a
  token boundary; overlapping or unordered figures; bound not in = ~ > < range;
  low/high inconsistent with the bound; non-numeric value; empty unit; fraction value
  outside (0, 1); percent quote whose unit is not '%'; a not-figure missing from the
  sentence or found only inside figures; any digit or number word covered by
  neither a figure nor a not-figure.

Warnings (exit 0 unless --strict): an independent parser re-reads each quote
(bound words, signs, English/continental/space/Indian grouping, scale words, cents,
number words, fractions, multiples, compound durations, ranges, table-header scales)
and compares its reading with value/low/high/bound.

Standard library only.
"""
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict

DOMAINS = {  # domains_42
    "bell_ringers": "bel", "clock_watch_repairers": "clk", "trampoline_parks": "trm",
    "stained_glass": "stg", "carpet_fitters": "crp", "fireworks_displays": "fwk",
    "organ_builders": "org", "bicycle_repair_shops": "bik", "sign_writers": "sgn",
    "hedge_layers_wallers": "hdg", "upholsterers": "uph", "village_fetes": "fet",
    "cosplay_conventions": "cos", "shoe_repairers": "shu", "kites_model_aircraft": "kit",
}
N_DOMAINS, PER_DOMAIN = 15, 20
# domains_16 (unchanged in domains_17, domains_18, domains_19, domains_20, domains_21, domains_22, domains_23, domains_24, domains_25, domains_26, domains_27, domains_28, domains_29 and domains_30): six styles as in domains_15; every domain has 5 web items, 3 transcripts
# and 3 items of each of the other four styles (no rotation).
PER_STYLE = {"report": 45, "web": 75, "wire": 45, "feature": 45, "headline": 45,
             "transcript": 45}
PER_DOMAIN_STYLE = {d: {st: (5 if st == "web" else 3) for st in PER_STYLE}
                    for d in DOMAINS}
STYLES = ["report", "web", "wire", "feature", "headline", "transcript"]  # domains_11; domains_15: transcript
# domains_9: decimal commas are detected per sentence, not per style: a sentence is read
# continentally ("€1,85", "3,2 per cent", "€240.000", "R5 296,14") when it holds a
# number with a comma followed by one, two or four or more digits.
CONTINENTAL_RE = re.compile(r"\d,\d{1,2}(?!\d|,\d{3})|\d,\d{4,}")  # domains_10: not Indian "2,25,000"
SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
REC_KEYS = {"id", "domain", "style", "sentence", "figures", "not_figures"}
FIG_KEYS = {"quote", "start", "end", "value", "low", "high", "bound", "unit"}
BOUNDS = {"=", "~", ">", "<", "range"}

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
    "sixty seventy eighty ninety hundred hundreds thousand thousands million millions "
    "billion billions trillion trillions dozen dozens tens half halves third thirds "
    "quarter quarters fourth fourths fifth fifths sixth sixths seventh sevenths eighth "
    "eighths ninth ninths tenth tenths twice thrice"
).split()
NUMBER_WORD_RE = re.compile(r"(?<![\w])(" + "|".join(NUMBER_WORDS) + r")(?![\w])", re.I)
PERCENT_RE = re.compile(r"%|\d\s?pc\b|\bper ?cent\b|\bpercent\b|\bprocent\b|\bprozent\b"
                        r"|\bper cento\b|\bprosent\b|\bpor ciento\b", re.I)  # domains_6


# ----------------------------------------------------------------------------
# independent quote parser (for warnings)
# ----------------------------------------------------------------------------
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
               "trillion": 1e12}
DENOM = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
         "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
         "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
# bound phrases at the start of a quote, longest first
BOUND_PREFIXES = [
    ("no more than", "<"), ("more than", ">"), ("at least", ">"), ("as little as", ">"),
    ("up to", "<"), ("less than", "<"), ("fewer than", "<"), ("as big as", "<"),
    ("as much as", "<"), ("as many as", "<"), ("as high as", "<"), ("within", "<"),
    ("below", "<"), ("under", "<"), ("above", ">"), ("over", ">"),
    ("in excess of", ">"), ("c.", "~"),  # domains_6
    ("close to", "~"), ("max.", "<"), ("no longer than", "<"),  # domains_7
    ("older than", ">"),  # domains_7
    ("near", "~"), ("from", ">"),  # domains_8: "Near $5", "FROM $60" (a price floor)
    # domains_9: social-media and hedged notation, limits written with a bound word
    ("approx.", "~"), ("approx", "~"), ("perhaps", "~"), ("something like", "~"),
    ("a maximum of", "<"), ("max", "<"), ("min.", ">"),
    ("an estimated", "~"), ("estimated", "~"), ("approximately", "~"),
    ("about", "~"), ("around", "~"), ("roughly", "~"), ("some", "~"),
    ("nearly", "~"), ("almost", "~"),
    ("maybe", "~"),  # domains_11: "maybe 300 boxes" (a hedge like "perhaps")
    ("as long as", "<"),  # domains_13: "waited as long as three days" (like "as much as")
]
# bound verbs just before a quote (non-contiguous bounds)
CONTEXT_BOUNDS = [
    (re.compile(r"\b(top|tops|topped|topping|passed|passing|surpassed)\s+$", re.I), ">"),
    (re.compile(r"\bputs?\s+at\s+$", re.I), "~"),  # domains_6: also "puts at"
    # domains_5: more bound verbs before a quote
    # domains_6: but not "the past" ("in the past 12 months" is a reference period)
    (re.compile(r"\b(crossed|passes|(?<!the )past)\s+$", re.I), ">"),
    (re.compile(r"\bestimated\s+at\s+$", re.I), "~"),
    # domains_6: "starting at" / "starts at" a price is a lower bound
    (re.compile(r"\b(starts?|starting)\s+at\s+$", re.I), ">"),
    # domains_7: "Pass", "exceeding"; "police estimate N"; "puts damage at N"
    (re.compile(r"\b(pass|exceed|exceeds|exceeded|exceeding)\s+$", re.I), ">"),
    (re.compile(r"\bestimates?\s+$", re.I), "~"),
    (re.compile(r"\bputs?\s+(?:\w+\s+){1,3}at\s+$", re.I), "~"),
    # domains_8: "Crosses $1 Billion", "crosses ₹1,000 crore"; "p<0.001"
    (re.compile(r"\b(crosses|crossing)\s+$", re.I), ">"),
    (re.compile(r"<\s*$"), "<"),
    (re.compile(r"(?<!-)>\s*$"), ">"),
    # domains_9: comparative hedges and attributed estimates before a quote
    # ("closer to 250", "nearer a third", "charities estimate a further 300,000",
    # "estimating that one in four", "the estimated cost is £2.4bn")
    (re.compile(r"\b(?:closer|nearer)\s+(?:to\s+)?$", re.I), "~"),
    (re.compile(r"\bestimat(?:e|es|ed|ing)\s+(?:that\s+)?(?:a\s+further\s+)?$", re.I), "~"),
    (re.compile(r"\bestimated\s+\w+\s+is\s+$", re.I), "~"),
    # domains_11: "somewhere south of £200,000", "north of 40%" (comparative hedges)
    (re.compile(r"\bsouth\s+of\s+$", re.I), "<"),
    (re.compile(r"\bnorth\s+of\s+$", re.I), ">"),
    # domains_11: "the best part of two decades"
    (re.compile(r"\bbest\s+part\s+of\s+$", re.I), "~"),
    # domains_12: "somewhere in the region of £3 million", "more like three hundred
    # metres", "call it thirty grand" (hedges before a quote)
    (re.compile(r"\bin\s+the\s+region\s+of\s+$", re.I), "~"),
    (re.compile(r"\bmore\s+like\s+$", re.I), "~"),
    (re.compile(r"\bcall\s+it\s+$", re.I), "~"),
    # domains_13: "nudging ninety pounds", "getting on for double" (hedges before a quote)
    (re.compile(r"\bnudging\s+$", re.I), "~"),
    (re.compile(r"\bgetting\s+on\s+for\s+$", re.I), "~"),
]
# domains_12: hedges after a quote ("eleven minutes a call, tops", "Forty thousand cubic
# metres, give or take")
AFTER_BOUNDS = [
    (re.compile(r"^\s*,\s*tops\b", re.I), "<"),
    (re.compile(r"^\s*,?\s*give\s+or\s+take\b", re.I), "~"),
    (re.compile(r"^\s*,\s*easy\b", re.I), ">"),  # domains_14: "three years late, easy"
]
SCALE_SUFFIX = [
    (r"lakh\s+crore", 1e12), (r"crore", 1e7), (r"lakh", 1e5),
    (r"trillion", 1e12), (r"trn", 1e12), (r"tn", 1e12),
    (r"billion", 1e9), (r"bn", 1e9), (r"miljard", 1e9), (r"milliarder", 1e9),
    (r"millioner", 1e6), (r"million", 1e6), (r"miljoen", 1e6), (r"mio\.", 1e6),
    # domains_6: German, Italian, Spanish, French and Polish scale words
    (r"mrd\.", 1e9), (r"miliardi", 1e9), (r"milliards?", 1e9), (r"mld", 1e9),
    (r"milioni", 1e6), (r"millones", 1e6), (r"mln", 1e6),
    # domains_7: quadrillion, Portuguese milhões, "grand", MTPA (million tonnes a year)
    (r"quadrillion", 1e15), (r"milhões", 1e6), (r"grand\b", 1e3), (r"mtpa", 1e6),
    # domains_8: "5mn", "2 bln", "$2.3B", "151 bcf/d", "78.4 bcm" (billion cubic feet/metres)
    (r"mn\b", 1e6), (r"bln\b", 1e9), (r"bc[fm]", 1e9), (r"b(?![a-z])", 1e9),
    (r"mgd", 1e6), (r"m(?![a-z²³])", 1e6), (r"k(?![a-z])", 1e3),
    (r"thousand", 1e3),
]
METRE_UNITS = {"m", "m²", "m³", "metres", "meters"}


def _num(tok, continental):
    """Read a digit string with separators."""
    t = tok.replace("\u00a0", " ").replace("\u202f", " ")
    if continental:
        t = t.replace(" ", "")
        if "," in t:
            t = t.replace(".", "").replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
            t = t.replace(".", "")
    else:
        t = t.replace(",", "").replace(" ", "")
    return float(t)


NUM_RE = re.compile(r"\d+(?:[.,]\d+|\s\d{3}(?!\d))*")


def words_to_number(words):
    """Parse a run of number words; return (value, consumed) or None."""
    total, cur, used = 0.0, 0.0, 0
    i = 0
    if words and words[0] == "a" and len(words) > 1 and (
            words[1] in SCALE_WORDS or words[1] == "dozen"):
        cur, i, used = 1.0, 1, 1
    while i < len(words):
        w = words[i]
        if w in UNITS_WORDS:
            cur += UNITS_WORDS[w]
        elif w == "dozen":
            cur = (cur or 1) * 12
        elif w == "hundred":
            cur = (cur or 1) * 100
        elif w in SCALE_WORDS:
            total += (cur or 1) * SCALE_WORDS[w]
            cur = 0
        else:
            break
        i += 1
        used = i
    if used == 0:
        return None
    return total + cur, used


def parse_amount(s, continental, unit):
    """Return (value, scale) for one amount, or None."""
    s = s.strip().lower()
    sign = 1
    if s.startswith("(") and s.endswith(")"):  # domains_9: accounting negative "(14.0)"
        sign, s = -1, s[1:-1].strip()
    if s.startswith("+"):
        s = s[1:]
    elif s.startswith(("-", "\u2212")):
        sign, s = -1, s[1:]
    elif s.startswith("minus "):
        sign, s = -1, s[6:]
    elif s.startswith(("\u00b1", "+/-")):  # domains_5: tolerance, value positive
        s = s[1:] if s.startswith("\u00b1") else s[3:]
    # domains_6: also A$, C$, naira sign, KSh/Sh/KES, Rs
    # domains_7: also GH₵ and R$
    # domains_8: also ¥, HK$, S$ and ISO codes before the number ("DKK 68.1bn")
    # domains_9: also S/ (Peruvian sol)
    s = re.sub(r"^(nz\$|us\$|a\$|c\$|r\$|hk\$|s\$|s/|gh₵|\$|£|€|₹|₦|¥"
               r"|(?:usd|eur|gbp|chf|jpy|dkk|sek|nok|inr|cad|aud|hkd|cny|krw)\s?(?=\d)"
               r"|kshs?\.?\s?(?=\d)|kes\s?(?=\d)"
               r"|sh(?=\d)|rs\.?\s?(?=\d)|n(?=\d)|r(?=\d))", "", s).strip()
    m = re.match(r"\(([\d.,]+)\)(.*)$", s)  # domains_12: "£(42.6)m" (accounting negative)
    if m and sign == 1:
        sign, s = -1, (m.group(1) + m.group(2)).strip()
    m = NUM_RE.match(s)
    if m:
        value = _num(m.group(0), continental)
        rest = s[m.end():]
        if rest.startswith("\u00bd"):  # domains_6: 8½
            value += 0.5
            rest = rest[1:]
    else:
        if s.startswith("half a dozen"):
            return sign * 6.0, 1.0
        m = re.match(r"half an? (thousand|million|billion|trillion)\b", s)  # domains_8
        if m:
            return sign * 0.5 * SCALE_WORDS[m.group(1)], SCALE_WORDS[m.group(1)]
        if s.startswith("half a "):  # domains_6: "half a kilo"
            return sign * 0.5, 1.0
        # domains_9: "three and a half years", "a day and a half"
        m = re.fullmatch(r"(an?|[\w\-]+)\s+(?:([a-z]+)\s+)?and\s+a\s+half(?:\s+(\w+))?", s)
        if m:
            if m.group(1) in ("a", "an"):
                return sign * 1.5, 1.0
            r = words_to_number(re.split(r"[\s\-]+", m.group(1)))
            if r:
                return sign * (r[0] + 0.5), 1.0
        ws = re.split(r"[\s\-]+", s)
        # domains_9: "a pound", "a kilometre", "a decade" (the article counts one)
        if len(ws) > 1 and ws[0] in ("a", "an") and ws[1] not in SCALE_WORDS \
                and ws[1] not in ("dozen",) and ws[1] not in DENOM:
            ws = ["one"] + ws[1:]
        # domains_7: "two hundred and forty"
        ws = [w for k, w in enumerate(ws)
              if not (w == "and" and 0 < k < len(ws) - 1
                      and ws[k - 1] in SCALE_WORDS and ws[k + 1] in UNITS_WORDS)]
        r = words_to_number(ws)
        if r is None:
            return None
        value, used = r
        rest = " " + " ".join(ws[used:])
    scale = 1.0
    rest_s = rest.lstrip().lstrip("-").lstrip()
    if unit == "years":  # domains_9: "two decades", "a decade", "a century"
        if rest_s.startswith("decade"):
            scale = 10.0
        elif rest_s.startswith("centur"):
            scale = 100.0
        if scale != 1.0:
            return sign * value * scale, 1.0
    for pat, f in SCALE_SUFFIX:
        if re.match(pat, rest_s):
            if pat.startswith("m(") and unit in METRE_UNITS:
                continue
            scale = f
            rest_s = re.sub("^" + pat, "", rest_s).strip()
            break
    if unit == "°C":  # domains_6: "1,100C", "13C" are degrees, not cents
        pass
    elif re.match(r"(us |euro )?cents\b", rest_s):  # domains_6: "euro cents"
        scale *= 0.01
    elif re.match(r"(c|cent|p|pence|ppl)\b", rest_s):  # domains_5: 20c, 75 cent, 54p
        scale *= 0.01  # domains_13: also "42.1ppl" (pence per litre)
    return sign * value * scale, scale


def fraction_words(s):
    """domains_11: "a third", "a half", "two-thirds" as (value, 1.0), for ranges."""
    t = s.strip().lower()
    m = re.fullmatch(r"(?:a|an|one)\s+(half|third|quarter|fifth|sixth|eighth|tenth)", t)
    if m:
        return 1.0 / DENOM[m.group(1)], 1.0
    m = re.fullmatch(r"(\w+)-(thirds|quarters|fifths|tenths)", t)
    if m and m.group(1) in UNITS_WORDS:
        return UNITS_WORDS[m.group(1)] / DENOM[m.group(2)], 1.0
    return None


def parse_quote(q, continental, unit):
    """Return (bound, value, low, high) or None if the parser cannot read it."""
    s = q.strip()
    if unit == "magnitude":  # domains_7: "M2.7", "Mw 7.8"
        s = re.sub(r"^[Mm][Ww]?\s?(?=\d)", "", s)
    if unit == "tonnes":  # domains_7: "126.3 Mt" is million tonnes
        s = re.sub(r"(\d)\s?Mt\b", r"\1 million t", s)
    low_s = s.lower()
    bound = "="
    if low_s.startswith("~"):  # domains_8: "~30%", "~$2.4bn"
        bound = "~"
        s = s[1:].strip()
        low_s = s.lower()
    if low_s[:1] in ("\u2264", "\u2265", "<", ">"):  # domains_9: "≤230", "≥1", ">200m"
        bound = "<" if low_s[0] in "\u2264<" else ">"
        s = s[1:].strip()
        low_s = s.lower()
    for phrase, b in BOUND_PREFIXES:
        if low_s.startswith(phrase + " "):
            bound = b
            s = s[len(phrase) + 1:]
            low_s = s.lower()
            break
    if low_s.endswith("-odd"):
        bound = "~"
        s = s[:-4]
        low_s = s.lower()
    m = re.fullmatch(r"(\S+)-odd\s+([a-z]+)", low_s)  # domains_12: "twenty-odd miles"
    if m:
        bound = "~"
        s = m.group(1) + " " + m.group(2)
        low_s = s.lower()
    if low_s.endswith(" or more"):
        bound = ">"
        s = s[:-8]
        low_s = s.lower()
    if low_s.endswith(" or less"):  # domains_6
        bound = "<"
        s = s[:-8]
        low_s = s.lower()
    if low_s.endswith(" and above"):  # domains_7
        bound = ">"
        s = s[:-10]
        low_s = s.lower()
    if low_s.endswith("+") and len(low_s) > 1:  # domains_9: "3k+", "240+", "6hrs+"
        bound = ">"
        s = s[:-1]
        low_s = s.lower()
    if low_s.endswith(" or so"):  # domains_9: "1,400 or so"
        bound = "~"
        s = s[:-6]
        low_s = s.lower()
    if low_s.startswith("every "):  # domains_9: "roughly every nine seconds"
        s = s[6:]
        low_s = s.lower()
    # domains_9: "half again" (1.5 times), "two pounds forty", "a quarter of a million",
    # "seven-tenths of one per cent", "2/3"
    if low_s == "half again":
        return bound, 1.5, None, None
    # domains_14: comma ranges in speech whose second end carries the scale word for
    # both ("three, four grand", "fourteen, fifteen thousand") or whose ends are
    # multi-word ("a hundred and twenty, a hundred and fifty quid"); "a tenner" and "a
    # fiver"; decimals in words before a scale word ("one point two million")
    # ("eleven, maybe twelve lakh rupees": the hedged form, as domains_12's "fifteen,
    # maybe sixteen", with the scale shared as well)
    m = re.fullmatch(r"([a-z][a-z\- ]*?),\s+(?:maybe\s+)?([a-z][a-z\- ]*)", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b:
            d14_scales = {"grand": 1e3, "thousand": 1e3, "million": 1e6, "billion": 1e9,
                          "lakh": 1e5, "crore": 1e7}
            w1 = set(re.split(r"[\s\-]+", m.group(1)))
            w2 = re.split(r"[\s\-]+", m.group(2))
            f = next((d14_scales[w] for w in w2 if w in d14_scales), 1.0)
            lo = a[0] * f if f != 1.0 and not (w1 & set(d14_scales)) else a[0]
            if lo < b[0]:
                return "range", lo, lo, b[0]
    # domains_14: a tolerance in words ("plus or minus 2.5 percentage points") and
    # "nineteen hundred and something" (a hedge like "-odd")
    if low_s.startswith("plus or minus "):
        a = parse_amount(low_s[len("plus or minus "):], continental, unit)
        if a:
            return bound, a[0], None, None
    m = re.fullmatch(r"(.+?)\s+and\s+something", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        if a:
            return ("~" if bound == "=" else bound), a[0], None, None
    # domains_14: "half as much again" (1.5 times, like domains_9's "half again") and a
    # price said as pounds and pence without the words ("fourteen ninety-nine")
    if low_s == "half as much again":
        return bound, 1.5, None, None
    if re.fullmatch(r"[A-Z]{3}", unit or ""):
        m = re.fullmatch(r"([a-z]+)\s+([a-z]+(?:-[a-z]+)?)", low_s)
        if m and m.group(1) in UNITS_WORDS:
            b = words_to_number(m.group(2).split("-"))
            if b and b[1] == len(m.group(2).split("-")) and 10 <= b[0] < 100:
                return bound, UNITS_WORDS[m.group(1)] + b[0] / 100.0, None, None
    if low_s in ("a tenner", "tenner", "a fiver", "fiver"):
        return bound, 10.0 if "tenner" in low_s else 5.0, None, None
    m = re.fullmatch(r"([a-z\-]+)\s+point\s+([a-z]+)\s+(thousand|million|billion)\b.*", low_s)
    if m:
        a = words_to_number(re.split(r"[\s\-]+", m.group(1)))
        if a and m.group(2) in UNITS_WORDS and UNITS_WORDS[m.group(2)] < 10:
            return bound, (a[0] + UNITS_WORDS[m.group(2)] / 10.0) * SCALE_WORDS[m.group(3)], \
                None, None
    # domains_13: "once", "thrice" as counts of occasions; "two and a half
    # grand"; decimals in words ("one point nine", "five point one per cent"); "two
    # hours and ten" (minutes left unsaid); comma ranges in words ("twenty, twenty-two",
    # "three, four times", "twelve, fifteen miles a shift", "eleven, twelve quid")
    if low_s in ("once", "thrice"):  # ("twice" is already read as a multiple)
        return bound, {"once": 1.0, "thrice": 3.0}[low_s], None, None
    m = re.fullmatch(r"(\w+)\s+and\s+a\s+half\s+grand", low_s)
    if m and m.group(1) in UNITS_WORDS:
        return bound, (UNITS_WORDS[m.group(1)] + 0.5) * 1e3, None, None
    m = re.fullmatch(r"([a-z\-]+)\s+point\s+([a-z]+)(?:\s+per\s?cent)?", low_s)
    if m:
        a = words_to_number(re.split(r"[\s\-]+", m.group(1)))
        if a and m.group(2) in UNITS_WORDS and UNITS_WORDS[m.group(2)] < 10:
            return bound, a[0] + UNITS_WORDS[m.group(2)] / 10.0, None, None
    m = re.fullmatch(r"(\S+)\s+hours?\s+and\s+([a-z\-]+)", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = words_to_number(re.split(r"[\s\-]+", m.group(2)))
        if a and b:
            return bound, a[0] * 60 + b[0], None, None
    m = re.fullmatch(r"([a-z\-]+),\s+([a-z\-]+)(\s+.*)?", low_s)
    if m and m.group(2) != "maybe":
        a = words_to_number(re.split(r"[\s\-]+", m.group(1)))
        b = parse_amount(m.group(2) + (m.group(3) or ""), continental, unit)
        if a and b and a[1] == len(re.split(r"[\s\-]+", m.group(1))) and a[0] < b[0]:
            return "range", a[0], a[0], b[0]
    # domains_12: "a couple of hundred" (about 200), "four or five hundred" (400..500),
    # "two and a half million litres", "fifteen, maybe sixteen" (a hedged range),
    # "an hour and forty minutes", "half an hour" / "half an inch", "half a century"
    m = re.match(r"a\s+couple\s+of\s+(hundred|thousand|million|billion|dozen)\b", low_s)
    if m:
        f = 12.0 if m.group(1) == "dozen" else SCALE_WORDS[m.group(1)]
        return ("~" if bound == "=" else bound), 2 * f, None, None
    m = re.match(r"(\w+)\s+or\s+(\w+)\s+(hundred|thousand|million|billion)\b", low_s)
    if m and m.group(1) in UNITS_WORDS and m.group(2) in UNITS_WORDS:
        f = SCALE_WORDS[m.group(3)]
        lo, hi = UNITS_WORDS[m.group(1)] * f, UNITS_WORDS[m.group(2)] * f
        return "range", lo, lo, hi
    m = re.match(r"(\w+)\s+and\s+a\s+half\s+(thousand|million|billion)\b", low_s)
    if m and m.group(1) in UNITS_WORDS:
        return bound, (UNITS_WORDS[m.group(1)] + 0.5) * SCALE_WORDS[m.group(2)], None, None
    m = re.fullmatch(r"(\S+),\s+maybe\s+(\S+)", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b and a[0] < b[0]:
            return "range", a[0], a[0], b[0]
    m = re.fullmatch(r"(?:an?|one)\s+hours?\s+and\s+(\S+)\s+minutes?", low_s)
    if m:
        b = parse_amount(m.group(1), continental, unit)
        if b:
            return bound, 60 + b[0], None, None
    m = re.fullmatch(r"half\s+an?\s+(decade|century)", low_s)
    if m and unit == "years":
        return bound, 5.0 if m.group(1) == "decade" else 50.0, None, None
    m = re.fullmatch(r"half\s+an\s+([a-z]+)", low_s)
    if m and m.group(1) not in SCALE_WORDS:
        return bound, 0.5, None, None
    m = re.fullmatch(r"(\w+)\s+pounds\s+(\w+)", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b:
            return bound, a[0] + b[0] / 100.0, None, None
    m = re.fullmatch(r"(?:a|one)\s+(quarter|third|half|fifth|tenth)\s+of\s+an?\s+(\w+)", low_s)
    if m and m.group(2) not in ("percentage", "point"):
        return bound, SCALE_WORDS.get(m.group(2), 1.0) / DENOM[m.group(1)], None, None
    m = re.fullmatch(r"(\w+)-(tenths|fifths|quarters|thirds)\s+of\s+(?:a|one)\s+per\s?cent",
                     low_s)
    if m and m.group(1) in UNITS_WORDS:
        return bound, UNITS_WORDS[m.group(1)] / DENOM[m.group(2)], None, None
    m = re.fullmatch(r"(\d+)\s*/\s*(\d+)", low_s)
    if m and unit == "fraction":
        return bound, float(m.group(1)) / float(m.group(2)), None, None
    if unit == "fraction":  # "one in every three", "one pound in every five", "one for every thousand"
        m = re.fullmatch(r"(\S+)\s+(?:[a-z]+\s+)?(?:in|for)\s+(?:every\s+)?(.+)", low_s)
        if m and not re.search(r"\d", m.group(1) + m.group(2)):
            a = parse_amount(m.group(1), continental, unit)
            b = parse_amount(m.group(2), continental, unit)
            if a and b and b[0]:
                return bound, a[0] / b[0], None, None

    # domains_6: ratios "1:3" (children per adult) and "three to one" (a multiple)
    m = re.fullmatch(r"1\s*:\s*(\d+(?:\.\d+)?)", low_s)
    if m:
        return bound, float(m.group(1)), None, None
    m = re.fullmatch(r"(\S+)\s+to\s+one", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        if a:
            return bound, a[0], None, None
    # domains_6: clock-format durations in seconds ("6:58.4")
    m = re.fullmatch(r"(?:(\d+):)?(\d+):(\d\d(?:\.\d+)?)", low_s)
    if m and unit == "seconds":
        h = float(m.group(1) or 0)
        return bound, h * 3600 + float(m.group(2)) * 60 + float(m.group(3)), None, None
    # domains_6: "1 h 52 min" -> minutes
    m = re.fullmatch(r"(\d+)\s*h\s+(\d+)\s*min", low_s)
    if m:
        return bound, float(m.group(1)) * 60 + float(m.group(2)), None, None
    # domains_7: "32 min 14 s" -> seconds; Spanish "2 horas y 38 minutos" -> minutes
    m = re.fullmatch(r"(\d+)\s*min\s+(\d+)\s*s(?:ec)?", low_s)  # domains_8: "sec"
    if m:
        return bound, float(m.group(1)) * 60 + float(m.group(2)), None, None
    m = re.fullmatch(r"(\d+)\s+horas?\s+y\s+(\d+)\s+minutos?", low_s)
    if m:
        return bound, float(m.group(1)) * 60 + float(m.group(2)), None, None

    # domains_8: "1lb 2oz" -> ounces
    m = re.fullmatch(r"(\d+)\s*lbs?\s+(\d+)\s*oz", low_s)
    if m:
        return bound, float(m.group(1)) * 16 + float(m.group(2)), None, None

    # multiples
    mult = {"doubled": 2, "double": 2, "twice": 2, "tripled": 3, "triple": 3,
            "treble": 3, "threefold": 3, "halved": 0.5,
            "fourfold": 4, "fivefold": 5}  # domains_5: fourfold, fivefold
    mult.update({"doubles": 2, "doubling": 2, "triples": 3, "tripling": 3,  # domains_8
                 "halves": 0.5, "halving": 0.5, "quadrupled": 4, "quadruples": 4})
    mult.update({"tenfold": 10, "twofold": 2})  # domains_9
    if low_s in mult:
        return bound, float(mult[low_s]), None, None
    m = re.fullmatch(r"(\S+?)-fold", low_s)  # domains_8: "180-fold"
    if m:
        a = parse_amount(m.group(1), continental, unit)
        if a:
            return bound, a[0], None, None
    m = re.fullmatch(r"(\d+(?:\.\d+)?)x", low_s)
    if m:
        return bound, float(m.group(1)), None, None

    # fractions
    m = re.fullmatch(r"(a|an|one)\s+(half|third|quarter|fifth|tenth|sixth|eighth)", low_s)
    if m:
        return bound, 1.0 / DENOM[m.group(2)], None, None
    if low_s == "half":
        return bound, 0.5, None, None
    # domains_10: "quarter-point", "half-point" (a change in percentage points)
    m = re.fullmatch(r"(quarter|half)[\s\-]+(?:percentage[\s\-]+)?point", low_s)
    if m:
        return bound, 1.0 / DENOM[m.group(1)], None, None
    # domains_8: "a quarter of a percentage point", "Half A Point"
    m = re.fullmatch(r"(a|an|one|half)\s+(?:(half|third|quarter|fifth|tenth)\s+of\s+)?"
                     r"an?\s+(?:percentage\s+)?point", low_s)
    if m:
        return bound, (0.5 if m.group(1) == "half" else 1.0 / DENOM[m.group(2)]), None, None
    m = re.fullmatch(r"(\w+)-(thirds|quarters|fifths|tenths)", low_s)
    if m and m.group(1) in UNITS_WORDS:
        return bound, UNITS_WORDS[m.group(1)] / DENOM[m.group(2)], None, None
    # domains_7: a bare fraction word in a headline ("Pay Third Less", "its quarter")
    if unit == "fraction" and low_s in DENOM:
        return bound, 1.0 / DENOM[low_s], None, None
    # domains_7: "nine out of ten", "one-in-three"
    m = (re.fullmatch(r"(\S+)\s+out\s+of\s+(\S+)", low_s)
         or re.fullmatch(r"(\w+)-in-(\w+)", low_s)
         or re.fullmatch(r"(\S+)\s+in\s+(\S+)", low_s))
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b and b[0]:
            return bound, a[0] / b[0], None, None

    # compound durations -> smallest written unit
    m = re.fullmatch(r"(\S+)\s+years?\s+(?:and\s+)?(\S+)\s+months?", low_s)
    if m:
        a, b = parse_amount(m.group(1), continental, unit), parse_amount(m.group(2), continental, unit)
        if a and b:
            return bound, a[0] * 12 + b[0], None, None
    # domains_10: a rate word may follow ("2 hours 40 minutes a day")
    m = re.fullmatch(r"(\S+)\s+hours?\s+(?:and\s+)?(\S+)\s+minutes?(?:\s+an?\s+(?:day|week|month|year))?",
                     low_s)
    if m:
        a, b = parse_amount(m.group(1), continental, unit), parse_amount(m.group(2), continental, unit)
        if a and b:
            return bound, a[0] * 60 + b[0], None, None

    # domains_5: minutes and seconds -> seconds
    m = re.fullmatch(r"(\S+)\s+minutes?\s+(?:and\s+)?(\S+)\s+seconds?", low_s)
    if m:
        a, b = parse_amount(m.group(1), continental, unit), parse_amount(m.group(2), continental, unit)
        if a and b:
            return bound, a[0] * 60 + b[0], None, None

    # domains_11: "nine times out of ten" (a fraction)
    m = re.fullmatch(r"(\S+)\s+times\s+out\s+of\s+(\S+)", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b and b[0]:
            return bound, a[0] / b[0], None, None
    # domains_11: "two or three times" (a range of multiples)
    m = re.fullmatch(r"(\S+)\s+(?:or|to)\s+(\S+)\s+times", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        b = parse_amount(m.group(2), continental, unit)
        if a and b and a[0] < b[0]:
            return "range", a[0], a[0], b[0]
    # "N times" (multiple or occurrence count)
    m = re.fullmatch(r"(.+?)\s+times", low_s)
    if m:
        a = parse_amount(m.group(1), continental, unit)
        if a:
            return bound, a[0], None, None

    # ranges
    m = re.fullmatch(r"between\s+(.+?)\s+and\s+(.+)", s, re.I)
    parts = None
    if m:
        parts = (m.group(1), m.group(2))
    elif re.fullmatch(r"(\S+)\s+or\s+(.+)", s, re.I):  # domains_9: "eight or nine centuries"
        m = re.fullmatch(r"(\S+)\s+or\s+(.+)", s, re.I)
        parts = (m.group(1), m.group(2))
    else:
        m = re.fullmatch(r"(.+?)\s+to\s+(.+)", s, re.I)
        if m:
            parts = (m.group(1), m.group(2))
        else:
            # domains_8: the first end may carry "%" or a scale ("4.75%-5%", "$35bn-$40bn")
            m = re.fullmatch(r"([+\-]?[^\s\-–]*\d[\d.,]*(?:%|[a-z]{1,2})?)\s*[-–]\s*(\S*\d.*)",
                             s, re.I)
            if m:
                parts = (m.group(1), m.group(2))
    if parts:
        a = parse_amount(parts[0], continental, unit) or fraction_words(parts[0])  # domains_11
        b = parse_amount(parts[1], continental, unit) or fraction_words(parts[1])
        if a and b:
            lo, hi = a[0], b[0]
            if a[1] == 1.0 and b[1] != 1.0:
                lo *= b[1]
            lo, hi = min(lo, hi), max(lo, hi)  # domains_8: "-2% to -4%"
            return "range", lo, lo, hi

    a = parse_amount(s, continental, unit)
    if a is None:
        return None
    return bound, a[0], None, None


HEADER_SCALES = [  # domains_6: more header scales, read per column
    # domains_7: C$, US$ prefixes; a unit word after the scale ("(m litres)",
    # "(m hl)", "(000 tonnes)"); "(Mt)"; Indian "(crore)", "(₹ lakh crore)";
    # pence per unit "(p/litre)", "(p/kWh)"
    (r"\((?:£|\$|€|r|ksh|n|₹|c\$|us\$|a\$)?\s?m(?:\)|\s[^)]*\))", 1e6),
    (r"\((?:£|\$|€|r|ksh|n|₹|c\$|us\$|a\$)?\s?bn\)", 1e9),
    (r"\((?:'000|000s?)(?:\)|\s[^)]*\))", 1e3),
    (r"\(mt\)", 1e6),
    (r"\((?:₹|rs\.?)?\s?lakh crore\)", 1e12),
    (r"\((?:₹|rs\.?)?\s?crore\)", 1e7),
    (r"\(p/[^)]*\)", 0.01),
]


def header_scale(text, unit):
    t = text.lower()
    for rx, f in HEADER_SCALES:
        if re.search(rx, t):
            if f == 1e6 and unit in METRE_UNITS:  # "Height (m)" is metres
                continue
            return f
    return 1.0


def table_scale(rec, fig):
    """A scale word in a table header applies to bare numbers.

    domains_6: in a multi-line table (header row, then one row per line) the scale
    is read from the header cell of the quote's column; in a flattened table it is
    read from the title before the first " — ".
    """
    if rec["style"] in ("pdf", "report"):  # domains_9; domains_10: "report"
        return pdf_scale(rec, fig)
    if rec["style"] != "table":
        return 1.0
    # domains_7: signed cells ("-0.6") are bare numbers too
    if not re.fullmatch(r"[+\-\u2212]?[\d.,]+", fig["quote"]) or fig["unit"] == "%":
        return 1.0
    s, a = rec["sentence"], fig["start"]
    if "\n" in s:
        lines = s.split("\n")
        header = [c.strip() for c in lines[0].strip().strip("|").split("|")]
        pos, col = 0, -1
        for line in lines:
            if pos <= a < pos + len(line) + 1:
                col = line[:a - pos].count("|") - 1
                break
            pos += len(line) + 1
        if 0 <= col < len(header):
            return header_scale(header[col], fig["unit"])
        return 1.0
    # domains_7: in a flattened table whose first " | " segment is a header row, a
    # header cell with its own parenthesis decides; other columns take the title's scale
    segs = s.split(" — ")
    title = segs[0]
    header = next((g for g in segs[1:] if " | " in g), None)
    pos = 0
    for g in segs:
        if pos <= a < pos + len(g) and header is not None and g is not header:
            col = g[:a - pos].count(" | ")
            cells = header.split(" | ")
            if col < len(cells) and "(" in cells[col]:
                return header_scale(cells[col], fig["unit"])
            break
        pos += len(g) + len(" — ")
    return header_scale(title, fig["unit"])


# domains_9: scale headers in tables copied out of PDF reports. A parenthesised header
# group ("(000 tonnes)", "(£m)", "(thousand TEU)", "(US$ billion, grant equivalent)",
# "(koz)", "(pence)") scales the bare numbers (digits, an optional sign, or an
# accounting negative "(14.0)") of its column.
CURRENCY_HINT = re.compile(r"[£$€¥₹₦]|\b(?:pence|usd|eur|gbp|ksh|rs|inr|zar|yen|euros?)\b", re.I)
BARE_RE = re.compile(r"[+\-\u2212]?[\d.,]+|\([\d.,]+\)")
NUM_TOKEN = re.compile(r"^(?:\([\d.,]+\)|[+\-\u2212]?[\d.,]*\d%?)$")


def group_scale(text, unit):
    t = text.lower()
    if re.search(r"\bbillions?\b|\bbn\b", t):
        return 1e9
    if re.search(r"\bmillions?\b|^\W*(?:£|\$|€|us\$|r|ksh|₦|₹)?\s?m\b|\bmt\b|\bmtco2e?\b", t):  # domains_10: MtCO2e
        return 1.0 if unit in METRE_UNITS else 1e6
    if re.search(r"thousands?\b|\b000s?\b|'000|£000|€000|\bkoz\b|\bkt\b", t):
        return 1e3
    if re.search(r"\bpence\b|^p/", t):
        return 0.01
    return 1.0


# domains_10: an unbracketed scale note on its own line of a report table
SCALE_NOTE = re.compile(r"^\s*(?:All\s+)?(?:figures|amounts|values)\s+(?:are\s+)?(?:shown\s+)?in\s+([^.;]+)",
                        re.I)


def trailing_numbers(line):
    """Numeric cells at the end of a table row as (start, end), left to right.

    Footnote markers are skipped; a cell may be PDF-damaged ("1 ,186" is not expected
    in tables here, so cells are whitespace-separated tokens)."""
    cells = []
    for m in reversed(list(re.finditer(r"\S+", line))):
        tok = m.group(0)
        if all(c in SUPERSCRIPTS for c in tok):
            continue
        if NUM_TOKEN.match(tok.rstrip(SUPERSCRIPTS)):
            cells.append((m.start(), m.end()))
        else:
            break
    return list(reversed(cells))


# domains_12: table layouts of this set. A year column header ("Q3 2025   Q3 2024") is a
# header line, not a data row; a bracket holding only a number ("(4,500)") is a cell, not
# a header group; a header line of three or more space-separated chunks is read by
# column position (the chunk nearest the cell), a chunk without a bracket or scale
# falling back to a scale in the stub chunk at column 0 and then to the caption; a row
# label holding only a currency ("Core EPS (US$)") keeps the unit unscaled; a bare number
# in a prose line (no column gap of three spaces, not a trailing cell) is not scaled by
# a table above it; a range of bare numbers in a cell ("853 to 943") is scaled like a cell.
YEAR_TOKEN = re.compile(r"(?:19|20)\d\d")
NUMERIC_GROUP = re.compile(r"[+\-\u2212]?[\d.,]+%?")
BARE_RANGE_RE = re.compile(r"([+\-\u2212]?[\d.,]+)\s*(?:to|\u2013|-)\s*[+\-\u2212]?[\d.,]+")
CURRENCY_ONLY = re.compile(r"\s*(?:US\$|A\$|C\$|[£$€¥₹₦]|[A-Z]{3})\s*")


def data_cells(line):
    """domains_12: trailing numeric cells that are not year labels."""
    return [(c0, c1) for c0, c1 in trailing_numbers(line)
            if not YEAR_TOKEN.fullmatch(line[c0:c1].rstrip(SUPERSCRIPTS))]


def header_groups(line):
    """domains_12: bracket groups of a line, without bracketed numbers."""
    return [g for g in re.findall(r"\(([^()]*)\)", line) if not NUMERIC_GROUP.fullmatch(g.strip())]


def chunk_scale(text, unit):
    """domains_12: the scale a column header chunk gives ("Appointments (m)", "US$ bn (2024 prices)")."""
    for g in re.findall(r"\(([^()]*)\)", text):
        f = group_scale(g, unit)
        if f != 1.0:
            return f
    outside = re.sub(r"\([^()]*\)", " ", text).strip().lower()
    m = re.fullmatch(r"(?:us\$|£|\$|€)?\s?(bn|billions?|m|millions?)", outside)
    if m:
        return group_scale(m.group(1), unit)
    return 1.0


def pdf_scale(rec, fig):
    if rec["style"] not in ("pdf", "report") or fig["unit"] == "%":  # domains_10
        return 1.0
    q = normalize_pdf(fig["quote"])
    if not (BARE_RE.fullmatch(q) or BARE_RANGE_RE.fullmatch(q)):  # domains_12: ranges
        return 1.0
    s, a = rec["sentence"], fig["start"]
    cur = fig.get("unit") or ""
    is_cur = bool(re.fullmatch(r"[A-Z]{3}", cur))
    if "\n" in s:
        lines = s.split("\n")
        pos, li = 0, 0
        for k, line in enumerate(lines):
            if pos <= a < pos + len(line) + 1:
                li = k
                break
            pos += len(line) + 1
        row = lines[li]
        off = a - pos
        # domains_10: a scale in the row's own label ("Levy collected (£m) 188 200")
        cells = trailing_numbers(row)
        if cells:
            label_groups = re.findall(r"\(([^()]*)\)", row[:cells[0][0]])
            if label_groups:
                if CURRENCY_ONLY.fullmatch(label_groups[-1]):  # domains_12: "Core EPS (US$)"
                    return 1.0
                # domains_13: "Homes owned and managed (number)", "Unemployment rate (%)"
                if re.fullmatch(r"\s*(?:number|no\.|%)\s*", label_groups[-1], re.I):
                    return 1.0
                f = group_scale(label_groups[-1], cur)
                if f != 1.0:
                    return f
        # domains_12: a bare number in a prose line is not a table cell
        if "   " not in row and not any(c0 <= off < c1 for c0, c1 in cells):
            return 1.0
        for k in range(li - 1, -1, -1):
            note = SCALE_NOTE.match(lines[k])  # domains_10: "All figures in £m"
            if note and not trailing_numbers(lines[k]):
                return group_scale(note.group(1), cur)
            groups = header_groups(lines[k])  # domains_12: not "(4,500)"
            if groups and not data_cells(lines[k]):  # domains_12: not year labels
                chunks = [(m.start(), m.end(), m.group(0))
                          for m in re.finditer(r"\S+(?: \S+)*", lines[k])]
                if len(chunks) >= 3:  # domains_12: a column header row, read by position
                    end = off + len(fig["quote"])
                    best = min(chunks, key=lambda c: (max(0, c[0] - end, off - c[1]), c[0]))
                    f = chunk_scale(best[2], cur)
                    if f != 1.0:
                        return f
                    if "(" in best[2]:
                        return 1.0
                    if chunks[0][0] == 0 and best is not chunks[0]:
                        f = chunk_scale(chunks[0][2], cur)
                        if f != 1.0:
                            return f
                    continue
                if len(groups) == 1:
                    return group_scale(groups[0], cur)
                idx = next((i for i, (c0, c1) in enumerate(trailing_numbers(row))
                            if c0 <= off < c1), None)
                if idx is not None and idx < len(groups):
                    return group_scale(groups[idx], cur)
                return 1.0
        return 1.0
    groups = [(m.start(), m.group(1)) for m in re.finditer(r"\(([^()]*)\)", s[:a])]
    for _, g in reversed(groups):
        f = group_scale(g, cur)
        if f != 1.0 and bool(CURRENCY_HINT.search(g)) == is_cur:
            return f
    return 1.0


def normalize_pdf(q):
    """domains_6: undo PDF damage before re-reading a quote ("1 , 240", "17 .6%")."""
    q = re.sub(r"(\d)\s*([.,])\s*(?=\d)", r"\1\2", q)
    q = re.sub(r"(\w)-\s+(\w)", r"\1\2", q)  # domains_9: also a hyphen at a line break
    return re.sub(r"\s{2,}", " ", q)


def close(a, b):
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-12)


# ----------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------
def boundary_ok(s, a, b):
    before = s[a - 1] if a > 0 else ""
    after = s[b] if b < len(s) else ""
    if before and before.isalnum():
        return False
    if after and after in SUPERSCRIPTS:  # domains_9: "2,300¹" (a footnote marker)
        return True
    if after and after.isalnum():
        # domains_7: a digit glued to a quote that ends in a non-digit is a footnote
        # marker ("4.2%1", "MW5", "billion10"); coverage requires a not-figure for it.
        if not (after.isdigit() and not s[b - 1].isdigit()):
            return False
    if s[a].isdigit() and before in ".," and a >= 2 and s[a - 2].isdigit():
        return False
    if s[b - 1].isdigit() and after in ".," and b + 1 < len(s) and s[b + 1].isdigit() \
            and s[b + 1] not in SUPERSCRIPTS:  # domains_9: "2.3.¹⁴" ends a sentence
        return False
    return True


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


ABBREVIATIONS = re.compile(  # domains_9: full stops that do not end a sentence
    r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|no|St|Mr|Mrs|Dr|approx|Approx|Reg|"
    r"para|ref|Ref|Figs?|incl|excl|est|vs|v|Co|Ltd|Inc|Gen|p|pp|Rs|a\.m|p\.m|e\.g|i\.e|"
    r"U\.S|E|Mio|Mrd|Art|Nr|approx|est|Sect?|Vol|ca)\.")  # domains_10: Mio. Mrd. Art. Nr. ca.


def sentence_count(s):
    t = ABBREVIATIONS.sub("ABBR", s)
    return len(re.findall(r"[.!?](?=\s+[\"“'‘(A-Z0-9£$€¥₹₦])", t)) + 1


def has_emoji(s):
    return any(ord(c) >= 0x1F000 or 0x2190 <= ord(c) <= 0x2BFF for c in s)


PDF_MARKS = re.compile(
    "[" + SUPERSCRIPTS + "]|\n|\\d\\s+\\d[\\d,.]*\\s+[A-Z]|\\w- \\w|\\d ,\\d|\\d, \\d|\\d\\. \\d|\\b(?:Table|Figure|Page|page|p\\.|"
    "Annex|Appendix|Source)\\b| \\| \\d")


WEB_MARKS = re.compile(  # domains_10: furniture of a news web page
    r"\bmin read\b|\bRead more\b|\bShare\b|\bshares\b|\bcomments?\b|\bPhoto\b|\bImage\b|"
    r"\bUpdated\b|\bPublished\b|^By |\nBy |\bRelated\b|\bAdvertisement\b|\bviews\b|💬"
    # domains_11: menus, sign-in links, "Most read", "Read next", "Posted at", "Skip to"
    r"|\bMenu\b|\bSkip to\b|\bSign in\b|\bSubscribe\b|\bMost read\b|\bRead next\b|\bPosted\b|☰", re.I)
PRESS_MARKS = re.compile(  # domains_10: press-release furniture
    r"\bENDS\b|Notes to editors|FOR IMMEDIATE RELEASE|For immediate release|Embargoed|"
    r"PRESS RELEASE|Press release|NEWS RELEASE|News release|MEDIA RELEASE|Media contact|^\d+(?:\.\d+)+\s", re.M)
FOREIGN_MONEY = re.compile(  # domains_10: currency words kept by translators
    r"\b(?:kronor|kroner|krónur|złoty|zloty|forint|koruna|korun|Kč|lei|reais|real|pesos|lira|"
    r"liras|francs|Franken|yen|won|rupiah|dirhams?|shekels?|hryvnias?|leva|dinars?|soles|"
    r"rupees|baht|ringgit|euros?|Euro|zł|Mio\.|Mrd\.|mln|mld)\b")
# domains_11: a report item must show an artefact other than a bare line break
REPORT_MARKS = re.compile(
    "[" + SUPERSCRIPTS + "]|\\d\\s+\\d[\\d,.]*\\s+[A-Z]|\\w- \\w|\\d ,\\d|\\d, \\d|\\d\\. \\d|"
    "\\b(?:Table|Figure|Page|page|p\\.|Annex|Appendix|Source|Note|Notes)\\b| \\| \\d|\\d {3,}\\S|\\(\\d[\\d.,]*\\)")
# domains_11: social-media posts (the account line holds an @handle)
SOCIAL_MARKS = re.compile(r"[💬🔁❤👍📊]|\bviews\b|\breposts?\b|\blikes?\b|#\w")


def is_social(s):
    return bool(re.search(r"@\w", s.split("\n")[0]))


CONTINENTAL_SHAPE = re.compile(r"\d,\d|\d\.\d{3}(?!\d)|\d[ \u00a0\u202f]\d{3}(?!\d)")


def headline_case(line):
    """domains_10: 'caps', 'title' or 'sentence' for a headline's first line."""
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return "caps"
    words = [w for w in re.findall(r"[A-Za-z][\w'’\-]*", line)
             if w.lower() not in ("a", "an", "the", "of", "in", "on", "at", "to", "for", "and",
                                  "or", "as", "by", "with", "from", "vs", "v", "per", "but")]
    if words and sum(w[0].isupper() for w in words) / len(words) >= 0.75:
        return "title"
    return "sentence"


def style_warnings(style, s, warn):
    """domains_9: warn when a sentence does not have the shape of its style.

    domains_10: rewritten for web, wire, report, headline and translated.
    domains_11: rewritten for report, web, wire, feature and headline (a headline item is
    a headline, optionally with a standfirst, or a social-media post whose first line
    is the account line "Name @handle · 3h")."""
    words = s.split()
    if style not in ("web", "report", "headline", "transcript") and "\n" in s:  # domains_15
        warn(f"line break in a {style} item")
    if style in ("wire", "feature"):
        ends = (".", ".\"", ".\u201d", ".'", ".\u2019", "?\"", "!\"", "?\u201d", "!\u201d")
        if not s.rstrip().endswith(ends):
            warn(f"{style} item does not end with a full stop")
        n = sentence_count(s)
        lo, hi = (1, 3) if style == "wire" else (1, 6)
        if not lo <= n <= hi:
            warn(f"{style} item has {n} sentences ({lo}-{hi} expected)")
        lo, hi = (15, 90) if style == "wire" else (15, 120)
        if not lo <= len(words) <= hi:
            warn(f"{style} item has {len(words)} words ({lo}-{hi} expected)")
    if style == "feature":
        if not (re.search(r"[\"\u201c\u201d]", s) or NUMBER_WORD_RE.search(s)):
            warn("feature item shows neither a quotation nor a number word")
    elif style == "web":
        if len(WEB_MARKS.findall(s)) < 2:
            warn("web item shows fewer than two pieces of page furniture")
    elif style == "report":
        if not (REPORT_MARKS.search(s) or PRESS_MARKS.search(s)):
            warn("report item shows no PDF or press-release artefact")
    elif style == "headline":
        first = s.split("\n")[0].rstrip()
        if first.endswith("."):
            warn("headline line ends with a full stop")
        if len(words) > 60:
            warn(f"headline item has {len(words)} words (60 or fewer expected)")
        if is_social(s) and not SOCIAL_MARKS.search(s):
            warn("social post shows no post furniture")


DISTANCE_UNITS = {"kilometres", "miles", "metres", "lunar distances", "astronomical units"}


def context_exception(cb, before, after, unit):
    """domains_10: verbs that look like bounds but are not.

    "will pass 71 million km from Earth" (a fly-by distance), and "will start at 300
    kroner ... and rise to 750" (the first step of a schedule, not a price floor)."""
    if cb == ">" and re.search(r"\bpass\s+$", before, re.I) and unit in DISTANCE_UNITS:
        return True
    if cb == ">" and re.search(r"\bstart\s+at\s+$", before, re.I) \
            and re.search(r"\b(?:rise|rising|increase|increasing)\s+to\b", after, re.I):
        return True
    return False


def check_record(rec, errors, warnings, seen_ids):
    rid = rec.get("id", "?") if isinstance(rec, dict) else "?"

    def err(msg):
        errors.append(f"{rid}: {msg}")

    def warn(msg):
        warnings.append(f"{rid}: {msg}")

    if not isinstance(rec, dict) or set(rec) != REC_KEYS:
        err(f"record keys are {sorted(rec) if isinstance(rec, dict) else type(rec)}")
        return
    if not isinstance(rid, str) or not re.fullmatch(r"[a-z]{3}-\d{3}", rid):
        err("malformed id")
    if rid in seen_ids:
        err("duplicate id")
    seen_ids.add(rid)
    dom = rec["domain"]
    if dom not in DOMAINS:
        err(f"unknown domain {dom!r}")
    elif not str(rid).startswith(DOMAINS[dom] + "-"):
        err(f"id prefix does not match domain {dom}")
    if rec["style"] not in STYLES:
        err(f"unknown style {rec['style']!r}")
    s = rec["sentence"]
    if not isinstance(s, str) or not s.strip():
        err("empty sentence")
        return
    style_warnings(rec["style"], s, warn)  # domains_8, rewritten for domains_9
    figs = rec["figures"]
    nfs = rec["not_figures"]
    if not isinstance(figs, list) or not isinstance(nfs, list):
        err("figures/not_figures must be lists")
        return
    # domains_9: per sentence; domains_10: translated copy is always continental
    continental = bool(CONTINENTAL_RE.search(s)) or rec["style"] == "translated"
    prev_end = -1
    spans = []
    for f in figs:
        if not isinstance(f, dict) or set(f) != FIG_KEYS:
            err(f"figure keys are {sorted(f) if isinstance(f, dict) else type(f)}")
            continue
        q, a, b = f["quote"], f["start"], f["end"]
        if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(s)):
            err(f"bad offsets for {q!r}")
            continue
        if s[a:b] != q:
            err(f"sentence[{a}:{b}] = {s[a:b]!r} != quote {q!r}")
            continue
        if q != q.strip():
            err(f"quote {q!r} has outer whitespace")
        if not boundary_ok(s, a, b):
            err(f"quote {q!r} not on a token boundary")
        if a < prev_end:
            err(f"figure {q!r} overlaps or is out of order")
        prev_end = b
        spans.append((a, b))
        v, lo, hi, bd, unit = f["value"], f["low"], f["high"], f["bound"], f["unit"]
        if not is_number(v):
            err(f"non-numeric value for {q!r}")
            continue
        if not isinstance(unit, str) or not unit.strip():
            err(f"empty unit for {q!r}")
        if bd not in BOUNDS:
            err(f"bound {bd!r} not allowed for {q!r}")
        elif bd in ("=", "~"):
            if lo is not None or hi is not None:
                err(f"{q!r}: bound {bd} needs low = high = null")
        elif bd == ">":
            if not (is_number(lo) and close(lo, v) and hi is None):
                err(f"{q!r}: bound > needs low = value, high = null")
        elif bd == "<":
            if not (is_number(hi) and close(hi, v) and lo is None):
                err(f"{q!r}: bound < needs high = value, low = null")
        elif bd == "range":
            if not (is_number(lo) and is_number(hi) and close(lo, v) and lo < hi):
                err(f"{q!r}: range needs value = low < high")
        if unit == "fraction" and not (0 < v < 1):
            err(f"{q!r}: fraction value {v} outside (0, 1)")
        if PERCENT_RE.search(q) and unit != "%":
            err(f"{q!r}: percent quote with unit {unit!r}")
        # independent re-reading
        try:
            pq = normalize_pdf(q) if rec["style"] in ("pdf", "report") else q  # domains_6, 10
            parsed = parse_quote(pq, continental, unit)
        except (ValueError, ZeroDivisionError):
            parsed = None
        if parsed is None:
            warn(f"parser cannot read {q!r}")
            continue
        pb, pv, plo, phi = parsed
        if pb == "=":
            before = s[max(0, a - 30):a]  # domains_9: 30 characters (was 20)
            for rx, cb in CONTEXT_BOUNDS:
                # domains_9: "budget passed 38 votes to 21" is a tally, not a bound
                if rx.search(before) and not (cb == ">" and "votes" in unit) \
                        and not context_exception(cb, before, s[b:b + 60], unit):
                    pb = cb
            for rx, cb in AFTER_BOUNDS:  # domains_12
                if pb == "=" and rx.search(s[b:b + 30]):
                    pb = cb
        scale = table_scale(rec, f)
        pv = pv * scale
        if pb == "range":
            plo, phi = plo * scale, phi * scale
            if bd != "range" or not (close(plo, lo) and close(phi, hi)):
                warn(f"{q!r}: parser reads range {plo}..{phi}, annotation {bd} {v} ({lo}..{hi})")
        else:
            if bd != pb:
                warn(f"{q!r}: parser reads bound {pb}, annotation {bd}")
            if not close(pv, v):
                warn(f"{q!r}: parser reads {pv}, annotation {v}")
    # not-figures
    for nf in nfs:
        if not isinstance(nf, str) or not nf.strip():
            err("empty not-figure")
            continue
        ok = False
        i = s.find(nf)
        while i >= 0:
            if not any(a <= i and i + len(nf) <= b for a, b in spans):
                ok = True
                break
            i = s.find(nf, i + 1)
        if not ok:
            err(f"not-figure {nf!r} missing or only inside a figure")
    # coverage of digits and number words
    covered = [False] * len(s)
    for a, b in spans:
        for k in range(a, b):
            covered[k] = True
    for nf in nfs:
        if not isinstance(nf, str) or not nf:
            continue
        i = s.find(nf)
        while i >= 0:
            for k in range(i, i + len(nf)):
                covered[k] = True
            i = s.find(nf, i + 1)
    for k, ch in enumerate(s):
        if (ch.isdigit() or ch in "½¼¾⅓⅔") and not covered[k]:  # domains_9: ¼ ¾ ⅓ ⅔
            err(f"digit {ch!r} at {k} ({s[max(0, k - 10):k + 10]!r}) is not covered")
    for m in NUMBER_WORD_RE.finditer(s):
        if not all(covered[m.start():m.end()]):
            err(f"number word {m.group(0)!r} at {m.start()} is not covered")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    quiet = "--quiet" in argv
    strict = "--strict" in argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                             "sentences.jsonl")
    errors, warnings, records = [], [], []
    seen = set()
    with open(path, encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            if not line.strip():
                errors.append(f"line {ln}: blank line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"line {ln}: bad JSON: {e}")
                continue
            records.append(rec)
            check_record(rec, errors, warnings, seen)

    good = [r for r in records if isinstance(r, dict) and set(r) == REC_KEYS]
    by_dom = Counter(r["domain"] for r in good)
    by_style = Counter(r["style"] for r in good)
    figs_by_dom = Counter()
    zero_by_dom = Counter()
    cross = defaultdict(Counter)
    bounds, units = Counter(), Counter()
    nfig = nnf = 0
    for r in good:
        n = len(r["figures"])
        nfig += n
        nnf += len(r["not_figures"])
        figs_by_dom[r["domain"]] += n
        zero_by_dom[r["domain"]] += (n == 0)
        cross[r["domain"]][r["style"]] += 1
        for f in r["figures"]:
            if isinstance(f, dict):
                bounds[f.get("bound")] += 1
                units[f.get("unit")] += 1

    if not quiet:
        print(f"file: {path}")
        print(f"records: {len(records)}   figures: {nfig}   not_figures: {nnf}")
        print("\nby domain (sentences / figures / zero-figure sentences):")
        for d in sorted(by_dom):
            print(f"  {d:24s} {by_dom[d]:4d} {figs_by_dom[d]:5d} {zero_by_dom[d]:3d}")  # domains_18: wider column
        print("\nby style:")
        for st in STYLES:
            print(f"  {st:15s} {by_style.get(st, 0):4d}")
        for st in sorted(set(by_style) - set(STYLES)):
            print(f"  {st:15s} {by_style[st]:4d}  (unknown)")
        print("\nbounds: " + ", ".join(f"{k} {v}" for k, v in bounds.most_common()))
        top = ", ".join(f"{k} {v}" for k, v in units.most_common(15))
        print(f"units: {len(units)} distinct; most common: {top}")
    for d, n in by_dom.items():
        if n != PER_DOMAIN:
            warnings.append(f"domain {d} has {n} sentences, expected {PER_DOMAIN}")
    if len(by_dom) != N_DOMAINS:
        warnings.append(f"{len(by_dom)} domains, expected {N_DOMAINS}")
    for st in STYLES:  # domains_11; domains_15, domains_16: counts from this set's table
        if by_style.get(st, 0) != PER_STYLE[st]:
            warnings.append(f"style {st} has {by_style.get(st, 0)} sentences, expected {PER_STYLE[st]}")
        for d in DOMAINS:
            if cross[d][st] != PER_DOMAIN_STYLE[d][st]:
                warnings.append(f"domain {d} has {cross[d][st]} {st} sentences, "
                                f"expected {PER_DOMAIN_STYLE[d][st]}")
    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    if errors or (strict and warnings):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
