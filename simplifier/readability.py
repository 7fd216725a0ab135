"""Readability measures and the score/level model.

Counts come from spaCy tokens rather than from textstat's own splitting, which breaks sentences
at "art." and drops apostrophes (see GUIDE.md); the published formulas are applied to those
counts. Counts are additive, so a block's or a document's readability is computed from the sum
of its sentences' counts, not from an average of averages.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token
from wordfreq import zipf_frequency

from simplifier import syllables
from simplifier.models import Readability, Reason

RARE_ZIPF = 3.0  # fewer than about 1 in a million words: most readers do not know the word
LONG_WORD_LETTERS = 6  # LIX counts words of more than six letters
POLYSYLLABLE = 4  # "more than three syllables"
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
}

# Reasons worth telling the reader, with the level above which they are said.
REASON_THRESHOLDS = {
    "reason.long_sentences": ("words_per_sentence", 15.0, 1.0),
    "reason.long_words": ("polysyllable_share", 0.15, 100.0),
    "reason.rare_words": ("rare_word_share", 0.08, 100.0),
}


@dataclass(frozen=True)
class Counts:
    """Additive counts of a stretch of text."""

    sentences: int = 0
    words: int = 0
    syllables: int = 0
    letters: int = 0
    long_words: int = 0
    polysyllables: int = 0
    rare_words: int = 0
    frequency_words: int = 0  # words looked up for frequency (not names, numbers, abbreviations)

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


def total(counts: Iterable[Counts]) -> Counts:
    result = Counts()
    for item in counts:
        result = result + item
    return result


@lru_cache(maxsize=300_000)
def zipf(word: str, lang: str) -> float:
    return zipf_frequency(word, lang)


def is_word(token: Token) -> bool:
    return (
        not (token.is_punct or token.is_space)
        and any(ch.isalnum() for ch in token.text)
        and (token.lower_ not in _ELIDED)
    )


def count_sentence(sentence: Span | Iterable[Token], lang: str) -> Counts:
    words = syllable_total = letters = long_words = polysyllables = rare = looked_up = 0
    for token in sentence:
        if not is_word(token):
            continue
        words += 1
        text = token.text
        if token.like_num or any(ch.isdigit() for ch in text):
            syllable_total += 1  # a number is read as one unit here; counting its spoken
            letters += len(text)  # syllables would punish every letter with an amount
            continue
        n = syllables.count(text, lang, token.pos_ in ("VERB", "AUX"))
        syllable_total += n
        letters += sum(ch.isalpha() for ch in text)
        long_words += len(text) > LONG_WORD_LETTERS
        polysyllables += n >= POLYSYLLABLE
        if token.pos_ != "PROPN" and not text.isupper():
            looked_up += 1
            rare += zipf(token.lower_, lang) < RARE_ZIPF
    return Counts(1, words, syllable_total, letters, long_words, polysyllables, rare, looked_up)


def measures(counts: Counts, lang: str) -> dict[str, float]:
    words = max(counts.words, 1)
    sentences = max(counts.sentences, 1)
    wps = counts.words / sentences
    spw = counts.syllables / words
    result = {
        "sentences": float(counts.sentences),
        "words": float(counts.words),
        "words_per_sentence": wps,
        "syllables_per_word": spw,
        "letters_per_word": counts.letters / words,
        "long_word_share": counts.long_words / words,
        "polysyllable_share": counts.polysyllables / words,
        "rare_word_share": counts.rare_words / max(counts.frequency_words, 1),
        "lix": wps + 100.0 * counts.long_words / words,
    }
    if lang == "fr":
        result["kandel_moles"] = 207.0 - 1.015 * wps - 73.6 * spw
    elif lang == "nl":
        result["flesch_douma"] = 206.835 - 0.93 * wps - 77.0 * spw
    return {key: round(value, 4) for key, value in result.items()}


@lru_cache(maxsize=1)
def _model() -> dict[str, dict]:
    text = resources.files("simplifier.data").joinpath("readability_model.json").read_text("utf-8")
    return json.loads(text)


def level_for(score: float, lang: str) -> str:
    for threshold, level in _model()[lang]["levels"]:
        if score >= threshold:
            return level
    return _model()[lang]["levels"][-1][1]


def score_for(values: dict[str, float], lang: str) -> float:
    model = _model()[lang]
    raw = model["intercept"] + sum(w * values[name] for name, w in model["weights"].items())
    return round(min(100.0, max(0.0, raw)), 1)


def reasons_for(values: dict[str, float]) -> tuple[Reason, ...]:
    found = []
    for key, (measure, threshold, scale) in REASON_THRESHOLDS.items():
        if values[measure] > threshold:
            found.append((values[measure] / threshold, Reason(key, values[measure] * scale)))
    return tuple(reason for _, reason in sorted(found, key=lambda item: -item[0]))


def readability(counts: Counts, lang: str) -> Readability:
    values = measures(counts, lang)
    if counts.words == 0:
        return Readability(score=100.0, level=level_for(100.0, lang), measures=values)
    score = score_for(values, lang)
    return Readability(
        score=score, level=level_for(score, lang), measures=values, reasons=reasons_for(values)
    )
