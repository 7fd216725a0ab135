"""How well the word checks find the words people replace, without flagging plain text.

    simplifier eval words [--data ../shared/eval] [--limit N]

On the public dev data (`../shared/eval`, never copied into the project):
- Dutch municipal pairs where the specialists changed one place only (a stretch of at most
  four words replaced by at most five, the rest of the sentence the same): a *replaced word* is
  a content word of that stretch that the rewrite does not keep. Reported: the share of
  replaced words a word finding marks, and the share for which one of our alternatives is
  among the words the specialists wrote instead.
- the Dutch city's list of words to avoid (dev half): each term in one neutral sentence of our
  own; the share marked by a word finding.
- both pair sets: word findings per 1,000 words on the plain side over those on the original
  side (a model that only flags more would bury reviewers), and the most frequent misses and
  false alarms, to choose the next change on evidence;
- what a small model of word-internal features (rarity, length, endings, part of speech;
  `difficulty.fit`) can tell the words the original side prefers from those the plain side
  uses, with cross-validation grouped by document.
"""

from __future__ import annotations

import difflib
import random
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from simplifier.difficulty import fit
from simplifier.difficulty.features import candidate
from simplifier.engine import analyze_as_document
from simplifier.evaluation import PAIR_SETS, PairSet, read_pairs
from simplifier.items import TERM_CATEGORIES
from simplifier.models import Finding, Report
from simplifier.nlp import get_pipeline
from simplifier.words import is_word

FRAME_NL = "In de brief van de gemeente staat: {term}."
CITY_LIST = "nl_difficult_words_dev.txt"


@dataclass
class Side:
    words: int = 0
    flags: int = 0
    flagged: Counter[str] = field(default_factory=Counter)

    def per_1000(self) -> float:
        return 1000.0 * self.flags / max(self.words, 1)


@dataclass
class Replacements:
    targets: int = 0
    flagged: int = 0
    alternative_used: int = 0
    missed: Counter[str] = field(default_factory=Counter)


def word_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.category in TERM_CATEGORIES]


def _marked(findings: list[Finding], start: int, end: int) -> Finding | None:
    return next((f for f in findings if f.start < end and start < f.end), None)


def one_change(complex_doc: Doc, simple_doc: Doc) -> tuple[list, list] | None:
    """The tokens of the one stretch the rewrite replaced, and the tokens it wrote instead;
    None when the rewrite changed more than one place (or only punctuation)."""
    a = [t.lower_ for t in complex_doc]
    b = [t.lower_ for t in simple_doc]
    changes = [
        op
        for op in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
        if op[0] != "equal" and any(w.isalnum() for w in a[op[1] : op[2]] + b[op[3] : op[4]])
    ]
    if len(changes) != 1 or changes[0][0] != "replace":
        return None
    _, i1, i2, j1, j2 = changes[0]
    if i2 - i1 > 4 or j2 - j1 > 5:
        return None
    return list(complex_doc[i1:i2]), list(simple_doc[j1:j2])


def _alternative_words(finding: Finding) -> set[str]:
    texts = list(finding.replacements) + [r.text for r in finding.rewrites]
    return {w.lower().strip("().,;:") for text in texts for w in text.split() if len(w) > 2}


def sampled_pairs(data: Path, pair_set: PairSet, limit: int | None, seed: int = 0):
    pairs = read_pairs(data, pair_set)
    if limit is not None and limit < len(pairs):
        pairs = random.Random(seed).sample(pairs, limit)
    return pairs


def pair_figures(
    data: Path, pair_set: PairSet, limit: int | None
) -> tuple[Side, Side, Replacements]:
    nlp = get_pipeline(pair_set.lang)
    complex_side, simple_side, replaced = Side(), Side(), Replacements()
    for complex_text, simple_text in sampled_pairs(data, pair_set, limit):
        found_in = []
        for text, side in ((complex_text, complex_side), (simple_text, simple_side)):
            found = word_findings(analyze_as_document(text, pair_set.lang))
            side.words += sum(1 for t in nlp.make_doc(text) if is_word(t))
            side.flags += len(found)
            side.flagged.update(f.match.lower() for f in found)
            found_in.append(found)
        if pair_set.lang != "nl":
            continue
        change = one_change(nlp(complex_text), nlp(simple_text))
        if change is None:
            continue
        old, new = change
        instead = {t.lemma_.lower() for t in new} | {t.lower_ for t in new}
        for token in old:
            if not candidate(token) or token.lemma_.lower() in instead or token.lower_ in instead:
                continue
            replaced.targets += 1
            finding = _marked(found_in[0], token.idx, token.idx + len(token.text))
            if finding is None:
                replaced.missed[token.lemma_.lower()] += 1
                continue
            replaced.flagged += 1
            replaced.alternative_used += bool(_alternative_words(finding) & instead)
    return complex_side, simple_side, replaced


def city_list_figures(data: Path) -> tuple[int, int, list[str]]:
    path = data / CITY_LIST
    if not path.is_file():
        raise FileNotFoundError(f"{path}: evaluation file not found (give the folder with --data)")
    terms = [t.strip() for t in path.read_text(encoding="utf-8").splitlines() if t.strip()]
    found, missed = 0, []
    for term in terms:
        sentence = FRAME_NL.format(term=term)
        start = sentence.index(term)
        report = analyze_as_document(sentence, "nl")
        if _marked(word_findings(report), start, start + len(term)):
            found += 1
        else:
            missed.append(term)
    return found, len(terms), missed


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({part / whole:.2f})" if whole else "-"


def evaluate_words(data: Path, limit: int | None = None) -> str:
    lines = ["# Word checks on the public dev data", ""]
    for pair_set in PAIR_SETS:
        n = limit if pair_set.lang == "fr" else None  # the French passages are long
        complex_side, simple_side, replaced = pair_figures(data, pair_set, n)
        ratio = simple_side.per_1000() / complex_side.per_1000() if complex_side.flags else 0
        lines += [
            f"## {pair_set.name} ({pair_set.lang})",
            "",
            "| | value |",
            "|---|---|",
            f"| word findings per 1,000 words, original side | {complex_side.per_1000():.1f} |",
            f"| word findings per 1,000 words, plain side | {simple_side.per_1000():.1f} |",
            f"| plain side over original side | {ratio:.2f} |",
        ]
        if pair_set.lang == "nl":
            lines += [
                f"| replaced words marked | {_share(replaced.flagged, replaced.targets)} |",
                "| replaced words with one of our alternatives in the rewrite | "
                f"{_share(replaced.alternative_used, replaced.targets)} |",
            ]
        lines.append("")
        if pair_set.lang == "nl":
            top = ", ".join(f"{w} ({c})" for w, c in replaced.missed.most_common(30))
            lines += [f"Most frequent replaced words not marked: {top or '-'}", ""]
        top = ", ".join(f"{w} ({c})" for w, c in simple_side.flagged.most_common(30))
        lines += [f"Most flagged words on the plain side: {top or '-'}", ""]
        lines += fit.report(data, pair_set.lang)
    found, total, missed = city_list_figures(data)
    lines += [
        "## City list of words to avoid (nl, dev half)",
        "",
        f"Marked in a neutral sentence («{FRAME_NL}»): {_share(found, total)}",
        "",
        f"Not marked (first 40): {', '.join(missed[:40]) or '-'}",
        "",
    ]
    return "\n".join(lines)
