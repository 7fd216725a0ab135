"""Sentences of the two versions, paired by what they share, so that negations and obligations
can be compared sentence by sentence where one version's paragraph says more than the
other's, or where the versions split, merge or reorder their paragraphs.

What two sentences share: facts (amounts, dates, numbers...), names written alike (acronyms,
"Tax-on-web"), and words of the same root ("supplément"/"supplement",
"automatiquement"/"automatisch", "conventionné"/"geconventioneerd"), plus a short glossary of
administrative words that are not alike ("mutualité"/"ziekenfonds", data in
`lexicons/parity/glossary.yml`). Their similarity is the
Dice coefficient of those keys; a pair is trusted when it is high enough and the lengths do
not differ too much.

Two ways of pairing:

- `align_in_unit`: inside paragraphs already facing each other, in order (a dynamic programme
  like the paragraphs' own: one sentence facing one, two facing one, or a sentence one
  version has alone);
- `link_anywhere`: over the whole letter, in any order (competitive linking: the most similar
  pair first, each sentence used once), for versions whose paragraphs do not follow each
  other.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass

from simplifier.loader import RuleError, _read_yaml, data_root
from simplifier.parity.align import anchors_of, cheapest_path
from simplifier.parity.facts import facts_of
from simplifier.parity.markers import Markers, markers

# a sentence ends at ".", "!", "?" or "…" before a capital (not after "art." or "M."), or at a
# line break
_END = re.compile(r"(?<=[.!?…])\s+(?=[\"«“‘(]?[A-ZÀ-Ý])|\s*\n\s*")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Za-z]|\b(?:art|arts|cf|ex|etc|Mme|Mr|Dr|nr|blz|bijv|enz|vb|resp|min|max|p|pp|"
    r"tel|tél|dhr|mevr|St|Ste))\.$"
)


def split(text: str) -> list[str]:
    """The sentences of a paragraph, in order."""
    pieces: list[str] = []
    start = 0
    for match in _END.finditer(text):
        piece = text[start : match.start()]
        if "\n" not in match.group() and _ABBREVIATION.search(piece):
            continue
        pieces.append(piece)
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


GLOSSARY_FILE = ("lexicons", "parity", "glossary.yml")


@functools.cache
def glossary() -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """Administrative words the two languages write differently (`lexicons/parity/glossary.yml`):
    per entry, the plain (accent-free, lower-case) beginnings of the French and the Dutch words."""
    path = data_root().joinpath(*GLOSSARY_FILE)
    raw = _read_yaml(path)
    pairs = raw.get("pairs")
    if set(raw) != {"pairs"} or not isinstance(pairs, list) or not pairs:
        raise RuleError(f"{path}: key 'pairs': a list of entries with 'fr' and 'nl' is needed")
    entries = []
    for number, pair in enumerate(pairs):
        sides = []
        for lang in ("fr", "nl"):
            stems = pair.get(lang) if isinstance(pair, dict) else None
            if (
                set(pair if isinstance(pair, dict) else ()) != {"fr", "nl"}
                or not isinstance(stems, list)
                or not stems
                or not all(isinstance(stem, str) and stem.strip() for stem in stems)
            ):
                raise RuleError(
                    f"{path}: pairs[{number}]: needs 'fr' and 'nl', each a list of words"
                )
            sides.append(tuple(dict.fromkeys(_plain(stem.strip()) for stem in stems)))
        entries.append((sides[0], sides[1]))
    return tuple(entries)


_STEM = 5  # words of the same root share their first five letters


def _plain(word: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)
    ).lower()


def _glossary_keys(word: str, lang: str) -> set[str]:
    """The glossary words a word starts with (or, in Dutch, holds: "remgeldteller")."""
    found = set()
    for number, pair in enumerate(glossary()):
        for stem in pair[0 if lang == "fr" else 1]:
            if word.startswith(stem) or (lang == "nl" and len(stem) >= 4 and stem in word):
                found.add(f"g{number}")
    return found


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def word_keys(text: str, lang: str) -> frozenset[str]:
    """The roots of a sentence's longer words, and its glossary words."""
    keys = set()
    for raw in _WORD.findall(text):
        word = _plain(raw)
        glossary = _glossary_keys(word, lang)
        if glossary:
            keys |= glossary
            continue
        if len(word) < 6:
            continue
        keys.add(word[:_STEM])
        if lang == "nl" and word.startswith("ge") and len(word) >= 8:
            keys.add(word[2 : 2 + _STEM])  # "geconventioneerd" / "conventionné"
    return frozenset(keys)


@dataclass(frozen=True)
class Sentence:
    """A sentence of one version: `paragraph` is its paragraph's position in the version's
    list, `keys` what it may share with the other version."""

    paragraph: int
    number: int  # 1-based, in its paragraph
    text: str
    keys: frozenset[str]
    facts: frozenset[str]
    markers: Markers


def sentences_of(paragraph: int, text: str, lang: str) -> list[Sentence]:
    found = []
    for number, piece in enumerate(split(text), 1):
        facts = frozenset(f"#{f.key}" for f in facts_of(piece))
        anchors = frozenset(f"@{a.lower()}" for a in anchors_of(piece))
        found.append(
            Sentence(
                paragraph,
                number,
                piece,
                word_keys(piece, lang) | facts | anchors,
                facts,
                markers(piece, lang),
            )
        )
    return found


FACT_WEIGHT = 3  # a shared fact counts as three shared words


def similarity(
    fr: list[Sentence], nl: list[Sentence], rarity: dict[str, float] | None = None
) -> float:
    """Dice coefficient of the keys (facts weighted, and each key by `rarity` when given),
    lowered when the lengths differ."""
    return _dice(fr, nl, rarity) * math.exp(-length_gap(fr, nl))


@dataclass(frozen=True)
class Pairing:
    """Sentences that say the same thing (positions in the lists given), with their
    similarity; a side is empty for a sentence only one version has."""

    fr: tuple[int, ...]
    nl: tuple[int, ...]
    score: float


SKIP = 0.6  # cost of a sentence only one version has
MERGE = 0.25  # cost of two sentences facing one
LENGTH_WEIGHT = 0.5
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2))


def _dice(fr: list[Sentence], nl: list[Sentence], rarity: dict[str, float] | None = None) -> float:
    a = frozenset().union(*(s.keys for s in fr))
    b = frozenset().union(*(s.keys for s in nl))
    if not a or not b:
        return 0.0

    def weight(keys: frozenset[str]) -> float:
        return sum(
            (FACT_WEIGHT if k.startswith("#") else 1) * (rarity.get(k, 1.0) if rarity else 1)
            for k in keys
        )

    return 2 * weight(a & b) / (weight(a) + weight(b))


def rarity_of(fr: list[Sentence], nl: list[Sentence]) -> dict[str, float]:
    """How rare each key is among the letter's sentences (inverse sentence frequency, 1 for
    a key found in one sentence of each version): the topic's words, in every sentence,
    say little about which sentences face each other."""
    counts: dict[str, int] = {}
    for sentence in fr + nl:
        for key in sentence.keys:
            counts[key] = counts.get(key, 0) + 1
    total = len(fr) + len(nl)
    return {k: math.log(1 + total / n) / math.log(1 + total / 2) for k, n in counts.items()}


def length_gap(fr: list[Sentence], nl: list[Sentence]) -> float:
    fr_length = sum(len(s.text) for s in fr)
    nl_length = sum(len(s.text) for s in nl)
    return abs(math.log((fr_length + 15) / (nl_length + 15)))


def align_in_unit(fr: list[Sentence], nl: list[Sentence]) -> list[Pairing]:
    """The sentences of paragraphs facing each other, paired in order: a pairing costs less
    the more the sentences share and the closer their lengths; a sentence left alone costs
    SKIP."""

    def cost(i: int, j: int, di: int, dj: int) -> float:
        if not (di and dj):
            return SKIP
        a, b = fr[i : i + di], nl[j : j + dj]
        return LENGTH_WEIGHT * length_gap(a, b) + SKIP * (1.0 - _dice(a, b)) + MERGE * (di + dj - 2)

    pairings = []
    for i, j, di, dj in cheapest_path(len(fr), len(nl), MOVES, cost):
        a, b = fr[i : i + di], nl[j : j + dj]
        score = similarity(a, b) if di and dj else 0.0
        pairings.append(Pairing(tuple(range(i, i + di)), tuple(range(j, j + dj)), score))
    return pairings


CONFIDENT = 0.2  # a pairing sure by what the sentences share


def confident(pairings: list[Pairing]) -> list[Pairing]:
    """The pairings sure enough to compare their sentences alone: all of them when every
    sentence found its counterpart in order (the paragraph was translated sentence by
    sentence), else those whose sentences share enough."""
    both = [p for p in pairings if p.fr and p.nl]
    if len(both) == len(pairings):
        return both
    return [p for p in both if p.score >= CONFIDENT]


def link_anywhere(fr: list[Sentence], nl: list[Sentence], threshold: float) -> list[Pairing]:
    """Sentences paired in any order: the most similar pair (one facing one, or two
    neighbours of one paragraph facing one) first, each sentence once, down to `threshold`."""
    candidates: list[Pairing] = []
    rarity = rarity_of(fr, nl)
    for i in range(len(fr)):
        for j in range(len(nl)):
            for di, dj in ((1, 1), (2, 1), (1, 2)):
                fr_group, nl_group = fr[i : i + di], nl[j : j + dj]
                if len(fr_group) < di or len(nl_group) < dj:
                    continue
                if len({s.paragraph for s in fr_group}) > 1:
                    continue
                if len({s.paragraph for s in nl_group}) > 1:
                    continue
                score = similarity(fr_group, nl_group, rarity) - MERGE * (di + dj - 2)
                if score >= threshold:
                    candidates.append(
                        Pairing(tuple(range(i, i + di)), tuple(range(j, j + dj)), score)
                    )
    candidates.sort(key=lambda p: (-p.score, p.fr, p.nl))
    used_fr: set[int] = set()
    used_nl: set[int] = set()
    linked = []
    for pairing in candidates:
        if used_fr.intersection(pairing.fr) or used_nl.intersection(pairing.nl):
            continue
        used_fr.update(pairing.fr)
        used_nl.update(pairing.nl)
        linked.append(pairing)
    return sorted(linked, key=lambda p: (p.fr, p.nl))
