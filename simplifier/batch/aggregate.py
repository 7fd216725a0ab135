"""The corpus view, built one document at a time so that memory does not grow with the
findings: levels and scores, the kinds of problems and in how many documents they appear,
the signals (terms found everywhere, and how often explained) and the hardest documents."""

from __future__ import annotations

import heapq
import itertools
from collections import Counter
from dataclasses import dataclass, field
from statistics import mean, median
from typing import Any

from simplifier.batch.results import DocResult

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")
ON_TARGET = frozenset({"A1", "A2", "B1"})
MIN_WORDS_HARDEST = 50  # a note of a few words gets a score, but is not what to fix first
# what the letter cards count across a folder (keys of DocResult.card)
CARD_SIGNALS = ("no_deadline", "no_contact", "late", "no_message")


@dataclass
class TermStats:
    label: str
    category: str
    lang: str
    docs: int = 0
    explained: int = 0
    uses: int = 0
    suggestion: str = ""


@dataclass(order=True)
class HardDoc:
    score: float
    name: str = field(compare=False)
    level: str = field(compare=False)
    words: int = field(compare=False)
    findings: int = field(compare=False)
    page: str = field(compare=False)
    reasons: list[tuple[str, float]] = field(compare=False)
    categories: list[tuple[str, int]] = field(compare=False)


@dataclass
class Failed:
    name: str
    result: DocResult


def _lower_like(suggestion: str, label: str) -> str:
    """ "Selon" -> "selon" when the term is written in lower case (the finding's suggestion
    took the capital of a term that opened its sentence)."""
    if label[:1].islower() and suggestion[:1].isupper() and suggestion[1:2].islower():
        return suggestion[0].lower() + suggestion[1:]
    return suggestion


class Corpus:
    def __init__(self, hardest: int = 20) -> None:
        self.files = 0
        self.reused = 0  # documents checked in an earlier run
        self.words = 0
        self.findings = 0
        self.scores: list[float] = []
        self.levels: Counter[str] = Counter()
        self.langs: Counter[str] = Counter()  # main language of each document
        self.lang_docs: Counter[str] = Counter()  # documents with text in each language
        self.category_docs: Counter[str] = Counter()
        self.category_uses: Counter[str] = Counter()
        self.severities: Counter[str] = Counter()
        self.terms: dict[tuple[str, str, str], TermStats] = {}
        self.failed: list[Failed] = []
        self.skipped: list[Failed] = []  # left out on purpose, with the reason
        self._hardest: list[tuple[float, int, HardDoc]] = []
        # the letter cards: how many letters, and which fall short on each signal
        self.letters = 0
        self.card_signals: dict[str, list[str]] = {key: [] for key in CARD_SIGNALS}
        self._keep = hardest
        self._order = itertools.count()

    @property
    def checked(self) -> int:
        return len(self.scores)

    def add(self, name: str, result: DocResult, *, reused: bool = False) -> None:
        self.files += 1
        self.reused += reused and result.ok
        if not result.ok:
            (self.skipped if result.skipped else self.failed).append(Failed(name, result))
            return
        self.words += result.words
        self.findings += len(result.findings)
        self.scores.append(result.score)
        self.levels[result.level] += 1
        self.langs[result.lang] += 1
        self.lang_docs.update(result.langs)
        if result.card:
            self.letters += 1
            for key in CARD_SIGNALS:
                if result.card.get(key):
                    self.card_signals[key].append(name)
        categories = result.category_counts()
        self.category_docs.update(categories.keys())
        self.category_uses.update(categories)
        self.severities.update(result.severity_counts())
        for term in result.terms:
            stats = self.terms.get((term.lang, term.category, term.key))
            if stats is None:
                stats = self.terms[term.lang, term.category, term.key] = TermStats(
                    term.label, term.category, term.lang
                )
            stats.docs += 1
            stats.explained += term.explained
            stats.uses += term.count
            stats.suggestion = stats.suggestion or _lower_like(term.suggestion, stats.label)
        if result.words >= MIN_WORDS_HARDEST:
            top = sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            doc = HardDoc(
                result.score,
                name,
                result.level,
                result.words,
                len(result.findings),
                result.page,
                result.reasons,
                top,
            )
            # keep the `hardest` lowest scores: a heap whose top is the easiest kept
            entry = (-result.score, -next(self._order), doc)
            if len(self._hardest) < self._keep:
                heapq.heappush(self._hardest, entry)
            elif entry > self._hardest[0]:
                heapq.heapreplace(self._hardest, entry)

    def hardest(self) -> list[HardDoc]:
        return [doc for _, _, doc in sorted(self._hardest, reverse=True)]

    def signals(self, min_docs: int = 2, limit: int | None = None) -> list[TermStats]:
        """Terms found in at least `min_docs` documents, the most widespread first, the least
        often explained first among equals."""
        found = [s for s in self.terms.values() if s.docs >= min_docs]
        found.sort(key=lambda s: (-s.docs, s.explained, -s.uses, s.label.lower()))
        return found[:limit] if limit else found

    def letter_signals(self) -> dict[str, Any]:
        """{"letters": n, "no_deadline": {"count", "documents"}, ...} over the letters."""
        return {
            "letters": self.letters,
            **{
                key: {"count": len(names), "documents": sorted(names)}
                for key, names in self.card_signals.items()
            },
        }

    def categories(self) -> list[tuple[str, int, int]]:
        """(category, documents, uses), the most widespread first."""
        return sorted(
            ((c, d, self.category_uses[c]) for c, d in self.category_docs.items()),
            key=lambda row: (-row[1], -row[2], row[0]),
        )

    def score_bins(self, width: int = 10) -> list[tuple[int, int]]:
        """(lower bound, documents) for scores 0-9, 10-19, ... 90-100."""
        bins = Counter(min(int(score // width), 100 // width - 1) for score in self.scores)
        return [(i * width, bins.get(i, 0)) for i in range(100 // width)]

    def summary(self) -> dict[str, Any]:
        checked = self.checked
        return {
            "files": self.files,
            "checked": checked,
            "failed": len(self.failed),
            "skipped": len(self.skipped),
            "reused": self.reused,
            "words": self.words,
            "findings": self.findings,
            "average_score": round(mean(self.scores), 1) if checked else None,
            "median_score": round(median(self.scores), 1) if checked else None,
            "on_target": round(sum(self.levels[lv] for lv in ON_TARGET) / checked, 4)
            if checked
            else None,
            "levels": {level: self.levels.get(level, 0) for level in LEVELS},
            "languages": dict(self.langs),
        }
