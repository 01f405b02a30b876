"""A group's status as a fact-checker reads it: figures that fit one value agree; a count reported
on several days, each day's reports agreeing, changed over time; sources that differ about one
moment diverge, whatever other days say."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.linking import outliers, summarize
from desktop.model import Claim

_DAY_1, _DAY_2, _DAY_3 = date(2026, 8, 1), date(2026, 8, 2), date(2026, 8, 3)


def figure(n: int, value: float, day: date | None, bound: str = "=") -> Claim:
    return Claim(
        start=0, end=2, text=str(value), value=value, bound=bound, as_of=day, id=n, article=n
    )


@pytest.mark.parametrize(
    ("figures", "status"),
    [
        ([(1_000, _DAY_1), (1_000, _DAY_2)], "agreeing"),
        ([(12, _DAY_1), (40, _DAY_2), (40, _DAY_2), (61, _DAY_3)], "changing over time"),
        ([(12, _DAY_1), (40, _DAY_2), (25, _DAY_2)], "diverging"),  # two reports of day 2
        ([(85_000, _DAY_1), (300_000, _DAY_1)], "diverging"),
        ([(85_000, None), (300_000, None)], "diverging"),
        ([(12, _DAY_1), (40, _DAY_2), (30, None)], "changing over time"),  # undated: no day
        ([(12, _DAY_1), (40, None)], "diverging"),  # one date is no change over time
    ],
)
def test_status(figures: list[tuple[float, date | None]], status: str) -> None:
    claims = [figure(n, value, day) for n, (value, day) in enumerate(figures, start=1)]
    assert summarize(claims)[2] == status


def test_a_bound_that_fits_a_days_other_report_agrees_with_it() -> None:
    claims = [
        figure(1, 12, _DAY_1),
        figure(2, 40, _DAY_2),
        figure(3, 35, _DAY_2, bound=">"),  # "more than 35": 40 fits it
    ]
    assert summarize(claims)[2] == "changing over time"


@pytest.mark.parametrize(
    ("values", "status"),
    [
        ((46.3, 46.8), "diverging"),  # two records a tenth of a degree apart in the writing
        ((5.1, 5.3), "diverging"),  # two unemployment rates
        ((12.8, 13.1), "diverging"),
        ((161, 163), "diverging"),  # two counts written to the unit
        ((1_912, 1_900), "agreeing"),  # a round figure for an exact one
        ((410_000, 412_000), "agreeing"),
        ((8_420_000, 8_400_000), "agreeing"),  # "8.42 million" and "8.4 MILLION"
        ((2_000, 2_500), "diverging"),  # a round figure rounds a little, not to its last digit
        ((87_000, 90_000), "diverging"),
        ((161, 162), "diverging"),  # what rounds to each only touches, at 161.5
        ((45, 46), "diverging"),
        ((2_009_999.9999999998, 2_012_000), "agreeing"),  # "2.01 million" as a float holds it
        ((0, 0), "agreeing"),
    ],
)
def test_figures_agree_when_one_rounds_the_other_as_written(
    values: tuple[float, float], status: str
) -> None:
    claims = [figure(n, value, _DAY_1) for n, value in enumerate(values, start=1)]
    assert summarize(claims)[2] == status


def test_a_temperature_in_two_scales_agrees_by_what_each_rounds() -> None:
    def reading(n: int, value: float, unit: str) -> Claim:
        return Claim(start=0, end=2, text=f"{value}{unit}", value=value, kind="measure",
                     unit=unit, id=n, article=n, as_of=_DAY_1)  # fmt: skip

    # 116°F is 46.4 to 46.9°C as written; 46.8°C fits it, 46.3°C does not
    assert summarize([reading(1, 46.8, "°C"), reading(2, 116, "°F")])[2] == "agreeing"
    assert summarize([reading(1, 46.3, "°C"), reading(2, 116, "°F")])[2] == "diverging"
    assert summarize([reading(1, -6, "°C"), reading(2, 21, "°F")])[2] == "agreeing"
    # no share of a temperature: its zeros are degrees, and 2.3 rounds to 2 as 20.3 to 20
    assert summarize([reading(1, 2, "°C"), reading(2, 2.3, "°C")])[2] == "agreeing"
    assert summarize([reading(1, 20, "°C"), reading(2, 20.3, "°C")])[2] == "agreeing"
    assert summarize([reading(1, 20, "°C"), reading(2, 21, "°C")])[2] == "diverging"
    assert summarize([reading(1, 0, "°C"), reading(2, 0.3, "°C")])[2] == "agreeing"


def test_one_quantity_in_two_units_agrees_and_is_no_slip() -> None:
    def measure(n: int, value: float, unit: str) -> Claim:
        return Claim(start=0, end=2, text=f"{value} {unit}", value=value, kind="measure",
                     unit=unit, id=n, article=n)  # fmt: skip

    assert summarize([measure(1, 4_000, "acres"), measure(2, 1_620, "hectares")])[2] == "agreeing"
    lengths = [measure(1, 5, "km"), measure(2, 5_000, "m"), measure(3, 5.1, "km")]
    assert outliers(lengths) == ()
    assert summarize(lengths)[2] == "agreeing"


def test_a_group_in_two_units_shows_its_figures_and_range_in_the_unit_most_of_them_use() -> None:
    """1,620 hectares beside 4,000 and 4,100 acres: the range is 4,000–4,100 acres (not
    1,620–4,100), and the hectares are shown as acres no more precise than they were written."""
    from desktop.linking import on_one_scale

    def measure(n: int, value: float, unit: str) -> Claim:
        return Claim(start=0, end=2, text=f"{value:,g} {unit}", value=value, kind="measure",
                     unit=unit, id=n, article=n)  # fmt: skip

    group = [measure(1, 4_000, "acres"), measure(2, 1_620, "hectares"), measure(3, 4_100, "acres")]
    low, high, _ = summarize(group)
    assert (low, high) == (4_000, 4_100)
    shown = on_one_scale(group)
    assert [(c.value, c.unit, c.text) for c in shown] == [
        (4_000, "acres", "4,000 acres"),
        (4_000, "acres", "1,620 hectares"),  # 4,003.1 written as precisely as 1,620
        (4_100, "acres", "4,100 acres"),
    ]
    assert shown[0] is group[0]  # figures in the shown unit are left as they are


def test_fahrenheit_and_celsius_read_from_the_text_agree() -> None:
    from dataclasses import replace

    from desktop.claims import extract_claims

    said = ["Temperatures reached 104 degrees Fahrenheit.", "It hit 40°C.", "Highs of 40C."]
    group = [replace(extract_claims(s)[0], id=n, article=n) for n, s in enumerate(said, 1)]
    assert [c.unit for c in group] == ["°F", "°C", "°C"]
    assert summarize(group) == (40, 40, "agreeing")


def test_a_slip_is_one_article_s_a_number_two_articles_give_is_an_estimate() -> None:
    slip = [figure(1, 7_400, _DAY_1), figure(2, 7_400, _DAY_1), figure(3, 740_000, _DAY_1)]
    assert outliers(slip) == (3,)  # one article's extra zeros
    rival = [figure(n, v, _DAY_1) for n, v in ((1, 700), (2, 700), (3, 7_400), (4, 7_400))]
    assert outliers(rival) == ()  # the owner's 700 tonnes against the authority's 7,400
    assert summarize(rival)[2] == "diverging"


def test_pence_and_pounds_show_in_pounds_under_the_label() -> None:
    """182p in one article and £1.82 in another agree, shown as 1.82 under the label's (GBP),
    whichever article comes first (the pence first showed 182 under "(GBP)")."""
    from desktop.claims import extract_claims
    from desktop.linking.grouping import label_for

    (pence,) = extract_claims("Brenmark shares closed at 182p on Friday.")
    (pounds,) = extract_claims("Brenmark shares closed at £1.82 on Friday.")
    group = [pence.with_ids(1, 1), pounds.with_ids(2, 2)]
    assert summarize(group) == (1.82, 1.82, "agreeing")
    assert label_for(group).endswith("(GBP)")
