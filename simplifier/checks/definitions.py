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
    means: a defining verb, a colon right after the term, or the sentence opening with the
    term and "is a ...". A bracket of a few words after the term explains it too, and a term
    in a short bracket after words is the name the text gives them."""
    text = sentence.text
    offset = sentence.start_char
    before = text[: start - offset].strip().lower()
    after = text[end - offset :]
    if lang in _DEFINING and _DEFINING[lang].search(text):
        return True
    if re.match(r"\s*:\s*\S", after):
        return True
    if re.match(r"\s*\(([^()]*\s){2,}[^()]*\)", after):  # "(three or more words)"
        return True
    if _named_in_brackets(text, start - offset, end - offset):
        return True
    opens = not before or before in {a.strip() for a in _ARTICLES.get(lang, ())}
    return opens and bool(_IS_WHAT.get(lang) and _IS_WHAT[lang].match(after))
