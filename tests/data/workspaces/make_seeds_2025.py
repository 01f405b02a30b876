"""How seeds-2025.sqlite was made: the seeds imported and edited by hand with the code of commit
659c327 (before figures were versioned), so that tests can open a workspace an earlier version
wrote. Run from a checkout of that commit:

    python tests/data/workspaces/make_seeds_2025.py OUT.sqlite OUT.json

OUT.json records what the user did, by figure text and article title, for the test to check.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from desktop.model import Source  # noqa: E402
from desktop.workspace import Workspace  # noqa: E402


def main(out: str, record: str) -> None:
    ws = Workspace(f"sqlite:///{Path(out).resolve()}")
    ws.import_sources([Source(str(p)) for p in sorted((ROOT / "seeds").glob("*.txt"))])
    titles = {a.id: a.title for a in ws.article_rows()}
    claims = {c.id: c for c in ws.claims()}
    groups = sorted(ws.group_rows(), key=lambda g: -len(g.claims))

    def figure(cid: int) -> list:
        c = claims[cid]
        return [titles[c.article], c.text, c.start]

    big, second = groups[0], groups[1]
    ws.apply(ws.plan_rename(big.id, "My airlift count"))
    ws.apply(ws.plan_confirm(big.id))
    dropped = second.claims[-1]
    ws.apply(ws.plan_unlink(dropped))
    lone = [c for c in claims.values() if ws.snapshot().group_of(c.id) is None]
    a, b = next((x, y) for x in lone for y in lone if x.article != y.article)
    ws.apply(ws.plan_link([a.id, b.id]))
    linked_group = ws.snapshot().group_of(a.id).id
    ws.apply(ws.plan_rename(linked_group, "Linked by hand"))
    third = groups[2]
    ws.apply(ws.plan_reject(third.id))
    done = {
        "renamed": {"label": "My airlift count", "figures": [figure(c) for c in big.claims]},
        "unlinked": {"figure": figure(dropped), "from": [figure(c) for c in second.claims[:-1]]},
        "linked": {"label": "Linked by hand", "figures": [figure(a.id), figure(b.id)]},
        "rejected": [figure(c) for c in third.claims],
    }
    ws.close()
    Path(record).write_text(json.dumps(done, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
