"""The judge of linking: the stored trees ask the facts the evidence table computes, a pair's
score splits into what each fact added, a figure's standing among its article's figures of the
same thing is read in text order, and the trees the fitting script writes score pairs as the
fitted model does."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from desktop.linking.evidence import FACTS, Rarity, Table, probabilities, standings, tally
from desktop.linking.grouping import (
    Inside,
    _confidence,
    _key_clusters,
    candidates,
    families,
    link_claims,
)
from desktop.linking.judge import Trees, trees

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/core, for stories.py
from stories import imported  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _claims(tmp_path: Path, texts: dict[str, str]) -> list:
    return list(imported(tmp_path, texts).claims)


def test_the_stored_trees_ask_the_facts_the_table_computes() -> None:
    judge = trees()
    assert judge.facts == tuple(FACTS)
    asked = judge.fact[judge.fact >= 0]
    assert asked.max() < len(FACTS)
    # the trees weigh where figures stand, not the words alone
    standing = [list(FACTS).index(n) for n in ("order_low", "order_high", "numbers_high")]
    assert np.isin(standing, asked).any()
    assert 0.05 < judge.threshold < 0.95


def test_trees_ask_their_facts_by_name_when_facts_are_added_or_moved() -> None:
    """Trees fitted before a fact was added still score every pair as they did: they ask each
    fact by its name, and never the new one; trees asking a fact no table computes are refused."""
    judge = trees()
    rng = np.random.default_rng(0)
    found = rng.random((50, len(judge.facts)))
    moved = ("a fact added later", *reversed(judge.facts))
    columns = [moved.index(name) for name in judge.facts]
    wider = np.zeros((50, len(moved)))
    wider[:, columns] = found
    wider[:, 0] = 1.0  # the new fact holds for every pair: the old trees never ask it
    again = judge.on(moved)
    assert np.allclose(again.scores(wider), judge.scores(found))
    assert np.allclose(again.contributions(wider)[:, columns], judge.contributions(found))
    assert not again.contributions(wider)[:, 0].any()
    with pytest.raises(ValueError, match="value_gap"):
        judge.on(tuple(n for n in judge.facts if n != "value_gap"))


def test_a_period_a_sentence_names_weighs_against_a_pair_and_bars_nothing(tmp_path: Path) -> None:
    """The period a sentence names is often another figure's ("more than three times the 2015
    total, and a rise of 161 in a single year"): the same count of the same deaths in three
    articles is one group, whatever years their sentences name."""
    claims = _claims(
        tmp_path,
        {
            "wire.txt": "Drug deaths hit record\n\nLorvel registered 1,968 drug deaths in 2025, "
            "the statistics office said on Tuesday, an increase of 161 on the year before.\n",
            "paper.txt": "Record toll of drug deaths\n\nThe toll of 1,968 is more than three "
            "times the 2015 total, and a rise of 161 in a single year, campaigners said.\n",
            "local.txt": "Drug deaths rise again\n\nThe number of drug deaths rose by 161 to "
            "1,968 last year, official figures published on Tuesday show.\n",
        },
    )
    by_id = {c.id: c for c in claims}
    groups = [sorted(by_id[n].value for n in link.claims) for link in link_claims(claims)]
    assert [1968.0] * 3 in groups
    assert [161.0] * 3 in groups


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("The airport handles 1,450 flights a day.", "The airport handles 1,450 flights a week."),
        ("The mine produced 4.2 million tonnes in 2023.", "The mine produced 4.2 million tonnes "
         "in 2024."),
        ("Revenue was £4.2bn in 2023.", "Revenue reached £4.5bn in 2024."),
    ],
)  # fmt: skip
def test_windows_of_other_lengths_and_periods_said_by_each_figure_never_link(
    tmp_path: Path, one: str, other: str
) -> None:
    """A day's count is not a week's, and a year said right by each figure is that figure's own:
    the same number in 2023 and in 2024 is two quantities, whatever else the trees weigh."""
    claims = _claims(tmp_path, {"a.txt": f"Figures\n\n{one}\n", "b.txt": f"Figures\n\n{other}\n"})
    assert [link.claims for link in link_claims(claims) if len(link.claims) > 1] == []


def test_a_score_splits_into_what_each_fact_added(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        {
            "a.txt": "Storm kills 12\n\nThe storm killed 12 people and left 40,000 homes "
            "without power on Monday, officials said.\n",
            "b.txt": "Storm toll rises to 15\n\nFifteen people have died and 38,000 homes "
            "are still without power, the agency said on Tuesday.\n",
        },
    )
    keyed = _key_clusters(claims, {})
    judge = trees()
    checked = 0
    for members in families(claims).values():
        rarity = Rarity(members)
        table = Table(members, rarity, keyed)
        i, j = candidates(members, rarity)
        if not len(i):
            continue
        found = table.facts(i, j)
        whole = judge.scores(found)
        parts = judge.contributions(found).sum(axis=1)
        at_roots = judge.base + judge.rate * judge.score[judge.roots].sum()
        assert np.allclose(at_roots + parts, whole, atol=1e-6)
        assert np.allclose(probabilities(found), 1 / (1 + np.exp(-whole)))
        checked += len(i)
    assert checked >= 2
    # the death tolls of the two days (each article's first count of the dead) are one group
    twelve = {c.article for c in claims if c.value == 12}
    fifteen = {c.article for c in claims if c.value == 15}
    assert twelve and fifteen and twelve != fifteen
    by_id = {c.id: c for c in claims}
    assert any({by_id[n].value for n in link.claims} == {12, 15} for link in link_claims(claims))


def test_an_amount_counts_what_its_measure_names_never_its_currency(tmp_path: Path) -> None:
    """One bid in euros and in dollars is no two things counted; a bid and last year's sales in
    one currency are, and two amounts in euros are no one thing for being in euros."""
    claims = _claims(
        tmp_path,
        {
            "a.txt": "A bid for Brandholm\n\nCaldwell bid €6.2 billion for Brandholm on Monday.\n",
            "b.txt": "Deal desk\n\nThe $7.2 billion bid for Brandholm still needs approval. "
            "Caldwell's sales came to $11.6 billion last year.\n",
        },
    )
    (members,) = [m for m in families(claims).values() if len(m) == 3]
    table = Table(members, Rarity(members), _key_clusters(claims, {}))
    at = {d.claim.text: n for n, d in enumerate(members)}
    pairs = [("€6.2 billion", "$7.2 billion"), ("€6.2 billion", "$11.6 billion")]
    i = np.array([at[a] for a, _ in pairs])
    j = np.array([at[b] for _, b in pairs])
    facts = dict(zip(FACTS, table.facts(i, j).T, strict=True))
    assert facts["other_class"].tolist() == [False, True]
    assert facts["same_class"].tolist() == [True, False]


def test_few_pairs_and_many_score_the_same() -> None:
    """A few pairs go down all trees at once, level by level; many go tree by tree, node by
    node: the two walks give every pair the same score."""
    judge = trees()
    rng = np.random.default_rng(7)
    found = rng.normal(0.0, 3.0, size=(2_000, len(judge.facts)))
    found[:, : len(judge.facts) // 2] = rng.integers(0, 3, size=(2_000, len(judge.facts) // 2))
    whole = judge.scores(found)
    in_slices = np.concatenate([judge.scores(found[n : n + 50]) for n in range(0, 2_000, 50)])
    assert np.allclose(whole, in_slices, atol=1e-9)
    assert whole.std() > 0.5  # the trees told the pairs apart


def test_standing_counts_the_numbers_of_one_thing_in_text_order(tmp_path: Path) -> None:
    claims = _claims(
        tmp_path,
        {
            "a.txt": "Quake kills 40\n\nAt least 40 people were killed. Rescuers said 40 "
            "people had died by noon, and 55 people had died by nightfall; 300 homes fell.\n",
        },
    )
    members = [d for ds in families(claims).values() for d in ds]
    stood = standings(members)
    by_start = sorted(
        (d for d in members if d.claim.kind == "count" and d.value in (40, 55)),
        key=lambda d: d.claim.start,
    )
    orders = [stood[d.claim.id].order for d in by_start]
    assert orders[0] == 0 and orders[-1] == 1  # 40 first (said three times), then 55
    assert all(stood[d.claim.id].numbers == 2 for d in by_start)


def test_a_reason_names_only_facts_that_held() -> None:
    judge = trees()
    names = list(FACTS)
    row = np.zeros((1, len(FACTS)))
    for fact in ("same_value", "same_counted", "same_class", "same_act", "same_key"):
        row[0, names.index(fact)] = 1.0
    row[0, names.index("sentence_words")] = 0.6
    row[0, names.index("numbers_low")] = row[0, names.index("numbers_high")] = 1.0
    pro, con = tally(row)
    held = {FACTS[n] for n in names if row[0, names.index(n)] and FACTS[n]}
    assert pro and set(pro) <= held
    assert not con  # nothing against held
    assert judge.scores(row)[0] > 0  # the same number of the same thing: likely one quantity


def test_an_automatic_group_always_says_why(tmp_path: Path) -> None:
    """A group the linker made says why even when no one fact was strong enough to name: it is
    never shown as a group the user linked by hand."""
    claims = _claims(
        tmp_path,
        {
            "a.txt": "Turnout was 61.2 percent.",
            "b.txt": "Officials later gave 61.4 percent.",
        },
    )
    assert len({c.article for c in claims}) == 2
    faint = Inside(np.array([0.3]), np.zeros((1, len(FACTS))))  # no fact held
    _, reason = _confidence(claims, faint)
    assert reason and "hand" not in reason
    # a fact that held is named instead
    row = np.zeros((1, len(FACTS)))
    for fact in ("same_value", "same_counted", "same_class", "same_act", "same_key"):
        row[0, list(FACTS).index(fact)] = 1.0
    _, named = _confidence(claims, Inside(np.array([0.9]), row))
    assert named != reason and "the same number" in named


def test_the_written_trees_score_as_the_fitted_model(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import fit_link_judge
    from fit_link_judge import Story, fit

    monkeypatch.setattr(fit_link_judge, "LEAF_PAIRS", 3)  # one story's pairs, not hundreds
    gold = json.loads((ROOT / "tests/data/seeds_gold.json").read_text("utf-8"))
    story = Story("seeds", sorted((ROOT / "seeds").glob("*.txt")), gold)
    x, y = story.rows, np.array(story.labels)
    assert 0 < y.sum() < len(y)
    data = fit(x, y, np.ones(len(y)))  # asserts the stored trees score as the model does
    written = Trees.read(json.loads(json.dumps(data)))
    assert written.facts == tuple(FACTS)
    p = 1 / (1 + np.exp(-written.scores(x)))
    # fitted on these pairs, the trees tell the pairs of one quantity from the others
    assert p[y == 1].mean() > p[y == 0].mean() + 0.3
