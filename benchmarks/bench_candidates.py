"""How the pairs linking weighs grow with the workspace, printed as figures (not asserted).

    .venv/bin/python benchmarks/bench_candidates.py [--sizes 250,1000]

For each size, the deterministic synthetic corpus of benchmarks/corpus.py (many stories and
outlets) is read by the extractor in this process (no workspace), and the figures are grouped by
dimension as the linker groups them; prints the figures, the candidate pairs the linker's index
gives (`desktop.linking.grouping.candidates`), pairs per figure, and the CPU time of a whole
link of them. The last line compares the growth of the pairs with the growth of the figures
between the first and the last size: linking stays near-linear when that ratio stays near 1.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus  # noqa: E402

from desktop.claims import extract_claims  # noqa: E402
from desktop.ingest import read_source  # noqa: E402
from desktop.linking import link_claims  # noqa: E402
from desktop.linking.evidence import Rarity  # noqa: E402
from desktop.linking.grouping import candidates, families  # noqa: E402
from desktop.model import Source  # noqa: E402


def measure(size: int) -> tuple[int, int, float]:
    """(figures, candidate pairs, CPU seconds of link_claims) for a corpus of `size` articles."""
    with tempfile.TemporaryDirectory() as folder:
        paths = write_corpus(Path(folder), size)
        claims = []
        next_id = 1
        for article, path in enumerate(paths, start=1):
            document = read_source(Source(str(path)))
            for claim in extract_claims(document.text, document.published):
                claims.append(claim.with_ids(next_id, article))
                next_id += 1
    pairs = 0
    for members in families(claims).values():
        pairs += len(candidates(members, Rarity(members))[0])
    started = time.process_time()
    link_claims(claims)
    return len(claims), pairs, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,1000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    print(f"{'articles':>8} {'figures':>8} {'pairs':>8} {'pairs/figure':>13} {'link CPU s':>11}")
    for size in sizes:
        figures, pairs, cpu = measure(size)
        rows.append((figures, pairs))
        print(f"{size:>8} {figures:>8} {pairs:>8} {pairs / figures:>13.2f} {cpu:>11.2f}")
    (f0, p0), (f1, p1) = rows[0], rows[-1]
    print(
        f"pairs grew {p1 / p0:.2f}x while figures grew {f1 / f0:.2f}x: "
        f"{(p1 / p0) / (f1 / f0):.2f}x faster than the figures"
    )


if __name__ == "__main__":
    main()
