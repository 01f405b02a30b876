"""A currency no list names is money where the articles price it themselves: its worth in a known
currency given at once ("150 million vellars (about 37.5 million euros)") or a rate said ("at 8
sestins to the euro"). Then every article of the workspace reads it as money, the ones read
before the pricing came included, and amounts in it meet their worth in euros."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.claims import extract_claims
from desktop.model import Source
from desktop.workspace import Workspace


def _read(text: str, currencies: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    return {c.text: (c.kind, c.unit) for c in extract_claims(text, currencies=currencies)}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("The fund of 150 million vellars (about 37.5 million euros) was approved.",
         "150 million vellars"),
        ("Growers lost 720m vellars, around 180 million euros, in the frost.", "720m vellars"),
        ("A pension pays 2,400 sestins a month. At 8 sestins to the euro, that is little.",
         "2,400 sestins"),
        ("Losses reached 3.1 billion korlins, or some €520 million, by Friday.",
         "3.1 billion korlins"),
    ],
)  # fmt: skip
def test_a_word_the_text_prices_in_a_known_currency_is_money(text: str, amount: str) -> None:
    word = amount.split()[-1]
    assert _read(text)[amount] == ("money", word)


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Growers lost 720 million vellars in the frost.", "720 million vellars", "vellars"),
        # a word the dictionary knows is no currency for a worth beside it
        ("The kiosk paid out 57 prizes, about €390,000 in all.", "57 prizes", "prizes"),
        ("The grant of €2 million, or about 40 homes, was cut.", "about 40 homes", "homes"),
        # nor is a word the dictionary lacks, after an amount given to it
        (
            "Ministers offered £600,000 to 555 subpostmasters.",
            "555 subpostmasters",
            "subpostmasters",
        ),
        # a worth said with a verb is what goods fetch, not a price of money
        ("Police seized 40 smartphones worth €20,000.", "40 smartphones", "smartphones"),
        # a word the dictionary knows is no currency for a rate either
        ("The charity plants 4 children per dollar donated.", "4 children", "children"),
        ("Members earn 2 points per euro spent.", "2 points", "points"),
        # nor is a name written with a capital
        ("Dealers sold 300 Vespas, or some 12 million dollars, last year.", "300 Vespas", "Vespas"),
    ],
)
def test_a_word_nothing_prices_stays_a_count(text: str, figure: str, unit: str) -> None:
    assert _read(text)[figure] == ("count", unit)


def test_words_other_articles_price_are_read_as_money() -> None:
    text = "Growers lost 720 million vellars in the frost; one vellar buys a loaf."
    assert _read(text)["720 million vellars"] == ("count", "vellars")
    assert _read(text, ("vellars",))["720 million vellars"] == ("money", "vellars")


LOSSES = {
    "wire.txt": "Frost ruins vineyards\n\nGrowers lost 720 million vellars in the frost, the "
    "federation said on Monday.",
    "local.txt": "Valley counts the cost\n\nThe federation says the frost cost growers 720 "
    "million vellars.",
}
PRICED = {
    "translated.txt": "Frost losses counted\n\nThe federation puts growers' losses at 720 million "
    "vellars (about 180 million euros).",
    "broadsheet.txt": "A costly spring\n\nThe frost cost growers some 180 million euros, the "
    "federation said.",
}


def _write(folder: Path, story: dict[str, str]) -> list[Source]:
    for name, text in story.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [Source(str(folder / name)) for name in story]


def test_articles_read_before_a_currency_was_priced_are_read_again(tmp_path: Path) -> None:
    """Two articles count 720 million "vellars"; the user names their group. A later import
    prices vellars in euros: the first two are read again with vellars as money, their group
    keeps its name, and the four amounts (two in euros) are one quantity."""
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    try:
        ws.import_sources(_write(tmp_path, LOSSES))
        snapshot = ws.snapshot()
        assert {c.kind for c in snapshot.claims} == {"count"}
        (group,) = snapshot.groups
        ws.apply(ws.plan_rename(group.id, "Growers' frost losses"))
        ws.import_sources(_write(tmp_path, PRICED))
        snapshot = ws.snapshot()
        amounts = {c.text: (c.kind, c.unit) for c in snapshot.claims}
        assert amounts == {
            "720 million vellars": ("money", "vellars"),
            "about 180 million euros": ("money", "EUR"),
            "some 180 million euros": ("money", "EUR"),
        }
        (losses,) = snapshot.groups
        assert losses.label == "Growers' frost losses"
        assert len(losses.claims) == len(snapshot.claims) == 5
        assert losses.status == "agreeing"
    finally:
        ws.close()


def test_one_batch_reads_every_article_with_the_currencies_it_prices(tmp_path: Path) -> None:
    ws = Workspace(f"sqlite:///{tmp_path}/ws.sqlite")
    try:
        ws.import_sources(_write(tmp_path, {**LOSSES, **PRICED}))
        snapshot = ws.snapshot()
        assert {c.kind for c in snapshot.claims} == {"money"}
        assert len(snapshot.groups) == 1
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("The fund was raised to 150 million zelts, about 25 million euros, from 90 million.",
         "90 million", "zelts"),
        ("The bid of £5.3bn ($6.9bn) beat the 4.8bn offered in May.", "4.8bn", "GBP"),
    ],
)  # fmt: skip
def test_an_amount_s_worth_in_another_currency_gives_no_currency(
    text: str, figure: str, unit: str
) -> None:
    """A bare amount takes the currency of the amount beside it, never of that amount's worth
    in another currency given at once: the story's money is the first."""
    assert _read(text, ("zelts",))[figure] == ("money", unit)


def test_the_article_s_money_stays_the_first_after_a_worth() -> None:
    text = (
        "The fund of 90 million zelts (about 15 million euros) was approved on Monday. "
        "Officials said the cost had risen to 120 million."
    )
    assert _read(text, ("zelts",))["120 million"] == ("money", "zelts")
