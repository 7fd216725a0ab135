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
    return (
        not (token.is_punct or token.is_space)
        and any(ch.isalnum() for ch in token.text)
        and token.lower_ not in _ELIDED
    )
