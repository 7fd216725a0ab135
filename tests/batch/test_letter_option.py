"""`batch --letter / --not-letter`: the user's word on whether the documents are letters
reaches every worker, and a rerun with the other choice does not reuse the first results."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from simplifier.batch.run import BatchOptions, run_batch

ROOT = Path(__file__).resolve().parents[2]


def _letters(report: Path) -> int:
    return json.loads((report / "report.json").read_text(encoding="utf-8"))["letters"]["letters"]


def test_the_user_says_whether_the_documents_are_letters(runner, tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    for name in ("fr_carte_claire.docx", "nl_kaart_onduidelijk.docx"):
        shutil.copy(ROOT / "samples" / "card" / name, folder / name)
    shutil.copy(ROOT / "samples" / "fr" / "brochure_mutualite.docx", folder)
    report = tmp_path / "report"

    def run(letter: bool | None) -> int:
        options = BatchOptions(
            inputs=[folder], out=report, progress=False, formats=frozenset({"json"}), letter=letter
        )
        summary = run_batch(options, runner=runner)
        assert summary.checked == 3 and summary.failed == 0
        return _letters(report)

    assert run(None) == 2  # the brochure has no greeting or closing: its parts say no
    assert run(True) == 3  # the same report folder: the earlier results are not reused
    assert run(False) == 0
