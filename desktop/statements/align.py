"""The word-by-word comparison of one group's versions, N at a time: every version is aligned to
the version most like all the others (its pivot) with rapidfuzz's edit operations over words, so
words of different versions that stand in one column correspond. Each word is marked common (all
versions that reach that far have it), partial (some drop it or add it) or changed (others have
another word there); a version whose meaning flips — a negation lost or added, a figure changed,
another speaker for the same words — is flagged. Drawing it is the window's business."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz.distance import LCSseq, Levenshtein

from desktop.statements.link import normalise, same_person
from desktop.statements.model import AlignedWord, Alignment, Statement, VersionAlignment
from desktop.statements.words import Words, english, tokens

__all__ = ["align_versions"]

_SWAP = 3  # words of a replaced stretch still paired word for word as changed


def _words(statement: Statement, w: Words) -> list[tuple[str, str, tuple[int, int]]]:
    """(shown text, compared form, offsets into the article) of each word of a statement."""
    out = []
    parts = statement.said or (statement.words,)
    for (start, _), part in zip(statement.pieces or ((statement.start, 0),), parts, strict=False):
        for word, s, e in tokens(part):
            out.append((word, normalise(word, w), (start + s, start + e)))
    return out


def _local(aligned: dict[int, int], at: int, size: int) -> bool:
    """The words next to position `at` are aligned, and next to each other on the other side: a
    word slipped in or left out, not a stretch reworded. At an edge one neighbour will do."""
    before = aligned.get(at - 1) if at > 0 else None
    after = aligned.get(at + 1) if at + 1 < size else None
    if at > 0 and before is None or at + 1 < size and after is None:
        return False
    if before is not None and after is not None:
        return 0 < after - before <= 2
    return before is not None or after is not None


def _is_figure(word: str, w: Words) -> bool:
    return word[:1].isdigit() or (word in w.numbers and word not in w.not_figures)


def align_versions(versions: Sequence[Statement], words: Words | None = None) -> Alignment:
    """Align the versions of one utterance word by word and flag those whose meaning flips."""
    w = words or english()
    seqs = [_words(v, w) for v in versions]
    forms = [[f for _, f, _ in seq] for seq in seqs]
    if not versions:
        return Alignment(())
    # the pivot: the version sharing most words, in order, with all the others
    pivot = max(
        range(len(forms)),
        key=lambda i: (sum(LCSseq.similarity(forms[i], f) for f in forms), len(forms[i])),
    )
    # column of each word: pivot word k is column 2k+1; words added before it share column 2k
    columns: list[list[int]] = []
    pairs: list[dict[int, int]] = []  # per version: pivot word -> its word there (equal/replace)
    changed: list[set[int]] = []
    for i, form in enumerate(forms):
        col = [0] * len(form)
        pair: dict[int, int] = {}
        swapped: set[int] = set()
        if i == pivot:
            col = [2 * k + 1 for k in range(len(form))]
            pair = {k: k for k in range(len(form))}
        else:
            for op in Levenshtein.opcodes(forms[pivot], form):
                if op.tag == "equal":
                    for d in range(op.src_end - op.src_start):
                        col[op.dest_start + d] = 2 * (op.src_start + d) + 1
                        pair[op.src_start + d] = op.dest_start + d
                elif op.tag == "replace":
                    # a word or three put for as many others is a change ('six' for 'three');
                    # a longer or uneven block is words dropped here and others added
                    n = min(op.src_end - op.src_start, op.dest_end - op.dest_start)
                    if op.src_end - op.src_start != op.dest_end - op.dest_start or n > _SWAP:
                        n = 0
                    for d in range(op.dest_end - op.dest_start):
                        if d < n:
                            col[op.dest_start + d] = 2 * (op.src_start + d) + 1
                            pair[op.src_start + d] = op.dest_start + d
                            swapped.add(op.src_start + d)
                        else:
                            col[op.dest_start + d] = 2 * (op.src_start + n)
                elif op.tag == "insert":
                    for d in range(op.dest_end - op.dest_start):
                        col[op.dest_start + d] = 2 * op.src_start
        columns.append(col)
        pairs.append(pair)
        changed.append(swapped)
    # which versions reach each pivot word (a version cut short does not drop what it never had)
    reach = []
    for i in range(len(forms)):
        aligned = sorted(pairs[i])
        reach.append((aligned[0], aligned[-1]) if aligned else (1, 0))
    n_pivot = len(forms[pivot])
    have: list[Counter[str]] = [Counter() for _ in range(n_pivot)]
    covering = [0] * n_pivot
    written: dict[tuple[int, str], str] = {}  # a word as written, by column and compared form
    for i in range(len(forms)):
        lo, hi = reach[i]
        for k in range(max(0, lo), min(n_pivot, hi + 1)):
            covering[k] += 1
            j = pairs[i].get(k)
            if j is not None:
                have[k][forms[i][j]] += 1
                written.setdefault((k, forms[i][j]), seqs[i][j][0])
    out = []
    for i, seq in enumerate(seqs):
        inverse = {j: k for k, j in pairs[i].items()}
        aligned_words = []
        for j, (shown, form, span) in enumerate(seq):
            k = inverse.get(j)
            if k is None:
                mark = "partial"  # a word the pivot has not: added here
            elif have[k][form] == covering[k]:
                mark = "common"
            elif len(have[k]) > 1 and have[k][form] < sum(have[k].values()):
                mark = "changed"
            else:
                mark = "partial"
            aligned_words.append(AlignedWord(shown, span, mark, columns[i][j]))
        out.append(VersionAlignment(tuple(aligned_words)))
    flags = _flags(versions, forms, pairs, reach, have, covering, pivot, w, written)
    versions_out = tuple(
        VersionAlignment(v.words, tuple(f)) for v, f in zip(out, flags, strict=True)
    )
    return Alignment(versions_out, columns=2 * n_pivot + 1)


def _flags(
    versions: Sequence[Statement],
    forms: list[list[str]],
    pairs: list[dict[int, int]],
    reach: list[tuple[int, int]],
    have: list[Counter[str]],
    covering: list[int],
    pivot: int,
    w: Words,
    written: dict[tuple[int, str], str],
) -> list[list[str]]:
    flags: list[list[str]] = [[] for _ in versions]
    negations = w.negations
    pivot_forms = forms[pivot]
    for i, form in enumerate(forms):
        lo, hi = reach[i]
        inverse = {j: k for k, j in pairs[i].items()}
        # negations: of the pivot's words in reach, and of this version's own added words
        # (only inside stretches this version shares with the others: a reworded or extra
        # sentence is no flip)
        # (one word beyond this version's reach too: 'Ambulances were delayed' has dropped the
        # 'No' of 'No ambulances were delayed', not cut it)
        for k in range(max(0, lo - 1), min(len(pivot_forms), hi + 2)):
            word = pivot_forms[k]
            if word in negations and _local(pairs[i], k, len(pivot_forms)):
                with_it = have[k][word]
                mine = pairs[i].get(k)
                # a version that says the word elsewhere was aligned off it, not cut: 'There
                # is no deadline' after an added sentence still says 'no'
                if (
                    with_it * 2 >= max(covering[k], 2)
                    and (mine is None or form[mine] != word)
                    and form.count(word) < pivot_forms.count(word)
                ):
                    flags[i].append(f"negation lost: '{word}'")
        for j, word in enumerate(form):
            if word not in negations or not _local(inverse, j, len(form)):
                continue  # not a word slipped in between words the others have too
            k = inverse.get(j)
            if k is None or (pivot_forms[k] not in negations and have[k][word] * 2 <= covering[k]):
                flags[i].append(f"negation added: '{word}'")
        # figures: a number where most versions have another
        for k, j in pairs[i].items():
            mine = form[j]
            if not _is_figure(mine, w):
                continue
            common, count = have[k].most_common(1)[0]
            if common != mine and _is_figure(common, w) and count * 2 > covering[k]:
                was, now = written.get((k, common), common), written.get((k, mine), mine)
                flags[i].append(f"figure changed: {was} → {now}")
    # speakers: the same words in another mouth
    speakers = [v.speaker for v in versions if v.speaker and v.speaker[:1].isupper()]
    for i, version in enumerate(versions):
        if not version.speaker or not version.speaker[:1].isupper():
            continue  # a label ('officer') is no name to compare
        others = [s for s in speakers if same_person(s, version.speaker) is False]
        agreeing = [s for s in speakers if same_person(s, version.speaker)]
        if others and len(others) >= len(agreeing):
            majority = Counter(others).most_common(1)[0][0]
            flags[i].append(f"speaker differs: {version.speaker} (others: {majority})")
    return flags
