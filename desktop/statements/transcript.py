"""Answers in an interview's transcript. No quote marks say that "A: Results changed." or
"Aaltink: Two names that were never available." are somebody's words; the labels that open the
paragraphs do. A transcript is a run of paragraphs each opened by a short label and a colon ("Q:",
"A:", "De Wit:", "Joanna Reyes, Kelland Herald:", "Helena Voss:"), in which one label asks (its
turns end with a question mark, or it is a questioner's label such as "Q") and another answers,
twice at least. An answer is a statement of the person its label names (a surname read as the
article's full name), or for "A:" of the person the paragraphs before the transcript name; a
paragraph without a label between two turns carries on the answer before it. A list of labelled
facts ("Dead: 11", "Wages: £350K a week") asks nothing and is no transcript. Linear in the length
of the text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.statements.names import FAR, Names
from desktop.statements.words import Words

__all__ = ["Answer", "answers"]

# a label: "Q", "Aaltink", "De Wit", "Helena Voss", "Joanna Reyes, Kelland Herald" (an outlet
# after a comma), then a colon and the turn's words on the same line
_LABEL = re.compile(
    r"(?:(?P<office>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]{1,3})){1,6})[ \t]+"
    r"\((?P<held>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3})\):[ \t]+(?=\S)|"
    r"(?P<label>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]{1,3}))?"
    r"(?:[ \t]+[A-Z][\w'’.-]*){0,2})"
    r"(?:[ \t]+\((?P<who>[^()\n]{1,60})\))?"  # a broadcast's "VOTER (DEV PATANKAR, HARLAND)"
    r"(?:,[ \t]+[^:\n,]{1,40})?:[ \t]+(?=\S))"
)
_VOCATIVE = re.compile(r"([A-Z][a-z]+),\s")  # "Q: Dominic, do you know yet how this started?"
_HOST_SHARE = 3  # in a broadcast, a label that asks one turn in this many is a host's
_QUOTE_MARKS = frozenset('"“”‘’«»„')
_MAX_CARRIED = 2  # unlabelled paragraphs between two turns that may carry on the first
_MIN_ANSWERS = 2  # answers a transcript gives at least
_MIN_WORDS = 4  # words a paragraph carrying on an answer has at least


@dataclass(frozen=True)
class Answer:
    pieces: tuple[tuple[int, int], ...]  # the answer's words, a piece per paragraph
    speaker: str
    label: str = ""  # the name that labels the answer, as written ("Achterberg:"); "" for "A:"


@dataclass
class _Turn:
    label: str  # as written, lower case
    pieces: list[tuple[int, int]] = field(default_factory=list)
    asks: bool = False
    written: str = ""  # the label as written: "DUNLEAVY", "Aaltink"
    host: bool = False  # its brackets say it runs the session: "(HEAD OF PRESS)"


def answers(text: str, names: Names, words: Words) -> list[Answer]:
    """The answers of every transcript in `text`, in order."""
    out: list[Answer] = []
    block: list[_Turn] = []
    carried: list[tuple[int, int]] = []  # unlabelled paragraphs since the last turn
    start = 0  # where the block's first turn begins
    for lo, hi in _paragraphs(text):
        m = _LABEL.match(text, lo, hi)
        if m is None or len(m.group("label") or m.group("office")) > hi - lo:
            if block:
                carried.append((lo, hi))
                if len(carried) > _MAX_CARRIED:
                    out += _answers_of(block, text, start, names, words)
                    block, carried = [], []
            continue
        if not block:
            start = lo
        elif carried:
            block[-1].pieces += [p for p in carried if _carries_on(text, *p)]
            carried = []
        said = (m.end(), hi)
        label, who = m.group("label"), m.group("who") or ""
        if label is None:  # Hansard's "The Minister for Health Services (Adrian Pell):" names
            office = m.group("office")  # the office's holder; "Ruth Calloway (Wexmoor North):"
            if _an_office(office, words):
                label = m.group("held")
            else:  # her seat, or "LENA VOSS (HEAD OF PRESS)": what she is
                label, who = office, m.group("held")

        if who and not _named(label, words):  # "VOTER (DEV PATANKAR, HARLAND)": Patankar; but
            label = who  # "LENA VOSS (HEAD OF PRESS)": Lena Voss, who runs the session
        label = label.split(",")[0].strip()
        asks = text[lo:hi].rstrip().endswith("?")
        host = " ".join(who.lower().split()) in words.transcript_hosts
        block.append(_Turn(label.lower(), [said], asks, written=label, host=host))
    if block:
        out += _answers_of(block, text, start, names, words)
    return out


def _answers_of(
    block: list[_Turn], text: str, start: int, names: Names, words: Words
) -> list[Answer]:
    """The answers of one run of labelled paragraphs, none when it is no transcript."""
    # a broadcast's transcript writes its labels in capitals and has many voices: a host asks
    # now and then ("KEMBLE: Dr Fairburn, your verdict?") and also links ("KEMBLE: The
    # declaration, live."); a list of labelled facts ("Dead: 11") is no broadcast
    capitals = [t for t in block if t.written.isupper()]
    broadcast = 5 * len(capitals) >= 4 * len(block)
    if broadcast:
        block = capitals  # its turns; "Presenter: Anna Kemble" above them heads it
    labels = {t.label for t in block}
    hosts = {t.label for t in block if t.host}  # "LENA VOSS (HEAD OF PRESS)", then "LENA VOSS"
    share = _HOST_SHARE if broadcast else 2
    asking = {
        label
        for label in labels
        if label in words.transcript_questions
        or label in hosts
        or share * sum(t.asks for t in block if t.label == label)
        >= sum(t.label == label for t in block)
    }
    replies = [t for t in block if t.label not in asking]
    voices = len({t.label for t in replies})
    if not asking or len(replies) < _MIN_ANSWERS or (voices > 2 and not broadcast):
        return []
    out = []
    written = {t.label: t.written for t in reversed(block)}  # each label as first written
    speakers: dict[str, str] = {}
    for turn in replies:
        if turn.label not in speakers:
            speakers[turn.label] = _speaker(turn.label, written, block, text, start, names, words)
        if speaker := speakers[turn.label]:
            # a name labels its answers; "A:" leaves the speaker to the introduction's reading
            named = turn.label not in words.transcript_answers
            label = f"{_as_written(written[turn.label])}:" if named else ""
            out.append(Answer(tuple(turn.pieces), speaker, label))
    return out


def _speaker(
    label: str,
    written: dict[str, str],
    block: list[_Turn],
    text: str,
    start: int,
    names: Names,
    words: Words,
) -> str:
    """Whom an answer's label names: the article's fullest form of the name, or for "A:" the
    person the questions call by name ("Q: Dominic, do you know yet…"), else the person named
    last before the transcript (its introduction: "Ridout faced the media")."""
    if label not in words.transcript_answers:
        return _holder(label, names, words, start) or names.canonical(_as_written(written[label]))
    for turn in block:
        if turn.asks and (called := _VOCATIVE.match(text, turn.pieces[0][0])):
            for run in reversed(names.runs_between(max(0, start - FAR), start)):
                words_of = run.name.split()
                if len(words_of) > 1 and called.group(1) in words_of and names.person_like(run):
                    return names.canonical(run.name)  # a name the introduction gives in full
    if who := _interviewed(text, start, names, words):
        return who  # "The Diário spoke to the minister after the ceremony.": the minister
    people = [r for r in names.runs_between(max(0, start - FAR), start) if names.person_like(r)]
    return names.canonical(people[-1].name) if people else ""


_INTRO_REACH = 300  # characters before a transcript its introduction stands in


def _interviewed(text: str, start: int, names: Names, words: Words) -> str:
    """Whom the sentence before a transcript says was interviewed: "spoke to the minister",
    "sat down with Ines Fairburn" (the minister the text names before, the name in full)."""
    intro = text[max(0, start - _INTRO_REACH) : start]
    found = None
    for m in _interview_pattern(words).finditer(intro):
        found = m
    if found is None:
        return ""
    base = max(0, start - _INTRO_REACH)
    at = base + found.end("who")
    object_ = found.group("who").split()
    if not object_[0][:1].isupper():
        return _holder(" ".join(object_), names, words, at)  # "spoke to the minister"
    if found.group("the"):
        return ""  # "Ms Raman spoke to The Ledger": an outlet; she answers, read as before
    opens = max(intro.rfind(". ", 0, found.start()), intro.rfind("\n", 0, found.start())) + 1
    if any(names.person_like(r) for r in names.runs_between(base + opens, base + found.start())):
        return ""  # "Ashcombe spoke to Radio Kelby": the subject answers
    runs = names.runs_between(at - len(found.group("who")), at)
    return names.canonical(runs[0].name) if runs else ""  # "sat down with Ines Fairburn"


def _interview_pattern(words: Words) -> re.Pattern[str]:
    return _interview_regex(words.interview_verbs)


@lru_cache(maxsize=4)
def _interview_regex(interview_verbs: frozenset[str]) -> re.Pattern[str]:
    """Compiled once for a language's verbs, not once a transcript."""
    verbs = "|".join(re.escape(v) for v in sorted(interview_verbs, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{verbs})\s+(?P<the>(?i:the)\s+)?(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|[a-z]+)"
    )


def _an_office(label: str, words: Words) -> bool:
    """Whether a label names an office ("The Minister for Health Services"), not a person."""
    return any(p in words.role_nouns or p in words.titles for p in label.lower().split())


def _named(label: str, words: Words) -> bool:
    """Whether a label is a person's name ("LENA VOSS"), not a role or a kind of speaker
    ("VOTER", "QUESTION", "CALLER") whose brackets name the person."""
    parts = label.lower().split()
    return len(parts) >= 2 and not any(
        p in words.titles or p in words.role_nouns or p in words.transcript_questions for p in parts
    )


def _holder(label: str, names: Names, words: Words, start: int) -> str:
    """Whom a label that is a role names ("GOVERNOR:", "THE PRESIDENT:", "Deputy Governor:"):
    the person the text before the transcript gives that role, and no other title beside it
    ("the Governor, Annelise Kroft" for "GOVERNOR", not "the Deputy Governor, Marcus Teague");
    '' when the label is no role or nobody holds it."""
    role = [w for w in label.split() if w not in words.definite]
    if not role or any(w not in words.titles and w not in words.role_nouns for w in role):
        return ""
    best, best_extra = "", len(words.titles)
    for run in names.runs_between(0, start):
        if not names.person_like(run) or len(run.name.split()) < 2:
            continue
        near = names._words_around(run)
        if not set(role) <= near:
            continue
        titled = {w for w in near if w in words.titles}
        extra = len(titled - set(role) - set(run.name.lower().split()))
        if extra < best_extra:
            best, best_extra = names.canonical(run.name), extra
    return best


def _as_written(label: str) -> str:
    """A label as a name is written: a broadcast's capitals in title case ("CONOR DUNLEAVY" →
    "Conor Dunleavy"), any other as the transcript writes it."""
    return label.title() if label.isupper() and len(label) > 1 else label


def _carries_on(text: str, lo: int, hi: int) -> bool:
    """Whether an unlabelled paragraph between two turns carries on the answer before it: a
    sentence or more of plain words, no quotation, no question, no heading."""
    said = text[lo:hi].strip()
    return len(said.split()) >= _MIN_WORDS and said[-1:] in ".!…" and not (_QUOTE_MARKS & set(said))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of `text`, without their surrounding spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        lo, hi = m.start(), m.end()
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out
