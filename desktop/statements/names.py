"""Names in an article's narration: runs of capitalised words outside its quotations, cleaned of
titles and descriptions ("U.S. District Judge Helen Park" is Helen Park), their fullest forms
(Solberg is Hanna Solberg), how much each looks like a person rather than a place or a body, and
his or her gender when the article tells it. Who says a quotation is speakers.py's question; this
module only knows the names. Work is linear in the article's length."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from desktop.statements.model import stop_if_asked
from desktop.statements.words import Words, english, tokens

__all__ = ["FAR", "Names", "Run"]

FAR = 5000  # characters read back for a role's holder, a memo's author, a paragraph's subject


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
_RELATIVE_THING = re.compile(r",\s+which\b")  # "Parcelwise, which …": a thing's name, a body
_BYLINE_CHARS = 120  # a byline is a short line of its own


def _bylines(text: str, w: Words) -> list[tuple[int, int]]:
    """The spans of a text's byline lines: a short line opening "By" and a capitalised name
    ("By Darren Mackie", "By SHANNON CREE, Consumer Editor", "By Jo Lee | Echo | 4 May")."""
    found = _byline_pattern(w).finditer(text)
    return [m.span() for m in found if len(m.group()) <= _BYLINE_CHARS]


@cache
def _byline_pattern(w: Words) -> re.Pattern[str]:
    """A line opening on a language's byline word and a capital, compiled once a language."""
    openers = "|".join(re.escape(o) for o in sorted(w.byline_openers))
    return re.compile(rf"(?im)^[ \t]*(?:{openers})[ \t]+(?-i:[A-Z])[^\n]*$")


_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z'’-]+\b")


@dataclass(frozen=True)
class Run:
    start: int
    end: int
    name: str  # title stripped: "Antony Blinken"
    possessive: bool
    sentence_initial: bool
    titled: bool  # a title stood in front: "Minister Giulia Ferrante"


_ACRONYM = re.compile(r"\s*\(([A-Z]{2,8})\)")


class Names:
    """The capitalised names of one article outside its quotations, and what they stand for."""

    def __init__(
        self,
        text: str,
        quoted: list[tuple[int, int]],
        words: Words | None = None,
        stop: Callable[[], bool] | None = None,
    ):
        """`stop` is asked as the names are read (Cancelled when it says yes)."""
        self.text = text
        self.words = words or english()
        self._quoted = sorted(quoted)
        self._quoted_starts = [s for s, _ in self._quoted]
        midsentence: set[str] = set()
        self._lowercase_words: set[str] | None = None  # read on first need (see _lowercase)
        raw: list[tuple[int, int, str, bool]] = []
        self._run_pattern, self._ends, self._opening = _patterns(self.words)
        bylines = _bylines(text, self.words)
        for step, m in enumerate(self._run_pattern.finditer(text)):
            stop_if_asked(stop, step)
            if self._inside_quote(m.start()):
                continue
            if bylines and any(a <= m.start() < b for a, b in bylines):
                continue  # "By SHANNON CREE, Consumer Editor": the writer, never a speaker
            if m.start() and text[m.start() - 1].isdigit():
                continue  # "2.9K Likes", "5G Network": a count's or a code's letters
            initial = _sentence_initial(text, m.start())
            raw.append((m.start(), m.end(), m.group(), initial))
            if not initial:
                midsentence.update(m.group().split())
        # full names first: a name of two words or more, by its last and its first word; a word
        # that ends a name is a surname before it is a firm's first word ("Royce" is Desmond
        # Royce, not Royce Artist Management, when the article names both)
        self.full: dict[str, str] = {}
        cleaned = []
        for step, (start, end, chunk, initial) in enumerate(raw):
            stop_if_asked(stop, step)
            cleaned.append(self._clean(start, end, chunk, initial, midsentence))
        candidates: dict[str, dict[str, bool]] = {}  # key → name → whether it ends the name
        for run in cleaned:
            parts = run.name.split() if run is not None else []
            if len(parts) >= 2:
                for key, last in ((parts[-1].lower(), True), (parts[0].lower(), False)):
                    names = candidates.setdefault(key, {})
                    names[run.name] = names.get(run.name, False) or last
        for key, names in candidates.items():
            pool = list(names)
            if len(pool) > 1:  # only a choice asks whether a name's words are all a person's
                pool = [n for n in pool if names[n] and self._named(n.split())] or pool
            self.full[key] = max(pool, key=len)  # the longest, the first named of equals
        # an acronym the article defines stands for the name it follows: "… Agency (ICIA)"
        for run in cleaned:
            if run is not None and (short := _ACRONYM.match(text, run.end)):
                initials = "".join(p[0] for p in run.name.split() if p[:1].isupper())
                if initials == short.group(1):
                    self.full[initials.lower()] = run.name
        # a surname first in its sentence is a name when the article gives it in full elsewhere
        known = midsentence | {name.split()[-1] for name in self.full.values()}
        self.runs: list[Run] = []
        for step, (run, (start, end, chunk, initial)) in enumerate(zip(cleaned, raw, strict=True)):
            stop_if_asked(stop, step)
            single = run is None and initial and " " not in chunk.strip()
            if single and (chunk in known or _RELATIVE_THING.match(text, end)):
                run = self._clean(start, end, chunk, initial, known | {chunk})  # "Parcelwise,
                # which employed Hollis, said": a body a relative "which" follows
            if run is not None:
                self.runs.append(run)
        self._run_starts = [r.start for r in self.runs]
        self.speakers: list[tuple[int, str]] = []  # (offset, speaker) found so far, in order
        self.bodies: set[str] = set()  # speakers found as an organisation ("the club said")
        self._places: set[str] | None = None  # names the text puts "in" or "from": places
        self._scores: dict[int, int] = {}  # person_score by run start
        self._near: dict[int, frozenset[str]] = {}  # words around a run, by its start
        self._genders: dict[str, str] | None = None  # 'm', 'f' or '' by canonical name
        self._shared_surnames()

    # --- names -----------------------------------------------------------------------------------
    @property
    def _lowercase(self) -> set[str]:
        """Words the article also writes in lower case: common words, not names. Few articles
        ask (a sentence opening on three capitalised words, two names sharing a word), so it is
        read on the first ask."""
        if self._lowercase_words is None:
            self._lowercase_words = set(_LOWERCASE_WORD.findall(self.text))
        return self._lowercase_words

    def _named(self, parts: list[str]) -> bool:
        """Whether a name's words are all a person's: not a headline's capitals ("TV Saskia"),
        nor a word the article also writes in lower case or a role in front ("Axed Aaltink",
        "Singer Calado")."""
        first = parts[0].lower().rstrip(".")
        return (
            all(p[:1].isupper() and not p.isupper() for p in parts)
            and first not in self.words.role_nouns
            and not {first, f"{first}'s", f"{first}’s"} & self._lowercase
        )

    def _inside_quote(self, at: int) -> bool:
        i = bisect_left(self._quoted_starts, at + 1) - 1
        return i >= 0 and self._quoted[i][0] <= at < self._quoted[i][1]

    def _clean(
        self, start: int, end: int, chunk: str, initial: bool, midsentence: set[str]
    ) -> Run | None:
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
        if len(parts) > 3 and all(p.isupper() for p in parts):
            return None  # a shouted headline, not a name
        # a first word of a sentence that is never capitalised elsewhere is not part of a name
        first = parts[0].lower()
        if first in w.never_names or first in w.speech_verbs:
            while parts and (
                parts[0].lower() in w.never_names or parts[0].lower() in w.speech_verbs
            ):
                parts.pop(0)  # "On Tuesday Rosalind Teague told": neither word is her name
            if not parts:
                return None
        elif initial and (
            (len(parts) > 2 and first in self._lowercase)
            or (len(parts) > 2 and first in w.role_nouns and first not in w.titles)
            or (len(parts) > 1 and any(j in first for j in w.descriptive_joiners))
            or (len(parts) > 1 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", parts[0]) is not None)
        ):
            # "Campaigner Dave Nolan", "Mum-of-three Linda Cho", "Choked-up Coyle": a common
            # word, a tabloid's epithet (not "Jean-Pierre", "Smith-Jones")
            parts.pop(0)
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
        inner = [k for k, p in enumerate(parts[:-1]) if k and p.lower().rstrip(".") in w.titles]
        if titled and inner:  # "Chief Fire Officer Gareth Lowe": the office's other words too
            parts = parts[inner[-1] + 1 :]
        if not parts:
            return None
        if len(parts) > 1 and all(p.isupper() for p in parts):
            parts = [p.capitalize() for p in parts]  # DANNY REID
        name = " ".join(parts)
        if name.lower() in w.titles or name.lower() in w.never_names or len(name) == 1:
            return None  # a title alone, a word that never names, a letter ("the B sample")
        if len(parts) == 1 and name.lower() in w.demonyms:
            return None  # "the Dutch firm", "Polish": a people's adjective, nobody's name
        return Run(start, end, name, possessive, initial, titled)

    def _shared_surnames(self) -> None:
        """The people of a surname two of them share ("Sandra Pollitt", "Dave Pollitt"), each
        mention of a full name or a first name in the order the text names them."""
        self._shared: dict[str, list[tuple[int, str]]] = {}  # surname → (offset, full name)
        for run in self.runs:  # a full name, or a first name ("Dave"); a bare surname tells none
            name = self.full.get(run.name.lower(), run.name) if " " not in run.name else run.name
            if " " in name and (" " in run.name or name.split()[0] == run.name):
                self._shared.setdefault(name.split()[-1].lower(), []).append((run.start, name))
        self._shared = {k: v for k, v in self._shared.items() if len({n for _, n in v}) >= 2}

    def canonical(self, name: str, at: int | None = None) -> str:
        """The fullest form of a name in the article: Solberg → Hanna Solberg; with `at`, a
        surname two people share is the one this paragraph or the one before named last before
        `at` ("Peter Ashworth emailed his MP. '…,' Ashworth said": Peter, not his mother Joan)."""
        parts = name.split()
        if len(parts) == 1:
            shared = self._shared.get(parts[0].lower()) if at is not None else None
            if shared:  # named in this paragraph or the one before
                near = self._paragraphs_before(at, 2)[-1][0]
                before = [full for start, full in shared if near <= start < at]
                if before:
                    return before[-1]
            return self.full.get(parts[0].lower(), name)
        longer = self.full.get(parts[-1].lower())
        # "Ines Fairburn" → "Ines Maria Fairburn"; never "Conor Dunleavy" → "Margaret Dunleavy"
        if longer and len(longer) > len(name) and longer.lower().endswith(" " + name.lower()):
            return longer
        return name

    def runs_between(self, start: int, end: int) -> list[Run]:
        i = bisect_left(self._run_starts, start)
        out = []
        while i < len(self.runs) and self.runs[i].start < end:
            out.append(self.runs[i])
            i += 1
        return out

    def person_score(self, run: Run) -> int:
        """How much a name looks like a person's: a title or a role in front, an age or a verb
        of speech after, two words; a place after 'in' or a possessive counts against."""
        score = self._scores.get(run.start)
        if score is None:
            score = self._scores[run.start] = self._person_score(run)
        return score

    def _person_score(self, run: Run) -> int:
        w = self.words
        text = self.text
        score = 0
        # the words before the name in its own sentence: "… carry on.’\n\nMartin Halloran" has
        # none ("on" ends another paragraph, it puts no place before the name)
        lo = max(0, run.start - 50)
        for m in _SENTENCE_BREAK.finditer(text, lo, run.start):
            lo = m.end()
        before = [t[0].lower() for t in tokens(text, lo, run.start)][-5:]
        after = [t[0].lower() for t in tokens(text, run.end, min(len(text), run.end + 30))][:2]
        if run.possessive:  # "Solberg's memo", "Ms Calloway's own summary"
            owned = after[1:] if after[:1] and after[0] in w.said_noun_openers else after
            score += 1 if owned and owned[0] in w.said_nouns else -3
        honoured = text[run.start : run.end].split()[0].lower().rstrip(".") in w.honorifics
        if before and before[-1] in w.place_prepositions and not honoured:
            score -= 3  # "in Redmarsh", "in front of City Hall"; not "the question for Ms Teague"
        elif before and before[-1] in w.definite and not honoured and not run.titled:
            score -= 2  # "the Tour of the Westmarch said", "the Data Guardian": a thing's name
        line = text.rfind("\n", max(0, run.start - 200), run.start) + 1
        if line == 0 and run.start > 200:
            line = run.start - 200  # far into a long paragraph: not its first word
        follows = text[run.end : run.end + 3].strip()[:1]
        raw = text[run.start : run.end]
        if not text[line : run.start].strip() and (
            follows in ("—", "–", "-") or (follows == "," and raw.isupper())
        ):
            score -= 3  # a dateline: "BORGO ARDENA — The sports hall…"
        # a role right before the name ("Health Secretary Wes Streeting", "chief executive, Amara
        # Nwosu"), not one the name is the object of ("secretary of the Construction Union")
        tail = next((k for k in range(len(before) - 1, -1, -1) if before[k] in w.role_tails), -1)
        if run.titled or any(b in w.role_nouns for b in before[tail + 1 :]):
            score += 2
        numbered = re.match(r"[ \t]\d", text[run.end : run.end + 2]) is not None
        if numbered:
            score -= 2  # "Channel 6", "Terminal 2": a thing's number, not an age ("Smith, 45")
        elif after and (after[0] in w.speech_verbs or after[0].isdigit()):
            score += 2
        if " " not in run.name and run.name.isupper() and len(run.name) > 1:
            score -= 3  # "ICIA said", "NATO said": an acronym names a body, not a person
        if len(run.name.split()) >= 2:
            score += 1
        elif self.full.get(run.name.lower(), run.name) != run.name:
            score += 1
        return score

    def a_place(self, name: str) -> bool:
        """Whether the article names `name` as a place: after "in" or "near" ("in northern
        Spain", "near Orbeda") and never with a title nor as an owner ("in Smith's view")."""
        if self._places is None:
            w = self.words
            seen: dict[str, bool] = {}
            for run in self.runs:
                key = self.canonical(run.name)
                begins = self.text.find(run.name.split()[0], run.start, run.end)
                begins = run.start if begins < 0 else begins  # "In Vilaverde": after "In"
                before = tokens(self.text, max(0, begins - 30), begins)
                lower = [t[0].lower() for t in before][-2:]
                placed = bool(lower) and (
                    lower[-1] in w.place_only_prepositions
                    or (
                        len(lower) == 2
                        and lower[0] in w.place_only_prepositions
                        and lower[1] in w.compass_words
                    )
                )
                for said in {key, run.name}:  # "in Vilaverde" is a place though the name
                    if run.titled or run.possessive:  # stands for "Correio de Vilaverde"
                        seen[said] = False
                    elif placed:
                        seen.setdefault(said, True)
            self._places = {k for k, v in seen.items() if v}
        return name in self._places or self.canonical(name) in self._places

    def person_like(self, run: Run) -> bool:
        return self.person_score(run) >= 1

    def _best_person(self, runs: list[Run]) -> Run | None:
        best, best_score = None, 0
        for run in runs:
            score = self.person_score(run)
            if score > best_score:
                best, best_score = run, score
        return best

    def _speaks(self, run: Run) -> bool:
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

    def _words_around(self, run: Run) -> frozenset[str]:
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
                later = [  # "The Courier reached Mrs Ellen Hart … her plans": the pronoun
                    r
                    for r in self.runs_between(run.end, stop)
                    if r.titled  # is hers
                ]
                if later:
                    stop = later[0].start
                ends = self._ends.search(self.text, run.end, stop)
                previous = ""
                for word, at, _ in tokens(self.text, run.end, ends.start() if ends else stop):
                    if self._inside_quote(at):
                        break
                    lower = word.lower()
                    if lower in w.object_pronouns:
                        break  # an object: somebody else ("who sat beside him")
                    if previous in w.copulas and lower in w.possessive_pronouns:
                        break  # "Teles, 71, was her music teacher": whose teacher, not his sex
                    previous = lower
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

    def _paragraphs_before(self, at: int, count: int) -> list[tuple[int, int]]:
        """The paragraph holding `at` (up to `at`) and up to `count` - 1 non-blank ones before."""
        text = self.text
        floor = max(0, at - FAR)
        lo = max(floor, text.rfind("\n", floor, at) + 1)
        out = [(lo, at)]
        hi = lo - 1
        while len(out) < count and hi > floor:
            start = max(floor, text.rfind("\n", floor, hi) + 1)
            if text[start:hi].strip():
                out.append((start, hi))
            hi = start - 1
        return out

    def _opens_sentence(self, run: Run, lo: int) -> bool:
        head = self.text[lo : run.start].strip()
        # "Matos …", "13:18 Ferrante …", "The inhabitant Pietro Galli …"
        return self._opening.fullmatch(head) is not None


_SENTENCE_BREAK = re.compile(r"\n|[.!?][’'\"”)]*\s")  # a line's or a sentence's end


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
    return bool(_CLOCK.match(text[max(0, i - 4) : i + 1]))


_CLOCK = re.compile(r"\d\d:\d\d$")
