"""Turn accepted decisions into edits of blocks: checked against the document, reduced to the
words that really change, and applied right to left so that offsets stay valid."""

from __future__ import annotations

import bisect
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

    @property
    def original(self) -> str:
        return self.block.text[self.start : self.end]


def _boundary(text: str, k: int) -> bool:
    return k <= 0 or k >= len(text) or not (text[k - 1].isalnum() and text[k].isalnum())


def trim(original: str, new: str) -> tuple[int, int]:
    """(common prefix, common suffix) lengths, cut at word boundaries, so that a change of
    "vous avez sollicité" into "vous avez demandé" only touches the last word."""
    limit = min(len(original), len(new))
    prefix = 0
    while prefix < limit and original[prefix] == new[prefix]:
        prefix += 1
    while prefix and not (_boundary(original, prefix) and _boundary(new, prefix)):
        prefix -= 1
    suffix = 0
    while suffix < limit - prefix and original[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    while suffix and not (
        _boundary(original, len(original) - suffix) and _boundary(new, len(new) - suffix)
    ):
        suffix -= 1
    return prefix, suffix


def _overlap(before: Decision, after: Decision) -> bool:
    """Two changes of the same words, or two insertions at the same point (order unknown)."""
    same_point = before.start == before.end == after.start == after.end
    return after.start < before.end or same_point


def plan_edits(
    text: str, blocks: list[Block], decisions: list[Decision], source: str = "<decisions>"
) -> list[Edit]:
    """The applied decisions as minimal edits per block, in document order. Refuses decisions
    that do not match the document, cross a block boundary or overlap one another."""
    starts = [block.start for block in blocks]
    edits: list[Edit] = []
    for decision in sorted((d for d in decisions if d.applied), key=lambda d: (d.start, d.end)):
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
        if edits and _overlap(edits[-1].decision, decision):
            raise InputError(
                source, "err.decision_overlap", id=decision.id, other=edits[-1].decision.id
            )
        prefix, suffix = trim(decision.original, decision.text)
        start = decision.start - block.start + prefix
        end = decision.end - block.start - suffix
        new = decision.text[prefix : len(decision.text) - suffix]
        if start == end and not new:
            edits.append(Edit(block, start, start, "", decision))  # nothing changes
            continue
        edits.append(Edit(block, start, end, new, decision))
    return edits


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
