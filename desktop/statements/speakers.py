"""Who says a quotation: the attribution next to it ("…," he said; Ferrante: "…"; said Morag
Baird, a spokesperson for the group), resolved to a name the article gives in full — a pronoun
or a role ("the minister", "the statement") to the person or body it stands for, a surname to
the full name — or to a role label ("Brandvik spokesperson"). Marks are marks.py's business; this
module reads only the narration around them, and names.py knows the names. Work is linear in
the article's length."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from desktop.statements.names import FAR, Names, Run
from desktop.statements.words import Words, tokens

__all__ = ["Attribution", "ArticleNames"]

_LOOKBACK = 400  # characters of a sentence read before a quotation for its attribution
_EMBEDDING_REACH = 3  # words before a name that may set it inside another's phrase
_BREAKS = re.compile(r"[,.;:!?]")


_SUBJECT_REACH = 6  # words at a sentence's start its subject pronoun may stand in
_NAME_AFTER = 4  # characters after a role where a name in apposition may start: ", Tom"
_UNNAMED_REACH = 4  # words of an unnamed source before its role: "A former Tessary engineer"
_READ_REACH = 300  # characters before a quotation that may say whose statement is read out
_QUOTE_MARK = re.compile(r"[\"“”‘’]")
# a quotation's translation in brackets right after it: '” (“We had no idea …”)'
_TRANSLATION = re.compile(r"[\"”’']?[ \t]*\([ \t]*[\"“‘][^()\n]{1,400}?[\"”’][ \t]*\)")


@cache
def _read_pattern(w: Words) -> re.Pattern[str]:
    """ "read (out) a statement on behalf of / for / from <whose>", "read out <whose>'s
    statement", for a language's words."""
    verbs = "|".join(re.escape(v) for v in sorted(w.read_verbs))
    joins = "|".join(re.escape(j).replace("\\ ", r"\s+") for j in w.read_for)
    said = "|".join(re.escape(n) for n in sorted(w.read_nouns))
    return re.compile(
        rf"\b(?:{verbs})(?:\s+out)?\s+(?:[\w-]+\s+){{0,3}}?(?:{said})\s+(?:{joins})\s+"
        rf"(?P<who>[^.,;:!?\n\"“”‘’]{{1,60}})"
        rf"|\b(?:{verbs})(?:\s+out)?\s+(?:the\s+)?(?P<owner>[\w-]+(?:\s+[\w-]+)?)['’]s\s+(?:{said})\b",
        re.IGNORECASE,
    )


_SENTENCE_REACH = 600  # characters before a quotation the sentence before it is read in


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    cue: str  # the words the speaker was read from


def _span(toks: list[tuple[str, int, int]]) -> tuple[int, int]:
    return (toks[0][1], toks[-1][2]) if toks else (0, 0)


# an aside between dashes inside a quotation: "—he says, and lets a silence pass—"
_DASHED_ASIDE = re.compile(r"[—–]\s*(?P<aside>[^—–\n“”\"]{2,80}?)\s*(?:[—–]|$)")


class ArticleNames(Names):
    """The names of one article and, for each quotation, the one that says it."""

    def attribute(
        self, first: tuple[int, int], last_end: int, paragraph: tuple[int, int]
    ) -> Attribution:
        """The speaker of a quotation whose first piece is `first`, ending at `last_end`."""
        lo, hi = paragraph
        if read := self._statement_read(first[0]):
            return read  # "his sister read a statement for the family: '…'"
        unnamed = self._unnamed_before(first[0], lo)  # "A former Tessary engineer, who asked …"
        after = [self._after(first[1], hi)]
        if last_end != first[1]:
            after.append(self._after(last_end, hi))
        before = self._before(first[0], lo)
        # 'X told the court: "… him." The investigator Y stated …': a quotation a colon opens and
        # its own full stop closes is X's; the next sentence is another's
        opened = self.text[max(lo, first[0] - 3) : first[0]].rstrip(" \t\"“‘'").endswith(":")
        closed = last_end > 0 and self.text[last_end - 1] in ".!?"
        for found in (before, *after) if opened and closed else (*after, before):
            if found is not None and found.speaker:
                pronoun = found.cue.split()[0].lower() if found.cue else ""
                if unnamed and pronoun in self.words.male | self.words.female:
                    return Attribution(unnamed, found.cue)  # "‘…,’ he said": the engineer
                return found
        if unnamed:
            return Attribution(unnamed, "")
        if inside := self._dashed_aside(first[0], last_end):
            return inside
        return self._fallback(first[0], lo)

    def _dashed_aside(self, start: int, end: int) -> Attribution | None:
        """The attribution a quotation holds between dashes, as copy translated from Spanish or
        Italian sets it: "“They promised me time —he says— and gave me nothing”", "“Nobody tells
        us anything — adds her husband, Marco — neither the company nor the airport.”"."""
        w = self.words
        for m in _DASHED_ASIDE.finditer(self.text, start, end):
            toks = tokens(self.text, m.start("aside"), m.end("aside"))
            lower = [t[0].lower() for t in toks]
            found = None
            # the words in capitals after the verb, the quotation's own marks around them
            named = [t[0] for t in toks[1:] if t[0][:1].isupper() and t[0].lower() not in w.titles]
            if len(lower) > 1 and lower[0] in w.speech_verbs and named:  # "— adds her husband,
                cue = self.text[m.start("aside") : m.end("aside")]  # Marco —": the name said
                found = Attribution(self.canonical(" ".join(named)), cue)
            elif len(lower) > 1 and lower[0] in w.speech_verbs:
                found = self._subject(toks[1:], m.start(), lower[0], following=True)
            elif len(lower) > 1 and lower[1] in w.speech_verbs:  # "—he says, and lets …—"
                found = self._subject(toks[:1], m.start(), lower[1])
            if found is not None and found.speaker:
                return found
        return None

    def _unnamed_before(self, start: int, lo: int) -> str | None:
        """The source the sentence right before a quotation opens on when it names nobody: "A
        former Tessary engineer, who asked not to be named, tells a different story." gives
        "former Tessary engineer"; None when that sentence opens otherwise."""
        closed = self._sentence_closed_before(start, lo, ".!?:")
        if closed is None:
            return None
        words = tokens(self.text, *closed)[: _UNNAMED_REACH + 1]
        w = self.words
        if not words or words[0][0].lower() not in w.indefinite:
            return None
        for k, (word, _, end) in enumerate(words[1:], start=1):
            noun = word.lower()
            if noun in w.role_nouns and noun not in w.body_nouns | w.said_nouns:
                if k + 1 < len(words) and words[k + 1][0].lower() in w.speech_verbs:
                    return None  # "An ICIA spokesman said …": the attribution reads it
                named = [r for r in self.runs_between(end, end + _NAME_AFTER) if r.start > end]
                if named and self.person_like(named[0]):
                    return None  # "A spokesman, Tom Reed, …" names him
                return " ".join(t[0] for t in words[1 : k + 1])
            if "," in self.text[words[k - 1][2] : words[k][1]]:
                return None  # the noun phrase ended without a role
        return None

    def _statement_read(self, start: int) -> Attribution | None:
        """Whose a statement is that someone reads out just before a quotation: "Filip's sister
        read a statement on behalf of the family. '…'" is the family's, "read out the family's
        statement" too; None when no such reading comes right before it."""
        at = max(0, start - _READ_REACH)
        found = None
        for found in _read_pattern(self.words).finditer(self.text, at, start):  # noqa: B007
            continue  # the last one
        if found is None or _QUOTE_MARK.search(self.text, found.end(), start - 1):
            return None  # none, or another quotation comes between: that one is the reading
        w = self.words
        words = (found.group("who") or found.group("owner")).split()
        while words and words[0].lower() in w.group_quantifiers:
            words = words[1:]
        cut = next(
            (n for n, x in enumerate(words) if n and x in w.place_prepositions | w.read_for_ends),
            None,
        )
        words = words[:cut]
        if not words:
            return None
        owner = " ".join(words)[:1].upper() + " ".join(words)[1:]
        return Attribution(owner, " ".join(found.group(0).split()))  # the reading names its
        # owner: no other version's reader takes it over

    def remember(self, at: int, speaker: str | None) -> None:
        if speaker:
            self.speakers.append((at, speaker))

    def _after(self, end: int, hi: int) -> Attribution | None:
        """'…," he said' / '…," said Morag Baird, a spokesperson' / '…," according to X'."""
        w = self.words
        if translated := _TRANSLATION.match(self.text, end):
            end = translated.end()  # '“Wir hatten …” (“We had …”), says Sabine Kessler'
        stop = min(hi, end + 200)
        toks = []
        for tok in tokens(self.text, end, stop):
            if self._inside_quote(tok[1]):
                break  # the next quotation
            gap = (toks[-1][2] if toks else end, tok[1])
            if self._ends.search(self.text, *gap) or ";" in self.text[gap[0] : gap[1]]:
                break  # the sentence or its clause ends (U.S. District Judge does not end it)
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
        return self._unknown_verb(end, toks, lower)

    def _unknown_verb(
        self, end: int, toks: list[tuple[str, int, int]], lower: list[str]
    ) -> Attribution | None:
        """'…," she specified.' with a verb the word list lacks: a quotation ending on a comma and
        followed by a short clause of a subject and one word is attributed all the same."""
        w = self.words
        if end < 1 or self.text[end - 1] != "," or not 2 <= len(toks) <= 5:
            return None
        if self.text[toks[-1][2] : toks[-1][2] + 1] not in (".", ",", ";", ""):
            return None
        first_is_name = bool(self.runs_between(toks[0][1], toks[0][2])) and toks[0][0][0].isupper()
        if lower[0] in w.pronouns or first_is_name or lower[0] in w.definite | w.indefinite:
            return self._subject(toks[:-1], end, lower[-1])  # she specified / the doctor added
        if lower[1] in w.pronouns or lower[1] in w.definite or toks[1][0][0].isupper():
            return self._subject(toks[1:], end, lower[0], following=True)  # specified the doctor
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
        clause = text.rfind(";", sentence, start)  # "X said ‘…’; Y retorted that ‘…’": Y's clause
        while clause >= 0 and self._inside_quote(clause):
            clause = text.rfind(";", sentence, clause)
        sentence = clause + 1 if clause >= 0 else sentence
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
        if text[max(lo, start - 4) : start].rstrip(" \t\"“‘'").endswith(":"):
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
                if "," in gap and (named := self._apposed(toks[:k], toks[k][1])):
                    cue = f"{verb} {self.text[toks[0][1] : named.end]}"  # said its chair, M…
                    return Attribution(self.canonical(named.name), cue)
                if "," in gap or (word in w.clause_breaks and not said_from):
                    toks = toks[:k]
                    break
        elif not clause:  # the subject of the verb: after the last relative word before it
            cut = [  # not "Dave Nolan, who has fought the firm, said": that one is an aside
                k  # (nor "Dashly, the app for which he had worked, said")
                for k, t in enumerate(toks[:-1])
                if t[0].lower() in w.relatives and not self._aside(toks, k)
            ]
            if cut:
                after = toks[cut[-1] + 1 :]
                # "Tobias Renwick, a surgeon who has worked at Redmarsh General, told": when the
                # relative clause names nobody who could speak, its antecedent is the subject
                named = any(self.person_like(r) for r in self.runs_between(*_span(after)))
                spoken = any(t[0].lower() in w.pronouns | w.role_nouns for t in after)
                toks = after if named or spoken or not after else toks[: cut[-1]]
            else:  # "Dashly, the app for which he had worked, said": the aside is not the subject
                aside = next((k for k, t in enumerate(toks) if t[0].lower() in w.relatives), 0)
                commas = [  # "Julian Pettifer KC, who represents Dr Whitlow, began …": the
                    n  # comma before the relative word ends the subject too
                    for n in range(1, aside + 1)
                    if "," in self.text[toks[n - 1][2] : toks[n][1]]
                ]
                if aside and commas:
                    toks = toks[: commas[-1]]
                elif not aside:
                    toks = self._after_opener(toks)
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
                return Attribution(self._who(people[0]), cue)
        elif clause:  # the subject of the clause: its first person
            if people:
                return Attribution(self._who(people[0]), cue)
        elif people and (held := self._name_of_role(toks, lower, people, at)):
            return Attribution(held, cue)  # "the Norvane chief said": Norvane Air's chief
        elif people and verb.endswith("ing") and len(people) > 1 and self._comma_before(toks):
            return Attribution(self._who(people[0]), cue)  # "Marchbank ripped into Graham
            # Pordage, saying …": the participle's subject is the sentence's
        elif people:  # the person nearest before the verb, unless a modifier of another holds it
            return Attribution(self._who(self._head_of(people)), cue)
        subject = [k for k, t in enumerate(lower) if t in w.pronouns and t in w.male | w.female]
        if roles and not following and not clause and subject and subject[-1] > roles[-1]:
            roles = []  # "From his hospital bed he described": the pronoun is the subject
        if roles:
            tail = next((k for k, t in enumerate(lower) if t in w.role_tails and k), len(lower))
            heads = [k for k in roles if k < tail] or roles
            head = heads[0] if following or clause else heads[-1]  # a spokesperson for the ministry
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
            return Attribution(self._who(people[-1]), cue)
        # "he put it more bluntly:", "she made it clear:": "it" is what was said, he says it
        said = [t for t in lower if t in w.pronouns]
        gendered = [t for t in said if t in w.male or t in w.female]
        pronoun = (gendered or said or [None])[-1]
        if pronoun is not None:
            return Attribution(self._pronoun(pronoun, at), cue)
        bodies = [  # not "posted on Loop", "spoke to Channel 4": where it was said, or to whom
            r
            for r in runs
            if not r.possessive
            and not self.a_place(r.name)
            and not (r.start > span[0] and self._after_preposition(r))
        ]
        if bodies:
            return Attribution(self.canonical(bodies[-1].name), cue)
        return None

    def _after_preposition(self, run: Run) -> bool:
        """Whether a name follows "on", "to", "in" …: where or to whom, not who ("on Loop")."""
        before = tokens(self.text, max(0, run.start - 12), run.start)
        return bool(before) and before[-1][0].lower() in self.words.place_prepositions

    def _who(self, run: Run) -> str:
        """The full name of the person a name in the narration stands for, where it stands (a
        surname two people share is the one named last nearby)."""
        return self.canonical(run.name, run.start)

    def _comma_before(self, toks: list[tuple[str, int, int]]) -> bool:
        """Whether a comma ends the words before a participle of speech ("…, saying")."""
        return bool(toks) and self.text[toks[-1][2] : toks[-1][2] + 2].lstrip(" ").startswith(",")

    def _apposed(self, role: list[tuple[str, int, int]], at: int) -> Run | None:
        """The person named right after a role and its comma: "said its chair, Moira Castellan",
        "said the club's chairman, Ian Moss"; None when the words before the comma hold a name
        already or no role, or no person's name follows."""
        w = self.words
        last = role[-1][0].lower() if role else ""
        if last not in w.role_nouns or last in w.body_nouns:
            return None
        if any(self.person_like(r) for r in self.runs_between(role[0][1], role[-1][2])):
            return None  # "said Morag Baird, a spokesperson": the name comes first
        after = self.runs_between(at, at + 1)
        if after and after[0].start == at and self.person_like(after[0]):
            return after[0]
        return None

    def _after_opener(self, toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """The subject after a phrase that opens the sentence: "Speaking through an interpreter,
        he said", "In 2024, after winning his title, he told" — the words after the last comma,
        when they run on to the verb with no comma and hold a name, a pronoun or a role."""
        w = self.words
        if not toks or self.text[toks[-1][2] : toks[-1][2] + 1] == ",":
            return toks  # "Marcus Delahaye, the party's spokesman, said": an apposition
        cut = max(
            (n for n in range(1, len(toks)) if "," in self.text[toks[n - 1][2] : toks[n][1]]),
            default=0,
        )
        tail = toks[cut:]
        if not tail:
            return toks
        head = tail[0][0]
        if not (head[:1].isupper() or head.lower() in w.pronouns | w.definite | w.indefinite):
            return toks  # "Astrid Lunde, 47, refused to call it a failure, insisting": no subject
        said = any(t[0].lower() in w.pronouns | w.role_nouns for t in tail)
        named = any(self.person_like(r) for r in self.runs_between(*_span(tail)))
        return tail if cut and (said or named) else toks

    def _aside(self, toks: list[tuple[str, int, int]], k: int) -> bool:
        """Whether the relative word at k opens an aside after a comma ("X, who …"), or after a
        preposition in a phrase a comma set apart ("X, the app for which he worked, said")."""
        if k and "," in self.text[toks[k - 1][2] : toks[k][1]]:
            return True
        led = k > 1 and toks[k - 1][0].lower() in self.words.relative_prepositions
        return led and "," in self.text[toks[0][2] : toks[k - 1][1]]

    def _head_of(self, people: list[Run]) -> Run:
        """The subject among the names before a verb of speech: the last, unless it stands inside
        what an earlier name's apposition or phrase says of it ("Lynne Baptiste, chair of the
        Westmoor Rovers Supporters' Trust, said", "Sharon Melville of the Construction and Allied
        Trades Union said", "Aaltink, whose side were thrashed by Kingsbridge United, had vowed"):
        each later name after a word that embeds it ("of", "the", "by"), the earlier name
        followed by a comma or such a word. "After meeting Ridout, Baptiste said" keeps
        Baptiste."""
        w = self.words
        head = len(people) - 1
        while head > 0 and self._embedded(people[head]):
            head -= 1
        if head == len(people) - 1:
            return people[-1]
        after = self.text[people[head].end : people[head].end + 6].lstrip(" ")
        opens = after.startswith(",") or after.split(" ", 1)[0].lower() in w.role_tails
        return people[head] if opens else people[-1]

    def _embedded(self, run: Run) -> bool:
        """Whether one of the three words before a name, with no comma between, embeds it in a
        phrase ("of the", "for the opposition Progressive Party", "whose Ashby coffee shop")."""
        before = tokens(self.text, max(0, run.start - 40), run.start)[-_EMBEDDING_REACH:]
        for word, _, end in reversed(before):
            if _BREAKS.search(self.text, end, run.start):
                return False  # a comma or a sentence's end: "to hold. Ms Voss"
            if word.lower() in self.words.embedding:
                return True
        return False

    def _name_of_role(
        self, toks: list[tuple[str, int, int]], lower: list[str], people: list[Run], at: int
    ) -> str | None:
        """Whom "the Norvane chief" or "the Kelby boss" stands for: the person the article names
        in that role of that body ("Norvane Air chief executive Roland Achterberg"), when the
        name only says whose role it is; None when the phrase is no such role."""
        w = self.words
        if len(people) != 1 or len(lower) < 3 or lower[0] not in w.definite:
            return None
        run, role = people[0], lower[-1]
        if role not in w.role_nouns or role in w.body_nouns or run.start != toks[1][1]:
            return None
        if run.end > toks[-1][1] or any(x in w.role_nouns for x in lower[1:-1]):
            return None  # "the Norvane chief executive" names its role in full: read as before
        return self._role_holder(lower, role, at)

    def _role_label(self, toks: list[tuple[str, int, int]], role: str) -> str:
        """'a Brandvik spokesperson' → 'Brandvik spokesperson'; 'a spokesperson for the Scottish
        Ambulance Service' → 'Scottish Ambulance Service spokesperson'."""
        names = [r.name for r in self.runs_between(toks[0][1], toks[-1][2])]
        if names:
            return f"{self.canonical(names[-1])} {role}"  # "an ICIA spokesman": the agency's
        lower = [t[0] for t in toks if t[0].lower() not in self.words.indefinite]
        if role in lower and lower.index(role) + 1 < len(lower):
            tail = lower[lower.index(role) :]  # spokesperson for the ministry
            return " ".join(tail[:8])
        words = [x for x in lower if x.lower() not in self.words.definite]
        words = words[: words.index(role) + 1] if role in words else words
        return " ".join(words[-3:])

    def _office_label(self, office: list[tuple[str, int, int]], role: str) -> str:
        """'Prime Minister's spokesman' for the words "the Prime Minister" after "a spokesman
        for"."""
        words = [t[0] for t in office if t[0].lower() not in self.words.definite]
        return f"{' '.join(words)}'s {role}"

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
            held = lower[lower.index(role) + 1 :]
            if (
                held
                and held[0] in w.role_tails
                and any(x in w.role_nouns and x not in w.body_nouns for x in held[1:])
            ):
                return self._office_label(toks[len(lower) - len(held) + 1 :], role)  # "a
                # spokesman for the Prime Minister": the office's, not the last person named
            # "a university spokesperson", "a council spokesman": the body the article names so
            said = [x for x in lower[1 : lower.index(role)] if x not in w.stopwords]
            if said and (body := self._recent_body(said[-1], at)):
                return f"{body} {role}"
            if said and said[-1] in w.body_nouns:  # "a trust spokeswoman": the trust, no person
                body = self._body_named(said[-1], at)
                if body is None and said[-1] in w.bodies_named_otherwise:
                    body = self._main_body(at)  # "a club spokesperson": the article's club
                return f"{body or said[-1].capitalize()} {role}"
            if any(x in w.generic_bodies for x in lower):  # "a company spokesperson"
                body = self._main_body(at)
            else:  # "A spokesperson said" after "The Foreign Office said", or after "Kestrel
                # Building Society, the biggest lender, wasted no time." in its paragraph
                body = self._paragraph_body(at) or self._recent_subject(at)
            return f"{body} {role}" if body else role
        if role in w.said_nouns:  # the memo, the statement: whoever wrote it
            body = next((x for x in lower if x in w.body_nouns and x != role), None)
            if body:  # the police statement
                return self._recent_body(body, at) or body.capitalize()
            return self._introduced(role, at) or self._author(role, at) or self._recent_subject(at)
        if role in w.body_nouns and role not in w.generic_bodies:
            found = self._recent_body(role, at)
            if found:
                return found
            head = lower.index(role)
            if head > 1 and lower[head - 1] not in w.stopwords:  # the health unit: a label
                return " ".join(t[0] for t in toks[head - 1 : head + 1])
            for _, speaker in reversed(self.speakers):  # 'the unit' after 'the health unit'
                if speaker.lower().split()[-1] == role:
                    return speaker
            recent = self._recent_subject(at)
            if lower[0] not in w.definite or (recent and not self._a_person(recent)):
                return recent  # "her campaign": whoever "her" is; "the force" after "Police"
            if role in w.bodies_named_otherwise:  # "the club said": the article's organisation
                return self._main_body(at) or recent
            return role.capitalize()  # "the council said": a body, never the last person named
        if role in w.spokes_roles or role in w.generic_bodies:
            return self._introduced(role, at) or self._recent_subject(at) or role
        holder = self._role_holder(lower, role, at)
        if holder:
            return holder
        if named and lower[0] in w.definite and role not in w.body_nouns:
            # "the suspended leader of the Tour of the Westmarch said", after "Iker Zabalegui has
            # produced it.": the person the paragraph is about, when it opens on one
            subject = self._pronoun("", at)
            if subject and self._gender(subject):
                return subject
        if named:
            return self._role_label(toks, role)
        return self._pronoun("", at)

    def _a_person(self, name: str) -> bool:
        """Whether a speaker's name is a person's: a he or a she, or a full name that holds no
        body's noun ("Samuel Okoro", not "Calder Vale Council", "Police Scotland" nor "Police")."""
        parts = name.lower().split()
        return bool(self._gender(name)) or (
            len(parts) >= 2 and not any(p in self.words.body_nouns for p in parts)
        )

    def _author(self, noun: str, at: int) -> str | None:
        """Who wrote the memo: the last person named just before a mention of it ('Solberg told
        staff in a memo', 'Solberg's memo')."""
        best = None
        window = max(0, at - FAR)
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
        """The body a noun stands for: a name holding it ('Police Scotland' for 'police'), or
        one standing right next to it ('the hospital Saint-Anne', 'the Kelby health unit')."""
        for run in reversed(self.runs_between(max(0, at - FAR), at)):
            if role in run.name.lower().split():
                return run.name
            if run.titled or self._gender(run.name):
                continue  # "club chairman Malcolm Pryce": a person beside the noun, no body
            before = self.text[max(0, run.start - len(role) - 2) : run.start].lower().split()
            after = self.text[run.end : run.end + len(role) + 2].lower().split()
            if (before and before[-1] == role) or (after and after[0] == role):
                return run.name
            apposed = self.text[max(0, run.start - len(role) - 7) : run.start].lower()
            if re.search(rf"\b{re.escape(role)},\s+(?:the\s+)?$", apposed):
                return run.name  # "the largest teaching union, the FCT"
        return role.capitalize() if role in self.words.self_named_bodies else None

    def _body_named(self, noun: str, at: int) -> str | None:
        """The last name before `at`, anywhere in the article, that holds a body's noun
        ("Wexmoor Hospitals Trust" for "trust")."""
        for run in reversed(self.runs_between(0, at)):
            if noun in run.name.lower().split():
                return self.canonical(run.name)
        return None

    def _main_body(self, at: int) -> str | None:
        """The organisation an article is about: its most named name that is no person (no
        title, no he or she, not a place)."""
        w = self.words
        counts: dict[str, int] = {}
        people: set[str] = set()  # a name a role or title ever stands before is a person's
        for run in self.runs_between(max(0, at - FAR), at):
            name = self.canonical(run.name)
            before = self.text[max(0, run.start - 4) : run.start].lower().split()
            if run.titled or self._gender(name) or self.person_score(run) >= 2:
                people.add(name)
            if run.titled or self._gender(name) or (before and before[-1] in w.place_prepositions):
                continue
            counts[name] = counts.get(name, 0) + 1
        counts = {name: n for name, n in counts.items() if name not in people}
        if not counts:
            return None
        body = max(counts, key=lambda k: (counts[k], len(k)))
        self.bodies.add(body)
        return body

    def _paragraph_body(self, at: int) -> str | None:
        """The organisation that opens a sentence of the paragraph before `at`, its name ending
        in a body's noun ("Kestrel Building Society, the nation's biggest lender, …")."""
        lo = self.text.rfind("\n", 0, at) + 1
        for run in reversed(self.runs_between(lo, at)):
            last = run.name.split()[-1].lower()
            if run.sentence_initial and last in self.words.body_nouns and " " in run.name:
                return self.canonical(run.name)
        return None

    def _recent_subject(self, at: int) -> str | None:
        """The last name in the narration before `at` that something was said by."""
        for run in reversed(self.runs_between(max(0, at - 1500), at)):
            if self._speaks(run):
                return self.canonical(run.name)
        return None

    def _role_holder(self, phrase: list[str], role: str, at: int) -> str | None:
        """The person the article names in the role: 'Minister Giulia Ferrante', 'the mayor of
        Borgo Ardena, Ilaria Conti', 'Ilaria Conti, the town's mayor', 'Qatari Foreign Minister
        Mohammed Al-Thani' for 'the Qatari envoy'."""
        w = self.words
        cues = {x for x in phrase if x not in w.stopwords and not x.endswith(("'s", "’s"))}
        named_so = {role, *w.role_titles.get(role, ())}  # "the judge": "Mrs Justice Marchbank"
        cues |= named_so
        best, best_hits = None, 0
        for run in self.runs_between(max(0, at - FAR), at):
            if not self.person_like(run):
                continue
            near = self._words_around(run)
            hits = len(cues & near)
            if (named_so & near or hits) and hits >= best_hits:
                best, best_hits = run, hits
        return self.canonical(best.name) if best else None

    def _pronoun(self, pronoun: str, at: int) -> str | None:
        """The person or body a pronoun stands for: the subject of its paragraph, a person named
        with a title or role there, the last speaker, then the same in the paragraphs before."""
        scopes = self._paragraphs_before(at, 3)
        for weak in (False, True):
            for number, (scope_lo, scope_hi) in enumerate(scopes):
                if number == 0 and not weak and (role := self._role_opens(scope_lo, scope_hi)):
                    return role  # "An ICIA spokesman said … '…,' he said"
                found = self._pronoun_in(pronoun, scope_lo, scope_hi, number, weak)
                if found:
                    return found
                if number == 0 and not weak:  # the pronoun's own paragraph, before older ones
                    if named := self._named_in(pronoun, scope_lo, scope_hi):
                        return named
        return self.speakers[-1][1] if self.speakers else None

    def _role_opens(self, lo: int, hi: int) -> str | None:
        """The spokesperson a paragraph opens with as the subject of a verb of speech ("An ICIA
        spokesman said …", "A spokeswoman for the airline told …"), as a role label."""
        w = self.words
        toks = tokens(self.text, lo, min(hi, lo + 120))[:8]
        lower = [t[0].lower() for t in toks]
        if not lower or lower[0] not in w.indefinite | w.definite:
            return None
        if (
            lower[0] in w.definite
            and len(lower) > 2
            and lower[1] in w.role_nouns
            and lower[1] not in w.spokes_roles
            and lower[2] not in w.role_nouns
            and not any(  # "The minister for consumer affairs, Declan Furlong, went further"
                self.text[max(lo, r.start - 2) : r.start] == ", "
                for r in self.runs_between(lo, toks[-1][2])
            )
        ):
            return self._role_holder(lower[:2], lower[1], lo)  # "The chair stopped him. '…,'
            # she said": the person the article names so
        for k in range(1, len(lower) - 1):
            if lower[k] in w.spokes_roles:
                verb = next((n for n in range(k + 1, len(lower)) if lower[n] in w.speech_verbs), -1)
                if verb < 0 or any(t in w.speech_verbs for t in lower[1:k]):
                    return None
                return self._role(toks[:verb], lower[k], lo)
        return None

    def _named_in(self, pronoun: str, lo: int, hi: int) -> str | None:
        """ "She" or "he" of a person its own paragraph names in full, however plainly ("…
        delivered by Miriam Oyelaran KC, was scathing. '…,' she told the jury"), before anyone
        the paragraphs before name more surely."""
        if pronoun not in self.words.male | self.words.female:
            return None
        full = [
            r
            for r in self.runs_between(lo, hi)
            if len(self.text[r.start : r.end].split()) >= 2
            and not self._inside_quote(r.start)  # a name the quotation says is no antecedent
            and not self._listener(r)  # "put the allegation to Ms Vantreight": who heard it
            and not r.possessive
            and not self.a_place(r.name)  # "In Vilaverde, …": a place, whatever it stands for
            and r.name.split()[-1].lower() not in self.words.body_nouns  # "Allied Trades Union"
            and self.person_like(r)
            and self._fits(pronoun, r.name)
        ]
        return self.canonical(full[-1].name) if full else None

    def _listener(self, run: Run) -> bool:
        """Whether a name is who heard or was told something: after "told" or "to"."""
        before = self.text[max(0, run.start - 16) : run.start].lower().split()
        heard = self.words.listener_before  # "told", "spoke with"
        return bool(before) and (before[-1] in heard or " ".join(before[-2:]) in heard)

    def _pronoun_in(self, pronoun: str, lo: int, hi: int, number: int, weak: bool) -> str | None:
        # the narration's names: "“Mihai rode legally,” she said" is not said by Mihai
        runs = [
            r
            for r in self.runs_between(lo, hi)
            if not self._inside_quote(r.start)
            and not self._listener(r)
            and not self.a_place(r.name)  # "his home town in northern Spain": no speaker
        ]
        # the speakers remembered in the scope (in order of offset: only those are read)
        said = self.speakers[bisect_left(self.speakers, (lo,)) : bisect_left(self.speakers, (hi,))]
        recent = [s for _, s in said if self._fits(pronoun, s)]
        gendered = pronoun in self.words.male | self.words.female
        wanted = "m" if pronoun in self.words.male else "f"
        if gendered:  # "he" is no agency that spoke, nor a club that spoke by its statement
            recent = [
                s
                for s in recent
                if s.split()[-1].lower() not in self.words.body_nouns
                and (self._gender(s) or s not in self.bodies)
            ]
            runs = [  # "Norvane did not, and Achterberg has said so. '…,' he told": not Norvane Air
                r
                for r in runs
                if self._fits(pronoun, r.name)
                and not self._spoke_to(r, wanted)
                and self.canonical(r.name).split()[-1].lower() not in self.words.body_nouns
            ]
            if any(self._gender(r.name) == wanted for r in runs):  # "The Oberwalder Tageblatt
                runs = [  # reached Dunleavy … she said": a name known as hers beats a weak one
                    r for r in runs if self._gender(r.name) == wanted or self.person_score(r) >= 2
                ]
        if number and recent:
            return recent[-1]
        if pronoun in self.words.body_pronouns:
            speaking = [r for r in runs if self._speaks(r)]
            if speaking:
                return self.canonical(speaking[-1].name)
            return self.canonical(runs[-1].name) if runs and weak else None
        scores = [(self.person_score(r), r) for r in runs]
        first = scores[0] if scores and self._opens_sentence(scores[0][1], lo) else (0, None)
        if gendered:  # the last sentence's subject: "…
            subjects = [(n, r) for n, r in scores[1:] if n >= 2 and r.sentence_initial]
            if subjects and self._last_sentence_before(subjects[-1][1], hi):
                return self.canonical(subjects[-1][1].name)  # Maureen Tilsley, 68, came … She"
        alone = (
            first[1] is not None and not first[1].possessive and all(n < 1 for n, _ in scores[1:])
        )
        if first[1] is not None and (
            first[0] >= 2
            or (gendered and alone and first[0] >= 1 and self._gender(first[1].name) == wanted)
        ):  # the subject of the paragraph: Ms Solberg, …; or the one person it names, whom the
            return self.canonical(first[1].name)  # article calls "he" ("Elizalde, a Spaniard, …")
        speaking = [r for r in runs if self._speaks(r) and self.person_like(r)]
        if speaking:  # "Marcus Delahaye, spokesman for the Progressive Party, said": Delahaye
            said = [r for r in runs if r.start <= speaking[-1].start and self.person_like(r)]
            return self.canonical(self._head_of(said).name)
        if first[1] is not None and first[0] >= (1 if weak or number == 0 else 2):
            return self.canonical(first[1].name)
        strong = [r for score, r in scores if score >= 2]
        if strong:
            return self.canonical(strong[0].name)
        if recent:
            return recent[-1]
        people = [r for score, r in scores if score == 1]
        return self.canonical(people[0].name) if people and weak else None

    def _spoke_to(self, run: Run, gender: str) -> bool:
        """Whether the sentence a name opens turns to another person of this gender as its
        object: "Strood put it to her that … '…,' she said" is not Strood speaking, nor "the
        judge offered her a short break" the judge."""
        w = self.words
        stop = self._ends.search(self.text, run.end)
        toks = tokens(self.text, run.end, stop.start() if stop else len(self.text))
        lower = [t[0].lower() for t in toks]
        for k, word in enumerate(lower):
            if self._inside_quote(toks[k][1]):
                return False
            if gender == "m" and word in w.object_pronouns:
                return True
            if (
                gender == "f"
                and word == "her"
                and (k + 1 == len(lower) or lower[k + 1] in w.object_before)
            ):
                return True
        return False

    def _last_sentence_before(self, run: Run, hi: int) -> bool:
        """Whether `run` opens the sentence right before the one that ends at `hi` (one sentence
        end between them, none after the pronoun's sentence began)."""
        between = self.text[run.end : hi]
        return len(re.findall(r"[.!?](?:\s|$)", between)) == 1

    def _fallback(self, start: int, lo: int) -> Attribution:
        """No attribution next to the marks: the one the sentence right before it is about ("She
        sounded tired but composed. “…”", "Dr Astrid Lunde apologised to islanders. “…”"),
        else whoever the paragraph is about, else the last speaker, else a person of the
        paragraphs before."""
        if subject := self._sentence_before(start, lo):
            return Attribution(subject, "")
        return Attribution(self._pronoun("", start), "")

    def _sentence_closed_before(self, start: int, lo: int, ends: str) -> tuple[int, int] | None:
        """Where the sentence right before a quotation, in its paragraph, begins and ends, when
        one of `ends` closes it just before the marks; None otherwise."""
        lo = max(lo, start - _SENTENCE_REACH)  # a sentence's length at most: linear overall
        head = self.text[lo:start].rstrip(" \t\"“‘'")
        if not head or head[-1] not in ends:
            return None
        begins = max(head.rfind(". ", 0, len(head) - 1), head.rfind("! ", 0, len(head) - 1),
                     head.rfind("? ", 0, len(head) - 1))  # fmt: skip
        return (lo + begins + 2 if begins >= 0 else lo), lo + len(head)

    def _sentence_before(self, start: int, lo: int) -> str | None:
        """Who the sentence right before a quotation, in its paragraph, is about: its subject
        when a pronoun of a person ("She sounded tired") or a person's name ("Veyra chief
        executive Dr Astrid Lunde apologised") opens it; None otherwise."""
        closed = self._sentence_closed_before(start, lo, ".!?")
        if closed is None:
            return None  # the quotation goes on a sentence of its own words, or no sentence
        sentence_at, end = closed
        words = tokens(self.text, sentence_at, end)[:_SUBJECT_REACH]
        w = self.words
        if len(words) > 2 and words[0][0].lower() in w.possessives:
            if words[1][0].lower() in w.relations:  # "Her husband Jürgen, an engineer, …"
                named = self.runs_between(words[2][1], end)
                return self.canonical(named[0].name) if named else None
        runs = self.runs_between(sentence_at, end)
        people = [r for r in runs if r.sentence_initial and self.person_score(r) >= 2]
        opens = bool(people) and people[0].start == runs[0].start
        if opens and words and people[0].start <= words[0][1]:
            return self.canonical(people[0].name)  # "Joaquim Teles, 71, was her music
            # teacher.": the person it opens on, not whoever "her" is
        for word, at, _ in words:
            lower = word.lower()
            if lower in w.male | w.female:
                return self._pronoun(lower, at)  # "She sounded tired", "In the evening she …"
            if lower in w.speech_verbs:
                return None  # a verb of speech the reading before has had its say on
        if opens:
            return self.canonical(people[0].name)  # "Dr Astrid Lunde apologised to islanders."
        return None
