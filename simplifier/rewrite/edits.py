"""Turn accepted decisions into edits of blocks: checked against the document, reduced to the
words that really change, and applied right to left so that offsets stay valid."""

from __future__ import annotations

import bisect
import difflib
import itertools
import re
from dataclasses import dataclass

from simplifier.errors import InputError
from simplifier.models import Block
from simplifier.review.decisions import Decision


@dataclass(frozen=True)
class Edit:
    """One accepted change inside one block: `block.text[start:end]` becomes `text`."""

    block: Block
    start: int
    end: int
    text: str
    decision: Decision
    first: bool = True  # the first piece of its decision carries the comment

    @property
    def original(self) -> str:
        return self.block.text[self.start : self.end]


_WORDS = re.compile(r"\w+|\s+|[^\w\s]")


def pieces(original: str, new: str) -> list[tuple[int, int, str]]:
    """The smallest word-level changes that turn `original` into `new`, as (start, end, text)
    in `original`; changes separated only by spaces are merged so that a reader sees
    "~~le document~~ la lettre" rather than word-by-word marks."""
    a, b = _WORDS.findall(original), _WORDS.findall(new)
    a_at = [0]
    for token in a:
        a_at.append(a_at[-1] + len(token))
    b_at = [0]
    for token in b:
        b_at.append(b_at[-1] + len(token))
    found: list[list[int]] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if (
            found
            and all(t.isspace() for t in a[found[-1][1] : i1])
            and (all(t.isspace() for t in b[found[-1][3] : j1]))
        ):
            found[-1][1], found[-1][3] = i2, j2
        else:
            found.append([i1, i2, j1, j2])
    return [(a_at[i1], a_at[i2], new[b_at[j1] : b_at[j2]]) for i1, i2, j1, j2 in found]


def _overlap(before: Edit, after: Edit) -> bool:
    """Two changes of the same words, or two insertions at the same point (order unknown);
    `before` starts first."""
    same_point = before.start == before.end == after.start == after.end
    return (after.start < before.end and before.start < after.end) or same_point


def plan_edits(
    text: str, blocks: list[Block], decisions: list[Decision], source: str = "<decisions>"
) -> list[Edit]:
    """The applied decisions as minimal edits per block, in document order. Refuses decisions
    that do not match the document, cross a block boundary, or change the same words as
    another (a split sentence and a word replaced in it can both be applied)."""
    starts = [block.start for block in blocks]
    applied = sorted((d for d in decisions if d.applied), key=lambda d: (d.start, d.end))
    for decision in applied:
        found = text[decision.start : decision.end]
        if found != decision.original:
            raise InputError(
                source,
                "err.decision_mismatch",
                id=decision.id,
                expected=decision.original,
                found=found,
            )
        position = bisect.bisect_right(starts, decision.start) - 1
        block = blocks[position] if position >= 0 else None
        if block is None or decision.end > block.end:
            raise InputError(source, "err.decision_crosses", id=decision.id)
    edits = unchecked_edits(text, blocks, applied)
    edits.sort(key=lambda e: (e.block.index, e.start, e.end))
    for before, after in itertools.pairwise(edits):
        if before.block.index == after.block.index and _overlap(before, after):
            raise InputError(
                source, "err.decision_overlap", id=after.decision.id, other=before.decision.id
            )
    return edits


_CLOSING = ")]}»”"


def separated(before: str, inserted: str, after: str) -> str:
    """`inserted`, put between the characters `before` and `after`, with the space that keeps
    it apart from the words around it. An explanation is inserted as " (…)" after its term;
    a reviewer who edits it may lose that space, which would glue it to the term in every
    result ("rijksregisternummer(uw…")."""
    if (
        before
        and (before.isalnum() or before in _CLOSING)
        and inserted[:1]
        and (inserted[0].isalnum() or inserted[0] == "(")
    ):
        inserted = " " + inserted
    if (
        after
        and after.isalnum()
        and inserted[-1:]
        and (inserted[-1].isalnum() or inserted[-1] in _CLOSING)
    ):
        inserted += " "
    return inserted


def unchecked_edits(text: str, blocks: list[Block], decisions: list[Decision]) -> list[Edit]:
    """The edits of decisions, without checking them against one another. Every result (the
    tracked and the clean document, the plain text, the score after the changes) is made of
    these: words a decision inserts are kept apart from their neighbours here."""
    starts = [block.start for block in blocks]
    edits = []
    for decision in decisions:
        position = bisect.bisect_right(starts, decision.start) - 1
        block = blocks[position]
        local = decision.start - block.start
        for number, (start, end, new) in enumerate(pieces(decision.original, decision.text)):
            if decision.start == decision.end:
                new = separated(block.text[local - 1 : local], new, block.text[local : local + 1])
            edits.append(Edit(block, local + start, local + end, new, decision, number == 0))
    return edits


def conflicts(edits: list[Edit]) -> set[str]:
    """Ids of decisions whose edits touch words an earlier decision already changes."""
    taken: list[Edit] = []
    rejected: set[str] = set()
    for edit in sorted(edits, key=lambda e: (e.block.index, e.start, e.end)):
        if edit.decision.id in rejected:
            continue
        if any(
            t.block.index == edit.block.index
            and t.decision.id != edit.decision.id
            and (_overlap(t, edit) or _overlap(edit, t))
            for t in taken
        ):
            rejected.add(edit.decision.id)
            continue
        taken.append(edit)
    return rejected


def first_overlap(
    text: str, blocks: list[Block], decision: Decision, others: list[Decision]
) -> Decision | None:
    """The first of `others` (applied decisions) that changes words `decision` changes too;
    None when they can all be applied together."""
    return overlapping(text, blocks, [*others, decision]).get(decision.id)


def overlapping(text: str, blocks: list[Block], decisions: list[Decision]) -> dict[str, Decision]:
    """Decisions that change words an earlier one in the list already changes, each with
    that earlier decision. The earlier ones can all be applied together."""
    edits: dict[str, list[Edit]] = {}
    for edit in unchecked_edits(text, blocks, decisions):
        edits.setdefault(edit.decision.id, []).append(edit)
    taken: dict[int, list[Edit]] = {}
    clashes: dict[str, Decision] = {}
    for decision in decisions:
        mine = edits.get(decision.id, [])
        clash = next(
            (
                other.decision
                for own in mine
                for other in taken.get(own.block.index, [])
                if _overlap(own, other) or _overlap(other, own)
            ),
            None,
        )
        if clash is not None:
            clashes[decision.id] = clash
            continue
        for own in mine:
            taken.setdefault(own.block.index, []).append(own)
    return clashes


def apply_to_block(block_text: str, edits: list[Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        block_text = block_text[: edit.start] + edit.text + block_text[edit.end :]
    return block_text


def apply_text(blocks: list[Block], edits: list[Edit], separator: str = "\n\n") -> str:
    """The document's text with the edits made."""
    by_block: dict[int, list[Edit]] = {}
    for edit in edits:
        by_block.setdefault(edit.block.index, []).append(edit)
    return separator.join(
        apply_to_block(block.text, by_block.get(block.index, [])) for block in blocks
    )
