"""The replacement grammar tables: each case is a sentence, the words a lexicon matched, the
lexicon's alternative and the sentence expected once the alternative is fitted (articles,
agreement, conjugation, elision, contraction, capitals) — run on the real pipelines."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from simplifier.nlp import get_pipeline
from simplifier.rewrite.fit import fit_replacement

HERE = Path(__file__).parent


def _cases(lang: str) -> list[object]:
    cases = yaml.safe_load((HERE / f"grammar_{lang}.yml").read_text(encoding="utf-8"))["cases"]
    return [
        pytest.param(lang, case, id=f"{lang}-{n}-{case['term']}") for n, case in enumerate(cases)
    ]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_tables_are_large_enough(lang: str) -> None:
    assert len(_cases(lang)) >= 60


@pytest.mark.parametrize(("lang", "case"), _cases("fr") + _cases("nl"))
def test_replacement_fits_its_sentence(lang: str, case: dict) -> None:
    text = case["text"]
    start = text.index(case["term"])
    fitted = fit_replacement(
        get_pipeline(lang)(text), start, start + len(case["term"]), case["alternative"], lang
    )
    result = text[: fitted.start] + fitted.text + text[fitted.end :]
    assert result == case["expected"]
    assert fitted.confident is case.get("confident", True)
    if not fitted.confident:
        assert fitted.note  # the reviewer is told what to check
