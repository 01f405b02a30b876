"""The workspace's statement half: linking the stored statements of every article into versions
of one utterance, the statement edits (link, unlink, rename, confirm, reject) and the views,
export and explanation of statement groups.

Plain functions over the caller's session, so each runs inside the one transaction the
`Workspace` opens for a gesture; the Workspace stays the one door. Figures are not touched here:
statements are rows of their own (`desktop/store/statements.py`), so neither kind pretends to be
the other and the figure code runs as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from desktop.linking import SUGGEST_BELOW
from desktop.model import (
    Alignment,
    ArticleRow,
    Changes,
    ConfirmStatementGroup,
    CreateStatementGroup,
    DropStatementGroup,
    Edit,
    EditConflict,
    MoveStatement,
    RenameStatementGroup,
    RowKey,
    Statement,
    StatementGroupRow,
    StatementView,
    source_name,
    statement_label,
)
from desktop.statements import (
    align_versions,
    link_statements,
    prepare,
    settle_speakers,
    split_apart,
)
from desktop.store import repository as repo
from desktop.store import statements as st

STATEMENT_EDITS = (
    MoveStatement,
    CreateStatementGroup,
    DropStatementGroup,
    RenameStatementGroup,
    ConfirmStatementGroup,
)
_KEYS = ("q", "u", "w")


# ----------------------------------------------------------------------------- linking


def prepare_links(s) -> None:
    """Read the live statements for linking ahead of the next import's link."""
    prepare(st.statements(s))


def link_all(s) -> Changes:
    """Link every live statement of the workspace into groups of versions of one utterance,
    leaving statements the user placed and confirmed groups be, and never putting together two
    statements the user took apart. Automatic groups are reused where their statements go."""
    found = st.statements(s)
    if not found:
        return Changes()
    found = _split(s, found, st.placements(s))
    places = st.placements(s)
    infos = {g.id: g for g in st.groups(s)}
    fixed = {
        i for i, (g, pinned) in places.items() if pinned or (g in infos and infos[g].confirmed)
    }
    apart = st.apart_pairs(s)
    article = {x.id: x.article for x in found}
    linked = link_statements(found)
    target: dict[int, int | None] = {x.id: None for x in found if x.id not in fixed}
    fresh: list[tuple[dict[str, Any], list[int]]] = []
    updates: dict[int, dict[str, Any]] = {}
    used: set[int] = set()
    touched: set[int] = set()
    for group in linked:
        kept: list[int] = []
        for k in group.members:
            sid = found[k].id
            if not apart or not any(frozenset((sid, o)) in apart for o in kept):
                kept.append(sid)
        if len({article[i] for i in kept}) < 2:
            continue
        free = [i for i in kept if i not in fixed]
        if not free:
            continue
        owners = Counter(places[i][0] for i in kept if i in fixed and places[i][0])
        if owners:
            into = owners.most_common(1)[0][0]
        else:
            current = Counter(
                places[i][0]
                for i in free
                if places[i][0] in infos and infos[places[i][0]].automatic
                and places[i][0] not in used
            )  # fmt: skip
            into = current.most_common(1)[0][0] if current else None
            if into is None:
                values = {"label": statement_label(found[group.members[0]])}
                values |= {"confidence": group.confidence, "reason": group.reason}
                fresh.append((values, free))
                continue
            info = infos[into]
            if (info.confidence, info.reason) != (group.confidence, group.reason):
                updates[into] = {"confidence": group.confidence, "reason": group.reason}
        used.add(into)
        for i in free:
            target[i] = into
    made = st.new_groups(s, [values for values, _ in fresh])
    for into, (_, free) in zip(made, fresh, strict=True):
        touched.add(into)
        for i in free:
            target[i] = into
    for into, values in updates.items():
        st.update_group(s, into, **values)
        touched.add(into)
    moves = {i: g for i, g in target.items() if places[i][0] != g}
    st.place(s, moves)
    for i, g in moves.items():
        touched |= {x for x in (g, places[i][0]) if x}
    st.drop_emptied_groups(s, touched)
    settled = settle_speakers(found, linked)
    said = {x.id: (x.speaker, x.speaker_cue) for x, y in zip(settled, found, strict=True)
            if x.speaker != y.speaker}  # fmt: skip
    st.set_speakers(s, said)
    changed = frozenset(moves) | frozenset(said)
    return Changes(statements=changed, statement_groups=frozenset(touched))


def _split(
    s, found: list[Statement], places: dict[int, tuple[int | None, bool]]
) -> list[Statement]:
    """Statements joined by narration that other articles quote apart are cut into those
    parts (`split_apart`), the stored row replaced by a row for each part; one the user placed
    stays whole."""
    parts = split_apart(found)
    if len(parts) == len(found):
        return found
    count = Counter(p.id for p in parts)
    cut = {sid for sid, n in count.items() if n > 1 and not places.get(sid, (None, False))[1]}
    whole = {x.id: x for x in found}
    fresh: dict[int, list[int]] = {}
    for sid in cut:
        mine = [p for p in parts if p.id == sid]
        fresh[sid] = st.add_statements(s, int(mine[0].article), mine)
    st.delete_statements(s, cut)
    out: list[Statement] = []
    for p in parts:
        if p.id in cut:
            out.append(replace(p, id=fresh[p.id].pop(0)))
        elif count[p.id] == 1 or not out or out[-1].id != p.id:
            out.append(whole[p.id] if count[p.id] > 1 else p)
    return out


# ----------------------------------------------------------------------------- views


def view(s) -> StatementView:
    """Every live statement and every group of two or more, with their versions (read first)."""
    versions = repo.all_versions_of(s, _KEYS)
    found = st.statements(s)
    return StatementView(tuple(found), tuple(group_rows(s, found)), versions)


def group_rows(
    s, statements: Sequence[Statement], ids: Sequence[int] | None = None
) -> list[StatementGroupRow]:
    """Groups holding versions from two or more articles, the most sources first."""
    by_id = {x.id: x for x in statements}
    rows = []
    for g in st.groups(s, ids):
        members = [by_id[i] for i in g.statements if i in by_id]
        articles = tuple(sorted({int(m.article) for m in members}))
        if len(members) < 2:
            continue
        speakers = Counter(m.speaker for m in members if m.speaker)
        rows.append(
            StatementGroupRow(
                id=g.id,
                label=g.label,
                statements=tuple(m.id for m in members if m.id is not None),
                articles=articles,
                confidence=g.confidence,
                reason=g.reason,
                confirmed=g.confirmed,
                suggested=g.automatic
                and not (g.accepted or g.confirmed)
                and g.confidence < SUGGEST_BELOW,
                speaker=speakers.most_common(1)[0][0] if speakers else "",
            )
        )
    rows.sort(key=lambda r: (-r.source_count, r.label))
    return rows


def alignment(view_: StatementView, group_id: int) -> tuple[tuple[Statement, ...], Alignment]:
    """A group's versions, in the order of its statements, aligned word by word."""
    group = view_.group(group_id)
    if group is None:
        return (), Alignment(())
    versions = tuple(x for i in group.statements if (x := view_.statement(i)) is not None)
    return versions, align_versions(versions)


def explain(view_: StatementView, articles: Sequence[ArticleRow], group_id: int) -> str:
    """Why a statement group holds together, and how its versions differ, in words."""
    group = view_.group(group_id)
    if group is None:
        return ""
    by_id = {a.id: a for a in articles}
    versions, aligned = alignment(view_, group_id)
    lines = [
        f"{group.label} — {group.source_count} versions, confidence {group.confidence:.2f}",
        f"why: {group.reason or 'linked by hand'}",
    ]
    for version, words in zip(versions, aligned.versions, strict=True):
        a = by_id.get(int(version.article))
        source = source_name(a.outlet, a.title, a.origin, limit=48) if a else "?"
        said = version.speaker or "unattributed"
        flags = f"  [{'; '.join(words.flags)}]" if words.flags else ""
        lines.append(f"  · {source} ({said}): “{' … '.join(version.said) or version.words}”{flags}")
    return "\n".join(lines)


def export_claims(view_: StatementView, texts: dict[int, str]) -> list[dict[str, Any]]:
    """Statements as claims of the export contract: kind "statement", a speaker, no value.
    Their ids are "s<id>" so that they never collide with a figure's. `text` is the article's
    text from `start` to `end`, as for a figure (for a quote cut by its attribution it holds the
    attribution too); `said` holds the quoted pieces and `words` them joined."""
    group_of = {m: g.id for g in view_.groups for m in g.statements}
    out = []
    for x in view_.statements:
        group = group_of.get(x.id or 0)
        out.append(
            {
                "id": f"s{x.id}",
                "kind": "statement",
                "article": x.article,
                "start": x.start,
                "end": x.end,
                "text": texts.get(int(x.article), "")[x.start : x.end],
                "words": x.words,
                "pieces": [list(p) for p in x.pieces],
                "said": list(x.said),
                "value": None,  # the figure fields are there, empty: a reader of figures
                "low": None,  # that forgets to look at `kind` meets no missing key
                "high": None,
                "bound": None,
                "unit": "",
                "subject": "",
                "as_of": None,
                "speaker": x.speaker or "",
                "speaker_cue": x.speaker_cue,
                "figures": [int(v) if float(v).is_integer() else v for v in x.figures],
                "nested": x.nested,
                "group": f"s{group}" if group is not None else None,
            }
        )
    return out


def export_groups(view_: StatementView) -> list[dict[str, Any]]:
    return [
        {
            "id": f"s{g.id}",
            "kind": "statement",
            "label": g.label,
            "claims": [f"s{i}" for i in g.statements],
            "speaker": g.speaker,
            "sources": g.source_count,
            "confidence": g.confidence,
            "reason": g.reason,
            "confirmed": g.confirmed,
            "suggested": g.suggested,
        }
        for g in view_.groups
    ]


# ----------------------------------------------------------------------------- edits


def apply(s, edit: Edit) -> Changes:
    """Carry out one statement edit in the caller's transaction (EditConflict when the rows are
    no longer as the edit expects)."""
    if isinstance(edit, MoveStatement):
        return _move(s, edit)
    if isinstance(edit, CreateStatementGroup):
        if not st.group_exists(s, edit.group):
            st.new_group(s, edit.label, group_id=edit.group)
        return Changes(statement_groups=frozenset({edit.group}))
    if isinstance(edit, DropStatementGroup):
        if any(g.statements for g in st.groups(s, [edit.group])):
            raise EditConflict(f"statement group {edit.group} still holds statements")
        st.drop_group(s, edit.group)
        return Changes(statement_groups=frozenset({edit.group}))
    if isinstance(edit, RenameStatementGroup):  # relinking never relabels a group: it stays
        st.update_group(s, edit.group, label=edit.after)
        repo.record_decision(s, "s-renamed", group=edit.group, value=edit.after)
        return Changes(statement_groups=frozenset({edit.group}))
    if isinstance(edit, ConfirmStatementGroup):
        st.update_group(s, edit.group, confirmed=edit.after, accepted=edit.after)
        kind = "s-confirmed" if edit.after else "s-unconfirmed"
        repo.record_decision(s, kind, group=edit.group)
        return Changes(statement_groups=frozenset({edit.group}))
    raise TypeError(f"not a statement edit: {edit!r}")


def _move(s, edit: MoveStatement) -> Changes:
    current, _pinned = st.placements(s, [edit.statement]).get(edit.statement, (None, False))
    if current != edit.before:
        raise EditConflict(f"statement {edit.statement} is no longer where the edit expects it")
    if edit.after is not None and not st.group_exists(s, edit.after):
        raise EditConflict(f"statement group {edit.after} no longer exists")
    members = {
        g.id: [i for i in g.statements if i != edit.statement]
        for g in st.groups(s, [x for x in (edit.before, edit.after) if x is not None])
    }
    st.place(s, {edit.statement: edit.after}, pinned=edit.pinned)
    if edit.before is not None and edit.pinned:  # taken out by hand: kept apart from them
        st.keep_apart(s, edit.statement, members.get(edit.before, []))
        repo.record_decision(s, "s-unlinked", claim=edit.statement, group=edit.before)
    if edit.after is not None:
        st.forgive(s, edit.statement, members.get(edit.after, []))
        repo.record_decision(s, "s-linked", claim=edit.statement, group=edit.after)
    groups = frozenset(g for g in (edit.before, edit.after) if g is not None)
    return Changes(statements=frozenset({edit.statement}), statement_groups=groups)


def guards(part: Edit) -> tuple[list[RowKey], RowKey | None]:
    """The rows a statement edit is about (checked) and the row it changes."""
    if isinstance(part, MoveStatement):
        return [("q", part.statement)], ("q", part.statement)
    if isinstance(part, CreateStatementGroup):
        return [], ("u", part.group)
    if isinstance(part, (DropStatementGroup, RenameStatementGroup)):
        return [("u", part.group)], ("u", part.group)
    if isinstance(part, ConfirmStatementGroup):  # what is confirmed is the versions seen
        return [("u", part.group), ("w", part.group)], ("u", part.group)
    return [], None


def _placement(s, ids: Sequence[int]) -> dict[int, tuple[int | None, bool]]:
    found = st.placements(s, ids)
    if missing := [i for i in ids if i not in found]:
        raise EditConflict(f"statement {missing[0]} is no longer in the workspace")
    return {i: found[i] for i in ids}


def _what(s, ids: Sequence[int]) -> str:
    if len(ids) == 1:
        found = st.statements(s, ids)
        if found:
            return quoted(found[0].words)
    return f"{len(ids)} statements"


def quoted(text: str, width: int = 40) -> str:
    """“text” for an undo menu or a message, cut to `width` characters."""
    text = " ".join(text.split())
    return f"“{text if len(text) <= width else text[: width - 1].rstrip() + '…'}”"


def plan_link(s, ids: Sequence[int], into: int | None) -> tuple[list[Edit], str]:
    placement = _placement(s, ids)
    if into is None:
        groups = Counter(g for g, _ in placement.values() if g is not None)
        into = groups.most_common(1)[0][0] if groups else None
    edits: list[Edit] = []
    if into is None:
        first = st.statements(s, ids[:1])
        label = statement_label(first[0]) if first else "statement"
        into = st.new_group(s, label)  # in this transaction: gone again if it fails
        edits.append(CreateStatementGroup(into, label))
    moving = [i for i, (g, _) in placement.items() if g != into]
    edits += [MoveStatement(i, placement[i][0], into, placement[i][1]) for i in moving]
    return edits, f"link {_what(s, moving)} into {quoted(st.group_label(s, into))}"


def plan_unlink(s, ids: Sequence[int]) -> tuple[list[Edit], str]:
    placement = _placement(s, ids)
    out = [i for i, (g, _) in placement.items() if g is not None]
    edits: list[Edit] = [MoveStatement(i, placement[i][0], None, placement[i][1]) for i in out]
    return edits, f"unlink {_what(s, out)}"


def plan_rename(s, group: int, label: str) -> tuple[list[Edit], str]:
    before = st.group_label(s, group)
    if label == before:
        return [], "rename statement group"
    return [RenameStatementGroup(group, before, label)], (
        f"rename {quoted(before)} to {quoted(label)}"
    )


def plan_confirm(s, group: int, confirmed: bool) -> tuple[list[Edit], str]:
    before = st.group_confirmed(s, group)
    verb = "confirm" if confirmed else "unconfirm"
    return [ConfirmStatementGroup(group, before, confirmed)], (
        f"{verb} {quoted(st.group_label(s, group))}"
    )


def plan_reject(s, group: int) -> tuple[list[Edit], str]:
    label = st.group_label(s, group)
    members = next((g.statements for g in st.groups(s, [group])), ())
    placement = _placement(s, members)
    moves: list[Edit] = [MoveStatement(i, group, None, p) for i, (_, p) in placement.items()]
    return [*moves, DropStatementGroup(group, label)], f"reject {quoted(label)}"


def members_keys(groups: Sequence[int]) -> list[RowKey]:
    return [("w", g) for g in groups]


def statement_keys(ids: Sequence[int]) -> list[RowKey]:
    return [("q", i) for i in ids]
