"""Is it a letter? Its parts (salutation, closing formula, subject line, references, a date
line) tell; and where its body is: the paragraphs between the salutation and the closing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from simplifier.letter.data import TEMPLATE_TAG, CardWords, contains
from simplifier.models import Block

FURNITURE = {"header", "footer"}
SHORT = 12  # words: a salutation, a subject line, a reference line are short


@dataclass
class Layout:
    parts: dict[str, int] = field(default_factory=dict)  # part -> block index (first found)
    recipient: set[int] = field(default_factory=set)  # the recipient's name and address
    body: list[Block] = field(default_factory=list)  # the paragraphs of the letter's text
    after: list[Block] = field(default_factory=list)  # after the closing: notes, appeals
    # document offsets of the body's text: after the salutation's line, before the closing's
    # line (a text with single line breaks keeps them inside one block)
    body_start: int = -1
    body_end: int = 10**12
    subject_text: str = ""  # the subject line as found (it may stand inside a block)

    @property
    def letter(self) -> bool:
        """A salutation or a closing formula, and one more part of a letter."""
        found = set(self.parts)
        return bool(found & {"salutation", "closing"}) and len(found) >= 2


def _words(text: str) -> int:
    return len(text.split())


_NOTE = re.compile(r"\s*[\(\[][^\)\]]*[\)\]]\s*$")  # "(to fill in)" after a salutation
# a letterhead's lines: an e-mail address, a phone number, a postcode and a town
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(r"(?<![\w/])(?:\+\d{2}|0)\d{1,3}(?:[\s./-]?\d{2,3}){2,4}(?!\d)")
SIGNATURE = 6  # words: the name or the service that signs, on the line after the closing


def greeting(line: str, card: CardWords) -> bool:
    """A salutation line: "Madame, Monsieur,", "Monsieur le <title>,", "[Mevrouw/Mijnheer],",
    "Madame, ou Monsieur, (note)"; the brackets, a slash between the forms and a note after
    them do not change it."""
    text = _NOTE.sub("", TEMPLATE_TAG.sub("", line).strip()).strip()
    text = text.strip("[](){}").replace("],", ",").replace("),", ",")
    text = re.sub(r"\s*/\s*", ", ", text)
    lower = text.lower()
    for joined in card.get("parts", "salutation_or"):
        lower = lower.replace(joined, ", ")
    lower = " ".join(lower.split())
    if _words(lower) > SHORT:
        return False
    if any(lower.startswith(p) for p in card.get("parts", "salutation")):
        return lower.endswith(",") or _words(lower) <= 4
    titled = card.get("parts", "salutation_titled")
    return lower.endswith(",") and any(lower.startswith(p) for p in titled)


def _lines(block: Block) -> list[tuple[int, str]]:
    """(offset in the document, text) of the block's lines, the whole block first."""
    text = block.text
    result = [(block.start + len(text) - len(text.lstrip()), text.strip())]
    if "\n" in text.strip():
        at = 0
        for line in text.split("\n"):
            if line.strip():
                result.append((block.start + at + len(line) - len(line.lstrip()), line.strip()))
            at += len(line) + 1
    return result


def layout(blocks: list[Block], lang: str, card: CardWords) -> Layout:
    result = Layout()
    date_lines = card.patterns("parts", "date_line")
    postal = card.patterns("contact", "postal", re.M)[0]
    subject = re.compile(card.get("subject", "label"), re.I)
    inline = re.compile(card.get("subject", "inline"), re.I)
    text_blocks = [b for b in blocks if b.kind not in FURNITURE and b.text.strip()]
    closing_at = -1
    signed = False  # the line after the closing is still to be read
    for block in text_blocks:
        lines = _lines(block)
        for number, (offset, text) in enumerate(lines):
            whole = number == 0
            if whole and len(lines) > 1:
                # several lines: each is read on its own, except for a closing formula
                # that runs over two lines
                if "closing" in result.parts or not contains(text, card.get("parts", "closing")):
                    continue
                if any(contains(t, card.get("parts", "closing")) for _, t in lines[1:]):
                    continue
            lower = text.lower()
            short = _words(text) <= SHORT
            if signed and not (whole and len(lines) > 1):
                signed = False
                if _signature(text):
                    result.parts.setdefault("signature", block.index)
                    continue
            if "salutation" not in result.parts and greeting(text, card):
                result.parts["salutation"] = block.index
                result.body_start = offset + len(text)
            elif "closing" not in result.parts and contains(text, card.get("parts", "closing")):
                if "salutation" in result.parts or block.index > len(blocks) // 3:
                    result.parts["closing"] = block.index
                    closing_at = offset
                    signed = True
            elif (
                "subject" not in result.parts
                and _words(text) <= 40
                and (
                    subject.match(text)
                    or ("salutation" not in result.parts and inline.search(text))
                )
            ):
                result.parts["subject"] = block.index
                label = subject.match(text) or inline.search(text)
                result.subject_text = text[label.start() :] if label else text
                if "salutation" not in result.parts:
                    result.body_start = max(result.body_start, offset + len(text))
            elif short and any(p.match(text) for p in date_lines):
                result.parts.setdefault("date_line", block.index)
            elif (short and not (result.parts.keys() & {"salutation", "closing", "subject"})) and (
                _EMAIL.search(text) or _PHONE.search(text) or postal.search(text)
            ):
                # the sender's or the recipient's details above the salutation
                result.parts.setdefault("letterhead", block.index)
            elif short and any(lower.startswith(p) for p in card.get("parts", "reference")):
                result.parts.setdefault("reference", block.index)
    _recipient(result, text_blocks, card)
    start = result.parts.get("salutation", result.parts.get("subject", -1))
    end = result.parts.get("closing", len(blocks))
    if closing_at >= 0:
        result.body_end = closing_at
    for block in text_blocks:
        if block.lang != lang:
            continue
        inside = block.start + len(block.text)
        if start < block.index < end or (
            block.index in (start, end)
            and block.start < result.body_end
            and inside > result.body_start
            and (block.index != start or result.body_start < inside - 1)
            and (block.index != end or closing_at > block.start + 1)
        ):
            result.body.append(block)
        elif block.index > end:
            result.after.append(block)
    return result


def _signature(text: str) -> bool:
    """The line after the closing signs the letter: a name, a service, a template's slot;
    a few words, no sentence."""
    text = TEMPLATE_TAG.sub(" ", text).strip()
    return 0 < _words(text) <= SIGNATURE and text[-1:] not in ".!?:;"


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
