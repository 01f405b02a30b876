"""Who says a quotation: the attribution next to it ("…," he said; Ferrante: "…"; said Morag
Baird, a spokesperson for the group), resolved to a name the article gives in full — a pronoun
or a role ("the minister", "the statement") to the person or body it stands for, a surname to
the full name — or to a role label ("Brandvik spokesperson"). Marks are marks.py's business; this
module reads only the narration around them. Work is linear in the article's length."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from desktop.statements.words import Words, english, tokens

__all__ = ["Attribution", "ArticleNames"]


def _patterns(w: Words) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a run of capitalised words with particles inside — Secretary of State Antony Blinken,
    St. Anne's Hospital; a sentence's end, not the dot of U.S. or Dr.; a paragraph opening on
    its subject — "The inhabitant Pietro Galli …") for a language's words."""
    found = _PATTERNS.get(id(w))
    if found is None:
        dots = "|".join(f"(?<={re.escape(a)})" for a in w.abbreviations)
        cap = rf"[A-Z](?:[\w’'\-]|\.(?=\w))*(?:(?:{dots})\.)?"
        particle = "|".join(re.escape(p) for p in sorted(w.name_particles))
        run = re.compile(rf"{cap}(?:[ \t]+(?:(?:{particle})[ \t]+)?{cap})*")
        not_after = "".join(f"(?<!\\b{re.escape(a)})" for a in w.abbreviations)
        ends = re.compile(rf"(?<!\b[A-Z]){not_after}[.!?][\"”’']?\s|\n")
        articles = "|".join(x.capitalize() for x in sorted(w.definite | w.indefinite))
        opening = re.compile(rf"(?:\d\d:\d\d)?\s*(?:(?:{articles})(?:\s+[a-z][\w'’-]*){{0,5}},?)?")
        found = _PATTERNS[id(w)] = (run, ends, opening)
    return found


_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]] = {}


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
    titled: bool  # a title stood in front: "Minister Giulia Ferrante"


class ArticleNames:
    """The capitalised names of one article outside its quotations, and what they stand for."""

    def __init__(self, text: str, quoted: list[tuple[int, int]], words: Words | None = None):
        self.text = text
        self.words = words or english()
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        midsentence: set[str] = set()
        # words the article also writes in lower case: common words, not names
        self._lowercase = {m.group() for m in re.finditer(r"\b[a-z][a-z'’-]+\b", text)}
        raw: list[tuple[int, int, str, bool]] = []
        self._run_pattern, self._ends, self._opening = _patterns(self.words)
        for m in self._run_pattern.finditer(text):
            if self._inside_quote(m.start()):
                continue
            initial = _sentence_initial(text, m.start())
            raw.append((m.start(), m.end(), m.group(), initial))
            if not initial:
                midsentence.update(m.group().split())
        # full names first: a name of two words or more, by its last and its first word
        self.full: dict[str, str] = {}
        cleaned = [
            self._clean(start, end, chunk, initial, midsentence)
            for start, end, chunk, initial in raw
        ]
        for run in cleaned:
            parts = run.name.split() if run is not None else []
            if len(parts) >= 2:
                for key in (parts[-1].lower(), parts[0].lower()):
                    if len(run.name) > len(self.full.get(key, "")):
                        self.full[key] = run.name
        # a surname first in its sentence is a name when the article gives it in full elsewhere
        known = midsentence | {name.split()[-1] for name in self.full.values()}
        self.runs: list[_Run] = []
        for run, (start, end, chunk, initial) in zip(cleaned, raw, strict=True):
            if run is None and initial and " " not in chunk.strip() and chunk in known:
                run = self._clean(start, end, chunk, initial, known)
            if run is not None:
                self.runs.append(run)
        self._run_starts = [r.start for r in self.runs]
        self.speakers: list[tuple[int, str]] = []  # (offset, speaker) found so far, in order
        self._scores: dict[int, int] = {}  # person_score by run start
        self._near: dict[int, frozenset[str]] = {}  # words around a run, by its start
        self._genders: dict[str, str] | None = None  # 'm', 'f' or '' by canonical name

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
        joins = [k for k, p in enumerate(parts) if k and p in w.affiliation]
        if joins:  # Priya Raman of Nordhavn Securities; Secretary of State X
            k = joins[0]
            if all(p.lower().rstrip(".") in w.titles for p in parts[:k]):
                parts = parts[k + 1 :]
            else:
                parts, possessive = parts[:k], False
        if all(p.isupper() for p in parts) and len(parts) > 3:
            return None  # a shouted headline, not a name
        # a first word of a sentence that is never capitalised elsewhere is not part of a name
        first = parts[0].lower()
        if first in w.never_names or first in w.speech_verbs:
            parts.pop(0)
        elif initial and (
            (len(parts) > 2 and first in self._lowercase)
            or (len(parts) > 1 and any(j in first for j in w.descriptive_joiners))
        ):
            parts.pop(0)  # "Campaigner Dave Nolan", "Mum-of-three Linda Cho": a common word
        elif len(parts) == 1 and initial and parts[0] not in midsentence:
            if not (parts[0].isupper() and len(parts[0]) > 1) and first not in w.body_nouns:
                return None  # a capitalised first word of a sentence, not a name
        # titles and particles in front are not the name (Secretary of State Antony Blinken)
        titled = False
        while len(parts) > 1 and (
            parts[0].lower().rstrip(".") in w.titles or parts[0].lower() in w.name_particles
        ):
            parts.pop(0)
            titled = True
        if not parts:
            return None
        if all(p.isupper() for p in parts) and len(parts) > 1:
            parts = [p.capitalize() for p in parts]  # DANNY REID
        name = " ".join(parts)
        if name.lower() in w.titles or name.lower() in w.never_names:
            return None
        return _Run(start, end, name, possessive, initial, titled)

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

    def person_score(self, run: _Run) -> int:
        """How much a name looks like a person's: a title or a role in front, an age or a verb
        of speech after, two words; a place after 'in' or a possessive counts against."""
        score = self._scores.get(run.start)
        if score is None:
            score = self._scores[run.start] = self._person_score(run)
        return score

    def _person_score(self, run: _Run) -> int:
        w = self.words
        text = self.text
        score = 0
        before = [t[0].lower() for t in tokens(text, max(0, run.start - 50), run.start)][-5:]
        after = [t[0].lower() for t in tokens(text, run.end, min(len(text), run.end + 30))][:2]
        if run.possessive:
            score += 1 if after and after[0] in w.said_nouns else -3  # Solberg's memo
        if before and before[-1] in w.place_prepositions:
            score -= 3
        line = text.rfind("\n", max(0, run.start - 200), run.start) + 1
        if line == 0 and run.start > 200:
            line = run.start - 200  # far into a long paragraph: not its first word
        follows = text[run.end : run.end + 3].strip()[:1]
        raw = text[run.start : run.end]
        if not text[line : run.start].strip() and (
            follows in ("—", "–", "-") or (follows == "," and raw.isupper())
        ):
            score -= 3  # a dateline: "BORGO ARDENA — The sports hall…"
        if run.titled or any(b in w.role_nouns for b in before):
            score += 2
        if after and (after[0] in w.speech_verbs or after[0].isdigit()):
            score += 2
        if len(run.name.split()) >= 2:
            score += 1
        elif self.full.get(run.name.lower(), run.name) != run.name:
            score += 1
        return score

    def person_like(self, run: _Run) -> bool:
        return self.person_score(run) >= 1

    def _best_person(self, runs: list[_Run]) -> _Run | None:
        best, best_score = None, 0
        for run in runs:
            score = self.person_score(run)
            if score > best_score:
                best, best_score = run, score
        return best

    # --- attribution -----------------------------------------------------------------------------
    def attribute(
        self, first: tuple[int, int], last_end: int, paragraph: tuple[int, int]
    ) -> Attribution:
        """The speaker of a quotation whose first piece is `first`, ending at `last_end`."""
        lo, hi = paragraph
        for found in (
            self._after(first[1], hi),
            self._after(last_end, hi) if last_end != first[1] else None,
            self._before(first[0], lo),
        ):
            if found is not None and found.speaker:
                return found
        return self._fallback(first[0], lo)

    def remember(self, at: int, speaker: str | None) -> None:
        if speaker:
            self.speakers.append((at, speaker))

    def _after(self, end: int, hi: int) -> Attribution | None:
        """'…," he said' / '…," said Morag Baird, a spokesperson' / '…," according to X'."""
        w = self.words
        stop = min(hi, end + 200)
        toks = []
        for tok in tokens(self.text, end, stop):
            if self._inside_quote(tok[1]):
                break  # the next quotation
            if self._ends.search(self.text, toks[-1][2] if toks else end, tok[1]):
                break  # the sentence ends (U.S. District Judge does not end it)
            toks.append(tok)
            if len(toks) == 10:
                break
        lower = [t[0].lower() for t in toks]
        for k, word in enumerate(lower):
            if k + 1 < len(lower) and f"{word} {lower[k + 1]}" in w.introducers:
                return self._subject(toks[k + 2 :], end, f"{word} {lower[k + 1]}", following=True)
            if word in w.speech_verbs:
                if k == 0 or (k == 1 and lower[0] in w.before_verb):
                    return self._subject(toks[k + 1 :], end, word, following=True)
                return self._subject(toks[:k], end, word)
        return None

    def _before(self, start: int, lo: int) -> Attribution | None:
        """'Ferrante: "…' / 'Priya Raman of Nordhavn Securities said: "…' / 'X said the market
        "…'."""
        w = self.words
        text = self.text
        lo = max(lo, start - _LOOKBACK)
        sentence = lo
        for m in re.finditer(r"[.!?][’'\"”)]?\s+(?=[A-Z0-9“\"‘])", text[lo:start]):
            sentence = lo + m.end()
        toks = [t for t in tokens(text, sentence, start) if not self._inside_quote(t[1])]
        if toks and re.fullmatch(r"\d\d", toks[0][0]):  # 13:18 in a live blog
            toks = toks[2:] if len(toks) > 1 and re.fullmatch(r"\d\d", toks[1][0]) else toks[1:]
        if not toks:
            return None
        lower = [t[0].lower() for t in toks]
        for k in range(len(lower) - 1):
            if f"{lower[k]} {lower[k + 1]}" in w.introducers:  # According to X, "…"
                found = self._subject(toks[k + 2 :], start, "according to", following=True)
                if found is not None and found.speaker:
                    return found
        for k in range(len(lower) - 1, -1, -1):
            if lower[k] in w.speech_verbs and k > 0:
                subject = self._subject(toks[:k], start, lower[k])
                if subject is not None and subject.speaker:
                    return subject
                if k + 1 < len(toks):
                    return self._subject(toks[k + 1 :], start, lower[k], following=True)
                return subject
        if text[max(lo, start - 3) : start].strip().endswith(":"):
            return self._subject(toks, start, ":", clause=True)
        return None

    def _subject(
        self,
        toks: list[tuple[str, int, int]],
        at: int,
        verb: str,
        following: bool = False,
        clause: bool = False,
    ) -> Attribution | None:
        """The speaker named by the words next to a speech verb: a name, a role or a pronoun.
        `following`: the words after the verb (said Morag Baird, a spokesperson); `clause`: a whole
        clause before a colon (Regional president Marco Bellandi on local TV:)."""
        w = self.words
        if following:  # said Morag Baird, a spokesperson for the group / said the coach in …
            for k in range(1, len(toks)):
                gap = self.text[toks[k - 1][2] : toks[k][1]]
                word = toks[k][0].lower()
                said_from = word == "from" and toks[k - 1][0].lower() in w.said_nouns
                if "," in gap or (word in w.clause_breaks and not said_from):
                    toks = toks[:k]
                    break
        elif not clause:  # the subject of the verb: after the last relative word before it
            cut = [k for k, t in enumerate(toks[:-1]) if t[0].lower() in w.relatives]
            if cut:
                toks = toks[cut[-1] + 1 :]
        if not toks:
            return None
        span = (toks[0][1], toks[-1][2])
        phrase = self.text[span[0] : span[1]]
        cue = f"{verb} {phrase}" if following else f"{phrase} {verb}"
        lower = [t[0].lower() for t in toks]
        runs = self.runs_between(*span)
        people = [r for r in runs if self.person_like(r)]
        roles = [k for k, t in enumerate(lower) if t in w.role_nouns or t in w.body_nouns]
        if following:
            if people:
                return Attribution(self.canonical(people[0].name), cue)
        elif clause:  # the subject of the clause: its first person
            if people:
                return Attribution(self.canonical(people[0].name), cue)
        elif people:  # the person nearest before the verb
            return Attribution(self.canonical(people[-1].name), cue)
        if roles:
            tail = next((k for k, t in enumerate(lower) if t in w.role_tails and k), len(lower))
            heads = [k for k in roles if k < tail] or roles
            head = heads[0] if following else heads[-1]  # a spokesperson for the ministry
            begin = max(
                (k for k in range(head + 1) if lower[k] in w.indefinite | w.definite), default=0
            )
            if not following and not clause and head - begin > 4:
                begin = head
            end = head + 1
            if end < len(lower) and lower[end] in w.role_tails:
                end = min(len(lower), end + 6)  # a spokesperson for the Scottish Ambulance Service
            return Attribution(self._role(toks[begin:end], lower[head], at), cue)
        if people:
            return Attribution(self.canonical(people[-1].name), cue)
        pronoun = next((t for t in reversed(lower) if t in w.pronouns), None)
        if pronoun is not None:
            return Attribution(self._pronoun(pronoun, at), cue)
        bodies = [r for r in runs if not r.possessive]
        if bodies:
            return Attribution(self.canonical(bodies[-1].name), cue)
        return None

    def _role_label(self, toks: list[tuple[str, int, int]], role: str) -> str:
        """'a Brandvik spokesperson' → 'Brandvik spokesperson'; 'a spokesperson for the Scottish
        Ambulance Service' → 'Scottish Ambulance Service spokesperson'."""
        names = [r.name for r in self.runs_between(toks[0][1], toks[-1][2])]
        if names:
            return f"{names[-1]} {role}"
        lower = [t[0] for t in toks if t[0].lower() not in self.words.indefinite]
        if role in lower and lower.index(role) + 1 < len(lower):
            tail = lower[lower.index(role) :]  # spokesperson for the ministry
            return " ".join(tail[:8])
        words = [x for x in lower if x.lower() not in self.words.definite]
        words = words[: words.index(role) + 1] if role in words else words
        return " ".join(words[-3:])

    def _role(self, toks: list[tuple[str, int, int]], role: str, at: int) -> str | None:
        """The speaker a role phrase stands for: 'a Brandvik spokesperson' is a label, 'the
        minister' the person the article names so, 'police' the force it names, 'the memo' its
        author."""
        w = self.words
        lower = [t[0].lower() for t in toks]
        indefinite = lower[0] in w.indefinite
        named = self.runs_between(toks[0][1], toks[-1][2])
        if indefinite:
            if named or role not in w.spokes_roles:
                return self._role_label(toks, role)
            body = self._recent_subject(at)  # "A spokesperson said" after "The Foreign Office said"
            return f"{body} {role}" if body else role
        if role in w.said_nouns:  # the memo, the statement: whoever wrote it
            body = next((x for x in lower if x in w.body_nouns and x != role), None)
            if body:  # the police statement
                return self._recent_body(body, at) or body.capitalize()
            return self._introduced(role, at) or self._author(role, at) or self._recent_subject(at)
        if role in w.body_nouns and role not in w.generic_bodies:
            return self._recent_body(role, at) or self._recent_subject(at)
        if role in w.spokes_roles or role in w.generic_bodies:
            return self._introduced(role, at) or self._recent_subject(at) or role
        holder = self._role_holder(lower, role, at)
        if holder:
            return holder
        if named:
            return self._role_label(toks, role)
        return self._pronoun("", at)

    def _author(self, noun: str, at: int) -> str | None:
        """Who wrote the memo: the last person named just before a mention of it ('Solberg told
        staff in a memo', 'Solberg's memo')."""
        best = None
        window = max(0, at - _FAR)
        pattern = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
        for m in pattern.finditer(self.text, window, at):
            people = [r for r in self.runs_between(max(0, m.start() - 80), m.start()) if r.name]
            people = [r for r in people if self.person_like(r) or r.possessive]
            if people:
                best = people[-1].name
        return self.canonical(best) if best else None

    def _introduced(self, role: str, at: int) -> str | None:
        """'the spokesperson' → the label of 'A Brandvik spokesperson' or 'a spokesperson for the
        state environment agency' earlier in the article."""
        w = self.words
        articles = "|".join(re.escape(x) for x in w.indefinite)
        tails = "|".join(re.escape(x) for x in w.role_tails)
        pattern = re.compile(
            rf"\b(?i:{articles})\s+((?:[A-Z][\w-]*\s+){{1,4}})?{re.escape(role)}\b"
            rf"(?:\s+(?:{tails})\s+((?:[\w'’-]+[ \t]*){{1,6}}))?"
        )
        label = None
        for m in pattern.finditer(self.text, max(0, at - 3000), at):
            if m.group(1):
                label = f"{m.group(1).strip()} {role}"
            elif m.group(2):
                owner = []
                for word in m.group(2).split():
                    if word.lower() in w.speech_verbs | w.copulas:
                        break
                    owner.append(word)
                if owner:
                    label = f"{role} for {' '.join(owner)}"
        return label

    def _recent_body(self, role: str, at: int) -> str | None:
        for run in reversed(self.runs_between(max(0, at - _FAR), at)):
            if role in run.name.lower().split():
                return run.name
        return role.capitalize() if role in self.words.self_named_bodies else None

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
        if run.possessive:
            return bool(after) and after[0] in w.said_nouns  # Police Scotland's account
        return bool(after) and (
            after[0] in w.speech_verbs
            or (len(after) > 1 and after[0] in w.before_verb and after[1] in w.speech_verbs)
            or (len(after) > 1 and after[1] in w.speech_verbs and after[0].endswith("ly"))
            or (len(after) > 1 and after[0] in w.before_verb and after[1] in w.issue_verbs)
        )

    def _role_holder(self, phrase: list[str], role: str, at: int) -> str | None:
        """The person the article names in the role: 'Minister Giulia Ferrante', 'the mayor of
        Borgo Ardena, Ilaria Conti', 'Ilaria Conti, the town's mayor', 'Qatari Foreign Minister
        Mohammed Al-Thani' for 'the Qatari envoy'."""
        w = self.words
        cues = {x for x in phrase if x not in w.stopwords and not x.endswith(("'s", "’s"))}
        cues.add(role)
        best, best_hits = None, 0
        for run in self.runs_between(max(0, at - _FAR), at):
            if not self.person_like(run):
                continue
            near = self._words_around(run)
            hits = len(cues & near)
            if (role in near or hits) and hits >= best_hits:
                best, best_hits = run, hits
        return self.canonical(best.name) if best else None

    def _words_around(self, run: _Run) -> frozenset[str]:
        """The words just before a name, and after it when they stand in apposition."""
        near = self._near.get(run.start)
        if near is None:
            before = tokens(self.text, max(0, run.start - 60), run.end)
            words = [t[0].lower() for t in before][-(len(run.name.split()) + 6) :]
            if self.text[run.end : run.end + 2].startswith(","):
                after = tokens(self.text, run.end, min(len(self.text), run.end + 40))
                words += [t[0].lower() for t in after][:4]
            near = self._near[run.start] = frozenset(words)
        return near

    def _pronoun(self, pronoun: str, at: int) -> str | None:
        """The person or body a pronoun stands for: the subject of its paragraph, a person named
        with a title or role there, the last speaker, then the same in the paragraphs before."""
        scopes = self._paragraphs_before(at, 3)
        for weak in (False, True):
            for number, (scope_lo, scope_hi) in enumerate(scopes):
                found = self._pronoun_in(pronoun, scope_lo, scope_hi, number, weak)
                if found:
                    return found
        return self.speakers[-1][1] if self.speakers else None

    def _gender(self, name: str) -> str:
        """'m', 'f' or '' for a person, from Mr/Ms before the name and he/she after it."""
        if self._genders is None:
            w = self.words
            votes: dict[str, Counter[str]] = {}
            for run in self.runs:
                if not self.person_like(run):
                    continue
                key = self.canonical(run.name)
                raw = self.text[max(0, run.start - 5) : run.start + 4].lower()
                vote = Counter()
                titles = set(re.findall(r"[a-z]+", raw))
                if titles & w.male_titles:
                    vote["m"] += 2
                if titles & w.female_titles:
                    vote["f"] += 2
                stop = min(len(self.text), run.end + 120)
                ends = self._ends.search(self.text, run.end, stop)
                for word, at, _ in tokens(self.text, run.end, ends.start() if ends else stop):
                    if self._inside_quote(at):
                        break
                    lower = word.lower()
                    if lower in w.object_pronouns:
                        break  # an object: somebody else ("who sat beside him")
                    if lower in w.male:
                        vote["m"] += 1
                        break
                    if lower in w.female:
                        vote["f"] += 1
                        break
                votes.setdefault(key, Counter()).update(vote)
            self._genders = {
                k: ("m" if v["m"] > v["f"] else "f" if v["f"] > v["m"] else "")
                for k, v in votes.items()
            }
        return self._genders.get(self.canonical(name), "")

    def _fits(self, pronoun: str, name: str) -> bool:
        w = self.words
        wanted = "m" if pronoun in w.male else "f" if pronoun in w.female else ""
        gender = self._gender(name) if wanted else ""
        return not wanted or not gender or gender == wanted

    def _pronoun_in(self, pronoun: str, lo: int, hi: int, number: int, weak: bool) -> str | None:
        runs = self.runs_between(lo, hi)
        recent = [s for o, s in self.speakers if lo <= o < hi and self._fits(pronoun, s)]
        if pronoun in self.words.male | self.words.female:
            runs = [r for r in runs if self._fits(pronoun, r.name)]
        if number and recent:
            return recent[-1]
        if pronoun in self.words.body_pronouns:
            speaking = [r for r in runs if self._speaks(r)]
            if speaking:
                return self.canonical(speaking[-1].name)
            return self.canonical(runs[-1].name) if runs and weak else None
        speaking = [r for r in runs if self._speaks(r) and self.person_like(r)]
        if speaking:
            return self.canonical(speaking[-1].name)
        scores = [(self.person_score(r), r) for r in runs]
        least = 1 if weak or number == 0 else 2
        if scores and scores[0][0] >= least and self._opens_sentence(scores[0][1], lo):
            return self.canonical(scores[0][1].name)  # the subject of the paragraph
        strong = [r for score, r in scores if score >= 2]
        if strong:
            return self.canonical(strong[0].name)
        if recent:
            return recent[-1]
        people = [r for score, r in scores if score == 1]
        return self.canonical(people[0].name) if people and weak else None

    def _paragraphs_before(self, at: int, count: int) -> list[tuple[int, int]]:
        """The paragraph holding `at` (up to `at`) and up to `count` - 1 non-blank ones before."""
        text = self.text
        floor = max(0, at - _FAR)
        lo = max(floor, text.rfind("\n", floor, at) + 1)
        out = [(lo, at)]
        hi = lo - 1
        while len(out) < count and hi > floor:
            start = max(floor, text.rfind("\n", floor, hi) + 1)
            if text[start:hi].strip():
                out.append((start, hi))
            hi = start - 1
        return out

    def _opens_sentence(self, run: _Run, lo: int) -> bool:
        head = self.text[lo : run.start].strip()
        # "Matos …", "13:18 Ferrante …", "The inhabitant Pietro Galli …"
        return self._opening.fullmatch(head) is not None

    def _fallback(self, start: int, lo: int) -> Attribution:
        """No attribution next to the marks: whoever the paragraph is about, else the last
        speaker, else a person of the paragraphs before."""
        return Attribution(self._pronoun("", start), "")


_LOOKBACK = 400  # characters of a sentence read before a quotation for its attribution
_FAR = 5000  # characters read back for a role's holder, a memo's author, a paragraph's subject


def _sentence_initial(text: str, at: int) -> bool:
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in "“\"‘'”’":  # after a quotation mark: a new sentence unless ',” Solberg said'
        return i == 0 or text[i - 1] not in ",;"
    if text[i] in ".!?:—-":
        return True
    return bool(re.match(r"\d\d:\d\d$", text[max(0, i - 4) : i + 1]))
