"""How long a comparison sheet of 1,000 groups takes to build and to render to PDF (target < 10 s).

    .venv/bin/python benchmarks/bench_sheet.py [--groups 1000] [--out /tmp/bench_sheet.pdf]

A synthetic snapshot: 5 articles, 1,000 groups of 3–5 figures each with every kind of bound.
Prints the figures; asserts nothing (timing asserts in tests are flaky).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.model import ArticleRow, Claim, GroupRow, Snapshot  # noqa: E402
from desktop.sheets import build_sheet, render_csv, render_html  # noqa: E402
from desktop.ui.printing import render_pdf  # noqa: E402

_BOUNDS = ("=", "~", ">", "<", "range")


def synthetic(groups: int, seed: int = 6) -> Snapshot:
    rng = random.Random(seed)
    sentence = (
        "Officials said {} people had been {} by the end of the week, according to the report."
    )
    texts: dict[int, list[str]] = {a: [] for a in range(1, 6)}
    claims: list[Claim] = []
    rows: list[GroupRow] = []
    for g in range(1, groups + 1):
        base = rng.choice((120, 4_000, 82_000, 6, 1_500_000))
        members = []
        for article in rng.sample(range(1, 6), rng.randint(3, 5)):
            value = round(base * rng.uniform(0.5, 3.0 if g % 7 == 0 else 1.4))
            bound = rng.choice(_BOUNDS)
            figure = f"{value:,}"
            text = sentence.format(figure, rng.choice(("evacuated", "counted", "stranded")))
            offset = sum(len(p) + 1 for p in texts[article])
            texts[article].append(text)
            start = offset + text.index(figure)
            low = value if bound in (">", "range") else None
            high = value * 2 if bound == "range" else value if bound == "<" else None
            claims.append(
                Claim(
                    start,
                    start + len(figure),
                    figure,
                    value,
                    bound=bound,
                    low=low,
                    high=high,
                    sentence=text,
                    paragraph=len(texts[article]),
                    speaker="a spokesperson",
                    as_of=date(2021, 8, rng.randint(14, 31)),
                    id=len(claims) + 1,
                    article=article,
                )
            )
            members.append(claims[-1])
        values = [c.value for c in members]
        rows.append(
            GroupRow(
                g,
                f"Quantity {g}",
                tuple(c.id for c in members),
                tuple(sorted({c.article for c in members})),
                min(values),
                max(values),
                rng.choice(("diverging", "agreeing", "changing over time")),
            )
        )
    articles = tuple(
        ArticleRow(
            a,
            f"Synthetic article {a}",
            f"Outlet {a}",
            date(2021, 9, a),
            f"synthetic/{a}.txt",
            "\n".join(texts[a]),
            f"hash{a}",
            a,
        )
        for a in range(1, 6)
    )
    return Snapshot(articles, tuple(claims), tuple(rows))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "bench_sheet.pdf"))
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    snapshot = synthetic(options.groups)
    t0 = time.perf_counter()
    sheet = build_sheet(snapshot, "benchmark")
    t1 = time.perf_counter()
    html, table = render_html(sheet), render_csv(sheet)
    t2 = time.perf_counter()
    for paper, landscape in (("a4", False), ("letter", True)):
        t3, c3 = time.perf_counter(), time.process_time()
        pages = render_pdf(sheet, options.out, paper=paper, landscape=landscape)
        t4, c4 = time.perf_counter(), time.process_time()
        size = Path(options.out).stat().st_size / 1e6
        print(  # CPU seconds too: on a shared machine the wall clock also counts the neighbours
            f"render_pdf {paper:6} {'landscape' if landscape else 'portrait':9}: {t4 - t3:6.2f} s"
            f" ({c4 - c3:.2f} s CPU), {pages} pages, {size:.1f} MB"
        )
    print(f"{len(sheet.sections)} groups, {len(snapshot.claims)} figures")
    print(
        f"build_sheet: {t1 - t0:.3f} s; render_html + render_csv: {t2 - t1:.3f} s "
        f"({len(html) / 1e6:.1f} MB, {len(table) / 1e6:.1f} MB)"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
