"""Tables flattened into text: a rank column is no figure, and a header's "(m)" or "(£bn)" scales
the numbers under it. Both shapes a table reaches the extractor in are read: rows on their own
lines, as an imported page or document writes them, and rows run together after dashes, as copy
pasted from a page often is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.claims import extract_claims
from desktop.claims.tables import read_tables
from desktop.ingest.registry import read_bytes
from desktop.linking.grouping import label_for


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(c.text, c.value, c.unit) for c in extract_claims(text)]


def test_rows_run_together_lose_their_ranks_and_take_the_captions_scale() -> None:
    text = (
        "Busiest airports, passengers (m) — 1 | Heathrow | 79.2 — 2 | Gatwick | 40.9"
        " — 3 | Stansted | 29.7"
    )
    found = _figures(text)
    assert [(t, v) for t, v, _ in found] == [
        ("79.2", pytest.approx(79.2e6)),
        ("40.9", pytest.approx(40.9e6)),
        ("29.7", pytest.approx(29.7e6)),
    ]


def test_a_currency_in_the_caption_makes_the_cells_money() -> None:
    text = "Overspend by trust, 2024-25 (£m) — North Vale | 61.5 — Eastfield | 33.0"
    found = extract_claims(text)
    assert [(c.text, c.value, c.unit) for c in found] == [
        ("61.5", pytest.approx(61.5e6), "GBP"),
        ("33.0", pytest.approx(33.0e6), "GBP"),
    ]


def test_a_column_header_scales_only_its_column() -> None:
    text = (
        "Top clubs by revenue\n"
        "| Rank | Club | Revenue (€m) | Change (%) |\n"
        "|---|---|---|---|\n"
        "| 1 | Real Madrid | 1046 | 8 |\n"
        "| 2 | Manchester City | 838 | -2 |\n"
    )
    found = extract_claims(text)
    values = [(c.text, c.value, c.unit) for c in found]
    assert ("1046", pytest.approx(1046e6), "EUR") in values
    assert ("838", pytest.approx(838e6), "EUR") in values
    assert not any(c.text in ("1", "2") for c in found)  # the ranks
    changes = [c.value for c in found if c.text in ("8", "-2")]
    assert changes and all(abs(v) < 100 for v in changes)  # the change column keeps its value


def test_metres_in_a_header_are_no_millions() -> None:
    text = "Tallest towers\nRank | Tower | Height (m)\n1 | The Spire | 310\n2 | Canal Point | 235\n"
    assert sorted(v for _, v, _ in _figures(text)) == [235, 310]


def test_numbered_rows_that_do_not_count_off_are_kept() -> None:
    # a first column of 12, 40, 7 counts things; only 1, 2, 3 in order ranks rows
    text = "Branches | Region\n12 | North | 4.1\n40 | South | 3.9\n7 | West | 2.2\n"
    assert read_tables(text).hidden == ()
    assert {t for t, _, _ in _figures(text)} >= {"12", "40", "7"}


def test_prose_with_a_bar_is_no_table() -> None:
    tables = read_tables("Shares fell 4% (m) on Monday | Markets wrap")
    assert tables.hidden == () and tables.scales == {}


def test_an_imported_page_with_a_table_reads_its_scale() -> None:
    page = (
        b"<html><head><title>Rail use</title></head><body><article>"
        b"<h1>Rail use recovers</h1>"
        b"<p>Passenger numbers at the largest stations rose again last year, the regulator said "
        b"in its annual estimates, published on Thursday.</p>"
        b"<table><tr><th>Rank</th><th>Station</th><th>Entries and exits (m)</th></tr>"
        b"<tr><td>1</td><td>Northgate</td><td>41.4</td></tr>"
        b"<tr><td>2</td><td>Riverside</td><td>36.8</td></tr>"
        b"<tr><td>3</td><td>Queen's Road</td><td>30.2</td></tr></table>"
        b"<p>The regulator said growth was strongest at stations serving airports.</p>"
        b"</article></body></html>"
    )
    document = read_bytes(page, "rail.html", "text/html")
    found = extract_claims(document.text)
    assert [c.value for c in found if c.text in ("41.4", "36.8", "30.2")] == [
        pytest.approx(41.4e6),
        pytest.approx(36.8e6),
        pytest.approx(30.2e6),
    ]
    ranks = [c for c in found if c.text in ("1", "2", "3")]
    assert ranks == []


def test_a_list_after_a_scaled_caption_is_a_table() -> None:
    text = "Spending by department (millions): Health 41.2, Schools 30.5; Roads 9.8"
    assert [(c.text, c.value) for c in extract_claims(text)] == [
        ("41.2", pytest.approx(41.2e6)),
        ("30.5", pytest.approx(30.5e6)),
        ("9.8", pytest.approx(9.8e6)),
    ]  # and no figure "millions" of the note itself
    money = extract_claims("Grants by region, €bn: North 2.4; Coast 1.1")
    assert [(c.value, c.unit) for c in money] == [
        (pytest.approx(2.4e9), "EUR"),
        (pytest.approx(1.1e9), "EUR"),
    ]


def test_a_label_and_colon_without_a_scale_changes_nothing() -> None:
    text = "Key figures (2024): Revenue £4.2bn, staff 1,200"
    assert [(c.text, c.value) for c in extract_claims(text)] == [
        ("£4.2bn", pytest.approx(4.2e9)),
        ("1,200", 1200),
    ]


def test_a_header_row_run_together_scales_its_column_and_leaves_the_shares() -> None:
    text = "Airline | Passengers (m) | Share — Skyvale | 21.7 | 38% — Nordair | 12.2 | 21%"
    found = extract_claims(text)
    assert [(c.text, c.value, c.unit == "%") for c in found] == [
        ("21.7", pytest.approx(21.7e6), False),  # passengers, not a share from the cell beside
        ("38%", 38, True),
        ("12.2", pytest.approx(12.2e6), False),
        ("21%", 21, True),
    ]


def test_a_percent_note_makes_the_numbers_under_it_shares() -> None:
    text = "Party | Vote (%) | Seats\nGreens | 31.2 | 14\nLiberals | 28.0 | 11\n"
    found = [(c.text, c.unit) for c in extract_claims(text)]
    assert found == [("31.2", "%"), ("14", "Seats"), ("28.0", "%"), ("11", "Seats")]
    listed = extract_claims("Turnout by age (% of voters): under 25 41.5; over 65 77.0")
    assert [(c.text, c.unit) for c in listed if c.text in ("41.5", "77.0")] == [
        ("41.5", "%"),
        ("77.0", "%"),
    ]


def test_a_currency_code_or_word_in_a_note() -> None:
    found = extract_claims("Export earnings, 2024 (KSh bn) — 1 | Tea | 180.6 — 2 | Coffee | 31.2")
    assert [(c.value, c.unit) for c in found] == [
        (pytest.approx(180.6e9), "KES"),
        (pytest.approx(31.2e9), "KES"),
    ]
    listed = extract_claims("Sales, EUR m: North 4.1; South 2.2")
    assert [(c.value, c.unit) for c in listed] == [
        (pytest.approx(4.1e6), "EUR"),
        (pytest.approx(2.2e6), "EUR"),
    ]


def test_a_column_headed_lot_numbers_the_rows() -> None:
    text = (
        "| Lot | Painter | Estimate (£) | Sold (£) |\n|---|---|---|---|\n"
        "| 14 | A. Moss | 20,000-30,000 | 41,000 |\n| 9 | B. Tarn | 5,000-8,000 | 7,500 |\n"
    )
    found = extract_claims(text)
    assert [(c.text, c.value, c.bound, c.unit) for c in found] == [
        ("20,000-30,000", 20000, "range", "GBP"),
        ("41,000", 41000, "=", "GBP"),
        ("5,000-8,000", 5000, "range", "GBP"),
        ("7,500", 7500, "=", "GBP"),
    ]


def test_a_note_with_its_unit_and_a_signed_share_column() -> None:
    text = (
        "Wheat output by region, 2024 (m tonnes) — Rank | Region | Output | Change (%)"
        " — 1 | Plains | 12.6 | +2.4 — 2 | Delta | 7.3 | -1.8"
    )
    assert [(c.text, c.value, c.unit) for c in extract_claims(text)] == [
        ("12.6", pytest.approx(12.6e6), ""),
        ("2.4", 2.4, "%"),
        ("7.3", pytest.approx(7.3e6), ""),
        ("-1.8", -1.8, "%"),
    ]
    stacked = extract_claims("| Bank | Deposits (₹ lakh crore) |\n|---|---|\n| Alpha | 4.5 |\n")
    assert [(c.value, c.unit) for c in stacked] == [(pytest.approx(4.5e12), "INR")]


def test_million_tonnes_in_a_note() -> None:
    text = "Top producers (Mt) — Rank | Firm | Output — 1 | Ardent | 96.4 — 2 | Borel | 41.0"
    assert [c.value for c in extract_claims(text)] == [
        pytest.approx(96.4e6),
        pytest.approx(41.0e6),
    ]


def test_a_column_header_says_what_its_numbers_count() -> None:
    text = "Region | Jobs cut | Deaths\nNorth | 1,200 | 14\nSouth | 800 | 9\n"
    found = [(c.text, c.population, c.act) for c in extract_claims(text)]
    assert found == [
        ("1,200", "jobs", "cut"),
        ("14", "people", "killed"),
        ("800", "jobs", "cut"),
        ("9", "people", "killed"),
    ]
    assert label_for([c for c in extract_claims(text) if c.text == "800"]) == "Jobs cut in South"


def test_a_blank_line_and_another_header_begin_another_table() -> None:
    text = (
        "Station | Entries and exits (m)\nNorthgate | 41.4\nRiverside | 36.8\n\n"
        "Region | Jobs cut | Year\nNorth | 1,200 | 2023\n"
    )
    found = {c.text: c.value for c in extract_claims(text)}
    assert found["41.4"] == pytest.approx(41.4e6)
    assert found["1,200"] == 1200  # not scaled by the first table's "(m)"


def test_an_imported_tables_rows_apart_stay_one_table() -> None:
    text = (
        "| Station | Entries (m) |\n\n|---|---|\n\n| Northgate | 41.4 |\n\n| Riverside | 36.8 |\n"
    )
    assert [c.value for c in extract_claims(text)] == [
        pytest.approx(41.4e6),
        pytest.approx(36.8e6),
    ]


def test_a_tables_rows_are_told_apart_by_their_labels_in_the_groups() -> None:
    from desktop.linking.grouping import link_claims

    wire = "Region | Jobs cut\nNorth | 1,200\nSouth | 800\nTotal | 2,000\n"
    paper = "Region | Jobs cut\nNorth | 1,250\nSouth | 800\nTotal | 2,050\n"
    claims = [
        replace(c, id=n, article=a)
        for a, text in ((1, wire), (2, paper))
        for n, c in enumerate(extract_claims(text), start=10 * a)
    ]
    labels = sorted(link.label for link in link_claims(claims))
    assert labels == ["Jobs cut", "Jobs cut in North", "Jobs cut in South"]


def test_a_report_tables_caption_scales_the_rows_under_it() -> None:
    text = (
        "Table 6 Area treated with pesticides, 2016 and 2022 (million hectares)\n"
        "Herbicides 12.4 11.9\n"
        "Source: Pesticide Usage Survey, Report 312\n"
    )
    found = {c.text: c.value for c in extract_claims(text)}
    assert found["12.4"] == pytest.approx(12.4e6) and found["11.9"] == pytest.approx(11.9e6)
    assert "312" not in found or found["312"] == 312  # the source line is no row


def test_a_caption_on_one_line_with_its_rows_and_a_loss_in_brackets() -> None:
    one_line = "Table 4.2 Cereal production (000 tonnes) 2022 2023 change Wheat 14,039 13,980 -0.4%"
    assert [(c.text, c.value) for c in extract_claims(one_line)] == [
        ("14,039", pytest.approx(14_039_000)),
        ("13,980", pytest.approx(13_980_000)),
        ("-0.4%", pytest.approx(-0.4)),
    ]
    budget = (
        "Revenue budget summary (£m) 2024/25 2025/26 Variance\n"
        "Corporate savings (14.0) (22.5) (8.5)\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(budget)] == [
        (pytest.approx(-14e6), "GBP"),
        (pytest.approx(-22.5e6), "GBP"),
        (pytest.approx(-8.5e6), "GBP"),
    ]


def test_prose_with_a_note_in_brackets_is_no_table() -> None:
    found = extract_claims("Sales rose 12% (m) last year to 40 units.")
    assert [(c.text, c.value) for c in found] == [("12%", 12), ("40 units", 40)]


def test_a_report_tables_column_heads_each_scale_their_column() -> None:
    text = (
        "Table 4 Inbound visits and spend by market, 2023\n"
        "Market Visits (000s) Spend (£m)\n"
        "USA 5,070 6,318\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(text)] == [
        (pytest.approx(5_070_000), ""),  # visits, not pounds
        (pytest.approx(6_318e6), "GBP"),
    ]


def test_a_percent_column_and_the_years_over_a_report_table() -> None:
    text = "Port throughput (thousand TEU) 2022 2023 % chg\nShanghai 47,303 49,158 3.9\n"
    assert [(c.text, c.value, c.unit) for c in extract_claims(text)] == [
        ("47,303", pytest.approx(47_303_000), ""),
        ("49,158", pytest.approx(49_158_000), ""),
        ("3.9", pytest.approx(3.9), "%"),
    ]


def test_a_report_tables_rows_are_told_apart_by_their_labels_in_the_groups() -> None:
    from desktop.linking.grouping import link_claims

    report = (
        "Revenue budget summary (£m) 2024/25 2025/26\nAdult care 412.6 438.1\nLibraries 12.4 11.9\n"
    )
    paper = "Adult care will cost £438.1m next year. Libraries get £11.9m."
    claims = [
        replace(c, id=n, article=a)
        for a, text in ((1, report), (2, paper))
        for n, c in enumerate(extract_claims(text), start=10 * a)
    ]
    labels = sorted(link.label for link in link_claims(claims))
    assert labels == ["Cost (GBP) in Adult care", "Libraries (GBP)"]  # a bare amount: its row


def test_a_line_of_heads_between_a_caption_and_its_rows() -> None:
    """A report's caption says the scale; a line of column heads (no figures) sits under it;
    "Source" heading a column is no source line; "% change" and "Ratio %" columns are shares."""
    text = (
        "Table 3.1 Income by source, 2023/24 (£000)\n"
        "Source Amount %\n"
        "Donations and legacies 41,208 58.2\n"
        "Total 70,843 100.0\n"
    )
    assert [(c.text, c.value, c.unit) for c in extract_claims(text)] == [
        ("41,208", pytest.approx(41_208_000), "GBP"),
        ("58.2", pytest.approx(58.2), "%"),
        ("70,843", pytest.approx(70_843_000), "GBP"),
        ("100.0", pytest.approx(100.0), "%"),
    ]
    growth = (
        "Table 2: UK consumer spend on games, 2024 (£m)\n"
        "Segment 2023 2024 % change\n"
        "Hardware 1,340 1,170 -12.7\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(growth)] == [
        (pytest.approx(1_340e6), "GBP"),
        (pytest.approx(1_170e6), "GBP"),
        (pytest.approx(-12.7), "%"),
    ]


def test_columns_apart_by_one_space_stay_apart() -> None:
    """Two columns of a row are two numbers, not one with a space between its thousands."""
    text = (
        "Table 2 Wage costs, selected clubs, 2023/24 (£m)\n"
        "Club Wages Revenue Ratio %\n"
        "Club A 406 715 57\n"
        "Football Finance Review | 38\n"
    )
    assert [(c.text, c.value) for c in extract_claims(text)] == [
        ("406", pytest.approx(406e6)),
        ("715", pytest.approx(715e6)),
        ("57", pytest.approx(57)),
    ]  # and the page's footer "| 38" is no figure
    # out of a table, continental copy still spaces its thousands
    assert [c.value for c in extract_claims("Some 12 500 people marched.")] == [12_500]


def test_a_caption_that_names_no_scale_and_rows_with_their_own() -> None:
    """A caption that opens with "Table" and says no scale still heads rows of figures ("Anglian
    172.0": no model's name); a row's own note scales that row alone; a line of heads may give a
    note a column or say "All figures in £ million"; a footer with a page ends the table."""
    plain = (
        "Table 3.1 Leakage performance, 2023–24 (megalitres per day)\n"
        "Company Target Actual\n"
        "Anglian 172.0 180.9\n"
        "Water Company Performance Report | Page 17 of 40\n"
    )
    assert [c.value for c in extract_claims(plain)] == [172.0, 180.9]
    rows = (
        "Table 3.2 Pension Protection Fund: key figures\n"
        "Item 2022/23 2023/24\n"
        "Levy collected (£m) 188 200\n"
        "Members receiving compensation (000s) 141 144\n"
        "PPF Annual Report and Accounts 2023/24 — 12\n"
    )
    assert [c.value for c in extract_claims(rows)] == [188e6, 200e6, 141_000, 144_000]
    columns = (
        "Table 4: Delay compensation claims, 2023/24\n"
        "Operator Claims (number) Paid (£000)\n"
        "Great Western 612,300 7,410\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(columns)] == [
        (612_300, ""),
        (pytest.approx(7_410_000), "GBP"),
    ]
    said = (
        "Table 1.3 Passenger revenue by ticket type, Great Britain\n"
        "All figures in £ million, cash terms\n"
        "Ticket type Apr–Jun 2023 Apr–Jun 2024\n"
        "Advance 812 866\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(said)] == [(812e6, "GBP"), (866e6, "GBP")]
    inline = "Table 7 Grants by region (number) (£m) North 212 4.8 South 301 7.2 Source: database"
    assert [c.value for c in extract_claims(inline)] == [
        212,
        pytest.approx(4.8e6),
        301,
        pytest.approx(7.2e6),
    ]
    emissions = "Table 4.2 Emissions by sector (MtCO2e)\nSector 1990 2023\nPower 203.9 41.1\n"
    assert [c.value for c in extract_claims(emissions)] == [
        pytest.approx(203.9e6),
        pytest.approx(41.1e6),
    ]


def test_a_caption_word_before_prose_makes_no_table() -> None:
    text = (
        "Table 3 shows the results. Turnout rose to 64 percent.\n"
        "Below, 12 of 40 seats changed hands."
    )
    assert [c.value for c in extract_claims(text)] == [64, 12, 40]


def test_a_table_of_contents_is_no_table_of_figures() -> None:
    """A caption that names no scale opens a table only with its number ("Table 3.1",
    "Table RAS0101:"); "Table of contents" lists pages, no figures."""
    contents = "Table of contents\nIntroduction 3\nMethods 7\nResults 12\n\nThe council cut 40 jobs"
    assert [c.value for c in extract_claims(contents)] == [40]
    coded = "Table RAS0101: Road casualties\nSeverity 2023 2024\nKilled 1,624 1,602\n"
    assert [c.value for c in extract_claims(coded)] == [1624, 1602]


def test_a_row_label_that_ends_in_a_reference_word_keeps_its_first_cell() -> None:
    """ "form" a column away from "88.7" is no "Form 10-Q"; "(note 5)" stays a reference."""
    table = (
        "Table 3 Chemical output index (2020 = 100), seasonally adjusted\n"
        "                             Q1 2025    Q2 2025\n"
        "Basic chemicals                 81.4       78.9\n"
        "Plastics in primary form        88.7       87.1\n"
        "Staff costs (note 5)            90.2       91.0\n"
    )
    assert [c.value for c in extract_claims(table)] == [81.4, 78.9, 88.7, 87.1, 90.2, 91.0]


def test_a_cell_a_column_away_from_a_place_name_is_no_part_of_the_name() -> None:
    """ "North Wales      3.1" is a magnitude in its column; "Route 66" in prose stays a name."""
    table = (
        "Table 1. Largest earthquakes recorded by the network, January–June 2025\n"
        "Date      Region                 Mag (ML)    Depth (km)\n"
        "14 Jan    North Wales                 3.1           7.2\n"
        "2 Mar     Lleyn Peninsula             2.6          11.0\n"
    )
    assert [c.value for c in extract_claims(table)] == [3.1, 7.2, 2.6, 11.0]
    assert extract_claims("They drove Route 66 in a Boeing 737 livery.") == []


def test_a_money_sign_and_a_scale_alone_on_a_line_head_the_columns_under_it() -> None:
    """Charity and company accounts head their amounts with a bare "£000" line."""
    accounts = (
        "Trustees' report (extract), Harbour Chapel Trust, year ended 31 March 2025\n"
        "                                          £000\n"
        "Donations and legacies                   1,207\n"
        "Expenditure                            (1,530)\n"
        "The trust raised its hall's hire charge to £45 an hour."
    )
    found = [(c.text, c.value, c.unit) for c in extract_claims(accounts)]
    assert found == [
        ("1,207", 1_207_000, "GBP"),
        ("1,530", -1_530_000, "GBP"),
        ("£45", 45, "GBP"),
    ]


def test_commas_before_one_or_two_digits_are_decimals_in_copy_with_no_thousands_comma() -> None:
    """Translated reports keep their decimal commas wherever they stand ("CHF 41,6 m",
    "magnitude 6,8 the"), and write no thousands with a comma ("1 146")."""
    report = (
        "In the 72 hours after the main shock of magnitude 6,8 the network located 1 146 "
        "aftershocks. The largest occurred 9 km away. Peak ground acceleration reached "
        "0,41 g. Net fee income was CHF 41,6 m."
    )
    values = [c.value for c in extract_claims(report)]
    assert 6.8 in values and 0.41 in values and 41_600_000 in values
    assert 1146 in values
    # the same words after a thousands comma ("12,400") are not taken for continental copy
    english = "Sales of 12,400 units. " + report
    assert 41_600_000 not in [c.value for c in extract_claims(english)]


def test_a_line_of_heads_that_opens_with_the_tables_scale() -> None:
    """Accounts set their scale at the head of the label column: "(£000)   2024/25   2023/24";
    a bracketed amount is a cost."""
    accounts = (
        "Harrowfield Prisons Trust — Statement of income and expenditure\n"
        "(£000)                            2024/25      2023/24\n"
        "Contract income                    48,612       46,205\n"
        "Staff costs                       (31,904)     (29,877)\n"
        "Annual Report and Accounts 2024/25 — 27 —\n"
    )
    assert [c.value for c in extract_claims(accounts)] == [
        48_612_000,
        46_205_000,
        -31_904_000,
        -29_877_000,
    ]
    results = "(US$ million)        Q3 2025       Q3 2024\nRevenue   4,918   4,502\n"
    assert [(c.value, c.unit) for c in extract_claims(results)] == [
        (4_918e6, "USD"),
        (4_502e6, "USD"),
    ]


def test_a_number_in_brackets_in_a_table_is_negative() -> None:
    """Reports bracket a fall or a loss in any column, whatever the column counts ("(32)" under
    "Change", "(0.5)" under "Net", "(4.1)" under "Change on year (%)"); the other cells stay as
    written. Six annotated sentence sets mark all 124 of their bracketed cells so."""
    staff = (
        "Table 2: Staff numbers (FTE)\n"
        "                          2025     2024    Change\n"
        "Nurses                   1,204    1,180        24\n"
        "Admin staff                310      342      (32)\n"
    )
    assert [c.value for c in extract_claims(staff)] == [1204, 1180, 24, 310, 342, -32]
    flows = (
        "Table 2 Regular forces strength and flows (000s)\n"
        "                  Strength    Intake    Outflow      Net\n"
        "Navy                  29.8       3.1        3.6    (0.5)\n"
        "Air Force             28.6       3.3        3.2      0.1\n"
    )
    assert [c.value for c in extract_claims(flows)][3:5] == [-500, 28_600]
    prose = "The ward (12 beds) reopened, and 40 more beds came in May."
    assert [c.value for c in extract_claims(prose)] == [12, 40]


def test_brackets_under_a_change_or_a_surplus_deficit_head_are_negative() -> None:
    """ "Change (%)" and "Surplus/(deficit)" say where a bracket means a fall or a deficit; the
    head is found where the cell stands on its line, as a report lines its columns up."""
    allocations = (
        "Table 1  Research council allocations (£m)\n"
        "Council                     2025–26      2026–27      Change (%)\n"
        "Medical Research                862          871             1.0\n"
        "Arts & Humanities               119          112           (5.9)\n"
    )
    assert [c.value for c in extract_claims(allocations)][-3:] == [119e6, 112e6, -5.9]
    strength = (
        "Table 1.1  Full-time trained strength\n"
        "                    Requirement      Strength      Surplus/(deficit)\n"
        "Navy                     29,860        27,421                (2,439)\n"
        "Army                     73,000        74,118                  1,118\n"
    )
    assert [c.value for c in extract_claims(strength)] == [
        29_860, 27_421, -2_439, 73_000, 74_118, 1_118,
    ]  # fmt: skip


def test_each_column_under_a_head_with_its_own_note_keeps_that_note() -> None:
    """A line of heads whose columns carry their own notes scales each column by the note
    above it, a column with none by the caption's, a unit that is no scale by nothing."""
    fraud = (
        "Table 3  Fraud losses by type, 2024 (£m)\n"
        "                           Cases (000s)      Losses      Returned (%)\n"
        "Authorised push payment           232.4       450.7                62\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(fraud)] == [
        (232_400, ""), (450_700_000, "GBP"), (62, "%"),
    ]  # fmt: skip
    water = (
        "Table 6  Water company performance, 2024–25\n"
        "Company              Leakage (Ml/d)     Spills (000s)     Bill (£/yr)\n"
        "Severncross                   412.6              61.3             488\n"
    )
    assert [c.value for c in extract_claims(water)] == [412.6, 61_300, 488]


def test_an_intervals_ends_in_one_cell_keep_the_table() -> None:
    migration = (
        "Table 1  Long-term international migration, year ending June 2025 (thousands)\n"
        "                         Central          95% CI\n"
        "Immigration                  898      853 to 943\n"
    )
    found = [(c.value, c.low, c.high) for c in extract_claims(migration)]
    assert found == [(898_000, None, None), (853_000, 853_000, 943_000)]


def test_a_pdfs_row_two_spaces_apart_takes_its_last_heads_notes() -> None:
    """Text from a PDF sets a row's cells two spaces apart, under heads that do not line up:
    the row's last cells are the last heads' columns."""
    fraud = (
        "Table 3  Fraud losses by type, 2024 (£m)\n"
        "Cases (000s)  Losses  Returned (%)\n"
        "Authorised push payment  232.4  450.7  62\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(fraud)] == [
        (232_400, ""), (450_700_000, "GBP"), (62, "%"),
    ]  # fmt: skip


def test_a_rate_base_in_a_head_is_no_row_and_no_figure() -> None:
    workforce = (
        "Table 7  GP workforce and appointments by region, 2024–25\n"
        "Region               FTE GPs    Appointments (m)    Per 1,000 patients\n"
        "Northmere              2,914                31.6                 4,420\n"
    )
    assert [c.value for c in extract_claims(workforce)] == [2_914, 31_600_000, 4_420]


def test_a_head_that_opens_with_a_percent_sign_holds_shares_under_a_scaled_caption() -> None:
    airports = (
        "Table 9.2 Terminal passengers at UK airports (millions)\n"
        "Airport            2019     2023     2024    % change vs 2019\n"
        "Halbury           80.9     79.2     83.9          +3.7\n"
        "Northgate         46.6     40.9     43.2          -7.3\n"
    )
    assert [c.value for c in extract_claims(airports)] == [
        80.9e6, 79.2e6, 83.9e6, 3.7, 46.6e6, 40.9e6, 43.2e6, -7.3,
    ]  # fmt: skip


def test_a_rows_own_count_or_share_note_overrides_the_captions_scale() -> None:
    """A row that says it counts things or holds shares is not in the caption's money:
    "Vessel arrivals (number)" under "(£000)", "Providers in deficit (%)" under "(£m)"."""
    port = (
        "Harbour Authority — Annual Accounts 2024/25\n"
        "Income and expenditure (£000)\n"
        "                              2024/25      2023/24\n"
        "Harbour dues                   18,442       17,906\n"
        "Vessel arrivals (number)        5,214        5,377\n"
        "Berths in use (%)                  81           77\n"
    )
    assert [(c.value, c.unit) for c in extract_claims(port)] == [
        (18_442_000, "GBP"), (17_906_000, "GBP"), (5_214, ""), (5_377, ""), (81, "%"), (77, "%"),
    ]  # fmt: skip


def test_a_bracketed_cell_under_variance_is_a_fall_in_a_row_with_its_own_scale() -> None:
    transport = (
        "Transport Authority — Revenue account 2024/25 (£m)\n"
        "                              Budget     Actual    Variance\n"
        "Fares income                  412.0      398.6      (13.4)\n"
        "Passenger journeys (m)        236.0      228.7       (7.3)\n"
    )
    assert [c.value for c in extract_claims(transport)] == [
        412e6, 398.6e6, -13.4e6, 236e6, 228.7e6, -7.3e6,
    ]  # fmt: skip


def test_financial_years_with_a_hyphen_are_heads_not_negative_numbers() -> None:
    funding = (
        "Table 3: Core schools funding per pupil, England (£, 2024-25 prices)\n"
        "                        2010-11     2019-20     2025-26\n"
        "Primary                   5,412       5,089       5,706\n"
    )
    assert [c.value for c in extract_claims(funding)] == [5_412, 5_089, 5_706]


def test_a_caption_with_the_heads_on_its_line_scales_the_rows() -> None:
    police = (
        "Police Force — Statement of Accounts 2024/25\n"
        "Net revenue expenditure (£m)        2024/25      2025/26 budget\n"
        "Police officer pay                    198.4          211.9\n"
        "Savings required                         –            (9.8)\n"
    )
    assert [c.value for c in extract_claims(police)] == [198.4e6, 211.9e6, -9.8e6]


def test_a_row_label_ending_in_a_name_word_keeps_its_cells() -> None:
    """ "year 486" is no name ("Year 10") when a run of spaces sets the number apart as a cell;
    a short footer after the table, "Annual Report 2025 | 88", is a page's number."""
    stores = (
        "12. Store portfolio\n"
        "                                    2025       2024\n"
        "Stores at start of year              486        502\n"
        "Stores at end of year                472        486\n"
        "Annual Report 2025 | 88\n"
    )
    assert [c.value for c in extract_claims(stores)] == [486, 502, 472, 486]


def test_prose_after_a_tables_rows_is_not_scaled_by_its_caption():
    fund = (
        "(£000)                              Budget      Spent     Variance\n"
        "Business grants                        800        655          145\n"
        "Total                                5,450      6,045        (595)\n"
        "Grants went to 2,824 households; the government matched funding.\n"
    )
    assert [c.value for c in extract_claims(fund)] == [
        800_000, 655_000, 145_000, 5_450_000, 6_045_000, -595_000, 2_824,
    ]  # fmt: skip


def test_a_table_s_columns_are_no_phrase() -> None:
    """A date in one column and a number in the next are no "14 Nov 87"; a row label's "and
    over" bounds no cell; a row labelled as a share of something is no caption's £ billions."""
    storms = (
        "Table A3 Named storms, 2024/25 season\n"
        "Storm        Date          Max gust (mph)   Homes flooded\n"
        "Aveline      14 Nov              87                  410\n"
        "Bertram      2 Jan              102                1,265\n"
    )
    assert [c.value for c in extract_claims(storms)] == [87, 410, 102, 1265]
    bands = (
        "Age band          Average premium (£)    Index\n"
        "50 and over               427                 124.6\n"
    )
    assert [(c.value, c.bound) for c in extract_claims(bands)][1:] == [(427, "="), (124.6, "=")]
    budget = (
        "Table 1.3 Defence budget (£ billion, cash)\n"
        "                          2024-25     2025-26\n"
        "Total                       13.5        14.5\n"
        "As % of GDP                1.92        2.03\n"
    )
    assert [c.value for c in extract_claims(budget)] == [13.5e9, 14.5e9, 1.92, 2.03]
    assert [c.value for c in extract_claims("The gust on 14 Nov 87 was the worst.")] == []


def test_a_page_s_footer_and_a_row_s_note_are_no_figures() -> None:
    """Page numbers under a title that holds a reference or a code, or between two dashes,
    and a row label's "(note 3)" are no figures; the rows' numbers are."""
    pages = (
        "Subsidies rose 4%.\n"
        "Impact Assessment No. HA0117 — 14\n"
        "Prices fell 2%.\n"
        "— 17 —\n"
        "Output rose 3%.\n"
        "Form 10-Q · page 3\n"
        "Jobs rose 1%.\n"
        "Business Plan 2026–28 · Section 4 · 12\n"
    )
    assert [c.value for c in extract_claims(pages)] == [4, 2, 3, 1]
    accounts = (
        "Statement of comprehensive income (£000)\n"
        "                                  2024/25       2023/24\n"
        "Income from patient care (note 3)  842,310       791,604\n"
    )
    assert [c.value for c in extract_claims(accounts)] == [842_310_000, 791_604_000]


def test_a_bracketed_cell_in_rows_with_no_caption_is_a_fall():
    """Rows set in columns by runs of spaces, with no caption to open a table: a bracketed cell
    is a fall all the same, and no person's age ("Closed (21)")."""
    rows = (
        "12. Store portfolio\n"
        "                         2025       2024\n"
        "Opened                      7          3\n"
        "Closed                    (21)       (19)\n"
    )
    assert [c.value for c in extract_claims(rows)] == [7, 3, -21, -19]
    assert [c.value for c in extract_claims("John Smith (21) was hurt.")] == []


def test_a_number_in_a_row_s_label_is_no_cell_and_ends_no_table() -> None:
    """ "Standard (2 days)" and "Total (14 sites)" name their row; the cells after the gap stay
    under their heads' notes, and the rows after them are still the table's."""
    parcels = (
        "Table 3  Delivery performance, Q2\n"
        "                           Target (%)   Met (%)   Items (m)\n"
        "Express (next day)             93.0       81.2       120.4\n"
        "Standard (2 days)              96.0       90.7       480.9\n"
        "Total (14 sites)               95.0       88.1       601.3\n"
    )
    found = {(c.text, round(c.value, 1), c.unit) for c in extract_claims(parcels)}
    assert ("480.9", 480_900_000.0, "") in found
    assert ("601.3", 601_300_000.0, "") in found
    assert ("90.7", 90.7, "%") in found and ("88.1", 88.1, "%") in found
    assert {c.value for c in extract_claims(parcels) if c.text.startswith(("2 days", "14"))} == {
        2,
        14,
    }  # the label's own numbers, read as the text's, not scaled to millions


def test_a_label_number_under_no_head_is_no_cell() -> None:
    """ "Route 66" stands where no head does: the row's cells are the three under the heads, each
    in its head's scale (a head with no note, "Drivers", scales nothing)."""
    lines = (
        "Table 5  Bus routes\n"
        "                            Trips (000s)   Drivers   On time (%)\n"
        "Route 66                        412.5         38          88.4\n"
        "Route 9                         388.0         41          91.2\n"
    )
    values = {c.text: (round(c.value, 1), c.unit) for c in extract_claims(lines)}
    assert values["412.5"] == (412_500.0, "") and values["388.0"] == (388_000.0, "")
    assert values["38"] == (38, "") and values["88.4"] == (88.4, "%")


def test_each_note_heads_as_many_columns_as_the_years_under_it() -> None:
    """ "Volume (000 t)" and "Value (£m)" over "2023 2024 2023 2024": the first two columns are
    thousands of tonnes, the last two millions of pounds, not the last two alone."""
    crops = (
        "Table 7  Fruit harvest by crop\n"
        "                 Volume ('000 t)       Value (£m)\n"
        "                  2023      2024     2023      2024\n"
        "Apples           210.4     198.2    188.6     201.3\n"
        "Pears             31.5      29.9     40.2      38.7\n"
    )
    values = [round(c.value) for c in extract_claims(crops)]
    assert values == [210_400, 198_200, 188_600_000, 201_300_000, 31_500, 29_900, 40_200_000,
                      38_700_000]  # fmt: skip


def test_digits_grouped_by_one_space_in_a_row_of_wide_gaps_are_one_number() -> None:
    """Thousands grouped by a space ("12 904") are one cell where the row's columns stand apart
    by wider gaps; numbers one space apart in a row of single spaces stay columns."""
    votes = (
        "Table 2: Council seat, final count\n"
        "Candidate                      Votes       Share\n"
        "A. Vogel (Green)              12 904      48,1 %\n"
        "Others (4 candidates)          2 310       8,6 %\n"
    )
    found = [(c.text, c.value) for c in extract_claims(votes)]
    assert ("12 904", 12_904) in found and ("2 310", 2_310) in found
    packed = "Table 4 Crossings (000s)\nWeek 1 2 3\nCars 612 648 701\n"
    assert [c.value for c in extract_claims(packed)][-3:] == [612_000, 648_000, 701_000]


def test_a_column_of_counts_under_a_caption_of_money_is_not_money() -> None:
    """ "Branches (number)" under a caption in £m: the counts stay counts; the money columns
    take the caption's scale."""
    segments = (
        "Harbour Foods plc\n"
        "Segment results, half year to 30 June 2025 (£m)\n"
        "                        Revenue    Operating profit   Branches (number)\n"
        "Grocery                   812.5              61.0                 305\n"
        "Convenience               144.2               9.8                  87\n"
    )
    found = {c.text: (round(c.value, 1), c.unit) for c in extract_claims(segments)}
    assert found["812.5"] == (812_500_000.0, "GBP") and found["9.8"] == (9_800_000.0, "GBP")
    assert found["305"][0] == 305 and found["87"][0] == 87


def test_a_money_scale_that_opens_the_heads_scales_the_rows_without_their_own_note() -> None:
    """ "£m (unless stated)" over the years: the rows with no note of their own are millions of
    pounds; a row that says "(number)" or "(£)" keeps its own."""
    results = (
        "Northgate Bakeries plc — Summary of results\n"
        "£m (unless stated)                    2024       2023\n"
        "Revenue                               402.6      388.1\n"
        "Shops trading (number)                  311        296\n"
        "Average basket (£)                     6.85       6.40\n"
    )
    found = [(c.text, round(c.value, 2)) for c in extract_claims(results)]
    assert found == [
        ("402.6", 402_600_000), ("388.1", 388_100_000), ("311", 311), ("296", 296),
        ("6.85", 6.85), ("6.40", 6.4),
    ]  # fmt: skip


def test_a_row_with_its_own_scale_scales_no_row_under_it() -> None:
    """ "Members ('000)" is one row's note: the next row, in pounds a month, is no thousands."""
    kpis = (
        "Fitwell Clubs — Key performance indicators\n"
        "                                       H1 2025     H1 2024\n"
        "Clubs open (number)                        120         111\n"
        "Members ('000)                             640         602\n"
        "Average fee per member (£/month)         24.50       23.10\n"
    )
    found = [(c.text, round(c.value, 2)) for c in extract_claims(kpis)]
    assert ("640", 640_000) in found and ("602", 602_000) in found
    assert ("24.50", 24.5) in found and ("23.10", 23.1) in found


def test_a_nil_mark_in_a_row_leaves_the_cells_before_it_in_their_scale() -> None:
    """ "—" or ":" for no figure stands in a column: the cell before it is no label's number."""
    grants = (
        "Grants to community groups (£000)     2022/23    2023/24    2024/25\n"
        "Youth clubs                            318.0         —       296.5\n"
        "Libraries                               84.2        :         90.1\n"
    )
    found = [(c.text, round(c.value)) for c in extract_claims(grants)]
    assert found == [("318.0", 318_000), ("296.5", 296_500), ("84.2", 84_200), ("90.1", 90_100)]


def test_rows_set_in_under_a_row_with_its_own_scale_take_it() -> None:
    """ "  of which Wales" under "Households (m)" is millions too; the row after them is not."""
    homes = (
        "Clubs open (number)                     120         111\n"
        "Households (m)                         28.4        28.1\n"
        "  of which Wales                        1.4         1.4\n"
        "Average rent (£/month)               1,210       1,150\n"
    )
    found = [(c.text, round(c.value, 1)) for c in extract_claims(homes)]
    assert ("28.4", 28_400_000) in found and ("1.4", 1_400_000) in found
    assert ("1,210", 1210) in found and ("120", 120) in found


def test_a_pdf_row_whose_cells_stand_left_of_their_heads_keeps_its_first_cell() -> None:
    """Heads set further right than the cells under them, as PDF text often is: the first
    number after the label's gap is a cell, not a label's number."""
    water = (
        "Table 3 Utility performance\n"
        "                               Customers (000s)   Mains bursts (number)\n"
        "Eastvale Water       2,310            4,120\n"
        "Northmoor Water      1,880            3,075\n"
    )
    found = {c.text: round(c.value) for c in extract_claims(water)}
    assert found["2,310"] == 2_310_000 and found["1,880"] == 1_880_000
    assert found["4,120"] == 4_120 and found["3,075"] == 3_075


def test_a_row_s_own_unit_keeps_the_heads_scale_off_it() -> None:
    """Under "£m (unless stated)", a row in pence, a multiple or days is not millions of
    pounds; a row that names no unit is."""
    results = (
        "Highlights\n"
        "£m (unless stated)                      2024        2023\n"
        "Revenue                                418.2       396.0\n"
        "Earnings per share (pence)              14.6        12.9\n"
        "Net debt to EBITDA (x)                   1.8         2.1\n"
        "Stock days (days)                         52          57\n"
    )
    found = [(c.text, round(c.value, 1)) for c in extract_claims(results)]
    assert found == [
        ("418.2", 418_200_000), ("396.0", 396_000_000), ("14.6", 14.6), ("12.9", 12.9),
        ("1.8", 1.8), ("2.1", 2.1), ("52", 52), ("57", 57),
    ]  # fmt: skip


def test_a_label_s_number_before_the_year_columns_is_no_cell() -> None:
    """ "Line 4" under "Line   2023   2024": two cells after the label, and no 4,000."""
    trams = (
        "Table 6 Tram journeys by line (000s)\n"
        "Line                          2023        2024\n"
        "Line 4 (Airport)             310.2       334.8\n"
        "Line 11                       98.6       101.4\n"
    )
    found = [(c.text, round(c.value)) for c in extract_claims(trams)]
    assert ("310.2", 310_200) in found and ("98.6", 98_600) in found
    assert ("101.4", 101_400) in found
    assert not [v for t, v in found if t in ("4", "11")]


def test_a_number_that_opens_a_row_under_a_rank_head_is_its_place() -> None:
    """Under "Rank" or "No.", the number that opens each row is its place in the list, no
    figure; the cells after the row's words keep the heads' scale."""
    chart = (
        "Weekly audience chart, w/e 9 March\n"
        "Rank  Programme                      Channel        Viewers (m)\n"
        "1     Harbour Lights                 Channel 5          6.12\n"
        "2     The Long Field (ep. 3)         Westvision         5.47\n"
    )
    found = [(c.text, round(c.value)) for c in extract_claims(chart)]
    assert ("6.12", 6_120_000) in found and ("5.47", 5_470_000) in found
    assert not [t for t, _ in found if t.startswith(("1 ", "2 ", "1\u00a0"))]
    assert [t for t, _ in found if t[0] in "12" and len(t) == 1] == []


def test_a_head_over_two_columns_of_years_keeps_its_own_scale() -> None:
    # "Clubs" heads both years; only the attendance column is in thousands
    text = (
        "Table 8  Youth clubs, sessions and attendance by area\n"
        "              Clubs      Weekly sessions   Attending ('000)\n"
        "           2019   2024              2024               2024\n"
        "Ashworth     31     19                74                4.2\n"
        "Brindley     24     17                61                3.6\n"
    )
    assert [(c.text, c.value) for c in extract_claims(text)] == [
        ("31", 31), ("19", 19), ("74", 74), ("4.2", pytest.approx(4_200)),
        ("24", 24), ("17", 17), ("61", 61), ("3.6", pytest.approx(3_600)),
    ]  # fmt: skip


def test_a_number_in_a_head_s_words_leaves_the_line_a_line_of_heads() -> None:
    """ "Avg 2 kg bag (£)" and "Members over 65 (%)" are heads, not a row: the columns keep
    their notes ("('000)" scales the members), and the head's own numbers are no figures."""
    allotments = (
        "Table 4.1  Allotment societies, 2022–2024\n"
        "       Societies   Members ('000)   Plots   Avg 2 kg bag (£)   Members over 65 (%)\n"
        "2022         812             91.4   6,120               4.20                  41.0\n"
        "2024         840             96.8   6,390               4.60                  38.5\n"
    )
    found = [(c.text, round(c.value, 1)) for c in extract_claims(allotments)]
    assert ("91.4", 91_400) in found and ("96.8", 96_800) in found
    assert ("6,120", 6_120) in found and ("4.20", 4.2) in found
    assert not [t for t, _ in found if t.startswith(("2 kg", "over 65", "65"))]


def test_a_first_row_of_labels_and_numbers_is_no_line_of_heads() -> None:
    """A row whose cells each end at their number ("Home 3   Away 1   Attendance 40,120") is read
    as a row, though its numbers stand one space after words as a head's do."""
    scores = "Table 1  Cup final\nHome 3   Away 1   Attendance 40,120\n"
    assert ("40,120", 40_120) in [(c.text, c.value) for c in extract_claims(scores)]


def test_a_line_of_heads_with_notes_scales_the_columns_under_them() -> None:
    """A line of heads that serves as the caption ("Ferries   Sailings   Passengers ('000)   Avg
    fare (£)   Delays"): each note scales the column under its head, though a column with no
    note comes after them."""
    ferries = (
        "       Ferries   Sailings   Passengers ('000)   Avg fare (£)   Delays\n"
        "2022        14      8,120                 612.5          38.50      214\n"
        "2023        15      8,460                 655.0          41.00      187\n"
    )
    found = [(c.text, round(c.value, 2)) for c in extract_claims(ferries)]
    assert ("612.5", 612_500) in found and ("655.0", 655_000) in found
    assert ("38.50", 38.5) in found and ("41.00", 41) in found
    assert ("214", 214) in found and ("187", 187) in found


def test_a_wide_table_s_long_line_of_heads_still_scales_its_columns() -> None:
    """Under a caption too long to be read as one, a line of heads longer than a caption may be
    ("Lorries registered ('000)   …   Drivers employed ('000)") is still a line of heads set
    apart by runs of spaces, not prose: its notes scale the columns under them."""
    haulage = (
        "Table 2.4  Road haulage in the Northern region: lorries registered, empty running, loads"
        " moved, fuel and drivers, 2022–2023\n"
        "       Lorries registered ('000)   Empty running (%)   Loads moved ('000)"
        "   Average fuel price (£)   Drivers employed ('000)\n"
        "2022                      412.8                28.4             1,204.6"
        "                     1.62                     48.9\n"
        "2023                      420.1                27.9             1,251.3"
        "                     1.49                     47.2\n"
    )
    found = [(c.text, round(c.value, 2)) for c in extract_claims(haulage)]
    assert ("412.8", 412_800) in found and ("1,251.3", 1_251_300) in found
    assert ("47.2", 47_200) in found
    assert ("28.4", 28.4) in found and ("1.49", 1.49) in found


def test_a_row_of_nil_marks_does_not_end_the_table() -> None:
    """A year with nothing to show ("2021   –   –") is a row: the rows under it keep their
    columns' scales."""
    ferries = (
        "Table 6  Island ferry services, 2020–2023\n"
        "       Sailings   Passengers ('000)   Cars ('000)\n"
        "2020      8,120               612.5          88.1\n"
        "2021          –                   –             –\n"
        "2022      8,460               655.0          91.4\n"
        "2023      8,702               671.2          93.0\n"
    )
    found = [(c.text, round(c.value, 1)) for c in extract_claims(ferries)]
    assert ("612.5", 612_500) in found and ("655.0", 655_000) in found
    assert ("93.0", 93_000) in found and ("8,702", 8_702) in found
    assert not [t for t, _ in found if "–" in t]


def test_a_decimal_comma_before_a_clauses_comma_or_a_modifier_and_its_unit() -> None:
    """Translated copy with no thousands comma: "7,4, against 6,9" are decimals before a clause's
    comma, and "52,6 audience points" one decimal before a modifier and its unit."""
    report = (
        "In 2023 the museum had 412 300 visits. Visits per resident were 7,4, against 6,9 in "
        "2022. Spending per visit was 12,50 euros."
    )
    assert [(c.text, c.value) for c in extract_claims(report)] == [
        ("412 300 visits", 412_300),
        ("7,4", 7.4),
        ("6,9", 6.9),
        ("12,50 euros", 12.5),
    ]
    final = "The last match averaged 52,6 audience points in the region."
    assert [(c.text, c.value) for c in extract_claims(final)] == [("52,6 audience points", 52.6)]
    # a list's commas and English thousands stay as they were
    english = "The vote went 3,2,1 in the three rounds. Sales of 12,400 units followed."
    assert 3.2 not in [c.value for c in extract_claims(english)]
    seats = "Seats 4,5 and 6 were empty at 12,400-seat arena."
    assert 4.5 not in [c.value for c in extract_claims(seats)]
    english = "Visits rose to 12,400, against 11,900 in 2022."
    assert [c.value for c in extract_claims(english)] == [12_400, 11_900]
