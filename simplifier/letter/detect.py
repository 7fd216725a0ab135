"""Is it a letter? Its parts (salutation, closing formula, subject line, references, a date
line) tell; and where its body is: the paragraphs between the salutation and the closing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from simplifier.letter.data import CardWords, contains
from simplifier.models import Block

FURNITURE = {"header", "footer"}
SHORT = 12  # words: a salutation, a subject line, a reference line are short


@dataclass
class Layout:
    parts: dict[str, int] = field(default_factory=dict)  # part -> block index (first found)
    recipient: set[int] = field(default_factory=set)  # the recipient's name and address
    body: list[Block] = field(default_factory=list)  # the paragraphs of the letter's text
    after: list[Block] = field(default_factory=list)  # after the closing: notes, appeals

    @property
    def letter(self) -> bool:
        """A salutation or a closing formula, and one more part of a letter."""
        found = set(self.parts)
        return bool(found & {"salutation", "closing"}) and len(found) >= 2


def _words(text: str) -> int:
    return len(text.split())


def layout(blocks: list[Block], lang: str, card: CardWords) -> Layout:
    result = Layout()
    date_line = card.patterns("parts", "date_line")[0]
    subject = re.compile(card.get("subject", "label"), re.I)
    text_blocks = [b for b in blocks if b.kind not in FURNITURE and b.text.strip()]
    for block in text_blocks:
        text = block.text.strip()
        lower = text.lower()
        short = _words(text) <= SHORT
        if (
            "salutation" not in result.parts
            and short
            and any(lower.startswith(p) for p in card.get("parts", "salutation"))
            and (text.endswith(",") or _words(text) <= 4)
        ):
            result.parts["salutation"] = block.index
        elif "closing" not in result.parts and contains(text, card.get("parts", "closing")):
            if "salutation" in result.parts or block.index > len(blocks) // 3:
                result.parts["closing"] = block.index
        elif "subject" not in result.parts and subject.match(text) and _words(text) <= 40:
            result.parts["subject"] = block.index
        elif short and date_line.match(text):
            result.parts.setdefault("date_line", block.index)
        elif short and any(lower.startswith(p) for p in card.get("parts", "reference")):
            result.parts.setdefault("reference", block.index)
    _recipient(result, text_blocks, card)
    start = result.parts.get("salutation", result.parts.get("subject", -1))
    end = result.parts.get("closing", len(blocks))
    for block in text_blocks:
        if block.lang != lang or block.index == end:
            continue
        if start < block.index < end:
            result.body.append(block)
        elif block.index > end:
            result.after.append(block)
    return result


def _recipient(result: Layout, blocks: list[Block], card: CardWords) -> None:
    """The recipient's name (after a title, before the salutation) and the short lines under
    it, up to the date line or the subject."""
    stop = min(result.parts.get(p, 10**9) for p in ("salutation", "date_line", "subject"))
    titles = tuple(card.get("parts", "recipient"))
    for position, block in enumerate(blocks):
        if block.index >= stop:
            return
        if block.text.strip().lower().startswith(titles) and _words(block.text) <= SHORT * 3:
            for following in blocks[position : position + 4]:
                if following.index < stop and _words(following.text) <= SHORT * 3:
                    result.recipient.add(following.index)
            return


def paragraphs(body: list[Block]) -> list[list[Block]]:
    """The body's paragraphs as a reader counts them: the items of one list are one."""
    groups: list[list[Block]] = []
    for block in body:
        last = groups[-1][-1] if groups else None
        same_table = (
            last is not None
            and block.kind == last.kind == "table_cell"
            and block.location.split(", row")[0] == last.location.split(", row")[0]
        )
        if same_table or (
            last is not None
            and block.role == "list_item"
            and (last.role == "list_item" or last.text.rstrip().endswith(":"))
        ):
            groups[-1].append(block)
        elif block.role == "heading":
            continue
        else:
            groups.append([block])
    return groups
