"""The English word lists of the statement engine, read once from words_en.toml: speech verbs,
pronouns, role nouns, titles, negations and number words. The lists live in the data file so that
a language is a file, not code."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["Words", "english", "tokens", "TOKEN"]

# A word: letters and digits with inner apostrophes, hyphens, dots and commas of numbers.
TOKEN = re.compile(r"[^\W_](?:[\w'’\-]|[.,](?=\d))*")


@dataclass(frozen=True)
class Words:
    speech_verbs: frozenset[str]
    introducers: tuple[str, ...]
    not_speech_before: tuple[str, ...]
    pronouns: frozenset[str]
    role_nouns: frozenset[str]
    body_nouns: frozenset[str]
    said_nouns: frozenset[str]
    said_noun_openers: frozenset[str]
    titles: frozenset[str]
    name_particles: frozenset[str]
    never_names: frozenset[str]
    negations: frozenset[str]
    numbers: dict[str, float]
    stopwords: frozenset[str]
    body_pronouns: frozenset[str]
    indefinite: frozenset[str]
    definite: frozenset[str]
    role_tails: frozenset[str]
    clause_breaks: frozenset[str]
    relatives: frozenset[str]
    relative_prepositions: frozenset[str]
    honorifics: frozenset[str]
    listener_before: frozenset[str]
    before_verb: frozenset[str]
    issue_verbs: frozenset[str]
    copulas: frozenset[str]
    place_prepositions: frozenset[str]
    place_only_prepositions: frozenset[str]  # "in", "from": before a place, never a person
    compass_words: frozenset[str]  # "northern", "rural": between such a word and its place
    spokes_roles: frozenset[str]
    generic_bodies: frozenset[str]
    self_named_bodies: frozenset[str]
    affiliation: frozenset[str]
    generic_speaker_words: frozenset[str]
    abbreviations: tuple[str, ...]
    stem_suffixes: tuple[str, ...]
    descriptive_joiners: tuple[str, ...]
    not_figures: frozenset[str]
    male: frozenset[str]
    female: frozenset[str]
    object_pronouns: frozenset[str]
    object_before: frozenset[str]
    possessive_pronouns: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    transcript_questions: frozenset[str]
    transcript_answers: frozenset[str]
    transcript_hosts: frozenset[str]
    interview_verbs: frozenset[str]
    embedding: frozenset[str]
    demonyms: frozenset[str]  # "Dutch", "Polish": a people's adjective, never a speaker's name
    byline_openers: frozenset[str]  # "By": a line that names the writer, who says nothing
    bodies_named_otherwise: frozenset[str]  # "the club": a body whose name seldom holds it
    possessives: frozenset[str]  # "her", "his": before a relation ("Her husband Jürgen")
    relations: frozenset[str]  # "husband", "lawyer": a person named by whom they belong to
    read_verbs: frozenset[str]  # "read": someone reads out another's statement
    read_nouns: frozenset[str]  # "statement": what is read out for others
    read_for: tuple[str, ...]  # "on behalf of", "for", "from": whose the statement read is
    read_for_ends: frozenset[str]  # "outside": where whose it is ends ("… the family outside")
    group_quantifiers: frozenset[str]  # "all", "three": words before a group that say no name
    role_titles: dict[str, frozenset[str]]  # "judge": the titles a judge is named with ("Justice")

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other


@cache
def english() -> Words:
    """The English lists (words_en.toml beside this module)."""
    data = tomllib.loads((Path(__file__).with_name("words_en.toml")).read_text(encoding="utf-8"))
    return Words(
        speech_verbs=frozenset(data["speech_verbs"]),
        introducers=tuple(data["introducers"]),
        not_speech_before=tuple(data["not_speech_before"]),
        pronouns=frozenset(data["pronouns"]),
        role_nouns=frozenset(data["role_nouns"]),
        body_nouns=frozenset(data["body_nouns"]),
        said_nouns=frozenset(data["said_nouns"]),
        said_noun_openers=frozenset(data["said_noun_openers"]),
        titles=frozenset(data["titles"]),
        name_particles=frozenset(data["name_particles"]),
        never_names=frozenset(data["never_names"]),
        negations=frozenset(data["negations"]),
        numbers={k: float(v) for k, v in data["numbers"].items()},
        stopwords=frozenset(data["weights"]["stopwords"]),
        abbreviations=tuple(data["abbreviations"]),
        stem_suffixes=tuple(data["stem_suffixes"]),
        descriptive_joiners=tuple(data["descriptive_joiners"]),
        object_pronouns=frozenset(data["gender"]["object"]),
        object_before=frozenset(data["gender"]["object_before"]),
        possessive_pronouns=frozenset(data["gender"]["possessive"]),
        role_titles={k: frozenset(v) for k, v in data["role_titles"].items()},
        read_for=tuple(data["read_for"]),
        **{
            key: frozenset(data[key])
            for key in (
                "body_pronouns",
                "indefinite",
                "definite",
                "role_tails",
                "clause_breaks",
                "relatives",
                "relative_prepositions",
                "honorifics",
                "listener_before",
                "before_verb",
                "issue_verbs",
                "copulas",
                "place_prepositions",
                "place_only_prepositions",
                "compass_words",
                "spokes_roles",
                "generic_bodies",
                "self_named_bodies",
                "affiliation",
                "generic_speaker_words",
                "not_figures",
                "transcript_questions",
                "transcript_answers",
                "transcript_hosts",
                "interview_verbs",
                "embedding",
                "byline_openers",
                "demonyms",
                "read_verbs",
                "possessives",
                "relations",
                "bodies_named_otherwise",
                "read_nouns",
                "group_quantifiers",
                "read_for_ends",
            )
        },
        **{
            key: frozenset(data["gender"][key])
            for key in ("male", "female", "male_titles", "female_titles")
        },
    )


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The words of text[start:end] with their offsets into text."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]
