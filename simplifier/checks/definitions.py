"""Terms a text defines itself. A text that says what a term means ("Le ticket modérateur est
la partie des frais que vous payez vous-même", "Dit deel noemen we het remgeld") teaches the
term: replacing it destroys the definition or makes it say nothing ("la part que vous payez
vous-même est la part que vous payez vous-même"), and explaining it again is noise. Such a
term is left alone in the whole text.

Examples that made us add it (our own sentences, in the shape real texts use):
- « On entend par cohabitant la personne qui vit sous le même toit. »
- « Nous appelons cette part le ticket modérateur. »
- « Le ticket modérateur est la partie des frais que vous payez vous-même. »
- « Le leefloon : un revenu minimum pour vivre. »
- "Onder gezin wordt verstaan: alle personen die samenwonen."
- "Het remgeld is het deel van de kosten dat u zelf betaalt."
- "Dit deel noemen we het remgeld."
- "De sociale maximumprijs, ook omschreven als sociaal tarief, is lager."
"""

from __future__ import annotations

import re

from spacy.tokens import Span

# Words that say what another word means.
_DEFINING = {
    "fr": re.compile(
        r"\b(on entend par|entend-on par|nous appelons|on appelle|appel[ée]e?s?|nomm[ée]e?s?"
        r"|désigne|désignent|c'est-à-dire|c’est-à-dire|ce qui veut dire|cela veut dire"
        r"|signifie|signifient|veut dire|autrement dit|nouveau nom|nouvelle appellation"
        r"|ancien nom|anciennement|dénommée?s?|connue?s? sous le nom)\b",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        r"\b(wordt verstaan|worden verstaan|verstaan we|verstaan wij|noemen we|noemen wij"
        r"|noemt men|heet|heten|genoemd|betekent|betekenen|dat wil zeggen|d\.w\.z\."
        r"|met andere woorden|nieuwe naam|vroegere naam|vroeger genoemd|omschreven als"
        r"|bekend als|ook wel)\b",
        re.IGNORECASE,
    ),
}
# "<the term> est la / is het ...": the sentence starts with the term and says what it is.
_IS_WHAT = {
    "fr": re.compile(r"^\s*(est|sont|correspond à|représente)\s+(la|le|l'|l’|les|un|une|des)\b"),
    "nl": re.compile(r"^\s*(is|zijn)\s+(de|het|een)\b"),
}
_ARTICLES = {"fr": ("le ", "la ", "les ", "l'", "l’", "un ", "une "), "nl": ("de ", "het ", "een ")}
# What may stand before a term that opens its sentence: an article or a list item's marker.
_MARKERS = ("•", "-", "–", "*", "·")
_OPENERS = {
    lang: frozenset({a.strip() for a in articles} | set(_MARKERS))
    for lang, articles in _ARTICLES.items()
}


# A bracket that gives the term as a name for the words before it: « … de l'intervention
# majorée (statut BIM) », "een startbedrag (het vroegere kraamgeld)", "je identiteit bewijzen
# (authenticeren)". At most two words besides the term: "het vroegere", « anciennement », an
# article (« (montant indexé selon l'indice) » says more than a name).
_NAMING_BRACKET_OTHER_WORDS = 2


def _named_in_brackets(text: str, start: int, end: int) -> bool:
    opening = text.rfind("(", 0, start)
    closing = text.find(")", end)
    if opening < 0 or closing < 0 or ")" in text[opening:start] or "(" in text[end:closing]:
        return False
    besides = text[opening + 1 : start].split() + text[end:closing].split()
    before = text[:opening].rstrip()
    return len(besides) <= _NAMING_BRACKET_OTHER_WORDS and bool(before) and before[-1].isalnum()


def defines(sentence: Span, start: int, end: int, lang: str) -> bool:
    """Whether `sentence` says what the term at characters `start`-`end` of its document
    means: defining words next to it, a colon after the term that opens its line, or the
    sentence opening with the term and "is a ...". A bracket of a few words after the term
    explains it too, and a term in a short bracket after words is the name the text gives
    them."""
    text = sentence.text
    offset = sentence.start_char
    before = text[: start - offset].strip().lower()
    after = text[end - offset :]
    opens = not before or before in _OPENERS.get(lang, ())
    if _defining_words_near(text, start - offset, end - offset, lang):
        return True
    if opens and _GLOSS_AFTER_COLON.match(after):
        return True
    if _EXPLAINING_BRACKET.match(after):
        return True
    if _named_in_brackets(text, start - offset, end - offset):
        return True
    return opens and bool(_IS_WHAT.get(lang) and _IS_WHAT[lang].match(after))


# The defining words stand right next to the term: « On entend par cohabitant », "Onder gezin
# wordt verstaan", « Le ticket modérateur, c'est-à-dire », "Dit deel noemen we het remgeld".
# Farther away they define something else: real texts gave « c'est-à-dire » or "Dat betekent"
# in the same sentence as an unexplained « afin que », « octroyé », "verschuldigde", and the
# term went unmarked.
_NEAR_WORDS = 4
# Words that say what the word BEFORE them means (« X signifie », "X betekent"); naming words
# (« on appelle X », "noemen we X") and « c'est-à-dire » work both ways.
_MEANS = re.compile(r"signifie|signifient|veut dire|désigne|désignent|betekent|betekenen", re.I)
_CLAUSE_AFTER = re.compile(r"\s*(?:(?:dat|que)\b|qu['’])", re.IGNORECASE)

# "Le leefloon : un revenu minimum": a term that opens its line, then a colon and words.
# Not « selon deux modalités : la prime … » (a list follows), not « personne isolée : 14.569
# euros » (an amount), not « Par voie postale : Cellule … » (an address).
_GLOSS_AFTER_COLON = re.compile(r"\s*:\s*[a-zà-ÿ]")

# "(three or more words)" after the term, unless they offer another thing « (ou un
# confidentiel) », "(of gewone aangifte)".
_EXPLAINING_BRACKET = re.compile(r"\s*\((?!\s*(?:ou|of)\b)([^()]*\s){2,}[^()]*\)", re.IGNORECASE)


def _defining_words_near(text: str, start: int, end: int, lang: str) -> bool:
    pattern = _DEFINING.get(lang)
    if pattern is None:
        return False
    for match in pattern.finditer(text):
        if match.start() >= end:
            between = text[end : match.start()]
        elif match.end() <= start:
            if _CLAUSE_AFTER.match(text, match.end()) or _MEANS.fullmatch(match.group(0)):
                # "Dat betekent dat uw verschuldigde belasting …", « Le juge désigne un
                # administrateur »: the term after such words is not the one they define
                continue
            between = text[match.end() : start]
        else:
            continue  # the defining word is the term itself (« désigner » as « nommer »)
        if len(between.split()) <= _NEAR_WORDS:
            return True
    return False
