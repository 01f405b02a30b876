"""An interview's transcript: its answers are statements although no quote marks hold them."""

from __future__ import annotations

from desktop.statements.extract import extract_statements

QA = (
    "Chairman Malcolm Ridout faced the media at the training ground. This is an edited"
    " transcript.\n\n"
    "Q: Did the coach still have your backing last week?\n\n"
    "A: He had my full backing until the very end. It was the hardest decision I have made.\n\n"
    "Q: How long will the search take?\n\n"
    "A: We will not rush this. I want the right person, not the quick person.\n\n"
    "The club plays away on Saturday.\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.words) for s in extract_statements(text)]


def test_answers_after_a_labelled_question_are_the_introduced_persons() -> None:
    assert _said(QA) == [
        (
            "Malcolm Ridout",
            "He had my full backing until the very end. It was the hardest decision I have made.",
        ),
        ("Malcolm Ridout", "We will not rush this. I want the right person, not the quick person."),
    ]


def test_a_name_as_the_label_is_the_speaker_and_a_paragraph_between_turns_carries_on() -> None:
    text = (
        "Jens Aaltink sits at his kitchen table. Sanne de Wit spoke with him.\n\n"
        "De Wit: How did you hear it?\n\n"
        "Aaltink: By telephone, on Monday morning. It lasted maybe three minutes.\n\n"
        "De Wit: What did you tell the players?\n\n"
        "Aaltink: That they must not feel guilty about any of it.\n\n"
        "These boys gave me everything for almost two years.\n\n"
        "De Wit: And now?\n\n"
        "Aaltink: First I want to rest and be with my family.\n"
    )
    found = extract_statements(text)
    assert [s.speaker for s in found] == ["Jens Aaltink"] * 3
    second = found[1]
    assert second.said == (
        "That they must not feel guilty about any of it.",
        "These boys gave me everything for almost two years.",
    )


def test_questioners_named_with_their_outlets_ask_and_the_governor_answers() -> None:
    text = (
        "Governor Helena Voss took questions from journalists.\n\n"
        "Joanna Reyes, Kelland Herald: What does today mean for people with mortgages?\n\n"
        "Helena Voss: Payments will still be higher than they were two years ago.\n\n"
        "ADVERTISEMENT\n\n"
        "Tom Ashby, Evening News: Will you cut again in December?\n\n"
        "Helena Voss: I'm not going to pre-commit to anything at all.\n"
    )
    assert [s for s, _ in _said(text)] == ["Helena Voss", "Helena Voss"]


def test_a_list_of_labelled_facts_asks_nothing_and_is_no_transcript() -> None:
    text = (
        "THE DEAL\n\n"
        "Fee: a guaranteed 115 million euros over five years.\n\n"
        "Wages: about 350,000 pounds a week for six years.\n\n"
        "Agents: fees of 11.5 million euros on top of it all.\n"
    )
    assert _said(text) == []


def test_an_answer_an_outlet_quoted_is_found_once() -> None:
    text = (
        "Ridout faced the media.\n\n"
        "Q: What changed?\n\n"
        'A: "Results changed. Eleven defeats in fourteen games is not good enough."\n\n'
        "Q: And the search?\n\n"
        'A: "We will not rush this, I want the right person."\n'
    )
    found = extract_statements(text)
    assert [s.words for s in found] == [
        "Results changed. Eleven defeats in fourteen games is not good enough.",
        "We will not rush this, I want the right person.",
    ]


def test_a_role_as_the_label_is_the_person_the_page_names_in_that_role() -> None:
    text = (
        "Opening remarks by the Governor, Annelise Kroft, and questions and answers with the"
        " Governor and the Deputy Governor for Monetary Policy, Marcus Teague.\n\n"
        "LENA VOSS (HEAD OF PRESS): Good afternoon. The Governor will make some remarks.\n\n"
        "GOVERNOR: Inflation is not coming down fast enough, so we have acted today.\n\n"
        "QUESTION (SOFIA BRANDT, TNS): Did you set out to surprise the markets?\n\n"
        "GOVERNOR: We don't set policy to match what the markets expect.\n\n"
        "QUESTION (RUTH AMADI, AKN): Deputy Governor, are services prices the worry?\n\n"
        "DEPUTY GOVERNOR: Goods prices are falling, but services prices are not.\n"
    )
    assert [s for s, _ in _said(text)] == ["Annelise Kroft", "Annelise Kroft", "Marcus Teague"]


def test_the_answers_are_whom_the_introduction_says_the_paper_spoke_to() -> None:
    minister = (
        "The Minister of Culture, Amelia Varela, signed the deal on Tuesday.\n\n"
        "The Diario spoke to the minister after the ceremony.\n\n"
        "Q: Will the bronzes return to the royal family?\n\n"
        "A: The bronzes belong to the people of the country now.\n\n"
        "Q: Why will six stay?\n\n"
        "A: The loan was our proposal, not theirs, and we stand by it.\n"
    )
    assert [s for s, _ in _said(minister)] == ["Amelia Varela", "Amelia Varela"]
    outlet = (
        "Julian Ashcombe signed the papers.\n\n"
        "Ashcombe spoke to the Courier in his office after the ceremony.\n\n"
        "Q: Your critics say you are emptying the museum.\n\n"
        "A: We have eight million objects and we are returning thirty-one.\n\n"
        "Q: Will other countries now make claims?\n\n"
        "A: If another country makes a claim, we will look at it on its merits.\n"
    )
    assert [s for s, _ in _said(outlet)] == ["Julian Ashcombe", "Julian Ashcombe"]
