"""Fit the word-difficulty model on public data, with cross-validation grouped by document.

Evidence per language (`../shared/eval`, never copied into the project):
- Dutch: sentences of municipal letters and the version communication specialists rewrote.
- French: Wikipedia passages and the matching Vikidia passage (written for 8-13 year olds).
Each word is labelled once, by how much more often the original side uses it than the plain
side. The labels are noisy (words go for reasons other than difficulty); the model is small and
regularised, and `eval words` reports what it can tell with cross-validation grouped by
document, before anything of it is used.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from simplifier.calibration import FOLDS, folds
from simplifier.difficulty.features import FEATURES, candidate, of_token
from simplifier.evaluation import PAIR_SETS, read_grouped_pairs
from simplifier.nlp import get_pipeline

L2 = 1.0


@dataclass(frozen=True)
class Example:
    group: str
    word: str
    values: tuple[float, ...]
    label: int


# Dutch pairs carry the document they come from; each French pair is its own group.
GROUP_COLUMNS = {"nl": "Document ID"}


def read_pairs(data: Path, lang: str) -> list[tuple[str, str, str]]:
    """(group, complex, simple) for the pairs of this language where the rewrite differs."""
    pair_set = next(p for p in PAIR_SETS if p.lang == lang)
    rows = read_grouped_pairs(data, pair_set, GROUP_COLUMNS.get(lang))
    return [(group, c, s) for group, c, s in rows if c != s]


def examples(data: Path, lang: str) -> list[Example]:
    """One example per content word (by lemma) met at least three times: hard (1) when the
    original side uses it at least 2.5 times as often as the plain side, plain (0) when at
    most 1.2 times as often; words in between are left out. The group is the first document
    the word is met in."""
    nlp = get_pipeline(lang)
    pairs = read_pairs(data, lang)
    original: Counter[str] = Counter()
    plain: Counter[str] = Counter()
    facts: dict[str, tuple[str, tuple[float, ...]]] = {}
    groups: dict[str, str] = {}
    complex_docs = nlp.pipe((c for _, c, _ in pairs), batch_size=64)
    simple_docs = nlp.pipe((s for _, _, s in pairs), batch_size=64)
    for (group, _, _), *docs in zip(pairs, complex_docs, simple_docs, strict=True):
        for doc, counts in zip(docs, (original, plain), strict=True):
            for token in doc:
                if candidate(token):
                    word = of_token(token, lang)
                    facts.setdefault(word.lemma, (word.word, word.values))
                    groups.setdefault(word.lemma, group)
                    counts[word.lemma] += 1
    result = []
    for lemma, (word, values) in facts.items():
        seen_original, seen_plain = original[lemma], plain[lemma]
        if seen_original + seen_plain < 3:
            continue
        ratio = (seen_original + 0.5) / (seen_plain + 0.5)
        if ratio >= 2.5 or ratio <= 1.2:
            result.append(Example(groups[lemma], word, values, int(ratio >= 2.5)))
    return result


@dataclass
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float

    def decision(self, x: np.ndarray) -> np.ndarray:
        return ((x - self.mean) / self.scale) @ self.weights + self.bias


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> Fitted:
    """L2-regularised logistic regression by Newton's method on standardised features."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z1 = np.hstack([z, np.ones((len(z), 1))])
    w = np.zeros(z1.shape[1])
    penalty = np.full(z1.shape[1], l2 / len(z))
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(z1 @ w)))
        gradient = z1.T @ (p - y) / len(z) + penalty * w
        hessian = (z1.T * (p * (1 - p))) @ z1 / len(z) + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return Fitted(mean, scale, w[:-1], float(w[-1]))


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    positives = labels.sum()
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    return float(
        (ranks[labels == 1].sum() - positives * (positives + 1) / 2) / (positives * negatives)
    )


def cross_validate(items: list[Example]) -> tuple[np.ndarray, list[float]]:
    """Held-out decision values for every example, and the AUC of each fold."""
    x = np.array([e.values for e in items], dtype=float)
    y = np.array([e.label for e in items], dtype=float)
    held_out = np.zeros(len(items))
    fold_auc = []
    for test in folds(np.array([e.group for e in items]), FOLDS):
        model = fit(x[~test], y[~test])
        held_out[test] = model.decision(x[test])
        fold_auc.append(auc(held_out[test], y[test]))
    return held_out, fold_auc


def report(data: Path, lang: str) -> list[str]:
    """What word-internal features can tell hard from plain words, as Markdown lines."""
    items = examples(data, lang)
    if len(items) < 2 * FOLDS or len({e.label for e in items}) < 2:
        return [f"Word features ({lang}): too few labelled words ({len(items)}).", ""]
    _, fold_auc = cross_validate(items)
    x = np.array([e.values for e in items], dtype=float)
    y = np.array([e.label for e in items], dtype=float)
    weights = fit(x, y).weights
    shown = ", ".join(f"{a:.2f}" for a in fold_auc)
    lines = [
        f"Word features ({lang}): {len(items)} words, {int(y.sum())} labelled hard. "
        f"AUC per fold (grouped by document): {shown}; rarity alone: {auc(x[:, 0], y):.2f}.",
        "",
        "Weights on standardised features: "
        + ", ".join(f"{name} {w:+.2f}" for name, w in zip(FEATURES, weights, strict=True)),
        "",
    ]
    return lines
