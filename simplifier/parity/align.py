"""Align the paragraphs of the French and the Dutch version.

A dynamic programme over both lists of paragraphs, in order, as for aligning sentences of
translations (Gale and Church): a paragraph faces one paragraph, two paragraphs (one side
split it), or none (one side has it alone). The cost of a pairing grows with the difference
in length and falls with every protected fact the two share (an amount, a date, a number);
a heading faces a heading, and is never merged with running text."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from simplifier.parity.facts import Fact

SKIP = 3.0  # a paragraph that only one version has
MERGE = 0.8  # one version splits a paragraph in two
HEADING_MISMATCH = 2.5
SHARED_FACT = 1.2
SHARED_ANCHOR = 0.6
_ANCHOR = re.compile(r"\b[A-Z][A-Z0-9]{1,}\b|\b[A-Z][a-z]+(?:-[a-z]+)+\b")


def anchors_of(text: str) -> frozenset[str]:
    """Acronyms ("MAF", "DG") and hyphenated names ("Tax-on-web") in a paragraph."""
    return frozenset(_ANCHOR.findall(text))


LENGTH_WEIGHT = 2.0
BAND = 25
MOVES = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2))


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of one version: its index among the version's blocks, its text, whether
    it is a heading, and its facts."""

    index: int
    text: str
    heading: bool
    facts: tuple[Fact, ...]
    anchors: frozenset[str] = frozenset()  # acronyms and names both languages write alike


@dataclass(frozen=True)
class Unit:
    """Paragraphs that say the same thing: `fr` and `nl` are positions in the versions'
    paragraph lists (one may be empty)."""

    fr: tuple[int, ...]
    nl: tuple[int, ...]


def looks_like_heading(text: str, role: str = "") -> bool:
    """A heading by its Word style, or a short line without a sentence's final stop."""
    if role == "heading":
        return True
    stripped = text.strip()
    return (
        0 < len(stripped) <= 80
        and "\n" not in stripped
        and stripped[-1] not in ".:;,!?)…"
        and len(stripped.split()) <= 10
    )


def _cost(fr: list[Paragraph], nl: list[Paragraph]) -> float:
    if not fr or not nl:
        return SKIP
    fr_length = sum(len(p.text) for p in fr)
    nl_length = sum(len(p.text) for p in nl)
    cost = LENGTH_WEIGHT * abs(math.log((fr_length + 20) / (nl_length + 20)))
    if len(fr) + len(nl) > 2:
        cost += MERGE * (len(fr) + len(nl) - 2)
        if any(p.heading for p in fr + nl):
            cost += 2 * HEADING_MISMATCH  # a heading stays on its own
    elif fr[0].heading != nl[0].heading:
        cost += HEADING_MISMATCH
    fr_keys = {f.key for p in fr for f in p.facts}
    nl_keys = {f.key for p in nl for f in p.facts}
    cost -= SHARED_FACT * len(fr_keys & nl_keys)
    cost += 0.3 * len(fr_keys ^ nl_keys)
    fr_anchors = frozenset().union(*(p.anchors for p in fr))
    nl_anchors = frozenset().union(*(p.anchors for p in nl))
    cost -= SHARED_ANCHOR * len(fr_anchors & nl_anchors)
    return cost


def cheapest_path(
    n: int,
    m: int,
    moves: tuple[tuple[int, int], ...],
    cost: Callable[[int, int, int, int], float],
    band: int | None = None,
) -> list[tuple[int, int, int, int]]:
    """The cheapest in-order alignment of two lists of n and m items, as steps (i, j, di, dj):
    items i..i+di of the first face items j..j+dj of the second (one side may be empty).
    `cost(i, j, di, dj)` prices a step; with `band`, only cells that far from the diagonal are
    tried, so a long letter is aligned in linear time."""
    best = [[math.inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        if band is None:
            columns = range(m + 1)
        else:
            middle = i * m // n if n else 0
            columns = range(max(0, middle - band), min(m, middle + band) + 1)
        for j in columns:
            here = best[i][j]
            if here == math.inf:
                continue
            for di, dj in moves:
                if i + di > n or j + dj > m:
                    continue
                total = here + cost(i, j, di, dj)
                if total < best[i + di][j + dj]:
                    best[i + di][j + dj] = total
                    back[i + di][j + dj] = (di, dj)
    steps = []
    i, j = n, m
    while i or j:
        step = back[i][j]
        assert step is not None
        di, dj = step
        i, j = i - di, j - dj
        steps.append((i, j, di, dj))
    steps.reverse()
    return steps


def align(fr: list[Paragraph], nl: list[Paragraph]) -> list[Unit]:
    """The cheapest alignment of the two lists, in order. Only paragraphs not too far from the
    diagonal can face each other (a band as wide as the difference in length, and then some)."""
    steps = cheapest_path(
        len(fr),
        len(nl),
        MOVES,
        lambda i, j, di, dj: _cost(fr[i : i + di], nl[j : j + dj]),
        band=BAND + abs(len(fr) - len(nl)),
    )
    return [Unit(tuple(range(i, i + di)), tuple(range(j, j + dj))) for i, j, di, dj in steps]
