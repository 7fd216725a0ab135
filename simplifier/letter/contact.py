"""Whom to contact: phones, e-mails and web addresses from the protect pass, postal
addresses, office hours and named services from the card's patterns."""

from __future__ import annotations

import re

from simplifier.letter.data import TEMPLATE_TAG, CardWords
from simplifier.models import Block, Protected

REACH = ("phone", "email", "url", "postal", "slot")  # any of these: the reader can reach someone
# "slot": a model letter's place for the sender's address or phone, filled in by its writer


def contacts(
    blocks: list[Block], protected: list[Protected], card: CardWords
) -> list[tuple[str, str]]:
    """(kind, text) of every contact detail in the whole document, headers and footers
    included, each once."""
    found: list[tuple[str, str]] = []
    for span in protected:
        if span.kind == "url" and _reference(span, blocks, card):
            continue  # "(cfr https://…)", "consultez l'article sur …": a link to read, no contact
        if span.kind in ("phone", "email", "url"):
            found.append((span.kind, span.text))
    above: list[str] = []  # the lines before the block (a .txt's lines may be blocks)
    for block in blocks:
        # slots are looked for with a template's markup blanked out (same offsets)
        untagged = TEMPLATE_TAG.sub(lambda m: " " * len(m.group()), block.text)
        keys = (("postal", "postal"), ("hours", "hours"), ("service", "service"), ("slot", "slot"))
        for kind, key in keys:
            flags = re.M if kind == "postal" else re.I | re.M if kind == "slot" else re.I
            for pattern in card.patterns("contact", key, flags):
                for match in pattern.finditer(untagged if kind == "slot" else block.text):
                    if kind == "slot" and (
                        _asked(above, block.text, match.start())
                        or (
                            not _first(above, block.text, match.start())
                            and _recipients(above, block.text, match.start(), card)
                        )
                    ):
                        continue
                    text = match.group().lstrip(",–- \t\n")
                    if kind == "service":
                        text = _phrase(block.text, match.start())
                    found.append((kind, text))
        above = (above + block.text.split("\n"))[-LINES:]
    unique: dict[tuple[str, str], None] = {}
    for kind, text in found:
        unique.setdefault((kind, " ".join(text.split())), None)
    # "081 00 00" inside "081 00 00 00": keep the longer one
    return [
        (kind, text)
        for kind, text in unique
        if not any(k == kind and text != other and text in other for k, other in unique)
    ]


LINKS = {"de", "du", "des", "la", "le", "l'", "l’", "d'", "d’", "van", "voor", "het", "en", "et"}


def _phrase(text: str, start: int, words: int = 6) -> str:
    """The named service: its word and its name's words (capitalised, or linking words
    between them), up to a comma or a full stop: "service du Dépôt Légal", not the rest of
    the sentence."""
    rest = text[start:]
    for stop in (",", ".", ";", "\n", "(", ":"):
        rest = rest.split(stop, 1)[0]
    kept: list[str] = []
    for number, word in enumerate(rest.split()[:words]):
        if number and not word[:1].isupper() and word.lower() not in LINKS:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].lower() in LINKS:
        kept.pop()
    return " ".join(kept)


_BULLET = re.compile(r"^\s*[-–•*]\s")


def _reference(span: Protected, blocks: list[Block], card: CardWords) -> bool:
    """A web link given to read something (in brackets, after "cfr", "consultez", "kijk op",
    "meer informatie"), not to reach the sender: unless its address or its line says
    contact."""
    if "contact" in span.text.lower():
        return False
    block = next((b for b in blocks if b.start <= span.start < b.start + len(b.text)), None)
    if block is None:
        return False
    at = span.start - block.start
    line_start = block.text.rfind("\n", 0, at) + 1
    line_end = block.text.find("\n", at)
    line = block.text[line_start : line_end if line_end >= 0 else len(block.text)]
    before = block.text[max(line_start, at - 120) : at]
    if any(p.search(line) for p in card.patterns("contact", "link_contact")):
        return False
    return before.rstrip().endswith("(") or any(
        p.search(before) for p in card.patterns("contact", "link_reference")
    )


def _line_at(above: list[str], text: str, start: int) -> tuple[list[str], str]:
    """The lines before the one at `start` (the block's and those above it), and that line."""
    end = text.find("\n", start)
    lines = above + text[: end if end >= 0 else len(text)].split("\n")
    return lines[:-1], lines[-1]


def _asked(above: list[str], text: str, start: int) -> bool:
    """A slot on a list's line under a line ending with ":" ("en indiquant : - nom -
    adresse"): details the reader must give, not the sender's."""
    before, line = _line_at(above, text, start)
    if not _BULLET.match(line):
        return False
    for previous in reversed(before):
        if previous.strip() and not _BULLET.match(previous):
            return previous.rstrip().endswith(":")
    return False


def _first(above: list[str], text: str, start: int) -> bool:
    """The slot is on the document's first line: a letter starts with its sender."""
    before, _ = _line_at(above, text, start)
    return not any(line.strip() for line in before)


LINES = 3  # a slot under a line that names the recipient ("Nom du client" / "Adresse"): theirs


def _recipients(above: list[str], text: str, start: int, card: CardWords) -> bool:
    """The slot at `start` of `text` is on a line that names the recipient's details, or on
    one of the LINES lines under such a line, and does not say it is the sender's ("Uw naam
    en adres")."""
    end = text.find("\n", start)
    lines = (above + text[: end if end >= 0 else len(text)].split("\n"))[-1 - LINES :]
    if re.search(card.get("contact", "own_slot"), lines[-1], re.I):
        return False
    patterns = card.patterns("contact", "recipient_slot", re.I)
    return any(p.search(line) for line in lines for p in patterns)
