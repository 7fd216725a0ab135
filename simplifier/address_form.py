"""The form of address a text uses ("vous"/"u" or "tu"/"je"), and Dutch advice put in it.

Our Dutch explanations and alternatives speak to the reader with "u". Flemish services now
often write "je": on a held-out reading, eight pieces of advice out of 173 were judged wrong
only because they said "u" in a text that says "je" (« kind ten laste: een kind dat bij u
woont »), and every explanation in "u" became a change to check there. Dutch says the same
with "je" by changing the pronoun and, where the verb comes first, its ending ("krijgt u" →
"krijg je"); French would need every verb conjugated again, so French advice keeps "vous"
and the register check keeps such changes to check."""

from __future__ import annotations

import re

FORMAL = {"fr": re.compile(r"\b(vous|votre|vos)\b", re.I), "nl": re.compile(r"\b(u|uw)\b", re.I)}
INFORMAL = {
    "fr": re.compile(r"\b(tu|ton|ta|tes|toi|t')\b", re.I),
    "nl": re.compile(r"\b(je|jij|jouw|jou|jezelf)\b", re.I),
}
INFORMAL_SETTINGS = frozenset({"tu", "je"})


def speaks_informally(text: str, lang: str, setting: str | None = None) -> bool:
    """Whether the text speaks to its reader with "tu"/"je" more than with "vous"/"u" (the
    organisation's setting, when given, decides)."""
    if setting is not None:
        return setting in INFORMAL_SETTINGS
    if lang not in FORMAL:
        return False
    informal = len(INFORMAL[lang].findall(text))
    return informal > 0 and informal > len(FORMAL[lang].findall(text))


# Verbs before "u" as its subject ("Dan krijgt u …"): with "je" they lose their -t. Verbs that
# often take "u" as their object ("het ziekenfonds betaalt u terug") are not listed: their
# form stays, which is right for the object and rare for the subject.
_INVERTED = {
    "hebt": "heb",
    "bent": "ben",
    "kunt": "kun",
    "wilt": "wil",
    "zult": "zul",
    "wordt": "word",
    "krijgt": "krijg",
    "hoeft": "hoef",
    "woont": "woon",
    "werkt": "werk",
    "ontvangt": "ontvang",
    "blijft": "blijf",
    "vindt": "vind",
    "houdt": "houd",
    "gaat": "ga",
    "staat": "sta",
    "doet": "doe",
    "ziet": "zie",
    "leert": "leer",
    "verliest": "verlies",
    "heeft": "heb",  # « heeft u » (Flemish usage) → « heb je »
}
_VERB_U = re.compile(rf"\b({'|'.join(_INVERTED)})\s+u\b", re.I)
# After a preposition Dutch says "jou", not "je": "bij u" → "bij jou".
_PREPOSITION_U = re.compile(
    r"\b(bij|voor|aan|met|van|naar|door|over|zonder|tegen|op|om|tot|uit|zoals|dan)\s+u\b", re.I
)
_PRONOUN = re.compile(r"\b(uzelf|uw|u)\b", re.I)
_INFORMAL_PRONOUN = {"u": "je", "uw": "je", "uzelf": "jezelf"}


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def to_informal_nl(text: str) -> str:
    """Dutch advice in "u" put in "je": "Krijgt u een brief van uw ziekenfonds?" → "Krijg je
    een brief van je ziekenfonds?", "een kind dat bij u woont" → "een kind dat bij jou
    woont"."""

    def verb(found: re.Match[str]) -> str:
        word = found.group(1)
        return f"{_cased(_INVERTED[word.lower()], word)} je"

    def preposition(found: re.Match[str]) -> str:
        return f"{found.group(1)} jou"

    def pronoun(found: re.Match[str]) -> str:
        word = found.group(1)
        return _cased(_INFORMAL_PRONOUN[word.lower()], word)

    text = _VERB_U.sub(verb, text)
    text = _PREPOSITION_U.sub(preposition, text)
    return _PRONOUN.sub(pronoun, text)
