"""The `simplifier check` command on real sample files, in each output format."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from docx_builder import build_docx, build_ole, p, table
from run_measured import run_measured
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.i18n import t

runner = CliRunner()
SCHEMA = json.loads(resources.files("simplifier.data").joinpath("report.schema.json").read_text())


def test_text_output_lists_findings_like_a_linter(samples):
    path = samples / "fr" / "lettre_intervention_majoree.docx"
    result = runner.invoke(app, ["check", str(path), "--ui-lang", "fr"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    finding_lines = [line for line in lines if line.startswith(f"{path}:")]
    assert len(finding_lines) >= 10
    first = finding_lines[0].split(":")
    assert first[1].isdigit() and first[2].isdigit()
    assert any("[FR.Jargon]" in line for line in finding_lines)
    assert any(line.startswith("Lisibilité: ") and "Niveau" in line for line in lines)
    # the level says in plain words what it means for the people who get the letter
    score_line = next(line for line in lines if line.startswith("Lisibilité: "))
    level = score_line.split("Niveau ")[1][:2]
    assert t(f"level.{level}", "fr") in score_line


def test_the_level_is_described_in_the_reviewers_language(tmp_path):
    path = tmp_path / "brief.txt"
    path.write_text("Wij hebben uw aanvraag gekregen. U krijgt snel een antwoord.", "utf-8")
    result = runner.invoke(app, ["check", str(path), "--lang", "nl", "--ui-lang", "nl"])
    line = next(x for x in result.stdout.splitlines() if x.startswith("Leesbaarheid: "))
    assert "makkelijk" in line and "lecteurs" not in line


def test_txt_positions_are_file_lines(tmp_path):
    path = tmp_path / "lettre.txt"
    path.write_text("Madame,\n\nNous paierons\nnonobstant le retard.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--lang", "fr"])
    assert f"{path}:4:1: " in result.stdout  # "nonobstant" on line 4, column 1


def test_json_output_follows_the_documented_schema(samples):
    path = samples / "fr" / "avertissement_extrait_de_role.txt"
    result = runner.invoke(app, ["check", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    text = "\n\n".join(block["text"] for block in data["blocks"])
    for finding in data["findings"]:
        assert text[finding["start"] : finding["end"]] == finding["match"]
    assert [f["start"] for f in data["findings"]] == sorted(f["start"] for f in data["findings"])
    for sentence in data["sentences"]:
        for index in sentence["findings"]:
            assert sentence["start"] <= data["findings"][index]["start"] < sentence["end"]


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: list[dict[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append(dict(attrs))


def test_html_output_is_a_standalone_page_with_highlights(samples, tmp_path):
    output = tmp_path / "out" / "rapport.html"
    path = samples / "fr" / "lettre_pension.docx"
    result = runner.invoke(app, ["check", str(path), "--format", "html", "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "http" not in page.split("<main>")[0].replace("http://", "")
    parser = _Marks()
    parser.feed(page)
    assert len(parser.marks) >= 10
    assert any("c-jargon" in (m.get("class") or "") for m in parser.marks)
    assert all(m.get("title") for m in parser.marks)
    assert any(t(f"level.{level}", "fr") in page for level in ("A1", "A2", "B1", "B2", "C1", "C2"))
    assert [p.name for p in output.parent.iterdir()] == ["rapport.html"]  # no temporary file left


@pytest.mark.parametrize(
    "fail_on, code", [("never", 0), ("suggestion", 1), ("warning", 1), ("error", 0)]
)
def test_fail_on_sets_the_exit_code(tmp_path, fail_on, code):
    path = tmp_path / "lettre.txt"
    path.write_text("Veuillez trouver ci-joint le formulaire.", encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--lang", "fr", "--fail-on", fail_on])
    assert result.exit_code == code


def test_usage_errors_exit_2(tmp_path):
    assert runner.invoke(app, ["check"]).exit_code == 2
    assert runner.invoke(app, ["check", "x.txt", "--format", "pdf"]).exit_code == 2
    assert (
        runner.invoke(app, ["check", "a.txt", "b.txt", "-o", str(tmp_path / "r.html")]).exit_code
        == 2
    )


def test_pasted_text_on_standard_input():
    result = runner.invoke(
        app, ["check", "-", "--lang", "fr"], input="Nous paierons nonobstant le retard."
    )
    assert result.exit_code == 0
    assert "<stdin>:1:15: " in result.stdout


@pytest.mark.parametrize("command", ["flags", "readability"])
def test_evaluation_without_its_data_says_where_it_looked(tmp_path, command):
    result = runner.invoke(app, ["eval", command, "--data", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"simplifier: {tmp_path}/")
    assert "evaluation file not found" in result.stderr


def test_labels_follow_the_document_when_no_language_is_set(samples):
    no_locale = {"SIMPLIFIER_LANG": "", "LANG": "", "LC_ALL": "", "LC_MESSAGES": ""}
    result = runner.invoke(
        app, ["check", str(samples / "nl" / "brief_pensioen.txt")], env=no_locale
    )
    assert "Leesbaarheid:" in result.stdout


# --- standard input: the same detection and the same one-line errors as a file -------------

LATIN_1 = "Réponse à votre demande : nous paierons nonobstant le retard.".encode("cp1252")


def check_stdin(data: bytes, *args: str):
    """The real command in a subprocess, `data` on its standard input."""
    done, _, _ = run_measured(
        ["-m", "simplifier", "check", "-", *args], env={"SIMPLIFIER_LANG": "en"}, input=data
    )
    return done


def test_latin1_on_standard_input_is_read_like_the_same_bytes_in_a_file(tmp_path):
    """It crashed with a traceback and exit 1, the code for "findings found"."""
    path = tmp_path / "lettre.txt"
    path.write_bytes(LATIN_1)
    options = ["--lang", "fr", "--format", "json", "--ui-lang", "en"]
    from_file = runner.invoke(app, ["check", str(path), *options])
    done = check_stdin(LATIN_1, *options)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    piped = json.loads(done.stdout)
    assert piped["blocks"][0]["text"] == LATIN_1.decode("cp1252")
    assert piped["findings"] == json.loads(from_file.stdout)["findings"]


def test_a_docx_on_standard_input_is_read_as_a_docx(tmp_path):
    body = p("Objet : votre pension.") + table([["Montant", "1.234,56 EUR"]])
    body += p("Nous vous prions de bien vouloir nous renvoyer le formulaire.")
    path = build_docx(tmp_path / "lettre.docx", body, header=p("Service des Pensions"))
    done = check_stdin(path.read_bytes(), "--format", "json", "--ui-lang", "fr")
    assert done.returncode == 0, done.stderr
    from_file = runner.invoke(app, ["check", str(path), "--format", "json", "--ui-lang", "fr"])
    expected = json.loads(from_file.stdout)
    piped = json.loads(done.stdout)
    assert piped["blocks"] == expected["blocks"]
    assert [b["kind"] for b in piped["blocks"]] == [
        "header",
        "body",
        "table_cell",
        "table_cell",
        "body",
    ]
    assert piped["findings"] == expected["findings"] != []


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "the file is empty"),
        (
            b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
            "neither a Word document (.docx) nor text (it is a PDF)",
        ),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "neither a Word document (.docx) nor text."),
        (b"PK\x03\x04 broken zip", "damaged"),
    ],
    ids=["empty", "pdf", "image", "broken-zip"],
)
def test_bad_input_on_standard_input_gives_one_line_and_exit_2(data, expected):
    done = check_stdin(data)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("simplifier: <stdin>: "), done.stderr
    assert expected in lines[0]
    assert done.stdout == ""


def test_an_old_word_file_on_standard_input_says_to_save_it_as_docx(tmp_path):
    done = check_stdin(build_ole(tmp_path / "ancien.doc", "WordDocument").read_bytes())
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "simplifier: <stdin>: this is an old Word file (.doc). "
        "Open it in Word or LibreOffice and save it as .docx."
    )


def test_text_output_goes_by_problem_and_can_hide_notes(tmp_path):
    letter = tmp_path / "lettre.txt"
    letter.write_text(
        "L'octroi de l'allocation dépend de vos revenus. Nous examinerons l'octroi "
        "de votre demande et l'octroi sera communiqué par écrit dans les meilleurs délais.",
        encoding="utf-8",
    )
    everything = runner.invoke(app, ["check", str(letter), "--ui-lang", "fr"])
    assert "3 fois dans le texte" in everything.output
    assert "points à revoir, dont" in everything.output
    sample = Path(__file__).parents[1] / "samples" / "fr" / "lettre_pension.txt"
    shown = runner.invoke(app, ["check", str(sample), "--ui-lang", "fr"]).output
    ready = runner.invoke(app, ["check", str(sample), "--ui-lang", "fr", "--no-notes"]).output
    count = lambda output: sum(line.startswith(str(sample)) for line in output.splitlines())  # noqa: E731
    assert 0 < count(ready) < count(shown)
