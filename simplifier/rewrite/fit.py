"""Fit a lexicon alternative into its sentence: the article in front, agreement of the words
that depend on a replaced noun, the conjugation of a replaced verb, elision, contraction and
the capital at the start of a sentence.

The parse says what the original words are (a plural noun with "du" in front, a verb in the
conditional, second person plural); the alternative is given the same role. Every form we
generate is checked twice: generating the *original* word's form from its base form must give
back the text (so we understood it), and the new form must be a word French or Dutch writing
uses (word frequencies). When either check fails, the alternative is offered as written, with a
note asking the reviewer to adjust it.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from simplifier.rewrite.context import doubt
from simplifier.rewrite.fit_common import (
    parse_alone,
    parse_noun_phrase,
    sentence_start,
)
from simplifier.rewrite.fit_fr import fit_fr
from simplifier.rewrite.fit_nl import fit_nl
from simplifier.rewrite.fitted import NOTE_GRAMMAR, NOTE_ORDER, CannotFit, Fitted
from simplifier.rewrite.fitted import doc_text as _doc_text
from simplifier.rewrite.reader import fit_reader, names_the_reader


def fit_replacement(doc: Doc, start: int, end: int, alternative: str, lang: str) -> Fitted:
    """The best fit of `alternative` in place of `_doc_text(doc)[start:end]`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    alternative = _uncapitalise(alternative)
    if span is None or not len(span):
        return _as_written(doc, start, end, alternative)
    try:
        if _coordinator_inside_clause(doc, span, alternative, lang):
            raise CannotFit(NOTE_ORDER)  # "vous êtes toutefois tenue" -> not "mais tenue"
        if names_the_reader(alternative, lang):
            fitted = fit_reader(doc, span, lang)
        else:
            fitted = (fit_fr if lang == "fr" else fit_nl)(doc, span, alternative)
            noun = span.root.pos_ in ("NOUN", "PROPN")
            alt = (parse_noun_phrase if noun else parse_alone)(alternative, lang)
            note = doubt(doc, span, alt, lang, fitted.start) if fitted.confident else None
            if note:
                fitted = replace(fitted, confident=False, note=note)
    except CannotFit as exc:
        return _as_written(doc, span.start_char, span.end_char, alternative, exc.note)
    return _capitalise(doc, fitted)


# ("et", "ou", "of" also pair up inside a clause: "soit ... soit" -> "ou ... ou"; "donc" is an
# adverb too)
_COORDINATORS = {"fr": ("mais", "car"), "nl": ("maar", "want")}


def _coordinator_inside_clause(doc: Doc, span: Span, alternative: str, lang: str) -> bool:
    """A coordinator ("mais", "maar") can only start a clause: it cannot take the place of an
    adverb inside one ("vous êtes toutefois tenue", "het Comité heeft evenwel beslist")."""
    if alternative.lower() not in _COORDINATORS[lang]:
        return False
    before = doc[span.start - 1] if span.start else None
    return before is not None and not before.is_sent_end and before.text not in (",", ";", ":")


def _uncapitalise(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _after_colon(doc: Doc, char: int) -> bool:
    """ "Objet : Notification ...": a heading's value keeps its capital."""
    return _doc_text(doc)[:char].rstrip().endswith(":")


def _capitalise(doc: Doc, fitted: Fitted) -> Fitted:
    original = _doc_text(doc)[fitted.start : fitted.end]
    opens = sentence_start(doc, fitted.start) or _after_colon(doc, fitted.start)
    if original[:1].isupper() and opens and fitted.text:
        return Fitted(
            fitted.start,
            fitted.end,
            fitted.text[0].upper() + fitted.text[1:],
            fitted.confident,
            fitted.note,
        )
    if original.isupper() and len(original) > 1:
        return Fitted(fitted.start, fitted.end, fitted.text.upper(), fitted.confident, fitted.note)
    return fitted


def _as_written(doc: Doc, start: int, end: int, alternative: str, note: str = NOTE_GRAMMAR):
    """The alternative in its base form, only capitalised where the sentence starts."""
    fitted = Fitted(start, end, alternative, confident=False, note=note)
    original = _doc_text(doc)[start:end]
    if original[:1].isupper() and sentence_start(doc, start):
        fitted = Fitted(start, end, alternative[:1].upper() + alternative[1:], False, note)
    return fitted
