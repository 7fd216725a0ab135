"""The facts of a paragraph, normalised so that the French and the Dutch way of writing the
same fact give the same key: amounts (1.250,00 € = 1 250,00 EUR = €1250), dates (15 mars
2026 = 15 maart 2026 = 15/03/2026), deadlines (dans les 30 jours = binnen 30 dagen), legal
references (article 12, § 3 = artikel 12, § 3), IBAN and phone numbers without spaces, e-mail
addresses, web sites (by their host: the French and Dutch pages of one site differ in their
path), national register numbers, reference numbers, and numbers of two digits or more."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from simplifier.protect import PATTERNS, pattern_spans

MONTHS = {
    "janvier": 1, "janv": 1, "januari": 1, "jan": 1,
    "février": 2, "fevrier": 2, "févr": 2, "februari": 2, "feb": 2,
    "mars": 3, "maart": 3, "mrt": 3,
    "avril": 4, "avr": 4, "april": 4, "apr": 4,
    "mai": 5, "mei": 5,
    "juin": 6, "juni": 6,
    "juillet": 7, "juil": 7, "juli": 7,
    "août": 8, "aout": 8, "augustus": 8, "aug": 8,
    "septembre": 9, "september": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oktober": 10, "oct": 10, "okt": 10,
    "novembre": 11, "november": 11, "nov": 11,
    "décembre": 12, "decembre": 12, "december": 12, "déc": 12, "dec": 12,
}  # fmt: skip
UNITS = {
    "jour": "d", "jours": "d", "dag": "d", "dagen": "d",
    "semaine": "w", "semaines": "w", "week": "w", "weken": "w",
    "mois": "m", "maand": "m", "maanden": "m",
    "an": "y", "ans": "y", "jaar": "y",
}  # fmt: skip
# The kinds compared, in the order a report lists them.
KINDS = (
    "amount",
    "date",
    "deadline",
    "legal_reference",
    "iban",
    "phone",
    "email",
    "url",
    "national_number",
    "reference",
    "number",
)
_DIGITS = re.compile(r"\d+")
_BARE_NUMBER = re.compile(r"(?<![\w,.])\d+(?:,\d+)?(?![\w]|[.,]\d)")
_ARTICLE = re.compile(
    r"\b(?:articles?|artikels?|artikelen|art\.)\s*(\d+)(?:\s?(bis|ter|quater|quinquies|sexies)"
    r"|/(\d+))?",
    re.I,
)
_SECTION = re.compile(r"§\s*(\d+)")


@dataclass(frozen=True)
class Fact:
    """One fact of a paragraph: its `kind`, its normalised `key`, the `text` as written and
    its place (`block`, character `start` in the block)."""

    kind: str
    key: str
    text: str
    block: int
    start: int


def amount_key(text: str) -> str | None:
    """1.250,00 € / 1 250,00 EUR / €1250 / 1250 euros -> "1250.00"; 50 cents -> "0.50"."""
    match = re.search(r"\d[\d.\u00a0\u202f ]*(?:,\d+)?", text)
    if match is None:
        return None
    number = re.sub(r"[.\u00a0\u202f ]", "", match.group()).replace(",", ".")
    try:
        value = Decimal(number)
    except InvalidOperation:
        return None
    if re.search(r"cent", text, re.I) and not re.search(r"€|eur", text, re.I):
        value = value / 100
    return f"{value:.2f}"


def date_key(text: str) -> str | None:
    """15 mars 2026 / 15 maart 2026 / 15/03/2026 / 15.03.26 -> "2026-03-15"; "mars 2026" ->
    "2026-03"; "1er janvier" -> "--01-01" (no year)."""
    lowered = text.lower().replace("1er", "1")
    numeric = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})", lowered.strip())
    if numeric:
        day, month, year = (int(x) for x in numeric.groups())
        year += 2000 if year < 100 else 0
        return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= month <= 12 else None
    words = re.findall(r"[a-zéû]+|\d+", lowered)
    month = next((MONTHS[w] for w in words if w in MONTHS), None)
    if month is None:
        return None
    numbers = [int(w) for w in words if w.isdigit()]
    day = next((n for n in numbers if n <= 31), None)
    year = next((n for n in numbers if n > 31), None)
    if day is not None and year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if year is not None:
        return f"{year:04d}-{month:02d}"
    return f"--{month:02d}-{day:02d}" if day is not None else None


def deadline_key(text: str) -> str | None:
    """dans les 30 jours / binnen 30 dagen -> "30d"; "30 jours ouvrables" -> "30d-work"."""
    match = re.search(r"(\d+)\s+([a-zé]+)(?:\s+(\w+))?", text.lower())
    if match is None or match.group(2) not in UNITS:
        return None
    key = f"{match.group(1)}{UNITS[match.group(2)]}"
    if match.group(3) in ("ouvrables", "werkdagen"):
        key += "-work"
    return key


def _digits(text: str) -> str:
    return "".join(_DIGITS.findall(text))


def phone_key(text: str) -> str:
    digits = _digits(text)
    if text.strip().startswith("+32") or digits.startswith("0032"):
        digits = "0" + digits[2 if text.strip().startswith("+") else 4 :].lstrip("0")
    return digits


def url_key(text: str) -> str:
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", text.lower()).split("/")[0]
    return host


def _number_key(text: str) -> str:
    return text.replace(",", ".")


def facts_of(text: str, block: int = 0) -> list[Fact]:
    """The facts of one paragraph's text (offsets in it)."""
    found: list[Fact] = []

    def add(kind: str, key: str | None, written: str, start: int) -> None:
        if key:
            found.append(Fact(kind, key, written, block, start))

    covered: list[tuple[int, int]] = []
    for span in pattern_spans(text):
        covered.append((span.start, span.end))
        kind, written = span.kind, span.text
        if kind == "amount":
            add("amount", amount_key(written), written, span.start)
        elif kind == "date":
            add("date", date_key(written), written, span.start)
        elif kind == "deadline":
            add("deadline", deadline_key(written), written, span.start)
        elif kind in ("legal_reference", "law_title"):
            # an article's number, its paragraph, and the date of the act: each on its own,
            # since the French and Dutch titles of an act differ in every other word
            for match in _ARTICLE.finditer(written):
                number = match.group(1) + (match.group(2) or "").lower()
                number += f"/{match.group(3)}" if match.group(3) else ""
                add("legal_reference", f"art. {number}", match.group(), span.start + match.start())
            for match in _SECTION.finditer(written):
                at = span.start + match.start()
                add("legal_reference", f"§ {match.group(1)}", match.group(), at)
            for match in PATTERNS["date"].finditer(written):
                add("date", date_key(match.group()), match.group(), span.start + match.start())
        elif kind == "iban":
            add("iban", re.sub(r"\s", "", written).upper(), written, span.start)
        elif kind == "phone":
            add("phone", phone_key(written), written, span.start)
        elif kind == "email":
            add("email", written.lower(), written, span.start)
        elif kind == "url":
            add("url", url_key(written), written, span.start)
        elif kind == "national_number":
            add("national_number", _digits(written), written, span.start)
        elif kind == "reference":
            add("reference", written.upper().rstrip("."), written, span.start)
    for match in _BARE_NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in covered):
            continue
        if len(_digits(match.group())) >= 2:  # "5" is often written "cinq" / "vijf"
            add("number", _number_key(match.group()), match.group(), match.start())
    return found
