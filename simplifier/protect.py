"""The protect pass: spans no suggestion may rewrite.

Amounts, dates, deadlines, legal references and the titles of acts, IBAN, national register
numbers, e-mail, web addresses, phone numbers and reference numbers are found by patterns on the
raw text (they are also used to keep the sentence splitter from cutting "art. 37" in two);
names of people and organisations come from the parse (named entities where the pipeline has
them, proper nouns after a title otherwise).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from simplifier.models import Protected

_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|"
    "décembre|decembre|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
    "november|december|janv|févr|avr|juil|sept|oct|nov|déc|jan|feb|mrt|apr|aug|sep|okt|dec"
)
_DATE = (
    rf"(?:(?:1er|\d{{1,2}})\s+(?:{_MONTHS})\.?(?:\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})"
)
_NUMBER = r"\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_ACT = (
    r"(?:loi|wet|arrêté royal|arrêté|koninklijk besluit|besluit|décret|decreet|ordonnance|"
    r"ordonnantie|code|wetboek|A\.R\.|K\.B\.|AR|KB)"
)
# The official title after an act ("relative à l'assurance obligatoire...", "betreffende het
# recht op maatschappelijke integratie"), up to a comma, a full stop, a semicolon, a bracket,
# or a verb or pronoun that starts the sentence's own clause ("... houdende de
# werkloosheidsreglementering is de werkloze ertoe gehouden").
_CLAUSE_START = (
    r"est|sont|a|ont|sera|seront|doit|doivent|peut|peuvent|il|elle|ils|elles|vous|nous|on|"
    r"is|zijn|wordt|worden|werd|werden|zal|zullen|moet|moeten|heeft|hebben|kan|kunnen|dient|"
    r"dienen|u|wij|we|hij|zij|ze"
)
_TITLE = (
    r"\s+(?:relati(?:f|ve|fs|ves)\s+(?:à|au|aux)|concernant|portant|visant\s+à|instituant|"
    r"modifiant|organisant|fixant|betreffende|houdende|tot|inzake|met\s+betrekking\s+tot)"
    rf"\s(?:(?!\s(?:{_CLAUSE_START})\b)[^,;.()\n])+"
)

PATTERNS: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "url": re.compile(r"\b(?:https?://|www\.)[^\s<>()]+[^\s<>().,;:!?]", re.I),
    "iban": re.compile(
        r"\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?\b"
    ),
    "national_number": re.compile(r"\b\d{2}[.\s]?\d{2}[.\s]?\d{2}[-\s]\d{3}[.\s]?\d{2}\b"),
    "phone": re.compile(
        r"(?<![\w/])(?:\+32|0032)[\s./]?\(?0?\)?\d(?:[\s./-]?\d){6,9}(?!\d)"
        r"|(?<![\w/.,])0\d{1,3}(?:[\s./-]\d{2,3}){2,4}(?![\d,])"
    ),
    "amount": re.compile(
        rf"(?:€|EUR)\s?(?:{_NUMBER})(?:,-)?"
        rf"|(?:{_NUMBER})\s?(?:€|EUR\b|euros?\b|eurocent\b|cents?\b)",
        re.I,
    ),
    "legal_reference": re.compile(
        r"\b(?:articles?|artikels?|artikelen|art\.)\s*\d+(?:\s?(?:bis|ter|quater|quinquies|sexies)"
        r"|/\d+)?(?:\s*(?:,|en|et)?\s*(?:§\s*\d+|alinéa\s*\d+|al\.\s*\d+|lid\s*\d+|\d+°))*"
        rf"(?:\s+(?:de la|du|de l'|van de|van het)\s+{_ACT}(?:\s+(?:du|van)\s+{_DATE})?"
        rf"(?:{_TITLE})?)?"
        rf"|\b{_ACT}\s+(?:du|van)\s+{_DATE}"
        r"|§\s*\d+(?:\s*,\s*(?:alinéa|al\.|lid)\s*\d+)?",
        re.I,
    ),
    # An act with its official title ("loi du 26 mai 2002 concernant le droit à l'intégration
    # sociale"): a law keeps its name, however hard its words.
    "law_title": re.compile(rf"\b{_ACT}(?:\s+n°\s*\d+)?(?:\s+(?:du|van)\s+{_DATE})?{_TITLE}", re.I),
    # Every date starts with a digit or a month's initial: the lookahead saves trying the
    # months at every other word (this pattern was the slowest of the protect pass).
    "date": re.compile(rf"\b(?=[\djfmasond]){_DATE}\b", re.I),
    "deadline": re.compile(
        r"\b(?:dans|endéans|sous|binnen|uiterlijk|au plus tard)\s+"
        r"(?:les?|un délai de|de|een termijn van)?"
        r"\s*\d+\s+(?:jours?|mois|semaines?|ans?|dagen|dag|maanden|maand|weken|week|jaar)"
        r"(?:\s+(?:calendrier|ouvrables|werkdagen|kalenderdagen))?",
        re.I,
    ),
    "reference": re.compile(r"\b(?=[\w/.-]*\d)[A-Z0-9]+(?:[/.-][A-Z0-9]+){1,6}\b"),
}

_TITLES = {
    "monsieur",
    "madame",
    "mademoiselle",
    "m.",
    "mme",
    "mlle",
    "docteur",
    "dr",
    "dr.",
    "maître",
    "me",
    "meneer",
    "mevrouw",
    "heer",
    "dhr.",
    "mevr.",
    "mr.",
    "juffrouw",
}


def pattern_spans(text: str) -> list[Protected]:
    """Protected spans found by the patterns, longest first where they overlap."""
    found = [
        Protected(m.start(), m.end(), kind, m.group())
        for kind, pattern in PATTERNS.items()
        for m in pattern.finditer(text)
        if m.end() > m.start()
    ]
    return merge(found)


def merge(spans: Iterable[Protected]) -> list[Protected]:
    """Keep the longest of overlapping spans (the first kind listed wins ties), in text order."""
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    kept: list[Protected] = []
    for span in ordered:
        if kept and span.start < kept[-1].end:
            if span.end > kept[-1].end:
                last = kept[-1]
                kept[-1] = Protected(
                    last.start, span.end, last.kind, last.text + span.text[last.end - span.start :]
                )
            continue
        kept.append(span)
    return kept


_NAME_LINKS = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "l'",
    "d'",
    "van",
    "der",
    "den",
    "het",
    "voor",
    "et",
    "en",
    "'s",
    "-",
}


def _looks_like_a_name(ent: Span) -> bool:
    """The small pipelines' entities are noisy; keep those written like names: every word
    capitalised (linking words aside), and not a lone capitalised word opening a sentence."""
    words = [t for t in ent if t.lower_ not in _NAME_LINKS and not t.is_punct and not t.is_space]
    if not words or any(t.pos_ in ("VERB", "AUX", "PRON") for t in words):
        return False
    if not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in words):
        return False
    return not (len(words) == 1 and words[0].is_sent_start)


_CAPITALISED = re.compile(r"(?<!\w)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")  # a capital, then a small letter


def _capitalised_runs(doc: Doc) -> list[Protected]:
    """Names written with capitals that the entity recogniser missed: two capitalised words
    or more, linked by "voor de", "de", "van"... ("Hulpkas voor Werkloosheidsuitkeringen",
    "Vlaams Fonds voor de Gezinsbijslag"): a lexicon word inside them is part of a name."""
    runs: list[Protected] = []
    words: list[Token] = []
    text = doc.text
    if len(_CAPITALISED.findall(text)) < 2:
        return runs  # most paragraphs: only the first word has a capital

    def close() -> None:
        while words and words[-1].lower_ in _NAME_LINKS:
            words.pop()
        if len(words) > 1 and words[0].is_sent_start and words[1].lower_ in _NAME_LINKS:
            words.pop(0)  # "Gelieve de Federale Pensioendienst": the capital opens the sentence
        while words and words[0].lower_ in _NAME_LINKS:
            words.pop(0)
        if words and words[0].lower_ in _TITLES:
            words.clear()  # "Madame Françoise DELVAUX": the rule for titles below takes it
        if sum(1 for t in words if t.lower_ not in _NAME_LINKS) >= 2:
            start, end = words[0].idx, words[-1].idx + len(words[-1].text)
            runs.append(Protected(start, end, "name", text[start:end]))
        words.clear()

    for token in doc:
        capitalised = token.is_alpha and token.text[:1].isupper() and not token.is_upper
        if capitalised or (words and token.lower_ in _NAME_LINKS and token.text.islower()):
            words.append(token)
        elif words:
            close()
    close()
    return runs


def name_spans(doc: Doc) -> list[Protected]:
    """Names of people and organisations (and places, which appear in addresses)."""
    spans = [
        Protected(
            ent.start_char,
            ent.start_char + len(ent.text.rstrip()),
            "person" if ent.label_ in ("PER", "PERSON") else "name",
            ent.text.rstrip(),
        )
        for ent in doc.ents
        if ent.label_ in ("PER", "PERSON", "ORG", "LOC", "GPE") and _looks_like_a_name(ent)
    ]
    spans += _capitalised_runs(doc)
    text = doc.text  # rebuilt from every token at each access: once, not once per title
    for token in doc:  # "Madame Dupont", "mevrouw Peeters": proper nouns after a title
        if token.lower_ in _TITLES and token.i + 1 < len(doc):
            end = token.i + 1
            while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                end += 1
            if end > token.i + 1:
                first, last = doc[token.i + 1], doc[end - 1]
                spans.append(
                    Protected(
                        first.idx,
                        last.idx + len(last.text),
                        "person",
                        text[first.idx : last.idx + len(last.text)],
                    )
                )
    return spans


def protected_spans(doc: Doc, offset: int = 0) -> list[Protected]:
    """All protected spans of a parsed block, shifted by `offset` into document coordinates."""
    found = doc._.simplifier_patterns if doc.has_extension("simplifier_patterns") else None
    spans = merge([*(found if found is not None else pattern_spans(doc.text)), *name_spans(doc)])
    return [Protected(s.start + offset, s.end + offset, s.kind, s.text) for s in spans]


def overlaps(start: int, end: int, spans: Iterable[Protected]) -> bool:
    return any(start < s.end and s.start < end for s in spans)


class Intervals:
    """Many (start, end) spans, for fast "does this overlap any of them?" questions."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.items = sorted(spans)
        self.starts = [start for start, _ in self.items]
        self.longest = max((end - start for start, end in self.items), default=0)

    def overlaps(self, start: int, end: int) -> bool:
        position = bisect.bisect_left(self.starts, end) - 1  # the last span starting before end
        while position >= 0 and self.items[position][0] >= start - self.longest:
            if self.items[position][1] > start:
                return True
            position -= 1
        return False
