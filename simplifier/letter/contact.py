"""Whom to contact: phones, e-mails and web addresses from the protect pass, postal
addresses, office hours and named services from the card's patterns."""

from __future__ import annotations

import re

from simplifier.letter.data import CardWords
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
        if span.kind in ("phone", "email", "url"):
            found.append((span.kind, span.text))
    above: list[str] = []  # the lines before the block (a .txt's lines may be blocks)
    for block in blocks:
        keys = (("postal", "postal"), ("hours", "hours"), ("service", "service"), ("slot", "slot"))
        for kind, key in keys:
            flags = re.M if kind == "postal" else re.I | re.M if kind == "slot" else re.I
            for pattern in card.patterns("contact", key, flags):
                for match in pattern.finditer(block.text):
                    if kind == "slot" and _recipients(above, block.text, match.start(), card):
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
