"""Candidate blocks: which claims could measure the same quantity, found by key, never by pairs.

A block is the kind of number and what it counts: the population for counts ("americans",
"people"), the measure for money and rates ("deal value", "share price of Merrow"). Only claims
sharing a block are ever compared, so linking a new article costs what its blocks hold, not what
the workspace holds. What happened to them (the act) is weighed inside the block by `grouping.py`.
"""

from __future__ import annotations

from desktop.claims import split_owner
from desktop.model import Claim

_RATE_PREFIXES = ("past ", "per ", "Q", "H", "in ", "from ")


def block_key(claim: Claim) -> str:
    """The block a claim is compared in; '' when it has too little meaning to link at all."""
    if claim.kind in ("money", "percent"):
        measure = split_owner(claim.population)[0]  # whose it is is weighed in the block
        if not measure or measure in ("money", "share"):
            return ""
        return f"{claim.kind}|{measure}"
    if not claim.population:
        return ""
    if claim.kind == "duration":  # "21 days" and "three weeks" are one span, told apart by act
        return f"duration|{claim.act}" if claim.act else ""
    return f"{claim.kind}|{claim.population}"


def window_class(claim: Claim) -> str:
    """Claims measured over different spans never link: a day's count is not a running total."""
    w = claim.window
    return w if w.startswith(_RATE_PREFIXES) else ""


def act_class(claim: Claim) -> str:
    """What happened to the counted: compared for counts; money and rates go by their measure."""
    return claim.act if claim.kind in ("count", "duration") else ""
