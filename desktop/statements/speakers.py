"""Who says a quotation: the attribution next to it ("…," he said; Ferrante: "…"; said Morag
Baird, a spokesperson for the group), resolved to a name the article gives in full — a pronoun
or a role ("the minister", "the statement") to the person or body it stands for, a surname to
the full name — or to a role label ("Brandvik spokesperson"). Marks are marks.py's business; this
module reads only the narration around them. Work is linear in the article's length."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from desktop.statements.words import Words, english, tokens

__all__ = ["Attribution", "ArticleNames"]

# A run of capitalised words, with small particles inside (Secretary of State Antony Blinken).
_CAP = r"[A-Z][\w’'\-.]*"
_PARTICLE = r"(?:bin|bint|ibn|al|el|de|da|di|dos|du|van|von|der|den|del|of)"
_RUN = re.compile(rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP})*")


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    cue: str  # the words the speaker was read from


@dataclass(frozen=True)
class _Run:
    start: int
    end: int
    name: str  # title stripped: "Antony Blinken"
    possessive: bool
    sentence_initial: bool


class ArticleNames:
    """The capitalised names of one article outside its quotations, and what they stand for."""

    def __init__(self, text: str, quoted: list[tuple[int, int]], words: Words | None = None):
        self.text = text
        self.words = words or english()
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        midsentence: set[str] = set()
        raw: list[tuple[int, int, str, bool]] = []
        for m in _RUN.finditer(text):
            if self._inside_quote(m.start()):
                continue
            initial = _sentence_initial(text, m.start())
            raw.append((m.start(), m.end(), m.group(), initial))
            if not initial:
                midsentence.update(m.group().split())
        self.runs: list[_Run] = []
        for start, end, chunk, initial in raw:
            run = self._clean(start, end, chunk, initial, midsentence)
            if run is not None:
                self.runs.append(run)
        self._run_starts = [r.start for r in self.runs]
        # full names: a name of two words or more, by its last and its first word
        self.full: dict[str, str] = {}
        for run in self.runs:
            parts = run.name.split()
            if len(parts) >= 2 and not run.possessive:
                for key in (parts[-1].lower(), parts[0].lower()):
                    if len(run.name) > len(self.full.get(key, "")):
                        self.full[key] = run.name
        self.speakers: list[tuple[int, str]] = []  # (offset, speaker) found so far, in order

    # --- names -----------------------------------------------------------------------------------
    def _inside_quote(self, at: int) -> bool:
        i = bisect_left(self._quoted_starts, at + 1) - 1
        return i >= 0 and self._quoted[i][0] <= at < self._quoted[i][1]

    def _clean(
        self, start: int, end: int, chunk: str, initial: bool, midsentence: set[str]
    ) -> _Run | None:
        w = self.words
        parts = chunk.split()
        possessive = parts[-1].endswith(("'s", "’s", "s'", "s’"))
        if possessive:
            parts[-1] = re.sub(r"['’]s?$", "", parts[-1])
        parts[-1] = parts[-1].rstrip(".")
        if "of" in parts[1:]:  # Priya Raman of Nordhavn Securities; Secretary of State X
            k = parts.index("of")
            if all(p.lower().rstrip(".") in w.titles for p in parts[:k]):
                parts = parts[k + 1 :]
            else:
                parts, possessive = parts[:k], False
        # titles and particles in front are not the name (Secretary of State Antony Blinken)
        while len(parts) > 1 and (
            parts[0].lower().rstrip(".") in w.titles or parts[0].lower() in w.name_particles
        ):
            parts.pop(0)
        if not parts:
            return None
        first = parts[0].lower()
        if first in w.never_names or first in w.speech_verbs:
            if len(parts) == 1:
                return None
            parts.pop(0)
        if len(parts) == 1 and initial and parts[0] not in midsentence:
            return None  # a capitalised first word of a sentence, not a name
        if parts[0].isupper() and len(parts[0]) > 4 and all(p.isupper() for p in parts):
            parts = [p.capitalize() for p in parts]  # DANNY REID
        name = " ".join(parts)
        if name.lower() in w.titles or name.lower() in w.never_names:
            return None
        return _Run(start, end, name, possessive, initial)

    def canonical(self, name: str) -> str:
        """The fullest form of a name in the article: Solberg → Hanna Solberg."""
        parts = name.split()
        if len(parts) == 1:
            return self.full.get(parts[0].lower(), name)
        longer = self.full.get(parts[-1].lower())
        if longer and len(longer) > len(name) and longer.endswith(parts[-1]):
            return longer
        return name

    def runs_between(self, start: int, end: int) -> list[_Run]:
        i = bisect_left(self._run_starts, start)
        out = []
        while i < len(self.runs) and self.runs[i].start < end:
            out.append(self.runs[i])
            i += 1
        return out

    def person_like(self, run: _Run) -> bool:
        if run.possessive:
            return False
        parts = run.name.split()
        if len(parts) >= 2:
            return True
        full = self.full.get(parts[0].lower())
        return full is not None and full != run.name

    # --- attribution -----------------------------------------------------------------------------
    def attribute(
        self, first: tuple[int, int], last_end: int, paragraph: tuple[int, int]
    ) -> Attribution:
        """The speaker of a quotation whose first piece is `first`, ending at `last_end`."""
        lo, hi = paragraph
        after = self._after(first[1], hi)
        if after is not None:
            return after
        if last_end != first[1]:
            after = self._after(last_end, hi)
            if after is not None:
                return after
        before = self._before(first[0], lo)
        if before is not None:
            return before
        return self._fallback(first[0], lo)

    def remember(self, at: int, speaker: str | None) -> None:
        if speaker:
            self.speakers.append((at, speaker))

    def _after(self, end: int, hi: int) -> Attribution | None:
        """'…," he said' / '…," said Morag Baird, a spokesperson' / '…," according to X'."""
        w = self.words
        stop = min(hi, end + 200)
        toks = tokens(self.text, end, stop)
        # stop at the next quotation
        toks = [t for t in toks if not self._inside_quote(t[1])]
        cut = self.text.find("“", end + 1, stop)
        limit = len(toks)
        for k, (_, s, _) in enumerate(toks):
            if cut >= 0 and s > cut:
                limit = k
                break
            gap = self.text[end + 1 : s]
            if any(c in gap for c in ".!?\n") and k > 0:
                limit = k
                break
        toks = toks[: min(limit, 10)]
        lower = [t[0].lower() for t in toks]
        for k, word in enumerate(lower):
            if word == "according" and k + 1 < len(lower) and lower[k + 1] == "to":
                return self._subject(toks[k + 2 :], end, "according to")
            if word in w.speech_verbs:
                if k == 0 or (k == 1 and lower[0] in ("also", "then", "later")):
                    return self._subject(toks[k + 1 :], end, word, following=True)
                return self._subject(toks[:k], end, word)
        return None

    def _before(self, start: int, lo: int) -> Attribution | None:
        """'Ferrante: "…' / 'Priya Raman of Nordhavn Securities said: "…' / 'X said the market
        "…'."""
        w = self.words
        text = self.text
        sentence = lo
        for m in re.finditer(r"[.!?][’'\"”)]?\s+(?=[A-Z0-9“\"‘])", text[lo:start]):
            sentence = lo + m.end()
        toks = [t for t in tokens(text, sentence, start) if not self._inside_quote(t[1])]
        if not toks:
            return None
        lower = [t[0].lower() for t in toks]
        for k in range(len(lower) - 1, -1, -1):
            if lower[k] in w.speech_verbs:
                subject = self._subject(toks[:k], start, lower[k], before=True)
                if subject is not None and subject.speaker:
                    return subject
                if k + 1 < len(toks):
                    return self._subject(toks[k + 1 :], start, lower[k], following=True)
                return subject
        if text[max(lo, start - 3) : start].strip().endswith(":"):
            return self._subject(toks, start, ":", before=True)
        return None

    def _subject(
        self,
        toks: list[tuple[str, int, int]],
        at: int,
        verb: str,
        following: bool = False,
        before: bool = False,
    ) -> Attribution | None:
        """The speaker named by the words next to a speech verb."""
        w = self.words
        if not toks:
            return None
        if following:  # said Morag Baird, a spokesperson for the group / said the politician
            cut = len(toks)
            for k in range(1, len(toks)):
                if "," in self.text[toks[k - 1][2] : toks[k][1]]:
                    cut = k
                    break
            toks = toks[:cut]
        span = (toks[0][1], toks[-1][2])
        phrase = self.text[span[0] : span[1]]
        cue = f"{phrase} {verb}" if not following else f"{verb} {phrase}"
        runs = [r for r in self.runs_between(*span) if not r.possessive]
        lower = [t[0].lower() for t in toks]
        if before:  # the clause before the mark: its first name is its subject
            people = [r for r in runs if self.person_like(r)] or runs
            if people:
                return Attribution(self.canonical(people[0].name), cue)
        elif runs:
            role = [t for t in lower if t in w.role_nouns]
            person = [r for r in runs if self.person_like(r)]
            if person:
                return Attribution(self.canonical(person[-1].name), cue)
            if role and lower[0] in ("a", "an", "one"):
                return Attribution(self._role_label(toks), cue)
            return Attribution(self.canonical(runs[-1].name), cue)
        last = lower[-1] if not following else lower[0]
        head = [t for t in lower if t in w.pronouns]
        if head and len(lower) <= 3 and not any(t in w.role_nouns for t in lower):
            return Attribution(self._pronoun(head[0], at), cue)
        if any(t in w.role_nouns for t in lower):
            return Attribution(self._role(toks, at), cue)
        if last in w.pronouns:
            return Attribution(self._pronoun(last, at), cue)
        return None

    def _role_label(self, toks: list[tuple[str, int, int]]) -> str:
        """'a Brandvik spokesperson' → 'Brandvik spokesperson'; 'a spokesperson for the Scottish
        Ambulance Service' → 'Scottish Ambulance Service spokesperson'."""
        w = self.words
        lower = [t[0].lower() for t in toks]
        role = next(i for i, t in enumerate(lower) if t in w.role_nouns)
        names = [r.name for r in self.runs_between(toks[0][1], toks[-1][2])]
        if names:
            return f"{names[-1]} {lower[role]}"
        words = [t[0] for t in toks[role - 1 : role + 1] if t[0].lower() not in ("a", "an", "one")]
        return " ".join(words)

    def _role(self, toks: list[tuple[str, int, int]], at: int) -> str:
        w = self.words
        lower = [t[0].lower() for t in toks]
        role = next(t for t in lower if t in w.role_nouns)
        indefinite = lower[0] in ("a", "an", "one")
        if role in w.body_nouns and role not in ("statement", "group"):
            body = self._recent_body(role, at)
            if body:
                return body
        if role in ("spokesperson", "spokesman", "spokeswoman", "statement", "official"):
            if not indefinite:
                for _, speaker in reversed(self.speakers):
                    if speaker.lower().endswith(role) or role == "statement":
                        return speaker
            body = self._recent_subject(at)
            if body:
                return body if role == "statement" else f"{body} {role}"
            return role
        if indefinite:
            return self._role_label(toks)
        person = self._role_holder(role, at)
        return person or self._pronoun("he", at)

    def _recent_body(self, role: str, at: int) -> str | None:
        for run in reversed(self.runs_between(0, at)):
            if role in run.name.lower().split():
                return run.name
        return role.capitalize() if role == "police" else None

    def _recent_subject(self, at: int) -> str | None:
        """The last name in the narration before `at` that something was said by."""
        for run in reversed(self.runs_between(max(0, at - 1500), at)):
            if self._speaks(run):
                return self.canonical(run.name)
        return None

    def _speaks(self, run: _Run) -> bool:
        w = self.words
        after = [
            t[0].lower() for t in tokens(self.text, run.end, min(len(self.text), run.end + 40))
        ]
        return bool(after) and (
            after[0] in w.speech_verbs
            or (
                len(after) > 1 and after[0] in ("has", "had", "also") and after[1] in w.speech_verbs
            )
            or (len(after) > 1 and after[1] in w.speech_verbs and after[0].endswith("ly"))
            or after[:2] == ["has", "put"]
        )

    def _role_holder(self, role: str, at: int) -> str | None:
        """The person the article names in the role: 'Minister Giulia Ferrante', 'the mayor of
        Borgo Ardena, Ilaria Conti', 'Ilaria Conti, the town's mayor'."""
        pattern = re.compile(rf"\b{re.escape(role)}\b", re.IGNORECASE)
        best = None
        for m in pattern.finditer(self.text, 0, at):
            for run in self.runs_between(m.end(), m.end() + 40):
                if self.person_like(run):
                    best = run.name
                    break
            else:
                for run in reversed(self.runs_between(max(0, m.start() - 40), m.start())):
                    if self.person_like(run):
                        best = run.name
                        break
        return self.canonical(best) if best else None

    def _pronoun(self, pronoun: str, at: int) -> str | None:
        """The person or body a pronoun stands for: the subject of the paragraph before it, else
        the last speaker."""
        lo = self.text.rfind("\n", 0, at) + 1
        for scope_lo in (lo, max(0, self.text.rfind("\n", 0, max(0, lo - 2)) + 1)):
            runs = self.runs_between(scope_lo, at)
            if pronoun in ("it", "they", "we"):
                speaking = [r for r in runs if self._speaks(r)]
                if speaking:
                    return self.canonical(speaking[-1].name)
                if runs:
                    return self.canonical(runs[-1].name)
            else:
                speaking = [r for r in runs if self._speaks(r) and self.person_like(r)]
                if speaking:
                    return self.canonical(speaking[-1].name)
                people = [r for r in runs if self.person_like(r)]
                if people:
                    return self.canonical(people[0].name)
            recent = [s for o, s in self.speakers if scope_lo <= o < at]
            if recent:
                return recent[-1]
        return self.speakers[-1][1] if self.speakers else None

    def _fallback(self, start: int, lo: int) -> Attribution:
        """No attribution next to the marks: the speaker of the paragraph, else of the last one."""
        runs = [r for r in self.runs_between(lo, start) if self.person_like(r)]
        speaking = [r for r in runs if self._speaks(r)]
        if speaking:
            return Attribution(self.canonical(speaking[-1].name), "")
        if runs:
            return Attribution(self.canonical(runs[0].name), "")
        if self.speakers and start - self.speakers[-1][0] < 1200:
            return Attribution(self.speakers[-1][1], "")
        return Attribution(None, "")


def _sentence_initial(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in "“\"‘'":
        return True
    if text[i] in ".!?:—-":
        return True
    if text[i] in "”’" and i > 0 and text[i - 1] in ".!?":
        return True
    return bool(re.match(r"\d\d:\d\d$", text[max(0, i - 4) : i + 1]))
