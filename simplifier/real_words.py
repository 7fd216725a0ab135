"""Hard words readers listed, and how many the analysis marks: a measure of the words we miss
beside the reading sheets (which only count them).

A reader who has not seen the analysis lists, per real text, the words and phrases a B1 reader
would not understand (`eval/real/README.md`, "Listing hard words"). The lists hold the texts'
words, so they stay outside the project with the texts. A listed word is found when a finding
about words (a term of the lexicons, a rare or long word, a formula, an abbreviation, a noun
made of a verb) covers one of its places in the text; the misses are printed most frequent
first, so the next lexicon entries can be chosen on evidence."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from simplifier.engine import analyze_file
from simplifier.models import Report
from simplifier.real_texts import lang_of

# What marks a word as hard (sentence, paragraph and word-order findings mark no word).
WORD_CATEGORIES = frozenset(
    {"jargon", "rare_word", "long_word", "formula", "abbreviation", "nominal_style"}
)
SHOWN_MISSES = 25


class ListError(ValueError):
    """A list line that does not read as `file<TAB>word`."""


@dataclass
class WordRecall:
    listed: int = 0
    found: int = 0
    not_in_text: int = 0  # listed words the copy does not hold (another copy, a typo)
    missed: Counter = field(default_factory=Counter)


def _fold(text: str) -> str:
    return text.replace("’", "'").lower()


def load_lists(paths: Iterable[Path]) -> dict[str, list[str]]:
    """file name (without .txt) -> the words listed for it, in order, once each."""
    listed: dict[str, list[str]] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
                raise ListError(f"{path}:{number}: expected 'file<TAB>word or phrase'")
            words = listed.setdefault(parts[0].strip(), [])
            if parts[1].strip() not in words:
                words.append(parts[1].strip())
    return listed


def word_spans(report: Report) -> list[tuple[int, int]]:
    """Where the findings about words stand."""
    return [(f.start, f.end) for f in report.findings if f.category in WORD_CATEGORIES]


def marked(text: str, spans: list[tuple[int, int]], word: str) -> bool | None:
    """Whether one of `spans` covers a place of `word` in the folded `text` (None: not there)."""
    places = [m.start() for m in re.finditer(re.escape(_fold(word)), text)]
    if not places:
        return None
    return any(a < place + len(word) and b > place for place in places for a, b in spans)


def recall(folder: Path, listed: dict[str, list[str]]) -> dict[str, WordRecall]:
    """Per language ('fr', 'nl'): listed words, found, and the misses."""
    paths = {path.stem: path for path in sorted(folder.rglob("*.txt"))}
    results: dict[str, WordRecall] = {}
    for name in sorted(listed):
        if name not in paths:
            continue
        report = analyze_file(paths[name])
        text, spans = _fold(report.text), word_spans(report)
        cell = results.setdefault(lang_of(name, report), WordRecall())
        for word in listed[name]:
            cell.listed += 1
            found = marked(text, spans, word)
            if found is None:
                cell.not_in_text += 1
            elif found:
                cell.found += 1
            else:
                cell.missed[word.lower()] += 1
    return results


def render(results: dict[str, WordRecall], texts: int) -> str:
    lines = [f"Hard words listed by readers, in {texts} texts", ""]
    lines += ["| | listed | found by a word finding | not in the copy |", "|---|---|---|---|"]
    for lang, cell in sorted(results.items()):
        share = f"{100 * cell.found / cell.listed:.1f} %" if cell.listed else "-"
        lines.append(f"| {lang} | {cell.listed} | {cell.found} ({share}) | {cell.not_in_text} |")
    for lang, cell in sorted(results.items()):
        misses = ", ".join(f"{w} ({n})" for w, n in cell.missed.most_common(SHOWN_MISSES))
        lines += ["", f"Missed most often ({lang}): {misses or '-'}"]
    return "\n".join(lines) + "\n"


def evaluate_listed_words(folder: Path, lists: Iterable[Path]) -> str:
    listed = load_lists(lists)
    present = {path.stem for path in folder.rglob("*.txt")}
    return render(recall(folder, listed), len(present & set(listed)))
