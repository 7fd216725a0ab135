"""The fitting and measuring code of the difficulty model, on synthetic data (the tests never
need ../shared/eval)."""

from __future__ import annotations

import json

import numpy as np
import pytest

from simplifier.calibration import (
    FEATURES,
    PARSE_FEATURES,
    PairData,
    Recipe,
    fit,
    fit_pairwise,
    folds,
    pair_accuracy,
    rated_pairs,
    spearman,
)
from simplifier.features import Counts
from simplifier.readability import LESS_IS_HARDER, MODEL_PATH, measures


def test_pairwise_fit_recovers_the_direction_of_difficulty():
    rng = np.random.default_rng(1)
    true_w = np.array([2.0, -1.0, 0.0])
    harder, easier = rng.normal(size=(400, 3)), rng.normal(size=(400, 3))
    swap = harder @ true_w < easier @ true_w
    harder[swap], easier[swap] = easier[swap].copy(), harder[swap].copy()
    w = fit_pairwise(harder - easier, np.ones(400), l2=0.1)
    assert w[0] > 0 > w[1]
    assert abs(w[2]) < 0.3 * abs(w[0])


def test_ties_count_as_misses():
    assert pair_accuracy(np.array([2.0, 1.0, 1.0]), np.array([1.0, 1.0, 3.0])) == pytest.approx(
        1 / 3
    )


def test_spearman_handles_ties_and_order():
    assert spearman(np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0])) == pytest.approx(1.0)
    assert spearman(np.array([1.0, 2.0, 3.0]), np.array([3.0, 2.0, 1.0])) == pytest.approx(-1.0)
    assert spearman(np.array([1.0, 1.0, 2.0]), np.array([1.0, 2.0, 3.0])) == pytest.approx(
        0.866, abs=1e-3
    )


def test_folds_never_split_a_document():
    groups = np.array(["a"] * 10 + ["b"] * 3 + ["c"] * 7 + ["d"] * 5 + ["e"] * 5 + ["f"])
    masks = folds(groups, 3)
    assert sum(m.sum() for m in masks) == len(groups)
    for mask in masks:
        for group in set(groups[mask]):
            assert mask[groups == group].all()


def test_rated_pairs_point_from_easier_to_harder():
    x = np.array([[1.0], [2.0], [3.0]])
    diffs = rated_pairs(x, np.array([1.0, 2.0, 6.0]))
    assert (diffs > 0).all() and len(diffs) == 3


def test_saved_model_matches_the_measures():
    model = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    available = set(measures(Counts(sentences=1, words=1), "fr"))
    for lang in ("fr", "nl"):
        entry = model[lang]
        assert entry["features"] == [f for f in FEATURES if f in entry["features"]]
        assert set(entry["features"]) <= available
        count = len(entry["features"])
        assert len(entry["mean"]) == len(entry["scale"]) == len(entry["weights"]) == count
        assert entry["rating_slope"] > 0
        scores = [threshold for threshold, _ in entry["levels"]]
        assert scores == sorted(scores, reverse=True)


def test_the_dutch_model_reads_no_parse_relation_and_every_weight_points_the_expected_way():
    entry = json.loads(MODEL_PATH.read_text(encoding="utf-8"))["nl"]
    assert not PARSE_FEATURES & set(entry["features"])
    for name, weight in zip(entry["features"], entry["weights"], strict=True):
        assert weight * (-1 if name in LESS_IS_HARDER else 1) >= 0, name
    assert "numbers_per_sentence" not in entry["features"]  # it had learnt "numbers: easier"


def test_a_signed_fit_leaves_out_a_measure_that_points_the_wrong_way():
    # Pairs where the harder side has longer sentences but, by accident of the data, more
    # numbers on the easier side: unsigned, "numbers" gets a negative weight; signed, it goes.
    rng = np.random.default_rng(3)
    names = ("words_per_sentence", "numbers_per_sentence")
    columns = [FEATURES.index(name) for name in names]
    harder, easier = np.zeros((300, len(FEATURES))), np.zeros((300, len(FEATURES)))
    harder[:, columns[0]] = rng.normal(20, 4, 300)
    easier[:, columns[0]] = harder[:, columns[0]] - rng.uniform(1, 6, 300)
    harder[:, columns[1]] = rng.normal(1, 0.3, 300)
    easier[:, columns[1]] = harder[:, columns[1]] + rng.uniform(0, 1, 300)
    pairs = PairData("synthetic", "nl", harder, easier, np.arange(300), {}, {})
    everything = np.ones(300, bool)
    unsigned = fit([pairs], [], [everything], [], Recipe(names, l2=1.0))
    assert unsigned.weights[1] < 0
    signed = fit([pairs], [], [everything], [], Recipe(names, l2=1.0, signed=True))
    assert signed.features == ("words_per_sentence",)
    assert signed.weights[0] > 0
    assert pair_accuracy(signed.difficulty(harder), signed.difficulty(easier)) > 0.99
