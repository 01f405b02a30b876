"""What holds for every text extract_claims is given: nothing raises, offsets point at the figure.

Two kinds of input: any Unicode text, and text built from news-like fragments (bounds, number
words, scales, money, ranges, dates, ages, model names, quotes, datelines) around random numbers,
which reaches far more of the parser than random characters do.
"""

from __future__ import annotations

import json
import math
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.claims import extract_claims
from desktop.model import BOUNDS, Claim

WORDS = [
    "about", "roughly", "nearly", "almost", "an estimated", "some", "closer to", "more than",
    "over", "at least", "under", "less than", "fewer than", "up to", "between", "and", "or",
    "to", "-", "–", "of", "the", "remaining", "Americans", "US citizens", "U.S. citizens",
    "people", "Afghans", "flights", "passengers", "evacuated", "left", "killed", "remain",
    "were", "have", "been", "flown out", "said", "told reporters", "according to", "officials",
    "Blinken", "the State Department", "as of", "since", "on", "Friday", "Monday", "August",
    "November 10", "the 10th of November", "2021", "in 2020", "aged", "years old", "C-17",
    "COVID-19", "Boeing 747", "first", "second", "21st", "page", "Share", "Advertisement",
    "percent", "%", "per cent", "million", "bn", "billion", "k", "thousand", "hundred",
    "hundreds", "dozens", "a dozen", "a thousand", "four", "two", "twenty-one", "six", "seven",
    "ninety", "half", "a third", "$", "€", "£", "USD", "dollars", "24 hours", "in the past week",
    "“", "”", "\"", "'", "’", "(", ")", ",", ".", ";", ":", "?", "!", "\n", "\n\n", "\r\n",
    "date 2021-09-02", "9:30 a.m.", "10 p.m.", "No. 1", "#3", "1990s", "3rd", "1,000th",
    "USD25m", "US$", "$US", "HK$", "RM120", "Rs", "Rs.", "crore", "lakh", "PS8m", "Â£", "512GB",
    "300bhp", "15pc", "2.7M", "2.5x", "½", "3½", "1/2 cup", "two-thirds", "one in", "out of",
    "and a half", "A.D.", "BC", "1.2e6", "−", "minus", "estimated the crowd at", "conservative",
    "just over", "upwards of", "49 Elm Road", "787 Dreamliner", "one-off", "Kenya's",
]  # fmt: skip


def _number() -> st.SearchStrategy[str]:
    ints = st.integers(min_value=0, max_value=10**12)
    return st.one_of(
        ints.map(str),
        ints.map(lambda n: f"{n:,}"),
        st.floats(min_value=0, max_value=1e9, allow_nan=False).map(lambda x: f"{x:.2f}"),
        st.floats(min_value=0, max_value=1e6, allow_nan=False).map(lambda x: f"{x:,.1f}"),
        st.integers(1, 999).map(lambda n: f"${n}bn"),
        st.integers(1, 999).map(lambda n: f"{n}k"),
        st.tuples(ints, ints).map(lambda p: f"{p[0]}-{p[1]}"),
        st.tuples(st.integers(1, 99), st.integers(0, 9)).map(lambda p: f"{p[0]}.{p[1]} million"),
        st.integers(0, 100).map(lambda n: f"{n}%"),
    )


SEPARATORS = st.sampled_from([" ", "", "  ", "\n", ", "])
NEWS_TEXT = st.lists(
    st.tuples(st.one_of(st.sampled_from(WORDS), _number(), st.text(max_size=4)), SEPARATORS),
    max_size=60,
).map(lambda parts: "".join(part + sep for part, sep in parts))

PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def check(text: str, published: date | None) -> list[Claim]:
    claims = extract_claims(text, published)
    previous = -1
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert c.bound in BOUNDS, c
        assert math.isfinite(c.value), c
        if c.low is not None and c.high is not None:
            assert c.low <= c.high, c
        assert c.start >= previous, "claims out of text order"
        previous = c.start
    return claims


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), published=PUBLISHED)
def test_any_text(text: str, published: date | None) -> None:
    check(text, published)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(text=NEWS_TEXT, published=PUBLISHED)
def test_news_like_text(text: str, published: date | None) -> None:
    check(text, published)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=NEWS_TEXT,
    after=NEWS_TEXT,
    phrase=st.sampled_from(["about", "more than", "under", "between", "roughly", ""]),
    number=_number(),
    published=PUBLISHED,
)
def test_extraction_is_a_pure_function_of_the_text(
    before: str, after: str, phrase: str, number: str, published: date | None
) -> None:
    text = f"{before} {phrase} {number} Americans were evacuated. {after}"
    assert check(text, published) == extract_claims(text, published)


def test_the_seeds_satisfy_the_invariants(seed_files) -> None:
    for path in seed_files:
        assert check(path.read_text(encoding="utf-8"), None)


# Times both texts in a fresh process: the test process's heap, grown by every test before it,
# slows a large text's run more than a small one's, and that is no property of the extractor.
_TIMER = """
import gc, json, sys, time
from desktop.claims import extract_claims
small, large = (open(p, encoding="utf-8").read() for p in sys.argv[1:3])
extract_claims(small)  # warm the regular expressions

def seconds(text, runs):
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract_claims(text)
        best = min(best, time.process_time() - start)
    return best

gc.disable()  # its passes grow with everything the process holds, not with the text
best = [float("inf"), float("inf")]
for _ in range(3):  # the two sizes in turn: a machine slowed for a while slows both alike
    best = [min(best[0], seconds(small, 2)), min(best[1], seconds(large, 1))]
print(json.dumps(best))
"""


def _best_seconds(small: str, large: str, tmp_path: Path) -> tuple[float, float]:
    """The best CPU times of extracting `small` and `large`, measured in a process of their own."""
    paths = [tmp_path / "small.txt", tmp_path / "large.txt"]
    for path, text in zip(paths, (small, large), strict=True):
        path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _TIMER, *map(str, paths)],
        capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    small_best, large_best = json.loads(done.stdout)
    return small_best, large_best


def _mixed(size: int) -> str:
    pick = random.Random(size).choice
    parts, length = [], 0
    while length < size:
        part = pick(WORDS + ["4,500", "12", "6,000", "1.5", "82%"]) + pick([" ", ", ", "\n"])
        parts.append(part)
        length += len(part)
    return "".join(parts)[:size]


@pytest.mark.parametrize(
    ("make", "size"),
    [
        (_mixed, 10_000),
        # one endless sentence of figures: a figure every two characters, so at a fifth of the
        # others' length the larger text still holds 10,000 figures, far more than any article
        (lambda size: ("1," * size)[:size], 2_000),
        (lambda size: ('"a 5 b" ' * size)[:size], 10_000),  # one paragraph of quotes
        # abbreviations that never end a sentence: read fast, so at a size whose time is no noise
        (lambda size: ("Mr. " * size)[:size], 50_000),
        (lambda size: ("a@" * size)[:size], 10_000),  # almost an e-mail address
    ],
    ids=["news fragments", "figures", "quotes", "abbreviations", "addresses"],
)
def test_extraction_time_grows_linearly(make, size: int, tmp_path: Path) -> None:
    """Ten times the text takes at most 15 times as long (bounded look-backs, no rescans)."""
    small_best, large_best = _best_seconds(make(size), make(10 * size), tmp_path)
    assert large_best <= 15 * max(small_best, 0.02)


def test_a_figure_span_never_takes_in_a_closing_quote_mark():
    for text in (
        "He said “more than 4,000” staff had left.",
        'They counted "4,500" US citizens.',
        "The count was «about 6,000» people.",
    ):
        (claim,) = extract_claims(text, None)
        assert not any(q in claim.text for q in '”"»'), claim.text
        assert text[claim.start : claim.end] == claim.text
