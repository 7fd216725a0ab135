"""Measure the checks against people's judgements on public evaluation data.

The data lives outside the project (`../shared/eval`, see its README) and is never copied in;
`simplifier eval flags` reports, per language, how many findings the checks raise per 1,000
words on the complex and on the simple side of texts that people rewrote, which rules and terms
fire most on each side (to find false alarms), and how the rare-word rate separates the sides
at several word-frequency thresholds (the evidence behind the rare-word rule's threshold).
"""

from __future__ import annotations

import csv
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from simplifier.engine import analyze_as_document
from simplifier.nlp import get_pipeline
from simplifier.words import is_word, zipf

ZIPF_THRESHOLDS = (2.0, 2.5, 3.0, 3.5)
# Word-level categories whose matched words are worth listing as "most flagged terms".
TERM_CATEGORIES = {"jargon", "formula", "abbreviation", "rare_word", "third_person", "long_word"}


@dataclass(frozen=True)
class PairSet:
    name: str
    lang: str
    file: str
    complex_column: str
    simple_column: str


PAIR_SETS = (
    PairSet("nl_municipal", "nl", "nl_municipal_pairs_dev.csv", "Complex", "Simple"),
    PairSet("fr_wiki_vikidia", "fr", "fr_wiki_vikidia_pairs_dev.csv", "complex", "simple"),
)


def default_data_dir() -> Path:
    return Path(__file__).resolve().parent.parent.parent / "shared" / "eval"


def read_pairs(data_dir: Path, pair_set: PairSet) -> list[tuple[str, str]]:
    return [(c, s) for _, c, s in read_grouped_pairs(data_dir, pair_set)]


def read_grouped_pairs(
    data_dir: Path, pair_set: PairSet, group_column: str | None = None
) -> list[tuple[str, str, str]]:
    """(group, complex, simple) of every pair with both sides; without a group column each
    pair is its own group."""
    path = data_dir / pair_set.file
    if not path.is_file():
        raise FileNotFoundError(f"{path}: evaluation file not found (give the folder with --data)")
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            complex_ = row[pair_set.complex_column].strip()
            simple = row[pair_set.simple_column].strip()
            if complex_ and simple:
                rows.append((row[group_column] if group_column else str(number), complex_, simple))
    return rows


@dataclass
class SideStats:
    """What the checks said about one side (complex or simple) of a pair set."""

    words: int = 0
    findings: int = 0
    by_rule: Counter[str] = field(default_factory=Counter)
    terms: Counter[str] = field(default_factory=Counter)
    rare_by_threshold: Counter[float] = field(default_factory=Counter)
    looked_up: int = 0

    def per_thousand(self, count: float) -> float:
        return 1000.0 * count / max(self.words, 1)


def side_stats(texts: Iterable[str], lang: str) -> SideStats:
    """Analyse each text as a document of its own (abbreviations are explained per document)."""
    stats = SideStats()
    nlp = get_pipeline(lang)
    for text in texts:
        report = analyze_as_document(text, lang)
        stats.words += int(report.readability.measures["words"])
        stats.findings += len(report.findings)
        for finding in report.findings:
            stats.by_rule[finding.rule_id] += 1
            if finding.category in TERM_CATEGORIES:
                stats.terms[finding.match.lower()] += 1
    # the rare-word rate at several thresholds, on the same words the rule looks at
    for doc in nlp.pipe(texts, batch_size=64):
        for token in doc:
            if not is_word(token) or not token.is_alpha or token.pos_ == "PROPN" or token.is_upper:
                continue
            stats.looked_up += 1
            frequency = zipf(token.lower_, lang)
            for threshold in ZIPF_THRESHOLDS:
                stats.rare_by_threshold[threshold] += frequency < threshold
    return stats


def evaluate_flags(data_dir: Path, limit: int | None = None, seed: int = 0) -> str:
    """A Markdown report of the flag rates on each pair set."""
    lines = ["# Flags on the public dev pairs", ""]
    for pair_set in PAIR_SETS:
        pairs = read_pairs(data_dir, pair_set)
        if limit is not None and limit < len(pairs):
            pairs = random.Random(seed).sample(pairs, limit)
        complex_side = side_stats([c for c, _ in pairs], pair_set.lang)
        simple_side = side_stats([s for _, s in pairs], pair_set.lang)
        lines += _section(pair_set, len(pairs), complex_side, simple_side)
    return "\n".join(lines) + "\n"


def _section(
    pair_set: PairSet, n: int, complex_side: SideStats, simple_side: SideStats
) -> list[str]:
    lines = [
        f"## {pair_set.name} ({pair_set.lang}, {n} pairs)",
        "",
        "| | complex | simple |",
        "|---|---|---|",
        f"| words | {complex_side.words} | {simple_side.words} |",
        f"| findings per 1,000 words | {complex_side.per_thousand(complex_side.findings):.1f} | "
        f"{simple_side.per_thousand(simple_side.findings):.1f} |",
    ]
    rules = sorted(
        set(complex_side.by_rule) | set(simple_side.by_rule), key=lambda r: -complex_side.by_rule[r]
    )
    for rule in rules:
        lines.append(
            f"| {rule} | {complex_side.per_thousand(complex_side.by_rule[rule]):.1f} | "
            f"{simple_side.per_thousand(simple_side.by_rule[rule]):.1f} |"
        )
    lines += [
        "",
        "Share of words under a frequency threshold (Zipf), complex vs simple:",
        "",
        "| Zipf below | complex | simple | ratio |",
        "|---|---|---|---|",
    ]
    for threshold in ZIPF_THRESHOLDS:
        c = complex_side.rare_by_threshold[threshold] / max(complex_side.looked_up, 1)
        s = simple_side.rare_by_threshold[threshold] / max(simple_side.looked_up, 1)
        lines.append(f"| {threshold} | {c:.2%} | {s:.2%} | {c / s if s else float('inf'):.2f} |")
    for label, stats in (("complex", complex_side), ("simple", simple_side)):
        top = ", ".join(f"{term} ({count})" for term, count in stats.terms.most_common(25))
        lines += ["", f"Most flagged words, {label} side: {top or '-'}"]
    lines.append("")
    return lines
