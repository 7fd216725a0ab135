"""Where an item stands in a real text, said so that a copy retrieved anew finds it again.

The real texts are third-party pages kept outside the project, and a folder outside the
project does not outlive a machine: each copy is retrieved again by hand from the stored
pages, trimmed by a person, and comes back with other line breaks, other spaces (no-break
spaces shown as spaces), straight or curly apostrophes, list markers kept or not, a tail cut
elsewhere. Offsets in the file moved with every one of those, and every verdict was lost with
the copy. An item is therefore placed by its sentence: a hash of the sentence in a normal form
(and which occurrence of that sentence it is), with offsets inside that normal form. No text
goes into a key, only hashes and numbers.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from simplifier.models import Report

_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"', "„": '"'})
# A list marker a copier may keep or drop: "-", "•", "1." or "2)" before the first word.
_MARKER = re.compile(r"^(?:[-–—•·▪*]|\d{1,2}[.)])\s")
ANCHOR = r"[0-9a-f]{10}(?:\.\d+)?"


@dataclass(frozen=True)
class Normal:
    """A text in normal form, with where each offset of the original lands in it."""

    text: str
    starts: tuple[int, ...]  # offset i of the original → where the word at or after i starts
    ends: tuple[int, ...]  # offset j of the original → where the word ending at or before j ends


def normal(text: str) -> Normal:
    """NFKC (no-break spaces become spaces), one kind of apostrophe and quote, one space for
    every run of white space, none at either end, and no list marker at the start."""
    pieces = [unicodedata.normalize("NFKC", ch).translate(_QUOTES) for ch in text]
    out: list[str] = []
    length = 0
    begin: list[int | None] = []
    finish: list[int | None] = []
    gap = False
    for piece in pieces:
        if not piece.strip():
            gap = gap or length > 0
            begin.append(None)
            finish.append(None)
            continue
        if gap:
            out.append(" ")
            length += 1
            gap = False
        begin.append(length)
        out.append(piece)
        length += len(piece)
        finish.append(length)
    joined = "".join(out)
    cut = 0
    marker = _MARKER.match(joined)
    if marker:
        cut = marker.end()
        joined = joined[cut:]
    starts = [len(joined)] * (len(text) + 1)
    following = len(joined)
    for i in range(len(text) - 1, -1, -1):
        if begin[i] is not None:
            following = max(0, begin[i] - cut)
        starts[i] = following
    ends = [0] * (len(text) + 1)
    preceding = 0
    for j in range(1, len(text) + 1):
        if finish[j - 1] is not None:
            preceding = max(0, finish[j - 1] - cut)
        ends[j] = preceding
    return Normal(joined, tuple(starts), tuple(ends))


def digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def sentence_span(report: Report, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) the words start..end stand in; their paragraph when no sentence does."""
    spans = [(s.start, s.end) for s in report.sentences if s.start < max(end, start + 1)]
    spans = [(a, b) for a, b in spans if b > start]
    if not spans:
        block = next(b for b in report.blocks if b.start <= start <= b.end)
        return block.start, block.end
    return min(a for a, _ in spans), max(b for _, b in spans)


class Anchors:
    """Each place of a report as "sentence hash[.occurrence]:start-end" in normal form."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self._spans: dict[tuple[int, int], tuple[str, Normal]] = {}

    def anchor(self, a: int, b: int) -> tuple[str, Normal]:
        """The id of the text a..b (its hash, and ".n" when it is the n-th time it occurs)."""
        if (a, b) not in self._spans:
            form = normal(self.report.text[a:b])
            earlier = normal(self.report.text[:a]).text.count(form.text) if form.text else 0
            name = digest(form.text) + (f".{earlier + 1}" if earlier else "")
            self._spans[(a, b)] = (name, form)
        return self._spans[(a, b)]

    def place(self, start: int, end: int) -> str:
        a, b = sentence_span(self.report, start, end)
        name, form = self.anchor(a, b)
        return f"{name}:{form.starts[start - a]}-{form.ends[end - a]}"

    def sentences(self) -> dict[str, str]:
        """Every sentence's id and normal form: where a verdict's place is looked up again."""
        found = {}
        for sentence in self.report.sentences:
            name, form = self.anchor(*sentence_span(self.report, sentence.start, sentence.end))
            found[name] = form.text
        return found
