"""The English of the figure finder, read once from `words_en.toml` beside this module.

Owns reading and checking the data file and handing it out as frozen values: sets of words,
synonym classes (word → class), word → value tables and phrases as word tuples, plus the lemmas of
nouns (from lemminflect). Which list a rule reads, and what it does with it, stays with the rule's
module; `lexicon.py` and `vocabulary.py` keep the shared lists under their public names.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from lemminflect import getAllLemmas, getInflection, getLemma

__all__ = [
    "Words",
    "WordsError",
    "alternation",
    "comparative",
    "english",
    "load",
    "never_a_noun",
    "noun_lemma",
    "only_as",
    "verb_form",
]

_FILE = "words_en.toml"


class WordsError(ValueError):
    """The data file lacks a list the code reads, or holds one of the wrong shape."""


@dataclass(frozen=True)
class Words:
    """One language's word lists; each accessor takes a dotted path into the data file."""

    data: Mapping[str, Any]
    source: str

    def _get(self, path: str) -> Any:
        node: Any = self.data
        for part in path.split("."):
            if not isinstance(node, Mapping) or part not in node:
                raise WordsError(f"{self.source}: no list {path!r}")
            node = node[part]
        return node

    def _strings(self, path: str, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise WordsError(f"{self.source}: {path!r} is not a list of words")
        return tuple(value)

    def _table(self, path: str) -> Mapping[str, Any]:
        table = self._get(path)
        if not isinstance(table, Mapping):
            raise WordsError(f"{self.source}: {path!r} is not a table")
        return table

    def words(self, path: str) -> frozenset[str]:
        """A list of words, as a set."""
        return frozenset(self._strings(path, self._get(path)))

    def sequence(self, path: str) -> tuple[str, ...]:
        """A list of words in the order the file gives them."""
        return self._strings(path, self._get(path))

    def phrases(self, path: str) -> frozenset[tuple[str, ...]]:
        """A list of phrases, each as its words: 'per cent' → ('per', 'cent')."""
        return frozenset(tuple(p.split()) for p in self._strings(path, self._get(path)))

    def text(self, path: str) -> str:
        value = self._get(path)
        if not isinstance(value, str):
            raise WordsError(f"{self.source}: {path!r} is not a word")
        return value

    def values(self, path: str) -> MappingProxyType[str, Any]:
        """A table of word → number or label."""
        table = self._table(path)
        if not all(isinstance(v, (str, int, float)) for v in table.values()):
            raise WordsError(f"{self.source}: {path!r} is not a table of values")
        return MappingProxyType(dict(table))

    def groups(self, path: str) -> MappingProxyType[str, tuple[str, ...]]:
        """A table of class → its words, in file order."""
        table = self._table(path)
        return MappingProxyType({k: self._strings(f"{path}.{k}", v) for k, v in table.items()})

    def classes(self, path: str) -> MappingProxyType[str, str]:
        """A table of class → words, turned round: each word → its class (a word in one class)."""
        out: dict[str, str] = {}
        for name, members in self.groups(path).items():
            for word in members:
                if word in out:
                    raise WordsError(f"{self.source}: {word!r} is in two lists of {path!r}")
                out[word] = name
        return MappingProxyType(out)

    def phrase_classes(self, path: str) -> MappingProxyType[tuple[str, ...], str]:
        """As `classes`, with each phrase as its words: 'left behind' → ('left', 'behind')."""
        return MappingProxyType({tuple(p.split()): c for p, c in self.classes(path).items()})


def load(path: Path | None = None) -> Words:
    """The word lists of a data file; by default the package's own `words_en.toml`."""
    if path is None:
        text = resources.files("desktop.claims").joinpath(_FILE).read_text(encoding="utf-8")
        source = _FILE
    else:
        text, source = path.read_text(encoding="utf-8"), str(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as problem:
        raise WordsError(f"{source}: {problem}") from problem
    return Words(MappingProxyType(data), source)


@cache
def english() -> Words:
    """The package's English lists, read once."""
    return load()


def alternation(words: Iterable[str], space: str = " ") -> str:
    """'September|Sept|Sep|…': words for a regular expression, longest first so the whole word
    wins; the space between the words of a phrase becomes `space` (a pattern, e.g. r"\\s+")."""
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)


@lru_cache(maxsize=65536)
def noun_lemma(word: str) -> str:
    """The dictionary form of a lower-case noun: 'kindergartners' → 'kindergartner'; a word
    listed under lemmas.exceptions keeps the form given there."""
    exception = _EXCEPTIONS.get(word)
    if exception is not None:
        return exception
    stem, hyphen, last = word.rpartition("-")  # "passport-holders": the last word inflects
    found = getLemma(last, upos="NOUN") if last.isalpha() else ()
    return stem + hyphen + found[0] if found else word


@lru_cache(maxsize=20_000)
def never_a_noun(word: str) -> bool:
    """Whether the dictionary knows a lower-case word only as another part of speech: 'depend',
    'instead', 'below', 'higher' (never what a number counts); a word it does not know (a name,
    'teu') may be a noun, and so may one ending in "s", which the dictionary may know only as a
    verb ('acts', 'lets')."""
    readings = _readings(word)
    return bool(readings) and "NOUN" not in readings


@lru_cache(maxsize=20_000)
def may_be_noun(word: str) -> bool:
    """Whether the dictionary knows a lower-case word as a noun, or as a plural of one ('rates');
    a word it does not know, or knows only as another part of speech ('of', 'was', 'lost'), is
    none."""
    return "NOUN" in (_readings(word) or _readings(noun_lemma(word)))


def may_be_plural(word: str) -> bool:
    """Whether the dictionary may read a word as a plural noun ('stores', 'riders'), one whose
    lemma is another word."""
    return may_be_noun(word) and noun_lemma(word) != word


def may_be_adjective(word: str) -> bool:
    """Whether the dictionary knows a lower-case word as an adjective ('new', 'average', 'bad')."""
    return "ADJ" in _readings(word)


def comparative(word: str) -> bool:
    """Whether the dictionary knows a lower-case word as an inflected adjective, compared
    ('bigger', 'deadlier', 'worse', 'lower', 'fewest'): one it reads back to another
    adjective."""
    return any(lemma != word for lemma in _readings(word).get("ADJ", ()))


def only_as(word: str) -> str:
    """The one part of speech the dictionary knows a lower-case word as, when it knows one only
    and the word is no plural ('ADV' for 'instead', 'VERB' for 'sit'; '' for 'cut', 'acts')."""
    readings = _readings(word)
    return next(iter(readings)) if len(readings) == 1 else ""


@lru_cache(maxsize=20_000)
def inflected_verb(word: str) -> bool:
    """Whether a lower-case word is a verb's inflected form that the dictionary knows as no
    noun ('creating', 'adds', 'raised'), or one news headlines use as a verb although it is
    also a noun's plural ('takes', 'kills', 'cuts'; `words_en.toml`, lemmas.headline_verbs):
    'windows', a noun's plural the dictionary also knows as a verb, is none."""
    if not word.isalpha():
        return False
    readings = getAllLemmas(word)
    inflected = any(lemma != word for lemma in readings.get("VERB", ()))
    return inflected and ("NOUN" not in readings or word in _HEADLINE_VERBS)


def headline_verb(word: str) -> bool:
    """Whether a lower-case word is a verb a headline in title case puts before a number: an
    inflected verb (`inflected_verb`) or one of the verbs news headlines use in their plain form
    (`words_en.toml`, lemmas.headline_verb_bases: "To Cut 400 Jobs")."""
    return word in _HEADLINE_BASES or inflected_verb(word)


@lru_cache(maxsize=20_000)
def plain_verb(word: str) -> bool:
    """Whether a lower-case word may be a verb in its plain form after a plural subject ('start',
    'go', 'say'); a noun's plural ('games', 'days') is none."""
    return (
        word.isalpha()
        and word.islower()
        and not word.endswith("s")
        and (word in getAllLemmas(word).get("VERB", ()))
    )


@lru_cache(maxsize=20_000)
def verb_form(word: str, tag: str) -> bool:
    """Whether a lower-case word is a verb's form of the given Penn tag: 'swept', 'thatched' as
    past participles ("VBN"), 'climbing' as a present one ("VBG")."""
    if not word.isalpha():
        return False
    lemmas = getAllLemmas(word).get("VERB", ())
    return any(word in getInflection(lemma, tag) for lemma in lemmas)


def dictionary_noun(word: str) -> bool:
    """Whether the dictionary knows a lower-case word as a noun ('jets', 'moons'); a name it does
    not know ('dreamliners') is none."""
    return word.isalpha() and "NOUN" in getAllLemmas(word)


def known_word(word: str) -> bool:
    """Whether the dictionary knows a lower-case word at all ('dead', 'drown'; not 'boeing')."""
    return word.isalpha() and bool(getAllLemmas(word))


def _readings(word: str) -> Mapping[str, tuple[str, ...]]:
    return getAllLemmas(word) if word.isalpha() and not word.endswith("s") else {}


_EXCEPTIONS = english().values("lemmas.exceptions")
_HEADLINE_VERBS = english().words("lemmas.headline_verbs")
_HEADLINE_BASES = english().words("lemmas.headline_verb_bases")
