"""Extraction and linking on a blind corpus (tests/data/blind_events, the default, or the one
named: blind_events_2, blind_events_3): events in domains the rules were never written on,
annotated by someone who had not read desktop/claims or desktop/linking (see each README). Prints
precision, recall and F1 per event and pooled, with the rules of tests/scoring.py (those of
../shared/eval/score.py).

    .venv/bin/python benchmarks/bench_blind_events.py [blind_events_3]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from scoring import Score, f1, score_export  # noqa: E402

from desktop.model import Source  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402

EVENTS = ROOT / "tests" / "data" / (sys.argv[1] if len(sys.argv) > 1 else "blind_events")


def score(event: Path) -> Score:
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace(f"sqlite:///{folder}/ws.sqlite")
        try:
            workspace.import_sources([Source(str(p)) for p in sorted(event.glob("*.txt"))])
            export = workspace.export()
        finally:
            workspace.close()
    return score_export(export, json.loads((event / "gold.json").read_text(encoding="utf-8")))


def main() -> None:
    totals = dict.fromkeys(("tp", "fp", "fn", "correct_pairs", "predicted_pairs", "gold_pairs"), 0)
    for event in sorted(p for p in EVENTS.iterdir() if (p / "gold.json").exists()):
        s = score(event)
        print(
            f"{event.name:28} extraction P {s.extraction_precision:.3f} R {s.extraction_recall:.3f}"
            f" F1 {s.extraction_f1:.3f} | link P {s.link_precision:.3f} R {s.link_recall:.3f}"
            f" F1 {s.link_f1:.3f}"
        )
        for key in totals:
            totals[key] += getattr(s, key)
    p = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    r = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    lp = totals["correct_pairs"] / max(1, totals["predicted_pairs"])
    lr = totals["correct_pairs"] / max(1, totals["gold_pairs"])
    print(
        f"{'pooled':28} extraction P {p:.3f} R {r:.3f} F1 {f1(p, r):.3f}"
        f" | link P {lp:.3f} R {lr:.3f} F1 {f1(lp, lr):.3f}"
    )


if __name__ == "__main__":
    main()
