"""What counts as a word, and how common a word is."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token
from wordfreq import zipf_frequency

RARE_ZIPF = 3.0  # about once per million words or less: most readers do not know the word
UNCOMMON_ZIPF = 4.0  # outside the few thousand most common words
_ELIDED = {
    "l'",
    "d'",
    "j'",
    "m'",
    "n'",
    "s'",
    "t'",
    "c'",
    "qu'",
    "jusqu'",
    "lorsqu'",
    "puisqu'",
    "quoiqu'",
    "presqu'",
    "l’",
    "d’",
    "j’",
    "m’",
    "n’",
    "s’",
    "t’",
    "c’",
    "qu’",
}


@lru_cache(maxsize=300_000)
def zipf(word: str, lang: str) -> float:
    """How common a word is, on wordfreq's Zipf scale (6 = once per thousand words)."""
    return zipf_frequency(word, lang)


def is_word(token: Token) -> bool:
    """A word as readers count them: not punctuation, and "l'" belongs to the next word."""
    return is_word_form(token.text, token.is_punct or token.is_space)


def is_word_form(text: str, punct_or_space: bool) -> bool:
    """`is_word` from the token's text and whether spaCy calls it punctuation or space."""
    return not punct_or_space and any(ch.isalnum() for ch in text) and text.lower() not in _ELIDED
