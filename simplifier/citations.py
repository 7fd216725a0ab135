"""Long quotations: the words of a law, a ruling or a form quoted as they are written.

Belgian pages quote the law they apply (« elke enkelvoudige of samengestelde substantie, …
»): a held-out reader judged four findings on one quoted definition wrong (its length, its
passive, its list), since a quotation cannot be rewritten. Short quotes are labels or names
(« cliquez sur ‘Envoyer’ »), already left as written by the lexicon rules; a quotation of
eight words or more is a citation, and no finding lies inside it."""

from __future__ import annotations

import re

CITATION_WORDS = 8
_QUOTED = re.compile(r"«([^«»]+)»|“([^“”]+)”|„([^„”“]+)[”“]|\"([^\"]+)\"")


def citations(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation of `CITATION_WORDS` words or more, quotes included."""
    return [
        (found.start(), found.end())
        for found in _QUOTED.finditer(text)
        if len(next(g for g in found.groups() if g is not None).split()) >= CITATION_WORDS
    ]


def inside(start: int, end: int, spans: list[tuple[int, int]], slack: int = 2) -> bool:
    """Whether start..end lies within one of `spans` (a sentence's full stop or a space just
    outside its quotation marks still counts as inside)."""
    return any(a - slack <= start and end <= b + slack for a, b in spans)
