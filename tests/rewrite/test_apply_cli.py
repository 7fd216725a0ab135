"""`simplifier suggest` and `simplifier apply`: the decisions file, the new document, the
change log, and clear one-line errors for decisions that do not fit the document."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.io import read_file
from simplifier.review.decisions import load_decisions

SAMPLES = Path(__file__).parents[2] / "samples"
runner = CliRunner()


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A sample letter and a decisions file in which everything is accepted except one
    rejected and one edited suggestion."""
    folder = tmp_path_factory.mktemp("review")
    letter = shutil.copy(SAMPLES / "nl" / "brief_aanslagbiljet.docx", folder / "brief.docx")
    decisions = folder / "decisions.json"
    result = runner.invoke(
        app, ["suggest", str(letter), "-o", str(decisions), "--accept-all", "--reviewer", "Jan"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(decisions.read_text(encoding="utf-8"))
    replaced = [d for d in data["decisions"] if d["action"] == "replace"]
    replaced[0]["status"] = "rejected"
    replaced[1]["status"] = "edited"
    replaced[1]["text"] = "EIGEN TEKST"
    replaced[1]["comment"] = "Zo is het duidelijker."
    decisions.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return Path(letter), decisions


def test_apply_writes_tracked_changes_and_logs(reviewed: tuple[Path, Path], tmp_path: Path):
    letter, decisions = reviewed
    before = letter.read_bytes()
    output, log_csv, log_html = tmp_path / "new.docx", tmp_path / "log.csv", tmp_path / "log.html"
    result = runner.invoke(
        app,
        [
            "apply",
            str(letter),
            "-d",
            str(decisions),
            "-o",
            str(output),
            "--log",
            str(log_csv),
            "--log",
            str(log_html),
            "--ui-lang",
            "nl",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "wijzigingen geschreven in" in result.output
    assert letter.read_bytes() == before
    comments = {c.text for c in docx.Document(str(output)).comments}
    assert any("Jan: Zo is het duidelijker." in c for c in comments)
    rows = list(csv.DictReader(log_csv.read_text(encoding="utf-8-sig").splitlines()))
    decided = load_decisions(decisions).decisions
    assert len(rows) == len(decided)
    statuses = {row["status"] for row in rows}
    assert {"accepted", "edited", "rejected"} <= statuses
    edited = next(row for row in rows if row["status"] == "edited")
    assert edited["text"] == "EIGEN TEKST" and edited["suggested"] != "EIGEN TEKST"
    page = log_html.read_text(encoding="utf-8")
    assert "Wijzigingen" in page and "geweigerd" in page and "EIGEN TEKST" in page


def test_apply_clean_contains_the_edit_and_not_the_rejected(
    reviewed: tuple[Path, Path], tmp_path: Path
) -> None:
    letter, decisions = reviewed
    output = tmp_path / "clean.docx"
    result = runner.invoke(
        app, ["apply", str(letter), "-d", str(decisions), "-o", str(output), "--clean"]
    )
    assert result.exit_code == 0, result.output
    text = "\n".join(b.text for b in read_file(output))
    assert "EIGEN TEKST" in text
    rejected = next(d for d in load_decisions(decisions).decisions if d.status == "rejected")
    assert rejected.original in text


def test_apply_refuses_to_write_over_the_input(reviewed: tuple[Path, Path]) -> None:
    letter, decisions = reviewed
    before = letter.read_bytes()
    result = runner.invoke(app, ["apply", str(letter), "-d", str(decisions), "-o", str(letter)])
    assert result.exit_code == 2
    assert result.output.startswith(f"simplifier: {letter}: ")
    assert letter.read_bytes() == before


def test_decisions_for_another_document_are_refused(
    reviewed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, decisions = reviewed
    other = SAMPLES / "nl" / "brief_pensioen.docx"
    result = runner.invoke(
        app, ["apply", str(other), "-d", str(decisions), "-o", str(tmp_path / "x.docx")]
    )
    assert result.exit_code == 2
    assert (
        "andere versie"
        in runner.invoke(
            app,
            [
                "apply",
                str(other),
                "-d",
                str(decisions),
                "-o",
                str(tmp_path / "x.docx"),
                "--ui-lang",
                "nl",
            ],
        ).output
    )
    assert not (tmp_path / "x.docx").exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "not JSON"),
        ('{"version": 1}', "no 'decisions' list"),
        (
            '{"decisions": [{"id": "x", "status": "accepted", "start": 0, "end": 1}]}',
            "missing key 'original'",
        ),
        (
            '{"decisions": [{"id": "x", "status": "maybe", "start": 0, "end": 1, "original": "a",'
            ' "text": "b"}]}',
            "status 'maybe'",
        ),
        (
            '{"decisions": [{"id": "x", "status": "accepted", "start": 5, "end": 1, '
            '"original": "a", "text": "b"}]}',
            "bad start/end",
        ),
    ],
)
def test_bad_decisions_file(content: str, problem: str, tmp_path: Path) -> None:
    decisions = tmp_path / "d.json"
    decisions.write_text(content, encoding="utf-8")
    result = runner.invoke(
        app,
        [
            "apply",
            str(SAMPLES / "fr" / "lettre_intervention_majoree.txt"),
            "-d",
            str(decisions),
            "-o",
            str(tmp_path / "out.txt"),
        ],
    )
    assert result.exit_code == 2
    assert result.output.startswith(f"simplifier: {decisions}: ")
    assert problem in result.output


def test_text_file_keeps_its_line_ends(tmp_path: Path) -> None:
    source = tmp_path / "lettre.txt"
    source.write_bytes(
        "Madame,\r\n\r\n\r\nVous avez sollicité une intervention.\r\nMerci.\r\n".encode()
    )
    decisions = tmp_path / "d.json"
    assert (
        runner.invoke(app, ["suggest", str(source), "-o", str(decisions), "--accept-all"]).exit_code
        == 0
    )
    output = tmp_path / "nouvelle.txt"
    result = runner.invoke(app, ["apply", str(source), "-d", str(decisions), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert output.read_bytes() == (
        "Madame,\r\n\r\n\r\nVous avez demandé une intervention.\r\nMerci.\r\n".encode()
    )


def test_the_decisions_file_carries_the_doubt(tmp_path: Path) -> None:
    """Every change says whether the tool is sure of it, with the note in the user's
    language; --accept-all accepts only the sure ones unless --unsure-too."""
    letter = shutil.copy(SAMPLES / "fr" / "lettre_intervention_majoree.docx", tmp_path / "l.docx")
    decisions = tmp_path / "decisions.json"
    result = runner.invoke(
        app, ["suggest", str(letter), "-o", str(decisions), "--accept-all", "--ui-lang", "fr"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(decisions.read_text(encoding="utf-8"))["decisions"]
    sure = [d for d in data if d["confident"]]
    unsure = [d for d in data if not d["confident"]]
    assert sure and unsure
    assert {d["status"] for d in unsure} == {"pending"}  # left to decide by hand
    assert {d["status"] for d in sure} <= {"accepted", "pending"}  # pending: a clash
    assert all(d["note"] and not d["note"].startswith("note.") for d in unsure)
    assert any("Vérifiez" in d["note"] or "choisissez" in d["note"] for d in unsure)

    everything = tmp_path / "all.json"
    runner.invoke(
        app, ["suggest", str(letter), "-o", str(everything), "--accept-all", "--unsure-too"]
    )
    accepted = [
        d for d in json.loads(everything.read_text())["decisions"] if d["status"] != "pending"
    ]
    assert len(accepted) > len([d for d in sure if d["status"] == "accepted"])


def test_the_json_report_has_no_untranslated_keys(tmp_path: Path) -> None:
    letter = SAMPLES / "nl" / "brief_aanslagbiljet.docx"
    result = runner.invoke(app, ["check", str(letter), "--format", "json", "--ui-lang", "nl"])
    data = json.loads(result.output)
    notes = [r for f in data["findings"] for r in f["rewrites"] if r["note_key"]]
    assert notes and all(r["note"] and r["note"] != r["note_key"] for r in notes)
    assert not [r for f in data["findings"] for r in f["rewrites"] if r["note"].startswith("note.")]
