"""Measures of what makes a sentence hard, beyond word and sentence length: uncommon words,
the shape of the parse (subordinate clauses, how far words are from the word they depend on,
how deep the tree is), punctuation and numbers, and the findings of the checks (jargon,
abbreviations, passives, nominal style...).

All counts are additive (a block's or a document's counts are the sum of its sentences'), so
the score of any stretch of text is computed from totals, never from averages of averages.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

from spacy.tokens import Span

from simplifier import syllables
from simplifier.words import RARE_ZIPF, UNCOMMON_ZIPF, is_word_form, zipf

LONG_SENTENCE = 20
LONG_WORD_LETTERS = 6  # LIX counts words of more than six letters
POLYSYLLABLE = 4  # "more than three syllables"
NUMBER_JOINERS = {"/", ".", "-", ","}
SUBORDINATE_DEPS = {"mark", "acl:relcl", "advcl", "ccomp", "csubj", "acl", "xcomp"}
# Finding categories counted as measures of the text (per word or per sentence).
FINDING_MEASURES = {
    "jargon": "jargon",
    "formula": "jargon",
    "abbreviation": "abbreviations",
    "passive": "passives",
    "nominal_style": "nominal",
    "impersonal": "nominal",
    "third_person": "nominal",
    "negation": "negations",
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
    frequency_words: int = 0  # words looked up for frequency (not names, numbers, abbreviations)
    rare_words: int = 0  # below RARE_ZIPF
    uncommon_words: int = 0  # below UNCOMMON_ZIPF: outside the most common few thousand
    zipf_total: float = 0.0
    subordinates: int = 0
    dependency_length: int = 0  # sum over words of the distance to the word they depend on
    depth: int = 0  # sum over sentences of the depth of the parse tree
    commas: int = 0
    numbers: int = 0
    parentheses: int = 0
    jargon: int = 0
    abbreviations: int = 0
    passives: int = 0
    nominal: int = 0
    negations: int = 0
    proper_nouns: int = 0
    content_words: int = 0  # nouns, verbs, adjectives, adverbs
    nouns: int = 0
    verbs: int = 0
    long_sentence_words: int = 0  # words in sentences of more than LONG_SENTENCE words
    content_zipf_total: float = 0.0  # frequency of nouns, verbs, adjectives and adverbs only
    content_looked_up: int = 0
    longest_sentence: int = 0  # words in the longest sentence (adds up as a maximum)

    def __add__(self, other: Counts) -> Counts:
        return total((self, other))

    def with_findings(self, categories: Iterable[str]) -> Counts:
        """These counts plus the findings of the given categories."""
        extra: dict[str, int] = {}
        for category in categories:
            name = FINDING_MEASURES.get(category)
            if name:
                extra[name] = extra.get(name, 0) + 1
        if not extra:
            return self
        values = {f.name: getattr(self, f.name) for f in fields(Counts)}
        for name, value in extra.items():
            values[name] += value
        return Counts(**values)


_FIELD_NAMES = tuple(f.name for f in fields(Counts))
_MAXIMA = frozenset({"longest_sentence"})  # fields that add up as the largest, not the sum


def total(counts: Iterable[Counts]) -> Counts:
    """The sum of many counts, field by field, in one pass."""
    rows = [astuple_fast(item) for item in counts]
    if not rows:
        return Counts()
    return Counts(
        *(
            max(column) if name in _MAXIMA else sum(column)
            for name, column in zip(_FIELD_NAMES, zip(*rows, strict=True), strict=True)
        )
    )


_ALL_FIELDS = attrgetter(*_FIELD_NAMES)


def astuple_fast(counts: Counts) -> tuple[float, ...]:
    return _ALL_FIELDS(counts)


def _tree_depth(heads: dict[int, int]) -> int:
    """The depth of a sentence's parse tree, from each word's position and its head's (tokens
    are compared by position: spaCy makes a new Token object on each access)."""
    depths: dict[int, int] = {}

    def depth(i: int, guard: int = 0) -> int:
        if i in depths:
            return depths[i]
        head = heads.get(i, i)
        value = 0 if head == i or guard > 100 else depth(head, guard + 1) + 1
        depths[i] = value
        return value

    return max((depth(i) for i in heads), default=0)


_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "ADV"})


@lru_cache(maxsize=300_000)
def _token_profile(
    text: str, pos: str, dep: str, lang: str, like_num: bool, punct_or_space: bool
) -> tuple[bool, bool, tuple[float, ...] | None]:
    """What one token adds to a sentence's counts, which depends only on its form, part of
    speech and dependency: worked out once per such combination, not at every occurrence.

    (has a digit, is a number joiner, word counts or None for a token that is not a word);
    word counts: (words, commas, parentheses, proper nouns, content words, nouns, verbs,
    subordinates, syllables, letters, long words, polysyllables, looked up, zipf,
    content looked up, content zipf, rare, uncommon), commas and parentheses included so
    that every additive count is summed in one pass."""
    digit = any(ch.isdigit() for ch in text)
    comma, parenthesis = int(text == ","), int(text == "(")
    if not is_word_form(text, punct_or_space):
        row = (0, comma, parenthesis) + (0,) * 15 if comma or parenthesis else None
        return digit, text in NUMBER_JOINERS, row
    if like_num or digit:
        # a number is read as one unit here; counting its spoken syllables would punish
        # every letter with an amount
        n, letters, long_word, polysyllable = 1, len(text), 0, 0
        looked_up, frequency, content = False, 0.0, False
    else:
        n = syllables.count(text, lang, pos in ("VERB", "AUX"))
        letters = sum(ch.isalpha() for ch in text)
        long_word, polysyllable = int(len(text) > LONG_WORD_LETTERS), int(n >= POLYSYLLABLE)
        looked_up = pos != "PROPN" and not text.isupper()
        frequency = zipf(text.lower(), lang) if looked_up else 0.0
        content = looked_up and pos in _CONTENT_POS
    row = (
        1,
        comma,
        parenthesis,
        int(pos == "PROPN"),
        int(pos in _CONTENT_POS),
        int(pos == "NOUN"),
        int(pos in ("VERB", "AUX")),
        int(dep in SUBORDINATE_DEPS),
        n,
        letters,
        long_word,
        polysyllable,
        int(looked_up),
        frequency,
        int(content),
        frequency if content else 0.0,
        int(looked_up and frequency < RARE_ZIPF),
        int(looked_up and frequency < UNCOMMON_ZIPF),
    )
    return digit, text in NUMBER_JOINERS, row


def count_sentence(sentence: Span, lang: str) -> Counts:
    heads: dict[int, int] = {}
    rows = []
    numbers = dependency_length = 0
    previous_digit = False
    for token in sentence:
        i = token.i
        head = heads[i] = token.head.i
        digit, joiner, row = _token_profile(
            token.text,
            token.pos_,
            token.dep_,
            lang,
            token.like_num,
            token.is_punct or token.is_space,
        )
        numbers += digit and not previous_digit  # "1.234,56 EUR", "02 123 45 67" count once
        previous_digit = digit or (previous_digit and joiner)
        if row is not None:
            rows.append(row)
            if row[0]:
                dependency_length += abs(i - head)
    if rows:
        (
            words,
            commas,
            parentheses,
            proper_nouns,
            content_words,
            nouns,
            verbs,
            subordinates,
            syllable_total,
            letters,
            long_words,
            polysyllables,
            looked_up,
            zipf_total,
            content_looked_up,
            content_zipf,
            rare,
            uncommon,
        ) = map(sum, zip(*rows, strict=True))
    else:
        words = commas = parentheses = proper_nouns = content_words = nouns = verbs = 0
        subordinates = syllable_total = letters = long_words = polysyllables = looked_up = 0
        content_looked_up = rare = uncommon = 0
        zipf_total = content_zipf = 0.0
    depth = _tree_depth(heads)
    return Counts(
        sentences=1,
        words=words,
        syllables=syllable_total,
        letters=letters,
        long_words=long_words,
        polysyllables=polysyllables,
        frequency_words=looked_up,
        rare_words=rare,
        uncommon_words=uncommon,
        zipf_total=zipf_total,
        subordinates=subordinates,
        dependency_length=dependency_length,
        depth=depth,
        commas=commas,
        numbers=numbers,
        parentheses=parentheses,
        proper_nouns=proper_nouns,
        content_words=content_words,
        nouns=nouns,
        verbs=verbs,
        long_sentence_words=words if words > LONG_SENTENCE else 0,
        content_zipf_total=content_zipf,
        content_looked_up=content_looked_up,
        longest_sentence=words,
    )
