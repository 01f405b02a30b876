"""What a figure measures, on one scale, so that sources that write it in other units meet:
speeds in km/h and mph, temperatures in Celsius and Fahrenheit, power in megawatts and gigawatts,
rain in millimetres written out, volumes in gallons and litres, data in gigabytes and terabytes;
and counted nouns of one class, compounds included."""

from __future__ import annotations

import math

import pytest

from desktop.claims import extract_claims
from desktop.claims.lexicon import MULTIPLE_UNIT
from desktop.linking import link_claims, relink
from desktop.linking.blocking import dimension, quantity_key
from desktop.linking.divergence import on_one_scale
from desktop.linking.evidence import kind_of
from desktop.model import Claim


def _figure(sentence: str, text: str):
    (claim,) = [c for c in extract_claims(sentence) if c.text.startswith(text)]
    return claim


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (("The train derailed at 290km/h near the station.", "290km"), ("It hit 180mph.", "180")),
        (
            ("Winds of 185 kilometres per hour battered the coast.", "185"),
            ("Winds reached 115 mph on Tuesday.", "115"),
        ),
        (("It was 111F in the shade.", "111F"), ("The city recorded 43.9C on Monday.", "43.9C")),
        # a sea mile is a length, spaced or hyphened
        (
            ("The detour adds 3,500 nautical miles to the voyage.", "3,500"),
            ("Ships sail an extra 6,482km around the cape.", "6,482km"),
        ),
        (
            ("A 200-nautical-mile exclusion zone was declared.", "200"),
            ("No ship may come within 370.4 kilometres of the coast.", "within 370.4"),
        ),
        (("Demand hit 58.7 gigawatts.", "58.7"), ("Demand was 58,700 MW at noon.", "58,700")),
        (("Rain reached 42 millimetres.", "42"), ("More than 42mm fell.", "More than 42mm")),
        # volumes and data, in the units news writes them
        (
            ("Families must get by on 32 gallons a day.", "32"),
            ("The limit is 121.1 litres per person.", "121.1"),
        ),
        (
            ("The pipeline leaked 1,200 cubic metres of crude.", "1,200"),
            ("About 7,500 barrels of crude were lost.", "About 7,500"),
        ),
        (
            ("About 5,000 m3 of water escaped.", "About 5,000"),
            ("Five million litres escaped.", "Five"),
        ),
        (
            ("Some 300m³ flowed into the river.", "Some 300m³"),
            ("It spilled 0.3 million litres.", "0.3"),
        ),
        (("The gas field holds 3.5 billion cubic feet.", "3.5"), ("It holds 99 million m³.", "99")),
        (("The city used 450 megalitres.", "450"), ("It used 450 million litres.", "450")),
        # masses: a payload in pounds, tonnes and kilograms
        (("The payload weighed 23,400lb.", "23,400lb"), ("A payload of 10.6 tonnes.", "10.6")),
        (("The satellite weighed 420 kg.", "420"), ("The satellite weighed 926 lbs.", "926")),
        # a quake's magnitude, named before the number or by the scale after it
        (("A magnitude 6.4 quake hit.", "6.4"), ("It measured 6.4 on the Richter scale.", "6.4")),
        (("A 6.8 earthquake struck at dawn.", "6.8"), ("The magnitude 6.8 quake hit.", "6.8")),
        (("A 5.6 aftershock hit.", "5.6"), ("It measured 5.6 on the Richter scale.", "5.6")),
        (
            ("Lake Mead fell to 8.9 million acre-feet.", "8.9"),
            ("The lake holds about 11 cubic kilometres.", "about 11"),
        ),
        (
            ("Crews hauled 40,000 cubic yards.", "40,000"),
            ("They hauled 30,600 cubic metres.", "30,600"),
        ),
        (
            ("The zone covers 5.200 km² of sea.", "5.200"),
            ("The zone covers 520,000 hectares.", "520,000"),
        ),
        (("A 90 m2 flat was sold.", "90"), ("The flat has 969 square feet.", "969")),
        (("The hackers hold 1.2TB of files.", "1.2TB"), ("They stole 1,2 terabytes.", "1,2")),
        (("They leaked 1,200 gigabytes.", "1,200"), ("They hold 1.2TB of files.", "1.2TB")),
        # a rate's move in basis points and in percentage points
        (
            ("The bank raised its rate by 50bps.", "50bps"),
            ("The bank raised its rate by 0,5 percentage points.", "0,5"),
        ),
        # and in words: "a half-point rise", "a quarter-point cut"
        (
            ("Five members backed the half-point rise.", "half-point"),
            ("The bank raised its rate by 50 basis points.", "50"),
        ),
        (
            ("The Fed made a quarter-point cut.", "quarter-point"),
            ("Rates fell 0.25 percentage points.", "0.25"),
        ),
    ],
)
def test_one_measure_in_other_units_lands_on_one_scale(one, other) -> None:
    (dim_a, a), (dim_b, b) = dimension(_figure(*one)), dimension(_figure(*other))
    assert dim_a == dim_b
    assert abs(a - b) / max(a, b) < 0.01


def test_a_ratio_is_no_count() -> None:
    """'82 TIMES the limit', 'nearly doubled': how many times, never a count of things."""
    assert dimension(_figure("Benzene reached 82 TIMES the limit.", "82"))[0] == "ratio"
    assert dimension(_figure("The fund nearly doubled in a year.", "nearly"))[0] == "ratio"
    assert dimension(_figure("Nine people died on Tuesday.", "Nine"))[0] == "count"
    # a multiple read with its sentence's counted noun around it is still how many times, and
    # has no key of its own: what it multiplies is in the words
    twice = _figure("About 14,000 residents left, almost twice the number moved in 1998.", "almost")
    assert dimension(twice)[0] == "ratio" and quantity_key(twice) == ""
    assert dimension(_figure("The shares trade at 2.5x earnings.", "2.5x"))[0] == "ratio"
    # "N times" as much: a word of comparison after it, decimals, or a book covered N times
    for sentence, figure in (
        ("Damage came to 2.6 times the cost of repair.", "2.6"),
        ("Use was four times higher than normal.", "four"),
        ("The fine is three times its annual profit.", "three"),
        ("The order book was covered more than ten times.", "more"),
        ("The scheme was 10 times oversubscribed.", "10"),
        ("Pollution was five times worse than last year.", "five"),
        ("House prices are now nine times earnings.", "nine"),
    ):
        found = _figure(sentence, figure)
        assert (dimension(found)[0], found.unit) == ("ratio", MULTIPLE_UNIT), sentence


def test_how_often_something_happened_is_a_count() -> None:
    """'raised rates ten times', 'flown 31 times before the failure': a count of occasions, in
    times, that meets the count of launches or rises; never a multiple."""
    for sentence, figure in (
        ("The central bank has raised rates ten times since 2022.", "ten"),
        ("The rocket had flown 31 times before the failure.", "31"),
        ("He was arrested five times earlier this year.", "five"),
        ("The ECB has cut rates three times this year.", "three"),
        ("Police were called to the house five times the same night.", "five"),
    ):
        found = _figure(sentence, figure)
        assert (dimension(found)[0], found.unit) == ("count", "times"), sentence


def test_earthquakes_counted_are_no_magnitude() -> None:
    """A number with decimals before a quake gives its magnitude; a count of quakes stays one."""
    assert dimension(_figure("More than 1,200 earthquakes were recorded.", "More"))[0] == "count"
    assert dimension(_figure("A 6.8 earthquake struck at dawn.", "6.8"))[0] != "count"


def test_a_length_is_not_a_speed() -> None:
    assert dimension(_figure("The line runs 290 km to the coast.", "290"))[0] == "length"


def test_a_speed_in_two_units_is_linked_across_articles() -> None:
    a = _figure("Winds of 185 kilometres per hour battered the coast.", "185").with_ids(1, 1)
    b = _figure("Maximum winds reached 115 mph on Tuesday.", "115").with_ids(2, 2)
    assert [link.claims for link in link_claims([a, b])] == [(1, 2)]


def test_an_area_in_acres_and_in_hectares_is_one_quantity() -> None:
    """One fire's ground burnt, given in acres by one outlet and in hectares by another: the
    units convert, and the quantity is the area, whatever unit names it."""
    a = _figure("The Kessler fire had burned 30,000 acres by Tuesday.", "30,000").with_ids(1, 1)
    b = _figure("Flames destroyed around 13,000 hectares of forest.", "around").with_ids(2, 2)
    assert quantity_key(a) == quantity_key(b) == "measure|area"
    assert [link.claims for link in link_claims([a, b])] == [(1, 2)]


def test_a_unit_raised_to_a_power_is_an_area_or_a_volume() -> None:
    """ "km²" had been read as kilometres, "300m³" as 300 million and "5,000 m3" as metres: a
    power written after a unit, as a sign or a digit, makes it an area or a volume."""
    assert dimension(_figure("The zone covers 5.200 km² of sea.", "5.200")) == ("area", 520_000)
    assert dimension(_figure("Some 300m³ flowed into the river.", "Some")) == ("volume", 300_000)
    assert dimension(_figure("About 5,000 m3 of water escaped.", "About"))[0] == "volume"
    assert dimension(_figure("Crews pumped out 120 cu m of oil.", "120"))[0] == "volume"
    assert dimension(_figure("The blaze burned 40 sq miles.", "40"))[0] == "area"
    # a name with a digit after its letters is no unit, and a length stays a length
    assert [c.text for c in extract_claims("The BMW M3 and the G7 summit drew crowds.")] == []
    assert dimension(_figure("The road is 3 m wide.", "3"))[0] == "length"
    # a unit in two words joined by a hyphen is one unit: acre-feet of water are no acres
    assert dimension(_figure("The reservoir holds 2.3 million acre-feet.", "2.3"))[0] == "volume"
    assert dimension(_figure("A 40-acre field burned.", "40-acre"))[0] == "area"


def test_a_concentration_or_a_dose_is_a_measure_never_a_count() -> None:
    """ "420 ppm" of CO2 or "2 mSv" of radiation had been counts, weighed beside "420 homes";
    they are measures in their own unit, and an oil trader's "bbl" are barrels."""
    sentence = "CO2 hit 420 ppm near 420 homes, and the crew got 2 mSv."
    assert dimension(_figure(sentence, "420 ppm"))[0] == "measure ppm"
    assert dimension(_figure(sentence, "2 mSv"))[0] == "measure mSv"
    assert dimension(_figure(sentence, "near"))[0] == "count"
    dim, litres = dimension(_figure("Stocks fell by 500,000 bbl.", "500,000"))
    assert (dim, litres) == ("volume", pytest.approx(500_000 * 158.987))


def test_a_volume_in_two_units_is_one_quantity_across_articles() -> None:
    """A leak given in cubic metres by one outlet and in barrels by another: the units convert,
    and the quantity is the volume, whatever unit names it."""
    a = _figure("The pipeline leaked 1,200 cubic metres of crude.", "1,200").with_ids(1, 1)
    b = _figure("About 7,500 barrels of crude were lost.", "About").with_ids(2, 2)
    assert quantity_key(a) == quantity_key(b) == "measure|volume"
    assert [link.claims for link in link_claims([a, b])] == [(1, 2)]


def test_a_mass_in_two_units_is_one_quantity_across_articles() -> None:
    """A payload given in pounds by one outlet and in tonnes by another: one mass; a letter
    that opens a hyphened word is no unit, so T-shirts sold weigh nothing."""
    a = _figure("The rocket carried a payload of 23,400lb.", "23,400lb").with_ids(1, 1)
    b = _figure("The payload of 10.6 tonnes was lost.", "10.6").with_ids(2, 2)
    assert quantity_key(a) == quantity_key(b) == "measure|mass"
    assert [link.claims for link in link_claims([a, b])] == [(1, 2)]
    shirts = _figure("The club sold 10,000 T-shirts.", "10,000")
    assert dimension(shirts)[0] == "count"
    # pounds after a verb of weighing are of weight; elsewhere they are money
    bear, kg = dimension(_figure("The bear weighed about 600 pounds.", "about 600"))
    assert (bear, kg) == ("mass", pytest.approx(600 * 0.45359237))
    assert dimension(_figure("The fund raised 5 million pounds.", "5 million"))[0] == "money"
    assert dimension(_figure("It weighs 12 stone and owes 600 pounds.", "600"))[0] == "money"


def test_a_bare_number_of_floors_is_no_bare_toll() -> None:
    """ "reach 16 of the 24 floors" counts floors and "the toll reaches 16" people killed: the same
    bare number of things and of people is weighed apart (they had linked on their digits)."""
    floors = _figure("Why did the fire reach 16 of the 24 floors?", "16").with_ids(1, 1)
    toll = _figure("Saltmarsh mourns as Wexley Tower toll reaches 16", "16").with_ids(2, 2)
    assert link_claims([floors, toll]) == []


def test_a_count_of_things_is_no_count_of_people_beside_it() -> None:
    """ "some 5,900 refrigerated boxes" and "About 6,000 dockers" round to one number but count
    boxes and people: they stay apart (boxes, containers, devices, animals are things)."""
    boxes = _figure("The backlog included some 5,900 refrigerated boxes.", "some").with_ids(1, 1)
    dockers = _figure("About 6,000 dockers walked out on Monday.", "About").with_ids(2, 2)
    again = _figure("Some 6,000 dockers joined the strike.", "Some").with_ids(3, 3)
    assert [link.claims for link in link_claims([boxes, dockers, again])] == [(2, 3)]


def test_a_share_said_as_a_fraction_meets_its_percentage() -> None:
    """ "Nearly two-thirds of the town's buildings" and "about 64 percent" of them are one share:
    the fraction is weighed as a percentage and shown as one beside it; a measure under one that
    no fraction says stays what it is."""
    third = _figure("Nearly two-thirds of the town's buildings were damaged.", "Nearly")
    percent = _figure("About 64 percent of the town's buildings were damaged.", "About")
    assert dimension(third) == ("percent", pytest.approx(200 / 3))
    one = _figure("One in five residents is over 65.", "One in five")
    assert dimension(one) == ("percent", pytest.approx(20))
    linked = link_claims([third.with_ids(1, 1), percent.with_ids(2, 2)])
    assert [(link.claims, link.label) for link in linked] == [((1, 2), "Share of buildings (%)")]
    shown = on_one_scale([third, percent])
    assert [(c.kind, c.unit, round(c.value, 1)) for c in shown] == [
        ("percent", "%", 66.7),
        ("percent", "%", 64.0),
    ]
    assert on_one_scale([third]) == [third]  # no percentage beside it: the fraction as written
    assert dimension(_figure("The rain fell at 0.4 millimetres an hour.", "0.4"))[0] != "percent"


def test_an_age_a_rule_sets_is_one_quantity_in_years_or_bare() -> None:
    """ "raise the retirement age from 62 to 64" and "a pension age of 64 years": one age, in
    years, whether its unit is written or not; "64 people" stay a count."""
    bare = _figure("The government will raise the retirement age from 62 to 64.", "64")
    years = _figure("Unions reject a pension age of 64 years.", "64")
    people = _figure("Police said 64 people were held.", "64")
    assert dimension(bare) == dimension(years) == ("duration", 64 * 365)
    linked = link_claims([bare.with_ids(1, 1), years.with_ids(2, 2), people.with_ids(3, 3)])
    assert [link.claims for link in linked] == [(1, 2)]
    assert not [c for c in extract_claims("She retired at the age of 65.")]


def test_pence_and_pounds_are_one_currency_without_a_rate_said() -> None:
    """No article says what a pound is in pence: a hundredth is a hundredth ("182p" is £1.82)."""
    a = _figure("Brenmark shares closed at 182p on Friday.", "182p").with_ids(1, 1)
    b = _figure("Brenmark shares closed at £1.82 on Friday.", "£1.82").with_ids(2, 2)
    c = _figure("Brenmark shares closed at £182 on Friday.", "£182").with_ids(3, 3)
    assert [link.claims for link in link_claims([a, b, c])] == [(1, 2)]


def test_nautical_things_other_than_miles_are_counted() -> None:
    charts = _figure("The ship carried 40 nautical charts.", "40")
    assert (charts.kind, charts.unit) == ("count", "nautical charts")


@pytest.mark.parametrize(
    ("noun", "like"),
    [
        ("staff", "worker"),
        ("dockworker", "worker"),
        ("vessel", "ship"),
        ("client", "customer"),
        ("jet", "plane"),
        ("show", "concert"),
        ("twister", "tornado"),
        ("seaman", "sailor"),
        ("cop", "officer"),
        ("festival-goer", "protester"),
        ("reveller", "spectator"),
        ("paramedic", "firefighter"),
        ("hen", "bird"),
        ("retailer", "shop"),
        ("body", "death"),
        ("miner", "worker"),
        ("family", "household"),
    ],
)
def test_nouns_of_one_class(noun: str, like: str) -> None:
    assert kind_of(noun) == kind_of(like) != noun


def _story(*articles: str) -> list[list[str]]:
    """The groups of a story whose articles are these texts, as the figures' words."""
    claims, n = [], 0
    for article, text in enumerate(articles, 1):
        for claim in extract_claims(text):
            n += 1
            claims.append(claim.with_ids(n, article))
    words = {c.id: c.text for c in claims}
    return sorted(sorted(words[i] for i in link.claims) for link in link_claims(claims))


def test_nouns_of_one_class_stay_apart_from_what_only_shares_their_word() -> None:
    """The class of shops holds "outlets", of the dead "bodies": "38 media outlets" stays out
    of the stores closed, "15 regulatory bodies" out of the dead, while "14 bodies" recovered
    join the deaths."""
    shops = _story(
        "Brankell Retail will close 40 stores by March, putting 2,100 jobs at risk. The news "
        "was reported by 38 media outlets within an hour.",
        "The retailer is to shut 40 of its shops, with 2,100 staff affected.",
        "Brankell confirmed 41 store closures on Tuesday; some 2,100 workers will lose their jobs.",
    )
    assert sorted(["40 stores", "40 of its shops", "41 store closures"]) in shops
    assert not [group for group in shops if "38 media outlets" in group]
    dead = _story(
        "Rescuers recovered 14 bodies from the river on Monday. The inquiry will be led by 15 "
        "regulatory bodies.",
        "At least 14 people died when the bridge collapsed.",
        "The death toll rose to 16 on Wednesday.",
    )
    assert dead == [sorted(["14 bodies", "16", "At least 14 people"])]


def test_a_word_that_only_ends_like_a_class_word_keeps_its_own_class() -> None:
    assert kind_of("relationship") == "relationship"
    assert kind_of("warehouse") == "warehouse"


def test_figures_with_no_words_around_them_are_weighed() -> None:
    """A dimension whose figures have no words near them (bare numbers in a table) is weighed
    like any other, not refused by a word count kept in integers."""
    bare = [
        Claim(start=0, end=4, text="1.5%", value=1.5, kind="percent", unit="%", id=n, article=n)
        for n in (1, 2, 3)
    ]
    links = link_claims(bare)
    assert [set(link.claims) for link in links] == [{1, 2, 3}]


def test_odd_values_and_dimensions_without_new_figures_are_weighed_without_failing() -> None:
    """Values no story should hold (zero, negative, astronomically large, infinite, not a
    number) are left out of the weighing, and a relink around new figures passes over the
    dimensions they are not in."""
    odd = [0.0, -5.0, 1e300, math.inf, math.nan, 1e-300]
    claims = [
        Claim(start=0, end=3, text="odd", value=v, kind="count", unit="people", id=n, article=n)
        for n, v in enumerate(odd, start=1)
    ]
    claims += [
        Claim(start=0, end=3, text="12%", value=12.0, kind="percent", unit="%", id=n, article=n)
        for n in (7, 8)
    ]
    assert [set(link.claims) for link in link_claims(claims)] == [{7, 8}]
    around = relink(claims, focus={1}, groups={})
    assert around.links == [] and 7 not in around.scope


def test_a_small_dimension_is_weighed_again_whole_a_large_one_around_its_new_figures() -> None:
    """An import into a dimension of at most WHOLE figures weighs all of them again, as a link
    of everything would; past it, only the figures the new ones have something in common
    with. (Two articles share the figures in turn: were each in an article of its own, every
    bare count would be likely one quantity with the next, 9.7% away, and the groups around the
    first would pull in the next ones all along the line, as a whole link would.)"""
    from desktop.linking.grouping import WHOLE

    def claims(n: int) -> list[Claim]:
        return [
            Claim(start=0, end=3, text=f"{v}", value=float(v), kind="count", unit="people",
                  id=k, article=1 + k % 2)
            for k, v in enumerate(range(1_000, 1_000 + n * 97, 97), start=1)
        ]  # fmt: skip

    small = claims(WHOLE)
    assert relink(small, focus={1}, groups={}).scope == {c.id for c in small}
    large = claims(WHOLE + 1)
    around = relink(large, focus={1}, groups={})
    assert 1 in around.scope and len(around.scope) < len(large) // 10


def test_an_amount_measured_in_tonnes_may_grow_like_a_count_a_reading_may_not() -> None:
    """Tonnes spilled, hectares burned, kilometres of shore oiled are estimates that grow between
    reports and differ between sources: they share one quantity key across an order of
    magnitude over time. A reading (a magnitude, a temperature) is told exactly: two of them
    that far apart are two quantities."""
    from datetime import date

    from desktop.linking.grouping import _key_clusters

    def two(first: str, text_a: str, second: str, text_b: str) -> bool:
        a = extract_claims(first, published=date(2026, 11, 3))
        b = extract_claims(second, published=date(2026, 11, 12))
        (x,) = [c.with_ids(1, 1) for c in a if c.text.startswith(text_a)]
        (y,) = [c.with_ids(2, 2) for c in b if c.text.startswith(text_b)]
        keyed = _key_clusters([x, y], {})
        return keyed.get(1) is not None and keyed.get(1) == keyed.get(2)

    assert two(
        "The owner said about 700 tonnes had escaped from two tanks.", "about 700",
        "The authority said the tanker lost 7,400 tonnes of crude.", "7,400",
    )  # fmt: skip
    assert two(
        "The fire has burned 2,000 hectares.", "2,000",
        "The fire has now burned 13,000 hectares.", "13,000",
    )  # fmt: skip
    assert not two(
        "An aftershock of magnitude 4.2 shook the town.", "4.2",
        "The quake measured magnitude 6.9.", "6.9",
    )  # fmt: skip


def test_people_of_whom_an_act_is_told_are_the_act_s_own_noun() -> None:
    """ "412 people were killed" counts the deaths: the pair counts one class of things."""
    import numpy as np

    from desktop.linking.evidence import FACTS, Rarity, Table, describe

    a = _figure("Officials say 412 people were killed in the region.", "412").with_ids(1, 1)
    b = _figure("The region recorded 412 deaths.", "412").with_ids(2, 2)
    c = _figure("Officials say 412 people were injured.", "412").with_ids(3, 3)
    members = [describe(x) for x in (a, b, c)]
    table = Table(members, Rarity(members), {})
    facts = table.facts(np.array([0, 2]), np.array([1, 1]))
    same, other = list(FACTS).index("same_class"), list(FACTS).index("other_class")
    assert (facts[0, same], facts[0, other]) == (1.0, 0.0)  # the killed and the deaths
    assert (facts[1, same], facts[1, other]) == (0.0, 1.0)  # the injured are other people


def test_two_units_of_one_dimension_are_no_other_things() -> None:
    """ "410 kilometres" and "255 miles" measure one length: the units are no different things."""
    import numpy as np

    from desktop.linking.evidence import FACTS, Rarity, Table, describe

    a = _figure("The long-range model covers 410 kilometres on a charge.", "410").with_ids(1, 1)
    b = _figure("The basic model covers 255 miles on a charge.", "255").with_ids(2, 2)
    members = [describe(x) for x in (a, b)]
    facts = Table(members, Rarity(members), {}).facts(np.array([0]), np.array([1]))
    other = list(FACTS).index("other_class"), list(FACTS).index("same_value_other_class")
    assert [facts[0, n] for n in other] == [0.0, 0.0]


def test_a_place_named_with_the_or_without_is_one_place() -> None:
    """ "across the Coastal region" and "the Coastal region 79.8 percent" name one region: no
    other place keeps the two apart; another region does."""
    import numpy as np

    from desktop.linking.evidence import Rarity, Table, describe

    a = _figure("Pass rates reached 79.8 percent across the Coastal region.", "79.8").with_ids(1, 1)
    b = _figure("The pass rate in Coastal region was 79.8 percent.", "79.8").with_ids(2, 2)
    c = _figure("The pass rate in Eastern region was 79.8 percent.", "79.8").with_ids(3, 3)
    members = [describe(x) for x in (a, b, c)]
    assert [d.place for d in members] == ["the Coastal region", "Coastal region", "Eastern region"]
    apart = Table(members, Rarity(members), {}).cannot_link(np.array([0, 0]), np.array([1, 2]))
    assert apart.tolist() == [False, True]
