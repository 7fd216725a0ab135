"""Letters found in French and in Dutch in a batch (x_fr / x_nl, or fr/ and nl/ folders)
are paired and compared in a section of the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from simplifier.batch.discovery import Item, language_pairs
from simplifier.batch.run import BatchOptions, run_batch

PAIRS = Path(__file__).resolve().parents[2] / "samples" / "parity"


def test_pairs_by_name_and_by_folder():
    names = ["a/x_fr.docx", "a/x_nl.docx", "fr/lettre.txt", "nl/lettre.txt", "y_fr.txt", "z_nl.txt"]
    items = [Item(i, Path(name), name) for i, name in enumerate(names)]
    found = [(name, fr.rel, nl.rel) for name, fr, nl in language_pairs(items)]
    assert found == [
        ("a/x", "a/x_fr.docx", "a/x_nl.docx"),
        ("fr|nl/lettre.txt", "fr/lettre.txt", "nl/lettre.txt"),
    ]


def test_the_report_compares_the_pairs(tmp_path, runner):
    letters = tmp_path / "letters"
    for lang in ("fr", "nl"):
        (letters / lang).mkdir(parents=True)
        shutil.copy(
            PAIRS / f"mutualite_remboursement_{lang}.docx", letters / lang / "rembours.docx"
        )
        shutil.copy(PAIRS / f"mutualite_ecart_{lang}.docx", letters / f"ecart_{lang}.docx")
    (letters / "abime_fr.docx").write_bytes(b"PK\x03\x04 not a real Word file")
    shutil.copy(PAIRS / "mutualite_ecart_nl.docx", letters / "abime_nl.docx")
    out = tmp_path / "report"
    summary = run_batch(
        BatchOptions(
            inputs=[letters],
            out=out,
            ui_lang="fr",
            progress=False,
            formats=frozenset({"html", "json"}),
        ),
        runner=runner,
    )
    assert (summary.checked, summary.failed) == (5, 1)
    html = (out / "index.html").read_text(encoding="utf-8")
    section = html[html.index('id="parity"') :]
    assert "Versions française et néerlandaise (2)" in section
    assert "fr|nl/rembours.docx" in section and "aucune différence" in section
    assert "Montant 1.250,00 € au paragraphe" in section and "1.205,00 euro" in section
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    by_name = {row["name"]: row for row in data["parity"]}
    assert by_name["fr|nl/rembours.docx"]["differences"] == []
    assert len(by_name["ecart"]["differences"]) == 3
    assert "abime" not in by_name  # one version could not be read: in the failures only
    assert by_name["ecart"]["fr_level"] and by_name["ecart"]["nl_level"]


def test_a_pair_whose_names_say_the_wrong_languages_is_shown_as_its_texts_say(tmp_path, runner):
    letters = tmp_path / "letters"
    letters.mkdir()
    # the French letter saved as x_nl, the Dutch one as x_fr
    shutil.copy(PAIRS / "mutualite_ecart_fr.docx", letters / "x_nl.docx")
    shutil.copy(PAIRS / "mutualite_ecart_nl.docx", letters / "x_fr.docx")
    out = tmp_path / "report"
    options = BatchOptions(inputs=[letters], out=out, progress=False, formats=frozenset({"json"}))
    run_batch(options, runner=runner)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    (row,) = data["parity"]
    assert (row["fr"], row["nl"]) == ("x_nl.docx", "x_fr.docx")  # the texts decide
    levels = {doc["document"]: doc["level"] for doc in data["documents"]}
    assert (row["fr_level"], row["nl_level"]) == (levels["x_nl.docx"], levels["x_fr.docx"])
