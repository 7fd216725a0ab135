"""French and Dutch versions of the same text should land on the same level.

Belgian services publish one letter in both languages and bilingual teams compare them. The
readability model is fitted per language on different evidence (French on people's ratings,
Dutch on municipal rewrites), so nothing makes its two scales agree; parallel texts do. The
Dutch rating line is shifted so that, over a folder of pairs (`*_fr.txt` with `*_nl.txt`), the
Dutch score is on average the French one; each pair's gap is also reported with the shift fitted
on the *other* pairs (leave one out), which is what a new pair would see.

    simplifier eval readability --parallel DIR [--fit-parallel]
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from simplifier.engine import analyze_file
from simplifier.readability import (
    MODEL_PATH,
    ceiling_for,
    contributions,
    level_for,
    score_of_rating,
)

LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")


@dataclass(frozen=True)
class Pair:
    name: str
    fr_score: float
    fr_level: str
    nl_score: float
    nl_level: str
    nl_difficulty: float  # the Dutch model's d
    nl_ceiling: float  # the score its longest sentence allows


def pairs_in(folder: Path) -> list[tuple[str, Path, Path]]:
    """(name, French file, Dutch file) for every `*_fr.txt` that has its `*_nl.txt`."""
    found = []
    for french in sorted(folder.rglob("*_fr.txt")):
        dutch = french.with_name(french.name[: -len("_fr.txt")] + "_nl.txt")
        if dutch.is_file():
            found.append((french.name[: -len("_fr.txt")], french, dutch))
    return found


def score_pairs(folder: Path) -> list[Pair]:
    pairs = []
    for name, french, dutch in pairs_in(folder):
        fr = analyze_file(french, lang="fr", rewrites=False).readability
        nl = analyze_file(dutch, lang="nl", rewrites=False).readability
        d = sum(contributions(nl.measures, "nl").values())
        ceiling = ceiling_for(int(nl.measures.get("longest_sentence", 0)), "nl")
        pairs.append(Pair(name, fr.score, fr.level, nl.score, nl.level, d, ceiling))
    return pairs


def _model() -> dict:
    return json.loads(MODEL_PATH.read_text(encoding="utf-8"))


def dutch_score(pair: Pair, shift: float, model: dict) -> float:
    """The Dutch score with the rating line moved by `shift` (positive: harder)."""
    nl = model["nl"]
    rating = nl["rating_intercept"] + shift + nl["rating_slope"] * pair.nl_difficulty
    return min(score_of_rating(rating, nl["steepness"]), pair.nl_ceiling)


def fit_shift(pairs: list[Pair], model: dict) -> float:
    """The shift of the Dutch rating line that makes the mean gap (Dutch − French) zero."""
    low, high = -3.0, 3.0  # rating points: the gap falls as the shift grows
    for _ in range(60):
        middle = (low + high) / 2
        gap = statistics.fmean(dutch_score(p, middle, model) - p.fr_score for p in pairs)
        low, high = (middle, high) if gap > 0 else (low, middle)
    return (low + high) / 2


def _steps(a: str, b: str) -> int:
    return abs(LEVELS.index(a) - LEVELS.index(b))


def _summary(gaps: list[float], steps: list[int]) -> str:
    within = sum(s <= 1 for s in steps)
    return (
        f"same level ± 1 step: {within} / {len(steps)}; mean gap (Dutch − French) "
        f"{statistics.fmean(gaps):+.1f}; mean absolute gap {statistics.fmean(map(abs, gaps)):.1f}"
    )


def evaluate_parallel(folder: Path, refit: bool = False) -> str:
    """The parallel pairs' scores and levels as the model gives them, and with the Dutch line
    shifted on the other pairs (leave one out); with `refit`, the shift fitted on all pairs is
    written into the model."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder (retrieve the parallel texts first)")
    pairs = score_pairs(folder)
    if len(pairs) < 2:
        raise FileNotFoundError(f"{folder}: fewer than two *_fr.txt / *_nl.txt pairs")
    model = _model()
    lines = [
        f"## French / Dutch parallel texts ({len(pairs)} pairs in {folder.name})",
        "",
        "| pair | French | Dutch (model) | Dutch (shift fitted on the other pairs) |",
        "|---|---|---|---|",
    ]
    held_gaps, held_steps = [], []
    for pair in pairs:
        others = [p for p in pairs if p is not pair]
        score = round(dutch_score(pair, fit_shift(others, model), model), 1)
        level = level_for(score, "nl")
        held_gaps.append(score - pair.fr_score)
        held_steps.append(_steps(level, pair.fr_level))
        lines.append(
            f"| {pair.name} | {pair.fr_score} {pair.fr_level} | {pair.nl_score} "
            f"{pair.nl_level} | {score} {level} |"
        )
    gaps = [p.nl_score - p.fr_score for p in pairs]
    steps = [_steps(p.nl_level, p.fr_level) for p in pairs]
    lines += [
        "",
        f"As the model gives them: {_summary(gaps, steps)}.",
        f"Dutch shifted on the other pairs (leave one out): {_summary(held_gaps, held_steps)}.",
    ]
    if refit:
        shift = fit_shift(pairs, model)
        model["nl"]["rating_intercept"] = round(model["nl"]["rating_intercept"] + shift, 6)
        model["nl"]["anchor"] = (
            f"rating line shifted by {shift:+.3f} so that {len(pairs)} French/Dutch parallel "
            "texts get the same mean score"
        )
        MODEL_PATH.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", "utf-8")
        lines.append(f"Dutch rating line shifted by {shift:+.3f} and written to {MODEL_PATH}.")
    return "\n".join(lines) + "\n"
