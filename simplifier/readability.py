"""Readability measures and the score/level model.

Counts come from spaCy tokens rather than from textstat's own splitting, which breaks sentences
at "art." and drops apostrophes (see GUIDE.md); the published formulas are applied to those
counts. Counts are additive, so a block's or a document's readability is computed from the sum
of its sentences' counts, not from an average of averages.
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path

from simplifier.features import Counts
from simplifier.models import Readability, Reason

# What the reader is told, grouped from the model's measures: the reason's key, the measures
# whose contributions add up to it, and the measure (and factor) shown in the sentence.
REASONS: dict[str, tuple[tuple[str, ...], str, float]] = {
    "reason.long_sentences": (
        ("words_per_sentence", "log_words_per_sentence", "long_sentence_word_share"),
        "words_per_sentence",
        1.0,
    ),
    "reason.long_words": (
        ("syllables_per_word", "letters_per_word", "polysyllable_share", "long_word_share"),
        "polysyllable_share",
        100.0,
    ),
    "reason.rare_words": (
        ("rare_word_share", "uncommon_word_share", "mean_zipf", "content_word_zipf"),
        "uncommon_word_share",
        100.0,
    ),
    "reason.jargon": (("jargon_per_word", "abbreviations_per_word"), "jargon_per_word", 100.0),
    "reason.complex_sentences": (
        (
            "subordinates_per_sentence",
            "dependency_length_per_word",
            "depth_per_sentence",
            "commas_per_sentence",
            "verbs_per_sentence",
        ),
        "commas_per_sentence",
        1.0,
    ),
    "reason.passives": (("passives_per_sentence",), "passives_per_sentence", 1.0),
    "reason.nominal": (
        ("nominal_per_sentence", "noun_share", "lexical_density"),
        "noun_share",
        100.0,
    ),
    "reason.numbers": (
        ("numbers_per_sentence", "parentheses_per_sentence"),
        "numbers_per_sentence",
        1.0,
    ),
}
REASON_MIN = 0.25  # difficulty added (in standard units) before a reason is worth saying
MAX_REASONS = 3
REASON_BELOW_SCORE = 76.5  # texts at A1 get no list of what makes them hard
# Measures for which less means harder (how common the words are); for all others more is harder.
LESS_IS_HARDER = {"mean_zipf", "content_word_zipf"}


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
        "uncommon_word_share": counts.uncommon_words / max(counts.frequency_words, 1),
        "mean_zipf": counts.zipf_total / max(counts.frequency_words, 1),
        "subordinates_per_sentence": counts.subordinates / sentences,
        "dependency_length_per_word": counts.dependency_length / words,
        "depth_per_sentence": counts.depth / sentences,
        "commas_per_sentence": counts.commas / sentences,
        "numbers_per_sentence": counts.numbers / sentences,
        "parentheses_per_sentence": counts.parentheses / sentences,
        "jargon_per_word": counts.jargon / words,
        "abbreviations_per_word": counts.abbreviations / words,
        "passives_per_sentence": counts.passives / sentences,
        "nominal_per_sentence": counts.nominal / sentences,
        "negations_per_sentence": counts.negations / sentences,
        "proper_noun_share": counts.proper_nouns / words,
        "lexical_density": counts.content_words / words,
        "noun_share": counts.nouns / words,
        "verbs_per_sentence": counts.verbs / sentences,
        "long_sentence_word_share": counts.long_sentence_words / words,
        "log_words_per_sentence": math.log1p(wps),
        "content_word_zipf": counts.content_zipf_total / max(counts.content_looked_up, 1),
        "lix": wps + 100.0 * counts.long_words / words,
        "longest_sentence": float(counts.longest_sentence),
    }
    if lang == "fr":
        result["kandel_moles"] = 207.0 - 1.015 * wps - 73.6 * spw
    elif lang == "nl":
        result["flesch_douma"] = 206.835 - 0.93 * wps - 77.0 * spw
    return result


MODEL_PATH = Path(__file__).parent / "data" / "readability_model.json"


@lru_cache(maxsize=1)
def _model() -> dict[str, dict]:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def contributions(values: dict[str, float], lang: str) -> dict[str, float]:
    """How much each measure adds to the difficulty (positive: makes the text harder)."""
    return {
        name: weight * (values[name] - mean) / scale for name, mean, scale, weight in _terms(lang)
    }


@cache
def _terms(lang: str) -> tuple[tuple[str, float, float, float], ...]:
    model = _model()[lang]
    return tuple(
        zip(model["features"], model["mean"], model["scale"], model["weights"], strict=True)
    )


def rating_for(values: dict[str, float], lang: str) -> float:
    """The estimated difficulty on the 1-6 scale of the people's ratings (1 = A1 ... 6 = C2)."""
    model = _model()[lang]
    return model["rating_intercept"] + model["rating_slope"] * sum(
        contributions(values, lang).values()
    )


def score_for(values: dict[str, float], lang: str) -> float:
    """0-100, higher is easier: a smooth, strictly decreasing function of the rating, so that
    two texts of different difficulty never share a score because of a cut-off."""
    steepness = _model()[lang]["steepness"]
    return round(score_of_rating(rating_for(values, lang), steepness), 1)


def score_of_rating(rating: float, steepness: float) -> float:
    """The 0-100 score of a rating on the 1-6 scale: 50 at the B1/B2 boundary (3.5)."""
    return 100.0 / (1.0 + math.exp(steepness * (rating - 3.5)))


def level_for(score: float, lang: str) -> str:
    for threshold, level in _model()[lang]["levels"]:
        if score >= threshold:
            return level
    return _model()[lang]["levels"][-1][1]


def reasons_for(values: dict[str, float], lang: str) -> tuple[Reason, ...]:
    """What pulls the score down most, as the model itself weighs it. A measure only counts
    towards a reason when the text has more of what makes text hard than the average text
    (longer sentences, rarer words...), never because it has less of something."""
    model = _model()[lang]
    mean = dict(zip(model["features"], model["mean"], strict=True))
    parts = contributions(values, lang)
    found = []
    for key, (names, shown, factor) in REASONS.items():
        weight = 0.0
        for name in names:
            direction = -1.0 if name in LESS_IS_HARDER else 1.0
            if name in parts and parts[name] > 0 and (values[name] - mean[name]) * direction > 0:
                weight += parts[name]
        if weight > REASON_MIN:
            found.append((weight, Reason(key, values[shown] * factor)))
    found.sort(key=lambda item: -item[0])
    return tuple(reason for _, reason in found[:MAX_REASONS])


def ceiling_for(longest_sentence: int, lang: str) -> float:
    """The best score a text can have whose longest sentence has this many words: readers meet
    that sentence whatever the mean says, so a text with a 60-word sentence is not B1. From
    the model's `longest_sentence` (40 words: at most 49.9, just under B1; one point less for
    each word more: 70 words at most 19.9, C1)."""
    rule = _model()[lang].get("longest_sentence")
    if not rule or longest_sentence < rule["words"]:
        return 100.0
    return rule["score"] - rule["per_word"] * (longest_sentence - rule["words"])


def readability(counts: Counts, lang: str, with_reasons: bool = True) -> Readability:
    """Score, level and measures; `reasons` only when asked (paragraphs and documents: for a
    single sentence the findings themselves say what is wrong, and it saves time)."""
    values = measures(counts, lang)
    if counts.words == 0:
        return Readability(score=100.0, level=level_for(100.0, lang), measures=values)
    score = score_for(values, lang)
    ceiling = ceiling_for(counts.longest_sentence, lang)
    reasons = reasons_for(values, lang) if with_reasons and score < REASON_BELOW_SCORE else ()
    if ceiling < score:
        score = round(ceiling, 1)
        if with_reasons:
            longest = Reason("reason.longest_sentence", float(counts.longest_sentence))
            reasons = (longest, *reasons)[:MAX_REASONS]
    return Readability(
        score=score,
        level=level_for(score, lang),
        measures=values,
        reasons=reasons,
    )
