"""Find every figure an article reports: the one entry point of `desktop.claims`.

Walks the article sentence by sentence: parses number expressions, drops the ones that are not
figures, reads what each counts, fills in a counted noun the sentence leaves out from the words
before it, and attaches speaker, as-of date and measuring window. A pure function of the text.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache

from desktop.claims.anchors import SentenceTime, article_year, quote_spans, speaker_in
from desktop.claims.counted import (
    SHARE,
    SHARE_PRICE,
    a_rule_s_age,
    counted_by_subject,
    counted_without_supply,
    describe,
    label_act,
    label_reading,
    labelled_duration,
    labelled_no_count,
    population_mentions,
)
from desktop.claims.lexicon import (
    CENTS_CURRENCIES,
    DURATION_UNITS,
    FURNITURE_WORDS,
    IN_YEARS,
    LEXICON_CURRENCIES,
    MEASURE_UNITS,
    MULTIPLE_UNIT,
    RATE_OF,
    SCALE_SUFFIXES,
    SCALE_WORDS,
    TIMESTAMP_LABELS,
    VAGUE_PLURALS,
    priced_as_money,
)
from desktop.claims.nonfigures import LINK_LABELS, is_figure, masked_spans
from desktop.claims.numbers import (
    BASIS_POINTS,
    PERCENTAGE_POINTS,
    WORD_NUMBERS,
    NumberExpr,
    number_expressions,
)
from desktop.claims.segments import (
    Sentence,
    Token,
    column_gap,
    in_continental_notation,
    paragraphs,
    pictographs,
    sentences,
    token,
    tokens,
    without_fillers,
)
from desktop.claims.tables import Scale, Tables, read_tables
from desktop.claims.vocabulary import (
    ACT_OF,
    CROWD,
    CROWD_POPULATIONS,
    HUMAN_ACTS,
    MEASURES,
    OF_A_WHOLE,
    PERSON_POPULATIONS,
    THING_ACTS,
    VERBS,
    another_giver,
)
from desktop.claims.words import alternation, english, known_word, may_be_noun
from desktop.model import Cancelled, Claim, Qualifier, QuantityKey, TimeKind

_W = english()

_CLOSERS = frozenset('”’"»')  # closing quote marks
_CONTEXT = 32
_STOP_EVERY = 16  # sentences between two questions to `stop`


def extract_claims(
    text: str,
    published: date | None = None,
    *,
    stop: Callable[[], bool] | None = None,
    currencies: Iterable[str] = (),
) -> list[Claim]:
    """Every figure in `text`, in order, with offsets into `text`. `stop` is asked now and then
    (every few sentences, and after each pass over the whole text or a whole paragraph, which
    take a second on a text of megabytes); when it says yes, extraction ends with `Cancelled`.

    Words after an amount are money when the lexicon names them a currency, when `currencies`
    names them (what other articles of the workspace price as money), or when this text prices
    them against a known currency itself (`priced_words`): then the text is read again with
    them as money, so "720 million vellars" meets "180 million euros"."""
    given = frozenset(currencies)
    with priced_as_money(given):
        out = _read_claims(text, published, stop)
    learned = priced_words(out) - given
    if not learned:
        return out
    with priced_as_money(given | learned):
        return _read_claims(text, published, stop)


def priced_words(claims: Sequence[Claim]) -> frozenset[str]:
    """Words a text prices as money itself, as written after an amount: a count of a word the
    dictionary does not know, written in small letters, given its worth in a known currency at
    once ("150 million vellars (about 37.5 million euros)", "720m vellars, around 180 million
    euros") or said as the price of one unit of a known currency ("at 8 sestins to the euro");
    never a word the dictionary knows ("4 children per dollar donated", "2 points per euro")."""
    found: set[str] = set()
    for n, a in enumerate(claims):
        word = a.unit.lower()
        if not _unknown_money_word(a, word):
            continue
        rate = RATE_OF.match(a.context_after)
        b = claims[n + 1] if n + 1 < len(claims) else None
        if rate and rate.group(1).lower() in LEXICON_CURRENCIES:
            found.add(word)
        elif (
            b is not None
            and b.kind == "money"
            and (b.paragraph, b.sentence) == (a.paragraph, a.sentence)
            and b.unit in _KNOWN_CURRENCIES
            and _given_as_worth(a.context_after[: max(0, b.start - a.end)])
        ):
            found.add(word)
    return frozenset(found)


def _worth_of_the_last(out: Sequence[Claim], currency: str, start: int, text: str) -> bool:
    """Whether an amount starting at `start` is the last one's worth in another currency, given at
    once ("90 million zelts (about 15 million euros)"): the article's money stays the first's, so
    a later "Ninety million" is zelts."""
    if not out or not currency:
        return False
    last = out[-1]
    return (
        last.kind == "money"
        and last.unit != currency
        and last.end <= start
        and _given_as_worth(text[last.end : start])
    )


def _unknown_money_word(claim: Claim, word: str) -> bool:
    """Whether a figure counts one plain word in small letters that neither a list nor the
    dictionary names (a currency's name, perhaps; not "Vespas", not "children")."""
    return (
        claim.kind == "count"
        and claim.value > 0
        and len(word) >= _SHORTEST_CURRENCY
        and claim.unit.isalpha()
        and claim.unit.islower()
        and not known_word(word)
        and word not in LEXICON_CURRENCIES
        and word not in MEASURE_UNITS
        and word not in DURATION_UNITS
    )


def _given_as_worth(between: str) -> bool:
    """Whether the words between two amounts give the second as the first's worth in another
    currency: "(about", ", around", " — roughly", ", or some"."""
    if not between or re.search(r"[.;!?]", between) or len(between) > _WORTH_REACH:
        return False
    words = re.findall(r"[^\W\d_]+", between.lower())
    return len(words) <= _WORTH_WORDS_AT_MOST and all(w in _PRICED_WORTH for w in words)


_SHORTEST_CURRENCY = 3
_WORTH_REACH = 30  # characters between an amount and its worth
_WORTH_WORDS_AT_MOST = 3
_PRICED_WORTH = _W.words("currency.priced.worth")
_KNOWN_CURRENCIES = frozenset(LEXICON_CURRENCIES.values()) | frozenset(
    v for v in _W.values("currency.symbols").values()
)


def _read_claims(text: str, published: date | None, stop: Callable[[], bool] | None) -> list[Claim]:
    """`extract_claims` with the currencies of the moment."""

    def asked() -> None:
        if stop is not None and stop():
            raise Cancelled("extraction stopped")

    year = article_year(text, published)
    continental = in_continental_notation(text)  # "2.300" thousands, "55,1" a decimal
    asked()
    tables = read_tables(text)  # rows' ranks, and the scale a table's header gives its numbers
    asked()
    cells = sorted(tables.scales)  # no number runs over a table's cell: "406 715" is two
    para_spans = paragraphs(text)
    out: list[Claim] = []
    last_speaker = ""
    pending: list[int] = []  # figures that said nothing of what they count, for the next sentence
    pending_paragraph = 0
    furniture: dict[int, bool] = {}  # paragraph → whether it is page furniture, read once
    history: list[tuple[int, int, str, str]] = []  # (paragraph, sentence, population, word)
    quotes: list[tuple[int, int]] = []
    quoted_speech = _QuotedSpeech([], text, 0, 0)
    scaled_before: tuple[int, NumberExpr] | None = None  # (paragraph, the last scaled number)
    currency_before = ""  # the currency of the article's last amount
    capitals: frozenset[str] | None = None  # words written with a capital inside a sentence
    for s in sentences(text):
        if s.index % _STOP_EVERY == 0:
            asked()
        p_start, p_end = para_spans[s.paragraph - 1]
        if s.paragraph not in furniture:
            furniture[s.paragraph] = bool(
                _FURNITURE_LINE.match(text, p_start, p_end)
                or _widget_line(text, p_start, p_end)
                or _page_notice(text, p_start, p_end)
            )
        if furniture[s.paragraph]:
            continue  # "Read more: 5 things to know", "Subscribe for $1 a week", "Page 2 of 4"
        masks = masked_spans(text, s.start, s.end)
        if s.start == p_start and (rank := _ranked_link(text, para_spans, s.paragraph)):
            masks = sorted([*masks, rank])  # "Most read / 1 Tram line closure extended"
        if tables.hidden:
            masks = sorted([*masks, *tables.hidden_in(s.start, s.end)])
        toks = without_fillers(tokens(text, s.start, s.end, continental=continental, cells=cells))
        if masks:  # most sentences have none
            mask_starts = [start for start, _ in masks]
            toks = [_mask(t, masks, mask_starts) for t in toks]
        if s.paragraph != pending_paragraph:
            pending = []
            quotes = [(p_start + a, p_start + b) for a, b in quote_spans(text[p_start:p_end])]
            quoted_speech = _QuotedSpeech(quotes, text, p_start, p_end)
            asked()
        pending_paragraph = s.paragraph
        first = len(out)  # this sentence's figures are out[first:]
        sentence = text[s.start : s.end]
        speaker_here = _named(speaker_in(sentence, last_speaker), text, s.start)
        time: SentenceTime | None = None  # read when the sentence turns out to hold a figure
        mentions = population_mentions(toks)
        if scaled_before is not None and s.paragraph - scaled_before[0] > 1:
            scaled_before = None
        for e in _units_carried(
            [
                _scaled_by_header(e, toks, tables)
                for e in number_expressions(toks)
                if is_figure(e, toks, 0) or _digits_start(e, toks) in tables.scales
            ],
            toks,
            tables.scales,
        ):
            c = describe(e, toks)
            population, unit = c.population, c.unit
            start = toks[e.first].start
            cell = _digits_start(e, toks) if tables.scales or tables.headers else -1  # in a table
            act = c.act
            if act in ("", "paid") and unit.lower() in _LIVES and _taken(e, c.np_last, toks):
                act = "killed"  # "the heat cost about 2,310 lives", "claimed ten lives"
            kind = c.kind
            if kind == "count" and not population and not unit:
                if duration := labelled_duration(e, toks):  # "Hours without power: 5.5"
                    kind, population, unit = "duration", duration, duration
                elif a_rule_s_age(e, toks):  # "raise the retirement age from 62 to 64"
                    kind, population, unit = "duration", _AGE_UNIT, _AGE_UNIT
            labelled, said, named, word = label_act(e, toks, max(e.last, c.np_last))
            if not labelled and (header := tables.headers.get(cell)):
                labelled, said, named, word = _header_reading(header)  # "| Jobs cut |" over it
            labelled = labelled and kind == "count"
            if labelled:  # "Dead: 11": a fact box's label says what its number counts
                act = act or said
                if not population:
                    population = named or ("people" if act in HUMAN_ACTS else "")
                    unit = word or unit
            if population.startswith(" (") and kind == "count":  # "31 of them", "100 more"
                inherited, unit = _elided(e.first, c.act, mentions, history, s, out, toks)
                if not inherited:  # "212 flights were cancelled, 58 of them at Halvey"
                    inherited, unit = _named_before_in(s, out)
                population = f"{inherited}{population}" if inherited else ""
            elif (
                not population
                and kind == "count"
                and not labelled
                and not labelled_no_count(e, toks)
            ):
                if supplied := counted_without_supply(e, toks):
                    population, unit = supplied, ""  # "400,000 without power": customers
                elif (subject := counted_by_subject(e, toks)) is not None:  # "orders top 60,000"
                    population, unit, verb, told = subject
                    act = told or ("" if c.act_word.lower() == verb else act)  # "reached"
                else:
                    population, unit = (
                        _part_of_first(e.first, toks, out[first:])
                        or _whole_of_before(e.first, toks, out[first:])
                        or _elided(e.first, c.act, mentions, history, s, out, toks)
                    )
                if population and not act and not mentions and _GIVEN.search(sentence):
                    act = _act_told_before(population, s, out)  # another source's number
            if not population and kind == "count" and cell not in tables.scales:
                if scaled_before is not None:
                    e = _currency_kept(e, scaled_before[1], toks, c.explicit)
                if not e.currency and currency_before and e.priced:
                    e = replace(e, currency=currency_before)  # "£12 a ticket … I paid nine
                    # ninety-nine": a price said with no money word, in the article's currency
                elif not e.currency and currency_before and not c.explicit:
                    e = _money_by_its_words(e, toks, currency_before)
                if not e.currency and not c.explicit:
                    e = _share_by_its_words(e, toks)  # "inflation eased to 3.4 from 3.6"
                if e.currency or e.percent:  # "Sensors, at 2.38bn against 2.25bn": the amounts
                    c = describe(e, toks)
                    kind, population, unit, act = c.kind, c.population, c.unit, c.act
            if _scaled(e):
                scaled_before = (s.paragraph, e)
            if kind == "money" and not _worth_of_the_last(out, e.currency, start, text):
                currency_before = e.currency or currency_before
            if population == "people" and c.act_word.lower() in _EMPLOYING:
                population = _EMPLOYED  # "employs 640 people": its workforce
            population, act = _settled(population, act)
            if (key := QuantityKey.read(population)).owner:
                capitals = _capitals_inside(text) if capitals is None else capitals
                population = _owner_named(key, toks, capitals) or population
            last = max(e.last, c.np_last) if kind not in ("money", "percent") else e.last
            if any(text[toks[i].start : toks[i].end] in _CLOSERS for i in range(e.last + 1, last)):
                last = e.last  # “more than 4,000” staff: the span stops at the closing quote
            end = toks[last].end
            speaker = _speaker(start, quoted_speech, speaker_here, last_speaker)
            if time is None:
                time = SentenceTime(sentence, year, published)
            if kind == "duration" and unit in IN_YEARS:  # "three decades": 30 years
                e = _in_years(e, IN_YEARS[unit])
                unit = _YEARS
            subject = " ".join(w for w in (unit or population, c.act_word) if w).strip()
            out.append(
                Claim(
                    start=start,
                    end=end,
                    text=text[start:end],
                    value=e.value,
                    bound=e.bound,
                    low=e.low,
                    high=e.high,
                    unit=unit,
                    subject=subject,
                    speaker=speaker,
                    as_of=time.as_of(start - s.start) or published,
                    sentence=sentence,
                    paragraph=s.paragraph,
                    kind=kind,
                    population=population,
                    act=act,
                    window=time.window(start - s.start, end - s.start).stored(),
                    context_before=text[max(0, start - _CONTEXT) : start],
                    context_after=text[end : end + _CONTEXT],
                )
            )
        _share_coordinated_acts(out, first, text)
        _parts_among(out, first, text)
        _measures_carried(out, first, text)
        _points_of_a_share(out, first, text)
        _scaled_measure_carried(out, first)
        _part_named_by_whole(out, first, text)
        _start_named_by_end(out, first, text)
        if pending:  # "12,000 or 100,000? How the march was counted": the line says what
            _complete_from(pending, toks, out)
        pending = [
            n
            for n in range(first, len(out))
            if not out[n].population and not out[n].act and out[n].kind == "count"
        ]
        history.extend(  # who did something ("seen by the ship's doctors") is not who is counted
            (s.paragraph, s.index, key, word) for n, key, word in mentions if not _doer(toks, n)
        )
        if speaker_here:
            last_speaker = speaker_here
    return _cents_of_the_article(out)


_CENTS = "USD cents"  # what "cents" reads as where no currency is named


@lru_cache(maxsize=1_024)
def _header_reading(header: str) -> tuple[bool, str, str, str]:
    """What a table's column header says its numbers count, read as a fact box's label."""
    return label_reading(tokens(header))


def _cents_of_the_article(out: list[Claim]) -> list[Claim]:
    """Cents in the currency the article last named before them (else first after): "21.5 cents
    a litre" in a story of euros is euro cents, not US cents."""
    named = [
        (n, c.unit) for n, c in enumerate(out) if c.kind == "money" and c.unit in CENTS_CURRENCIES
    ]
    if not named:
        return out
    for n, c in enumerate(out):
        if c.unit != _CENTS:
            continue
        before = [unit for m, unit in named if m < n]
        currency = before[-1] if before else next(unit for m, unit in named if m > n)
        if currency != "USD":
            out[n] = replace(c, unit=f"{currency} cents")
    return out


def _units_carried(
    found: list[NumberExpr], toks: list[Token], headed: Mapping[int, object] | None = None
) -> list[NumberExpr]:
    """A sentence's figures, where a bare number gives the unit of the figure beside it that
    it is set against: "4.21bn euros beat the consensus of 4.15bn", "23.5 per cent against the
    real 24.6", "a rate of 7.9, against the region's 2.6 per 100,000". News leaves the unit
    out of the second number of a pair. A number takes the unit only when it counts nothing it
    names and is written like the other: both with a scale word ("bn", "million"), or a number
    with decimals beside a share or an amount (nobody counts 24.6 things). The nearest such
    figure before it gives the unit, else the nearest after it."""
    if len(found) < 2 or all(e.currency or e.percent for e in found):
        return found
    out = list(found)
    # an amount's worth in another currency gives no unit: "raised to 150 million zelts, about 25
    # million euros, from 90 million" is 90 million zelts
    worths = {id(b) for a, b in zip(found, found[1:], strict=False) if _a_worth(a, b, toks)}
    for n, e in enumerate(found):
        if e.currency or e.percent or e.fraction or e.written_in_words or e.vague:
            continue
        if headed and _digits_start(e, toks) in headed:
            continue  # a table's cell: its column's head says what it is ("Visits (000s)")
        if n + 1 < len(found) and (changed := _scale_carried(e, found[n + 1], toks)):
            out[n] = changed
            continue
        scaled = _scaled(e)
        if not (scaled or (e.unscaled or e.value) % 1 != 0 or e.with_decimals):
            continue
        before, after = found[n - 1 :: -1] if n else [], found[n + 1 :]
        last = next((o for o in reversed(out[:n]) if _scaled(o)), None) if scaled else None
        if last is not None and not (last.currency or last.percent) and _same_scale(last, e):
            continue  # "8.4 million tourists, beating the record of 8.1 million": a count too
        given = next(
            (
                o
                for o in (*before, *after)
                if (o.currency or o.percent) and _scaled(o) == scaled and id(o) not in worths
            ),
            None,
        )
        if given is None or (given.percent and abs(e.value) > _PERCENT_REACH * abs(given.value)):
            continue  # "FTSE 100: 7,952.62 (+24.5%)": an index's level is no share
        if not describe(e, toks).explicit:  # it names nothing it counts
            out[n] = replace(e, currency=given.currency, percent=given.percent)
    return out


def _a_worth(first: NumberExpr, then: NumberExpr, toks: list[Token]) -> bool:
    """Whether `then` gives `first`, an amount, in another currency at once ("90 million zelts
    (about 15 million euros)", "150 million zelts, about 25 million euros")."""
    if not (first.currency and then.currency and first.currency != then.currency):
        return False
    between = toks[first.last + 1 : then.first]
    if any(t.low in _SENTENCE_MARKS for t in between):
        return False
    words = [t.low for t in between if t.low[:1].isalpha()]
    return len(words) <= _WORTH_WORDS_AT_MOST and all(w in _PRICED_WORTH for w in words)


_SENTENCE_MARKS = frozenset({".", ";", "!", "?"})


def _currency_kept(
    e: NumberExpr, earlier: NumberExpr, toks: list[Token], explicit: bool
) -> NumberExpr:
    """`e` in the currency of `earlier`, the last number with a scale word in its paragraph or
    the one before, when that was an amount and `e` is one written as amounts are, with a
    scale letter ("Sensors, at 2.38bn against 2.25bn", "services, at 710m"), that counts
    nothing (`explicit`: its own words name what it counts) and is no doer ("3m streamed it",
    "8m were"). A scale spelled out leaves it a count: "The deal is worth $1.2 billion. The city
    has a population of 3.5 million." (unless its words say it is money: `_money_by_its_words`)."""
    if not earlier.currency or e.currency or e.percent or e.fraction or e.vague:
        return e
    if not _scaled(e) or toks[e.last].low not in SCALE_SUFFIXES or e.value < _MILLION:
        return e
    then = toks[e.last + 1].low if e.last + 1 < len(toks) else ""
    if explicit or _a_doer_s(then) or then.endswith("ed"):
        return e
    return replace(e, currency=earlier.currency)


def _money_by_its_words(e: NumberExpr, toks: list[Token], currency: str) -> NumberExpr:
    """`e`, a number with a scale spelled out that names nothing it counts, in the currency of
    the article's last amount when the words right before it say it is money: "the bill will
    stop at 85 million", "the cost had risen to 90 million", "earns half a billion"."""
    if e.percent or e.fraction or e.vague or toks[e.last].low not in SCALE_WORDS:
        return e
    then = toks[e.last + 1].low if e.last + 1 < len(toks) else ""
    if _a_doer_s(then) or not _money_said(toks, e.first):
        return e  # "the fund will help 1.5 million", "spending reached 2 million people"
    return replace(e, currency=currency)


def _share_by_its_words(e: NumberExpr, toks: list[Token]) -> NumberExpr:
    """`e`, a bare number no larger than a whole that names nothing it counts, as a percentage
    when the words right before it say it is a rate that is always one: "inflation eased to 3.4",
    "Growth of 0.3 is not a recovery", "unemployment stood at 5.1"."""
    if e.percent or e.fraction or e.vague or _scaled(e) or not 0 < e.value <= _WHOLE:
        return e
    then = toks[e.last + 1].low if e.last + 1 < len(toks) else ""
    if _a_doer_s(then) or not _said_before(toks, e.first, _SHARE_MEASURES, frozenset()):
        return e
    return replace(e, percent="%")


def _a_doer_s(word: str) -> bool:
    """Whether the word right after a number is a verb it does, so the number counts doers and is
    no amount: "3m streamed it", "8m were", "the fund will help 1.5 million"."""
    return word in VERBS or word in _PLURAL_AFTER


def _money_said(toks: list[Token], first: int) -> bool:
    """Whether the words right before the number at `first` say it is an amount of money: a
    measure that always is one ("the cost had risen to", "Operating profit was") or a verb that
    takes one ("has spent", "costs over"), then only words of `amount_links`, in one clause."""
    return _said_before(toks, first, _MONEY_MEASURES, _MONEY_VERBS)


def _said_before(
    toks: list[Token], first: int, measures: frozenset[str], verbs: frozenset[str]
) -> bool:
    """Whether one of `measures` or `verbs` stands right before the number at `first`, with only
    words of `amount_links` between them, in one clause."""
    for k in range(first - 1, max(-1, first - 1 - _MONEY_REACH), -1):
        if toks[k].kind != "word":
            return False
        if MEASURES.get(toks[k].low) in measures or toks[k].low in verbs:
            return True
        if toks[k].low not in _AMOUNT_LINKS:
            return False
    return False


_MONEY_REACH = 6  # words between the measure and the number
_MONEY_MEASURES = frozenset(_W.words("extract.money_measures"))
_AMOUNT_LINKS = frozenset(_W.words("extract.amount_links"))
_MONEY_VERBS = frozenset(_W.words("extract.money_verbs"))
_SHARE_MEASURES = frozenset(_W.words("extract.share_measures"))
_MILLION = 1e6
_PERCENT_REACH = 10.0  # a bare number set against a share is one too only within this factor
_PLURAL_AFTER = _W.words("extract.plural_after")


def _digits_start(e: NumberExpr, toks: list[Token]) -> int:
    """Where the expression's first digits start ("3.1" of "+3.1"); -1 when it has none."""
    return next((toks[k].start for k in range(e.first, e.last + 1) if toks[k].kind == "num"), -1)


def _scaled_by_header(e: NumberExpr, toks: list[Token], tables: Tables) -> NumberExpr:
    """A bare number in a table cell, in the scale and currency its header gives: 41.4 under
    "(m)" is 41.4 million, 87.6 under "(£m)" £87.6m."""
    scale = tables.scales.get(_digits_start(e, toks)) if tables.scales else None
    if scale is None and _bracketed_cell(e, toks):
        scale = Scale(negative=True)  # "Closed      (21)      (19)": a row's fall, no caption
    if scale is None or e.currency or e.percent or e.written_in_words or _scaled(e):
        return e
    factor = -scale.factor if scale.negative else scale.factor  # "(14.0)" under "(£m)": a loss
    return replace(
        e,
        value=e.value * factor,
        low=None if e.low is None else e.low * factor,
        high=None if e.high is None else e.high * factor,
        unscaled=e.value * (-1 if scale.negative else 1),
        currency=scale.currency,
        percent="%" if scale.percent else "",
    )


def _bracketed_cell(e: NumberExpr, toks: list[Token]) -> bool:
    """A number in brackets set a table's column apart from the words before it ("Closed
    (21)      (19)" with runs of spaces between): a fall, as reports write one."""
    first, last = e.first, e.last
    return (
        first >= 2
        and last + 1 < len(toks)
        and toks[first - 1].text == "("
        and toks[last + 1].text == ")"
        and column_gap(toks[first - 2], toks[first - 1])
    )


def _scale_carried(e: NumberExpr, then: NumberExpr, toks: list[Token]) -> NumberExpr | None:
    """ "from 5 to 12 million euros", "from 3 to 2.9 percent", "from 3 to 5 million people": the
    bare number a change starts from is in the currency (or percent), and the scale, of the
    number it changes to; a number written in full keeps its value ("from 800,000 to 1.2
    million euros" starts at €800,000), and one that fits neither reading is left as it is
    ("from 900 to 1.1 billion"). So is a bare number that shares the unit of the next one ("the
    figures were 78 and 41 per cent", "3 or 4 million euros"): an amount or a share only, since
    "3 and 5 million" may count anything."""
    if _scaled(e) or not (then.currency or then.percent or _scaled(then)):
        return None
    if not (then.currency or then.percent) and toks[then.last].low in SCALE_SUFFIXES:
        return None  # a count's scale spelled out only: "from 3 to 5m" may be metres
    if then.first != e.last + 2 or describe(e, toks).explicit:
        return None
    joined = toks[e.last + 1].low
    shared = (
        joined in _UNIT_SHARED_OVER
        and bool(then.currency or then.percent)
        and _pair_ends(then, toks)
    )
    if shared and then.percent and e.value > 100 >= then.value:
        return None  # "employs 300 and 20% are women": no share of 300 percent
    if not shared and (e.first == 0 or toks[e.first - 1].low != "from" or joined != "to"):
        return None
    scale = then.value / then.unscaled if _scaled(then) else 1.0
    if scale > 1 and not _within(e.value * scale, then.value):
        scale = 1.0
    if not _within(e.value * scale, then.value):
        return None
    return replace(
        e,
        value=e.value * scale,
        low=None if e.low is None else e.low * scale,
        high=None if e.high is None else e.high * scale,
        unscaled=e.value,
        currency=then.currency,
        percent=then.percent,
    )


_UNIT_SHARED_OVER = frozenset(_W.words("extract.unit_shared_over"))
_PAIR_ENDS_BEFORE = frozenset(_W.words("extract.pair_ends_before"))
_PAIR_GOES_ON = frozenset(_W.words("extract.pair_goes_on"))
_CHANGE_FACTOR = 20.0  # a change's start and end are within this factor of each other


def _pair_ends(then: NumberExpr, toks: list[Token]) -> bool:
    """Whether a pair "78 and 41 per cent" ends with its second number: a mark, a word that
    ends it ("respectively", "in March", "after the warning"; `extract.pair_ends_before`) or a
    noun ("the 12 or 15 percent rates") follows; not when a clause of the second's own goes on
    ("40 and 15% of homes lost power", "cut 500 and €40 million was saved": the first number
    counts something else)."""
    k = then.last + 1
    if k >= len(toks) or not toks[k].low[:1].isalpha():
        return True
    after = toks[k].low
    return after in _PAIR_ENDS_BEFORE or (after not in _PAIR_GOES_ON and may_be_noun(after))


def _within(a: float, b: float, reach: float = _CHANGE_FACTOR) -> bool:
    """Whether two positive values lie within a factor `reach` of each other."""
    return a > 0 and b > 0 and max(a, b) <= reach * min(a, b)


def _same_scale(a: NumberExpr, b: NumberExpr) -> bool:
    """Whether two scaled numbers share their scale ("8.4 million" and "8.1 million"; not "2m
    customers" and "3bn")."""
    return math.isclose(a.value / a.unscaled, b.value / b.unscaled, rel_tol=1e-6)


def _scaled(e: NumberExpr) -> bool:
    """Whether a number was written with a scale word or letter ("4.15bn", "290 million")."""
    return e.unscaled not in (0.0, e.value)


def _settled(population: str, act: str) -> tuple[str, str]:
    """Population and act as linking should compare them, once the figure's words are read."""
    if not population and act in HUMAN_ACTS:
        population = "people"
    act = act or ("attended" if population == "protesters" else "")
    key = QuantityKey.read(population)
    if act in _STATUS_ACTS and key.qualifier is Qualifier.PART:
        population = replace(key, qualifier=Qualifier.NONE).stored()  # "31 of them in hospital"
    if population == "cases" and act in HUMAN_ACTS - {"infected"}:
        population = "people"  # cases who died or were hospitalised are people
    if act == "attended" and population in CROWD_POPULATIONS:
        population = CROWD  # police and organisers count the same crowd
    if act == "missing" and key.measure == "jobs":
        act = "cut"  # "12 000 jobs disappeared": jobs that are gone were cut
    if act in _NOT_DONE_TO_PEOPLE and key.measure in PERSON_POPULATIONS:
        act = ""  # "the 640 workers … will be paid": a workforce, not a payment
    return population, act


_STATUS_ACTS = _W.words("extract.status_acts")
_NOT_DONE_TO_PEOPLE = _W.words("extract.not_done_to_people")
_EMPLOYING = _W.words("extract.employing")
_EMPLOYED = _W.text("extract.employed")
_LIVES = _W.words("extract.lives")
_AGE_UNIT = "years"  # the unit an age a rule sets is in
_TAKING = _W.words("extract.taking")
_TAKING_REACH = 3  # words between a verb of taking and the lives it takes


def _taken(e: NumberExpr, np_last: int, toks: list[Token]) -> bool:
    """Whether a verb of taking takes the lives a figure counts: "cost about 2,310 lives",
    "with the loss of 31 lives", "300 lives were lost" (not "saved 12 lives")."""
    before = toks[max(0, e.first - _TAKING_REACH) : e.first]
    after = toks[np_last + 1 : np_last + 1 + _TAKING_REACH]
    return any(t.low in _TAKING for t in (*before, *after))


_YEARS = DURATION_UNITS["years"]


def _in_years(e: NumberExpr, years: int) -> NumberExpr:
    """A count of decades or centuries as years: "two decades" is 20 years."""
    return replace(
        e,
        value=e.value * years,
        low=None if e.low is None else e.low * years,
        high=None if e.high is None else e.high * years,
    )


# "The ministry speaks of 38,000", "Its figure was 58,000": a source gives its number
_GIVERS = alternation(_W.words("extract.givers"), space=r"\s+")
_GIVEN = re.compile(rf"\b(?i:{_GIVERS})\b")
_AGES = alternation([*DURATION_UNITS, *_W.words("extract.post_age_units")])
_FURNITURE_LINE = re.compile(
    rf"\s*(?:[^\w\s]\s*)?"  # an icon in front: "🎧 Listen to this article · 4 min"
    rf"(?:(?:{alternation(_W.words('extract.furniture_labels'))})\s*(?:[:|–—-]|$)"  # a label
    rf"|(?:{alternation(_W.words('extract.furniture_calls'))})\b"  # calls to action
    rf"|(?:{alternation(_W.words('extract.furniture_pictures'))})s? \d+ (?:of|/) \d+\s*$"
    # "Updated 2 hours ago", "12 hours ago | By Martin Keele": when the page was changed
    rf"|(?:(?:{alternation(TIMESTAMP_LABELS)})\s+)?\d{{1,3}}\s*(?:{_AGES})"
    rf"\s+(?:{alternation(_W.words('extract.ago'))})\s*(?:$|[|·•])"
    rf"|[^\n]*@\w+\s*[·•]\s*\d{{1,2}}\s?(?:{_AGES})\s*$)",  # "@CalderhavenPort · 3h": a post's age
    re.IGNORECASE,
)
# (whole words, and a sign too: "🍪 We and 188 partners store data on your device")
_CONSENT = re.compile(
    rf"(?<!\w)(?:{alternation(_W.words('extract.consent_words'))})(?!\w)", re.IGNORECASE
)
_CONSENT_CONTEXT = re.compile(
    rf"\b(?:{alternation(_W.words('extract.consent_context'))})\b", re.IGNORECASE
)
_TICKER_ARROWS = re.compile("[▲▼△▽]")
_BUTTONS = re.compile(r"(?:\[[^\[\]\n]{1,30}\][ \t]*){2,}$")  # "[ £25 ]  [ £50 ]  [ Other ]"
_SMALL_WORD = re.compile(r"\b[a-z]{3,}\b")  # a word of running text, in small letters
_POLL_VOTES = re.compile(
    rf"\(\s*[\d,.]+\s*(?:{alternation(_W.words('extract.poll_votes'))})\s*\)", re.IGNORECASE
)


def _page_notice(text: str, start: int, end: int) -> bool:
    """A line of the page, not the story: a cookie banner ("We and our 214 partners use
    cookies …"), a strip of market prices ("BTC $97,412 ▲2.1%   ETH $3,388 ▼0.4%", "FTSE 100
    ▲0.3%": arrows and no running words, or two arrows) or a readers' poll with its votes
    ("Should couples pay for guests' hotels?  Yes 38%  No 62%  (4,817 votes)", the question
    on this line or the one above)."""
    line = text[start:end]
    if _CONSENT.search(line) and _CONSENT_CONTEXT.search(line):
        return True
    if line.lstrip().startswith("[") and _BUTTONS.search(line):
        return True  # a row of buttons: "[ £25 ]  [ £50 ]  [ £120 ]  [ Other amount ]"
    arrows = len(_TICKER_ARROWS.findall(line))
    if arrows > 1 or (arrows and not _SMALL_WORD.search(line)):
        return True  # two arrows are never running text: "S&P 500 ▲0.4%   Pet stocks ▼1.3%"
    votes = _POLL_VOTES.search(line)
    if votes is None:
        return False
    return _asked_before(text, start) or "?" in line[: votes.start()]


def _asked_before(text: str, start: int) -> bool:
    """Whether the text before `start`, spaces and line ends aside, ends in a question mark: a
    poll's question on the line above its votes."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at > 0 and text[at - 1] == "?"


_RANK = re.compile(r"[ \t]*(\d{1,2})[ \t]+(?=[A-Z])")


def _ranked_link(
    text: str, paragraphs: list[tuple[int, int]], number: int
) -> tuple[int, int] | None:
    """The place number a line opens with under a list of links ("Most read", then "1 Tram line
    closure extended", "2 City centre parking to cost £4 an hour"): no figure."""
    start, end = paragraphs[number - 1]
    found = _RANK.match(text, start, end)
    if found is None:
        return None
    for before in range(number - 2, max(-1, number - 2 - _LIST_ITEMS_UNDER), -1):
        b_start, b_end = paragraphs[before]
        line = " ".join(text[b_start:b_end].lower().split()).strip(" :")
        if line in LINK_LABELS:
            return found.span(1)
        if not _RANK.match(text, b_start, b_end):
            return None
    return None


_LIST_ITEMS_UNDER = 10  # the links such a list shows
_WIDGET_WORDS = frozenset(_W.words("extract.widget_words")) | FURNITURE_WORDS
_WIDGET_CHARS = 100  # a line of buttons and counts is short
# "By Jane Doe, Editor | 7 Oct | 4 min": a name, then a bar within a short reach
_BYLINE = re.compile(
    rf"\s*By\s+(?:(?:{alternation(_W.words('extract.byline_owners'))})\s+)?"  # "By our Asia
    r"[A-Z][^\n|·•]{0,100}[|·•]"  # correspondent · 💬 1.9k comments"
)


def _widget_line(text: str, start: int, end: int) -> bool:
    """A line of a page's buttons and counts ("Share on X · Share on Facebook · 312 comments",
    "👍 2.3K  💬 411", "🔁 3,412 reposts") or its byline with a date and a reading time: every
    word a widget's, or "By" a name and a bar; no figure of the story is there."""
    if _BYLINE.match(text, start, end):
        return True
    if end - start > _WIDGET_CHARS:
        return False
    line = text[start:end]
    icons = pictographs(line)  # "👍 2.3K  💬 411"
    if "|" in line and not icons:  # a table's row is no widget; a bar between icons' counts
        return False  # is ("💬 1,402  |  👍 3.1k")
    words = [w.lower() for w in re.findall(r"[^\W\d_]+", line)]
    # a button's label beside its translation: "Delen / Share · 💬 88", "Teilen / Share"
    translated = {
        w.lower()
        for pair in _TRANSLATED.findall(line)
        if any(p.lower() in _WIDGET_WORDS for p in pair)
        for w in pair
    }
    return (
        (icons or any(w in _WIDGET_WORDS and len(w) > 1 for w in words))
        and all(w in _WIDGET_WORDS or w in translated or len(w) == 1 for w in words)
        and any(ch.isdigit() for ch in line)
    )


_TRANSLATED = re.compile(r"([^\W\d_]+)[ \t]*/[ \t]*([^\W\d_]+)")


_VERB = re.compile(rf"\b(?:{alternation(_W.words('extract.finite_verbs'))}|\w+ed)\b")
_COORDINATION = _W.words("extract.coordination")


def _share_coordinated_acts(out: list[Claim], first: int, text: str) -> None:
    """'under 200 and likely closer to 100, who remain': coordinated figures share one act;
    'police said 12,000 people took part; the organisers, 100,000': a gapped figure repeats
    the act of the figure before it."""
    for n in range(first + 1, len(out)):
        a, b = out[n - 1], out[n]
        if b.act or b.unit_written or not a.act or a.sentence != b.sentence or a.kind != b.kind:
            continue
        if a.act == "present":
            continue  # "3,100 of its 22,400 staff, followed by Norvany with 1,900": the part's
        rest = re.split(r"[,;:.!?]", text[b.end : b.end + 80], maxsplit=1)[0]
        if _VERB.search(rest):
            continue  # "… and nine would appear before a judge": its own verb, its own act
        whole = a.quantity
        if whole.qualifier is Qualifier.PART:
            whole = replace(whole, qualifier=Qualifier.NONE)
        if whole.stored() in (b.population, CROWD) or not b.population:
            population = CROWD if a.population == CROWD else a.population
            out[n] = replace(b, act=a.act, population=population, unit=b.unit or a.unit)
    for n in range(len(out) - 2, first - 1, -1):
        a, b = out[n], out[n + 1]
        if a.act or not b.act or a.unit_written or a.sentence != b.sentence or a.kind != b.kind:
            continue
        between = re.findall(r"[\w’']+|[^\w\s]", text[a.end : b.start])
        if (
            between
            and len(between) <= 4
            and all(w.lower() in _COORDINATION | {","} for w in between)
        ):
            subject = " ".join(w for w in (a.unit or a.population, b.subject.split()[-1]) if w)
            out[n] = replace(a, act=b.act, subject=subject)


_AMONG_WORDS = alternation(_W.words("extract.among_them"), r"\s+")
_AMONG_THEM = re.compile(rf"^[\s,;:—–-]*\b(?i:{_AMONG_WORDS})\s+$")


def _parts_among(out: list[Claim], first: int, text: str) -> None:
    """A figure right after "among them" or "including" counts some of the figure before it and
    shares what befell them: "the dead rose to 14 persons, among them four children" (killed)."""
    for n in range(first + 1, len(out)):
        a, b = out[n - 1], out[n]
        if b.act or not a.act or a.sentence != b.sentence or not a.kind == b.kind == "count":
            continue
        if _AMONG_THEM.match(text[a.end : b.start]):
            out[n] = replace(b, act=a.act)


_AGAINST_REACH = 3  # words between what sets a number against a measure and it: "a peak of"


def _words_before_a_number(words: str) -> re.Pattern[str]:
    """Text that ends with one of the data's words (`extract.<words>`) and at most
    _AGAINST_REACH more words, right before a number: "up from", "against the real"."""
    return re.compile(
        rf"\b(?i:{alternation(_W.words(f'extract.{words}'))})"
        rf"(?:\s+[^\W\d]+){{0,{_AGAINST_REACH}}}\s+$"
    )


_SET_AGAINST = _words_before_a_number("set_against")
# The words that set an amount written in full against another as its change: "up from 380"
_CHANGED_FROM = _words_before_a_number("changed_from")


def _measures_carried(out: list[Claim], first: int, text: str) -> None:
    """A bare number set against a measure of its sentence is that measure, in its unit: "81
    kilometres of oiled shore, up from 62 on Thursday", "from 1.200 to 2.100 square kilometres";
    so is one with a scale word set against an amount ("$610 million, up from 540 million");
    so is another giver's number for it ("the owner spoke of about 700 tonnes and the coastguard
    of at least 2,000"). Bare: it names nothing it counts and no act but the measure's, and is
    no other kind of number; set against: the words right before it say so
    (`extract.set_against`), with no clause between the two figures. A bare number with decimals
    needs no such words: nobody counts 46.8 things, so beside "46.3 degrees" in its sentence
    ("was overtaken on Tuesday by Alcora's 46.8") it is the measure the sentence gives, or the
    span of time ("41.2 years, up from 39.8 a decade earlier"), when the two are close."""
    for n in range(first, len(out)):
        b = out[n]
        if b.kind != "count" or b.unit_written:
            continue
        if b.population not in ("", "people"):
            continue
        then = out[n + 1] if n + 1 < len(out) else None
        if then is not None and then.kind == "measure" and _from_to(text, b, then):
            a = then  # "extended the ban from 1.200 to 2.100 square kilometres"
        elif (a := _measure_beside(out, first, n)) is not None:
            pass  # "was overtaken by Alcora's 46.8": no count has tenths
        else:
            a = out[n - 1] if n > first else None  # the figure just before, whatever it is
            if a is None or not (
                _measured(a, b)
                or _amount_beside(a, b, text)
                or _share_beside(a, b, out[n - 2] if n - 2 >= first else None)
            ):
                continue
            between = text[a.end : b.start]
            against = not re.search(r"[;:.!?]", between) and _SET_AGAINST.search(between)
            against = against or (_from_to(text, a, b) and _within(a.value, b.value))
            against = against or (_GAPPED.fullmatch(between) and _within(a.value, b.value))
            against = against or (
                _RIVAL_CLAUSE.search(between) and _within(a.value, b.value, _RIVAL_REACH)
            )
            if not against and not another_giver(between):
                continue
        if b.act not in ("", "present", a.act):
            continue  # "the zone was cut from eight kilometres to six": the act is the measure's
        rate = a.window if a.timeframe.kind is TimeKind.RATE and not b.window else b.window
        out[n] = replace(
            b, kind=a.kind, unit=a.unit, population=a.population, act=a.act, window=rate
        )


# Another giver's number for a measure, in a clause of its own (see `rival_joins`).
_RIVAL_CLAUSE = re.compile(
    rf"^[^.;:!?]*\b(?:{alternation(_W.words('extract.rival_joins'))})\b[^.;:!?]*"
    rf"\b(?:{alternation(_W.words('extract.rival_verbs'))})(?:\s+[^\W\d]+){{0,2}}\s*[\"“]?\s*$",
    re.IGNORECASE,
)
_RIVAL_REACH = 5.0  # another giver's number for a measure is within this factor of it

# A list that leaves out what each of its numbers measures after the first: "Tamerra will cut
# 320,000 barrels a day, Oruvia 260,000 and Belkara 210,000", "Labour is at 31%, the Greens at 9"
# (a few words may end the first, then each further number follows the names it belongs to).
_GAPPED_JOIN = rf"(?:{alternation(_W.words('extract.gapped_joins'))})[ \t]+"
_GAPPED_ARTICLE = rf"(?:{alternation(_W.words('extract.gapped_articles'))})[ \t]+"
_GAPPED_LINK = rf"(?:{alternation(_W.words('extract.gapped_links'))})[ \t]+"
_GAPPED = re.compile(
    rf"(?:[ \t]+[^\W\d_A-Z]+){{0,3}}(?:,[ \t]+(?:{_GAPPED_JOIN})?|[ \t]+{_GAPPED_JOIN})"
    rf"(?:{_GAPPED_ARTICLE})?(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}(?:{_GAPPED_LINK})?"
)


def _measured(a: Claim, b: Claim) -> bool:
    """Whether `a` is a measure whose unit the bare number `b` set against it takes ("81
    kilometres of oiled shore, up from 62"), or a span of time close to it ("166.4 seconds after
    lift-off, not 168", "the shift to ten hours from eight"): a span far from the number is what
    it counts by ("waited more than 12 hours, up from 29,800", "15 per cent over two years, and
    came down to 12")."""
    if a.kind == "duration" and a.unit:
        return _within(a.value, b.value, _FRACTION_REACH)
    return a.kind == "measure"


def _share_beside(a: Claim, b: Claim, before: Claim | None) -> bool:
    """Whether `b`, a bare number no larger than a whole, may be set against the percentage `a`
    before it as another share of the same: "16 per cent, up from 14", "Yes on 49 per cent, No
    on 46". Not after a count the sentence gives before the share (`before`), which the number
    may be set against as well: "38 schools had a pass rate below 50 percent, up from 29"."""
    if before is not None and before.kind == "count" and before.population:
        return False
    if a.kind != "percent" or not _within(a.value, b.value):
        return False
    return a.unit == BASIS_POINTS or (a.unit == "%" and b.value <= _WHOLE)


_WHOLE = 100.0  # per cent


def _amount_beside(a: Claim, b: Claim, text: str) -> bool:
    """Whether `b`, a bare number written with a scale word, may be set against the amount `a`
    before it as another amount of the same ("profit was $610 million, up from 540 million"),
    or one written in full after an amount written in full, when a change's words set them
    apart ("tickets cost 45 euros, up from 38", "the payment rose from 12,000 lunas to 30,000"):
    after a price, a number in full may be an age or an hour ("£230 a week from 67", "£2 an
    hour from 8 to 6")."""
    if a.kind != "money" or not _within(a.value, b.value):
        return False
    if _scale_word(b.text) is not None:
        return True
    changed = _from_to(text, a, b) or _CHANGED_FROM.search(text[a.end : b.start])
    return _scale_word(a.text) is None and bool(changed)


def _owner_named(key: QuantityKey, toks: list[Token], capitals: frozenset[str]) -> str:
    """The figure's key without its owner when the owner is only the word that opens the
    sentence, a word of the language the article never writes with a capital elsewhere: "House
    prices rose 6.8%", "Certified turnout was 61.9%", "Factory output climbed 2.6%" name no one;
    "Republican turnout" does where the article writes "the Republican candidate", and so does
    "Corvex revenue", a word no dictionary knows. '' when the owner stays."""
    first = next((t for t in toks if t.kind == "word"), None)
    if first is None or key.owner != first.text:
        return ""
    if first.low in capitals or not known_word(first.low):
        return ""
    measure = key.measure
    if measure == SHARE_PRICE and not any(t.low in _SHARE_WORDS for t in toks):
        measure = SHARE  # "Rents rose 7.9 per cent": a share, no share price of "Rents"
    return replace(key, measure=measure, owner="").stored()


def _capitals_inside(text: str) -> frozenset[str]:
    """The words (lower case) the text writes with a capital inside a sentence, not after a stop
    or at a line's start."""
    return frozenset(m.group(1).lower() for m in _CAPITAL_INSIDE.finditer(text))


_SHARE_WORDS = frozenset(_W.words("counted.share_words"))
_CAPITAL_INSIDE = re.compile(r"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][,;] ))([A-Z][^\W\d_]+)")


def _points_of_a_share(out: list[Claim], first: int, text: str) -> None:
    """Points set beside a percentage are percentage points of it: "turnout rose 6 points to
    58%", "54.2%, a lead of 9 points", "cut rates by half a point to 4.75%". Beside: the
    sentence's figure just after them or just before is a percentage, in the same clause. Not
    an index's points ("the Dow fell 812 points", "added 210 points, or 1.3%"), a score's
    ("scored 30 points", "32 points on 60% shooting", "fell 4 points to 508"), nor more than a
    share moves (words in `counted`)."""
    for n in range(first, len(out)):
        c = out[n]
        if c.kind != "count" or c.value > _POINTS_MOST:
            continue
        if (c.unit.lower().split() or [""])[0] not in _POINTS:
            continue
        after = out[n + 1] if n + 1 < len(out) else None
        before = out[n - 1] if n > first else None
        near = next(
            (
                f
                for f in (after, before)
                if f and f.kind == "percent" and f.unit == "%" and _one_clause(text, c, f)
            ),
            None,
        )
        if near is None:
            continue
        if near is after and _OR_BETWEEN.fullmatch(text, c.end, after.start):
            continue  # "added 210 points, or 1.3%": an index's move and its share
        if _INDEX.search(c.sentence) or _GAME.search(c.sentence):
            continue
        if _SCORED.search(text, max(0, c.start - 24), c.start):
            continue
        unit = PERCENTAGE_POINTS
        subject = unit + c.subject[len(c.unit) :] if c.subject.startswith(c.unit) else c.subject
        out[n] = replace(c, kind="percent", unit=unit, subject=subject, population=near.population)


def _one_clause(text: str, a: Claim, b: Claim) -> bool:
    """Whether nothing between two figures of a sentence ends a clause (";", "but", "and")."""
    between = text[min(a.end, b.end) : max(a.start, b.start)]
    return ";" not in between and not _POINTS_APART.search(between)


_POINTS = frozenset(_W.words("counted.points"))
_POINTS_MOST = 50  # a share moves by less; an index by more
_OR_BETWEEN = re.compile(rf"\s*,?\s*(?:{alternation(_W.words('counted.points_or'))})\s+")
_POINTS_APART = re.compile(rf"\b(?:{alternation(_W.words('counted.points_apart'))})\b", re.I)
_INDEX_WORDS = alternation(_W.words("counted.index_words"), space=r"\s+")
_NOT_INDEX = "".join(rf"(?<!\b{w}\s)" for w in _W.words("counted.index_not_after"))
_INDEX = re.compile(rf"(?<![\w&]){_NOT_INDEX}(?:{_INDEX_WORDS})(?![\w&])", re.IGNORECASE)
_GAME_WORDS = alternation(_W.words("counted.points_game_words"), space=r"\s+")
_GAME = re.compile(rf"\b(?:{_GAME_WORDS})\b", re.IGNORECASE)
_SCORED = re.compile(
    rf"\b(?:{alternation(_W.words('counted.points_scored_before'))})\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _measure_beside(out: list[Claim], first: int, n: int) -> Claim | None:
    """The measure or span of time of its sentence a bare number with decimals gives (see
    `_measures_carried`): the nearest before it, else after it, within a factor of the other."""
    b = out[n]
    if b.value % 1 == 0 or _scale_word(b.text):
        return None  # "46" may count people; "1.5 million" is written as counts are
    for m in (*range(n - 1, first - 1, -1), *range(n + 1, len(out))):  # the sentence's figures
        a = out[m]
        if a.kind in ("measure", "duration") and a.unit and a.unit != MULTIPLE_UNIT:
            return a if _within(a.value, b.value, _FRACTION_REACH) else None
    return None


_FRACTION_REACH = 2.0  # a bare number with decimals is the measure beside it this close to it


def _scaled_measure_carried(out: list[Claim], first: int) -> None:
    """A bare number written with a scale word, after a measure written with the same word in
    its paragraph and no other scaled figure between, is that measure: "a harvest of 19,6
    million tonnes, after 22,5 million in the May forecast", "In May it expected 22.5 million
    tonnes. In June it said 19.6 million." (as an amount's currency is kept)."""
    for n in range(first, len(out)):
        b = out[n]
        if b.kind != "count" or b.unit_written or b.population or b.act:
            continue
        scale = _scale_word(b.text)
        then = (re.findall(r"[^\W\d_]+", b.context_after.lower()[:30]) or [""])[0]
        if not scale or _a_doer_s(then) or then.endswith("ed"):
            continue  # "About 1.2 million watched": a doer, not an amount of the measure
        for m in range(n - 1, -1, -1):
            a = out[m]
            if a.paragraph != b.paragraph:
                break
            if _scale_word(a.text) is None:
                continue
            if a.kind == "measure" and _scale_word(a.text) == scale:
                out[n] = replace(b, kind="measure", unit=a.unit, population=a.population)
            break  # the nearest scaled figure before decides


def _scale_word(text: str) -> str | None:
    """The scale word a figure is written with ("19.6 million tonnes" → "million"), if any."""
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        if word in SCALE_WORDS and word != "hundred":
            return word
    return None


def _start_named_by_end(out: list[Claim], first: int, text: str) -> None:
    """A change's start that names nothing counts what its end names: "January rose from
    96,000 to 108,000 jobs" (jobs, as the end; the end of "from 12 people to 15" is read as
    any elided noun is)."""
    for n in range(first, len(out) - 1):
        start, end = out[n], out[n + 1]
        if start.kind != "count" or end.kind != "count" or start.unit_written or start.population:
            continue
        if not (end.unit_written and end.population and _within(start.value, end.value)):
            continue
        if _from_to(text, start, end):
            out[n] = replace(
                start, population=end.population, unit=end.unit, act=start.act or end.act
            )


def _from_to(text: str, a: Claim, b: Claim) -> bool:
    """Whether two figures are the ends of one change: "from 1.200 to 2.100"."""
    before = text[max(0, a.start - _FROM_REACH) : a.start].rstrip().lower()
    return text[a.end : b.start].strip() == "to" and before.endswith(" from")


_FROM_REACH = 8  # characters before a change's start that may hold its "from"


_RANKED = re.compile(rf"\b(?:{alternation(_W.words('extract.ranked'))})\s+$", re.IGNORECASE)


def _ranked(text: str, figure: Claim) -> bool:
    """Whether a figure is a place in a ranking: "ranked 18 of 38 countries", "finished 12 of
    40 runners"."""
    return bool(_RANKED.search(text, max(0, figure.start - _RANKED_REACH), figure.start))


_RANKED_REACH = 16  # characters before a place that may hold its ranking verb: "finished "


def _part_named_by_whole(out: list[Claim], first: int, text: str) -> None:
    """A number that names nothing itself, right before "of (the)" and another number, counts a
    part of what that one counts: "will cut 640 of the 2,300 jobs at its plant" (a part of the
    jobs), "2,900 of its 24,500 staff", "carried 41 of 43 constituencies", "reached 16 of the 24
    floors" (not the people named before). As a part, not as the noun alone: "21,300 of the
    143,900 candidates" resat the exam, and given as candidates it met another outlet's 18,450
    candidates of one region."""
    for n in range(first, len(out) - 1):
        part, whole = out[n], out[n + 1]
        if part.kind != "count" or whole.kind != "count" or part.unit_written:
            continue
        named = whole.unit_written and whole.population and part.value <= whole.value
        if named and _of_the_whole(text, part, whole) and not _ranked(text, part):
            key = replace(QuantityKey.read(whole.population), qualifier=Qualifier.PART)
            out[n] = replace(part, population=key.stored(), unit=whole.unit)


def _of_the_whole(text: str, part: Claim, whole: Claim) -> bool:
    """Whether only "of the" stands between a part and its whole: "640 of the 2,300 jobs", "41
    out of 43"; not a whole someone owns ("412,500 of TVP&L's 2.3 million customers" are
    the customers cut off, a count of their own)."""
    found = OF_A_WHOLE.fullmatch(text, part.end, whole.start)
    if found is None or found["owner"]:
        return False
    return not found["det"] or found["det"].strip().lower() in _PART_OF


_PART_OF = _W.words("counted.part_of")


def _part_of_first(n: int, toks: list[Token], here: list[Claim]) -> tuple[str, str] | None:
    """What a bare number counts when the sentence opens on the whole it is part of: "Of the
    four villages cut off on Saturday, two remain isolated" (villages), "Of the 40 miners, three
    were rescued" (miners)."""
    if len(toks) < 3 or toks[0].low != "of" or toks[1].low != "the" or not here:
        return None
    whole = here[0]
    if whole.start != toks[2].start or whole.kind != "count" or len(here) > 1:
        return None
    if not any(t.text == "," for t in toks[3:n]) or not whole.population:
        return None
    return _counted_as(whole)  # not as a part: other outlets give the part bare


def _whole_of_before(n: int, toks: list[Token], here: list[Claim]) -> tuple[str, str] | None:
    """What a bare whole counts when it follows a part of it in its sentence: "has taken in 640
    birds since Wednesday, of the more than 2,300 found along the coast" (birds)."""
    if n < 2 or toks[n - 1].low != "the" or toks[n - 2].low != "of" or not here:
        return None
    part = here[-1]
    if part.kind != "count" or not part.unit_written or not part.population:
        return None
    return _counted_as(part)


def _counted_as(claim: Claim) -> tuple[str, str]:
    """What another figure counts, without its qualifier (part, other), and its noun."""
    key = QuantityKey.read(claim.population)
    return replace(key, qualifier=Qualifier.NONE).stored(), claim.unit


def _named(speaker: str, text: str, end: int) -> str:
    """'the secretary of state said' → the person the article named with that title before
    ('Antony Blinken, the US secretary of state'); else the title as written."""
    if not speaker.lower().startswith("the "):
        return speaker
    title = speaker[4:]
    name = r"([A-Z][\w.’'-]+(?: [A-Z][\w.’'-]+)+)"
    pattern = rf"{name},\s+(?i:the\s+)?(?:[\w.]+\s+)?(?i:{re.escape(title)})\b"
    found = re.compile(pattern).findall(text, max(0, end - _NAMED_REACH), end)
    return found[-1] if found else "the " + title


def _complete_from(pending: list[int], toks: list[Token], out: list[Claim]) -> None:
    """Figures the sentence before left bare take what the next sentence of their line counts."""
    mentions = population_mentions(toks)
    act = next((ACT_OF[t.low] for t in toks if t.low in ACT_OF and ACT_OF[t.low] in HUMAN_ACTS), "")
    population, act = _settled(mentions[0][1] if mentions else "", act)
    if not population:
        return
    for n in pending:
        out[n] = replace(out[n], population=population, act=act)


def _mask(tok: Token, masks: list[tuple[int, int]], starts: list[int]) -> Token:
    n = bisect_right(starts, tok.start) - 1
    if n >= 0 and masks[n][0] <= tok.start < masks[n][1]:
        return token(tok.start, tok.end, "§", "sym")
    return tok


def _elided(
    first: int,
    act: str,
    mentions: list[tuple[int, str, str]],
    history: list[tuple[int, int, str, str]],
    s: Sentence,
    earlier: list[Claim],
    toks: list[Token],
) -> tuple[str, str]:
    """The counted noun a sentence leaves out ('the remaining 1,500'), from the words before;
    never the doer of a passive ('the number of people seen by the ship's doctors is 574')."""
    if act in THING_ACTS:  # "1,140 were damaged": buildings, whoever was named before
        for c in _recent(earlier):
            if c.paragraph < s.paragraph - 1:
                break
            if c.act == act and c.kind == "count" and (c.population):
                return c.population, c.unit
        return THING_ACTS[act], ""
    before = [
        (key, word)
        for n, key, word in mentions
        if n < first
        and not _doer(toks, n)
        and not (act in _BEFALLING and _says(toks, n))
        and not _kin_of_figure(toks, n, first)
        and not _did_to_figure(toks, n, first)
    ]
    if before:
        return before[-1]
    for p, i, key, word in reversed(history):
        if p != s.paragraph or s.index - i > 2:
            break
        return key, word
    for c in _recent(earlier):
        if c.paragraph != s.paragraph:
            break
        if c.kind == "count" and c.population in PERSON_POPULATIONS:
            return c.population, c.unit
    if act in HUMAN_ACTS:
        return "people", ""
    return "", ""


_BEFALLING = _W.words("extract.befalling")
_SAYING = frozenset(_W.sequence("anchors.say"))


def _did_to_figure(toks: list[Token], n: int, first: int) -> bool:
    """Whether the noun at n did something to the figure right after its verb: "Firefighters
    evacuated 300", "Nurses treated 40", "Rescuers pulled 3 alive" (not "Marchers numbered about
    5,000", "Teachers said 71,000")."""
    if first != n + 2 or toks[n + 1].kind != "word":
        return False
    verb = toks[n + 1].low
    if verb in _SAYING or verb in _COUNTING_VERBS:
        return False
    return verb.endswith("ed") or verb in _PAST_VERBS


_COUNTING_VERBS = _W.words("extract.counting_verbs")
_PAST_VERBS = _W.words("extract.past_verbs")


def _kin_of_figure(toks: list[Token], n: int, first: int) -> bool:
    """Whether the noun at n is of the figure's people, not them: "Families of the 49 slain"."""
    return n + 1 < first <= n + 3 and toks[n + 1].low == "of"


def _says(toks: list[Token], n: int) -> bool:
    """Whether the noun at n is who says something: 'rescuers said', 'doctors say'."""
    return n + 1 < len(toks) and toks[n + 1].low in _SAYING


_DOER_REACH = 3  # words between "by" and the noun of who did it: "by the ship's doctors"


def _doer(toks: list[Token], n: int) -> bool:
    """Whether the noun at n names who did something ("seen by the ship's doctors"), not a
    number of them ("joined by thousands of protesters"), nor the subject after a clause that
    ends in "by" ("Hit by floods, families fled")."""
    for m in range(n - 1, max(-1, n - 1 - _DOER_REACH), -1):
        if toks[m].kind == "num" or toks[m].low in WORD_NUMBERS or toks[m].low in VAGUE_PLURALS:
            return False
        if toks[m].kind == "sym" and toks[m].text not in _APOSTROPHES:
            return False  # a comma or a dash: the clause with "by" has ended
        if toks[m].low == "by":
            return True
    return False


_APOSTROPHES = frozenset({"'", "’"})


def _act_told_before(population: str, s: Sentence, earlier: list[Claim]) -> str:
    """The act of the count just before, when it counts what a figure leaves unnamed: "The IODP
    counts 34,700 people who have crossed. The ministry speaks of 38,000." – the 38,000 crossed
    too. Only within the paragraph or the one before."""
    for c in _recent(earlier):
        if c.paragraph < s.paragraph - 1:
            break
        if c.kind == "count":  # the nearest count only: another noun between breaks the thread
            same = c.population == population and c.act != "present"
            return c.act if same else ""  # a standing count ("of its 24,500 staff") gives none
    return ""


def _named_before_in(s: Sentence, earlier: list[Claim]) -> tuple[str, str]:
    """What the nearest figure before in the sentence counts, when it names it: the whole a part
    ("58 of them") is of."""
    for c in _recent(earlier):
        if c.start < s.start:
            break
        if c.kind == "count" and c.unit_written and c.population:
            key = QuantityKey.read(c.population)
            return (key.measure, c.unit) if key.qualifier is Qualifier.NONE else ("", "")
    return "", ""


def _recent(earlier: list[Claim]) -> list[Claim]:
    """The figures just before, nearest first: look-backs stay bounded on a figure-dense text."""
    return earlier[: -_LOOK_BACK - 1 : -1]


_LOOK_BACK = 64  # figures
_NAMED_REACH = 20_000  # characters back to the sentence that named a title's holder


class _QuotedSpeech:
    """The quotes of one paragraph and, read once, who speaks them."""

    def __init__(self, quotes: list[tuple[int, int]], text: str, p_start: int, p_end: int) -> None:
        self.quotes = sorted(quotes)
        self._starts = [a for a, _ in self.quotes]
        self._text, self._span = text, (p_start, p_end)
        self._speakers: dict[str, str] = {}

    def holds(self, offset: int) -> bool:
        n = bisect_right(self._starts, offset) - 1
        return n >= 0 and self.quotes[n][0] <= offset < self.quotes[n][1]

    def speaker(self, last: str) -> str:
        """The attribution outside the quotes ('… ,” he said'), or the last speaker."""
        if last not in self._speakers:
            p_start, p_end = self._span
            pieces, at = [], p_start
            for a, b in self.quotes:
                pieces.append(self._text[at:a])
                pieces.append(" " * (b - a))
                at = b
            pieces.append(self._text[at:p_end])
            self._speakers[last] = speaker_in("".join(pieces), last) or last
        return self._speakers[last]


def _speaker(start: int, quotes: _QuotedSpeech, here: str, last: str) -> str:
    """Who the figure is attributed to: the sentence's attribution, or a quote's speaker."""
    if not quotes.holds(start) or here:
        return here
    return quotes.speaker(last)
