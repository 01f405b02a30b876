"""What tells apart groups that linking names alike: a story's harvest forecast, its exports and
its yields all count "Tonnes", and a list of three "Tonnes" tells a reader nothing. Each such
group is told by a word its figures' own sentences put beside them and the other groups' do not
("Tonnes — forecast", "Tonnes — export")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from functools import cache

from desktop.claims.lexicon import CURRENCY_WORDS, DURATION_UNITS, MEASURE_UNITS, MONTHS, WEEKDAYS
from desktop.claims.numbers import WORD_NUMBERS
from desktop.claims.vocabulary import ACT_OF
from desktop.claims.words import never_a_noun
from desktop.linking.evidence import english_words, lemma, words_around
from desktop.linking.grouping import said_order
from desktop.model import Claim, GroupRow

# A telling word stands beside at least this share of its group's figures, and beside at most
# OTHERS_AT_MOST of any other group's of the same name.
_OWN_AT_LEAST = 0.5
_OTHERS_AT_MOST = 0.25
_LETTERS = re.compile(r"[^\W\d_]{3,}")


def telling_words(groups: Sequence[Sequence[Claim]], names: Sequence[str]) -> list[str]:
    """For each group (its figures) and its name, the word that tells it from the others of the
    same name, or '' (a name no other group has, or no word its figures share that the others
    lack). The word is one of the words around its figures, never one of the name's own,
    a figure's own words ("million", its unit), a month or a weekday."""
    told = [""] * len(groups)
    same: dict[str, list[int]] = {}
    # the groups of a name in the order their figures' words put them in, never the order they
    # were made in: which of two takes a word on a tie is the same whatever order articles came
    order = sorted(range(len(groups)), key=lambda n: min(map(said_order, groups[n]), default=()))
    rank = {n: r for r, n in enumerate(order)}
    for n in order:
        same.setdefault(names[n].casefold(), []).append(n)
    for alike in same.values():
        if len(alike) < 2:
            continue
        shares = {n: _shares(groups[n], names[n]) for n in alike}
        # each word's two largest shares among the groups: the largest of the others' is the
        # first, or the second for the group that holds the first
        top: dict[str, list[tuple[float, int]]] = {}
        for n in alike:
            for word, (share, _) in shares[n].items():
                best = top.setdefault(word, [])
                best.append((share, n))
                if len(best) > 2:
                    best.sort(key=lambda held: (-held[0], rank[held[1]]))
                    best.pop()
        for n in alike:
            told[n] = _telling(shares[n], top, n, _OWN_AT_LEAST, others_at_most=_OTHERS_AT_MOST)
        # a group no word tells apart so clearly takes the word that tells it apart most, when
        # that is clear enough and no other group of the name took it: of four "Barrels, per
        # day", the real cut's estimates "— reduction", the group's production "— output"
        taken = {told[n].casefold() for n in alike if told[n]}
        for n in alike:
            if not told[n]:
                told[n] = _telling(shares[n], top, n, _OWN_AT_LEAST_STILL, _MARGIN, taken)
                if told[n]:
                    taken.add(told[n].casefold())
    return told


# …and a group no word tells apart so: a word beside this share of its figures, beside this much
# more of them than of any other group's of the name
_OWN_AT_LEAST_STILL = 0.4
_MARGIN = 0.25


def _telling(
    shares: Mapping[str, tuple[float, str]],
    top: Mapping[str, list[tuple[float, int]]],
    n: int,
    own_at_least: float,
    margin: float = 0.0,
    taken: Collection[str] = (),
    others_at_most: float | None = None,
) -> str:
    """The word that tells group `n` apart from the others of its name: beside at least
    `own_at_least` of its figures and at most `others_at_most` of any other's (or, without it,
    at least `margin` less than of its own), not one of `taken`; the widest margin first, then
    a word that names something ("cap", not "ran"), then the most figures. '' when none is."""
    found = []
    for word, (share, written) in shares.items():
        others = max((s for s, m in top[word] if m != n), default=0.0)
        most = share - margin if others_at_most is None else others_at_most
        if share >= own_at_least and others <= most and written.casefold() not in taken:
            found.append((others - share, never_a_noun(word), -share, written))
    return min(found)[-1] if found else ""


def labelled_apart(
    rows: Sequence[GroupRow],
    claims: Mapping[int | None, Claim],
    names: Collection[str] | None = None,
) -> list[GroupRow]:
    """The rows, each labelled by its name and, when another group has the same name, the word
    that tells it apart ("Tonnes — exported"). A name the user gave stays as given (and tells
    the groups linking named so apart from it). With `names`, only the rows of those names are
    labelled again (an edit touched them); the others keep their labels."""
    given = [r.name or r.label for r in rows]
    wanted = None if names is None else {n.casefold() for n in names}
    todo = [n for n, name in enumerate(given) if wanted is None or name.casefold() in wanted]
    figures = [[claims[i] for i in rows[n].claims if i in claims] for n in todo]
    words = telling_words(figures, [given[n] for n in todo])
    out = list(rows)
    for n, word in zip(todo, words, strict=True):
        word = "" if rows[n].named_by_user else word
        out[n] = replace(rows[n], label=f"{given[n]} — {word}" if word else given[n], word=word)
    return out


def _shares(claims: Sequence[Claim], name: str) -> dict[str, tuple[float, str]]:
    """Each word around the figures (in lower case), the share of the figures it stands beside,
    and the word as shown: in lower case, unless it is a name (a capital wherever it stands)."""
    named = {lemma(w) for w in _LETTERS.findall(name)}
    never = _never_telling()
    acts = Counter(c.act for c in claims if c.act)
    act = min(acts, key=lambda a: (-acts[a], a)) if acts else ""  # a tie: never the first seen
    counts: Counter[str] = Counter()
    written: dict[str, set[str]] = {}
    for c in claims:
        own = named | {lemma(w) for w in _LETTERS.findall(c.text)}
        near = {w for w in words_around(c) if _LETTERS.fullmatch(w)}
        for w in near:
            written.setdefault(w.lower(), set()).add(w)
        counts.update(
            w
            for w in {w.lower() for w in near}
            if w not in never
            and lemma(w) not in own
            and not (act and ACT_OF.get(w, act) != act)  # "14 dead and 21 injured": another's
        )
    return {w: (k / len(claims), _as_written(w, written[w])) for w, k in counts.items()}


@cache
def _never_telling() -> frozenset[str]:
    """Words that never tell a group apart: the calendar's, numbers, units and currencies (the
    other figures' of the sentence: "at 2,000 metres"), and those of `not_telling`."""
    units = (*MEASURE_UNITS, *DURATION_UNITS, *CURRENCY_WORDS)
    return frozenset((*MONTHS, *WEEKDAYS, *WORD_NUMBERS, *units, *english_words()["not_telling"]))


def _as_written(word: str, forms: set[str]) -> str:
    """A name as written ("Velgrad"), any other word in lower case ("exports", not "EXPORTS")."""
    names = {f for f in forms if f[:1].isupper() and not f.isupper()}
    return next(iter(names)) if names == forms and len(names) == 1 else word
