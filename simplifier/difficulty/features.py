"""What may make a word hard to know, measured offline on the word in its sentence: how rare
it is, how long, how it is made (compounds, nominal and learned endings), its part of speech.
`difficulty.fit` measures how much these tell (little, on the dev data: see docs/quality.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from simplifier import syllables
from simplifier.checks.rare import made_of_common_words
from simplifier.words import zipf

# Nouns made from verbs or adjectives, and other learned endings.
_NOMINAL = {
    "fr": ("tion", "sion", "ment", "ité", "ance", "ence", "age", "ure", "isme", "itude"),
    "nl": ("ing", "heid", "atie", "itie", "teit", "schap", "isme", "ering", "ntie"),
}
# Endings of words of Latin or Greek make ("administratif", "effectief", "préalable").
_LEARNED = {
    "fr": ("if", "ive", "able", "ible", "aire", "oire", "ique", "iel", "elle", "al", "ale"),
    "nl": (
        "ief",
        "ieve",
        "abel",
        "ibel",
        "air",
        "aire",
        "eel",
        "ele",
        "isch",
        "ische",
        "ueel",
        "aal",
        "ale",
        "iek",
        "ieke",  # "optimaal", "specifiek"; verbs: see _learned
    ),
}

FEATURES = (
    "rarity",  # 7 - Zipf frequency of the word (form or lemma, the commoner): 0 very common
    "lemma_form_gap",  # a rare form of a common word (an old verb form, a plural in -x)
    "letters",  # letters beyond 6
    "syllables",  # syllables beyond 2
    "compound_of_common",  # a long word made of common words (transparent compound)
    "nominal",  # a noun made from a verb or an adjective
    "learned",  # a learned ending
    "verb",
    "adjective",
    "adverb",
)
CONTENT = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@dataclass(frozen=True)
class WordFacts:
    """The measures of one word, in `FEATURES` order."""

    word: str
    lemma: str
    values: tuple[float, ...]


def measure(text: str, lemma: str, pos: str, lang: str) -> WordFacts:
    """The features of a word given its text, lemma and universal part of speech."""
    lower, lemma = text.lower(), (lemma or text).lower()
    form_zipf, lemma_zipf = zipf(lower, lang), zipf(lemma, lang)
    frequency = max(form_zipf, lemma_zipf)
    letters = sum(ch.isalpha() for ch in lower)
    compound = (
        1.0 if letters >= 10 and frequency < 3.0 and made_of_common_words(lower, lang) else 0.0
    )
    values = (
        max(0.0, 7.0 - frequency),
        max(0.0, lemma_zipf - form_zipf) if lemma_zipf > form_zipf else 0.0,
        max(0.0, letters - 6.0),
        max(0.0, syllables.count(lower, lang, pos == "VERB") - 2.0),
        compound,
        1.0 if pos == "NOUN" and lemma.endswith(_NOMINAL.get(lang, ())) else 0.0,
        1.0 if _learned(lemma, pos, lang) and letters >= 7 else 0.0,
        1.0 if pos == "VERB" else 0.0,
        1.0 if pos == "ADJ" else 0.0,
        1.0 if pos == "ADV" else 0.0,
    )
    return WordFacts(lower, lemma, values)


def _learned(lemma: str, pos: str, lang: str) -> bool:
    """A learned ending; for Dutch verbs only the Romance "-eren" ("formuleren")."""
    if lang == "nl" and pos == "VERB":
        return lemma.endswith("eren") and not lemma.endswith(("veren", "deren", "keren"))
    return lemma.endswith(_LEARNED.get(lang, ()))


def candidate(token: Token) -> bool:
    """A word the model speaks about: a content word written in letters, not a name, not an
    abbreviation in capitals, not a short word."""
    text = token.text
    return (
        token.pos_ in CONTENT
        and token.is_alpha
        and len(text) >= 4
        and not text.isupper()
        and not (text[:1].isupper() and not token.is_sent_start)
    )


def of_token(token: Token, lang: str) -> WordFacts:
    return measure(token.text, token.lemma_, token.pos_, lang)
