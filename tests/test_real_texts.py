"""The real-text evaluation on texts of our own in tmp_path: halves by number, reading sheets
with the items not judged yet, figures from a verdicts folder, and the warning when a text
differs from the copy the verdicts were given on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from simplifier.real_anchor import digest, normal
from simplifier.real_texts import collect, evaluate_real, half_of, load_verdicts

FRENCH = (
    "Nous vous prions de bien vouloir nous transmettre le formulaire dûment complété.\n\n"
    "Vous pouvez bénéficier de nombreux avantages si vous introduisez une demande."
)
DUTCH = "Gelieve het formulier in te vullen en terug te sturen.\n\nU kunt een aanvraag indienen."


SECOND = "Vous pouvez bénéficier de nombreux avantages si vous introduisez une demande."
# Where a reader once judged « avantages » a hard word: its sentence's hash, then its offsets.
_avantages = (
    f"FR.Jargon@{digest(normal(SECOND).text)}:{SECOND.index('avantages')}-"
    f"{SECOND.index('avantages') + len('avantages')}"
)


def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "real"
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / "fr_01.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "texts" / "fr_02.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "texts" / "nl_02.txt").write_text(DUTCH, encoding="utf-8")
    return folder


def test_halves_are_taken_by_number() -> None:
    assert [half_of(n) for n in ("fr_01", "fr_02", "p03_nl", "p10_fr")] == [
        "tune",
        "report",
        "tune",
        "report",
    ]


def test_sheets_list_what_is_not_judged_and_figures_count_verdicts(tmp_path: Path) -> None:
    folder = texts(tmp_path)
    cases = collect(folder, "report")
    assert [c.file for c in cases] == ["fr_02", "nl_02"]
    french = cases[0]
    changes = [i for i in french.items if i.kind == "change"]
    findings = [i for i in french.items if i.kind == "finding"]
    assert changes and findings
    verdicts = tmp_path / "verdicts"
    verdicts.mkdir()
    rows = ["file\tkey\tverdict\treason\treader"]
    rows.append(f"fr_02\t{changes[0].key}\twrong\tgrammar\tr1")
    rows += [f"fr_02\t{i.key}\tright\t\tr1" for i in findings]
    (verdicts / "verdicts.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (verdicts / "missed.tsv").write_text("file\tmissed\treader\nfr_02\t2\tr1\n", encoding="utf-8")
    assert len(load_verdicts(verdicts)) == len(findings) + 1

    sheets = tmp_path / "sheets"
    report = evaluate_real(folder, "report", sheets, verdicts_dir=verdicts, record_texts=True)
    assert "| sure changes wrong (judged) | 1 / 1 (100.0 %) | - |" in report
    assert (
        f"| findings right (judged) | {len(findings)} / {len(findings)} (100.0 %) | - |" in report
    )
    assert "Wrong, by reason (fr): change:grammar 1" in report
    sheet = (sheets / "fr_02.md").read_text(encoding="utf-8")
    assert changes[0].key not in sheet and findings[0].key not in sheet  # judged already
    assert all(c.key in sheet for c in changes[1:])
    assert "fr_02" in (verdicts / "texts.tsv").read_text(encoding="utf-8")
    assert "Warning" not in report

    (folder / "texts" / "fr_02.txt").write_text(FRENCH + " Merci.", encoding="utf-8")
    again = evaluate_real(folder, "report", verdicts_dir=verdicts)
    assert "Warning: 1 text(s) differ" in again and "fr_02" in again


def test_the_command_says_what_is_missing(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "simplifier", "eval", "real", str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "retrieve the texts first" in result.stderr


def test_a_finding_is_judged_again_when_its_advice_changes_and_lost_words_count(
    tmp_path: Path,
) -> None:
    """A verdict holds for the advice it was given on; a word a reader judged rightly marked
    that nothing marks any more counts with the hard words missed."""
    folder = texts(tmp_path)
    french = collect(folder, "report")[0]
    words = next(i for i in french.items if i.kind == "finding" and "~" in i.key)
    location, _ = words.key.split("~")
    verdicts = tmp_path / "verdicts"
    verdicts.mkdir()
    rows = [
        "file\tkey\tverdict\treason\treader",
        f"fr_02\t{location}~00000000\tright\t\tr1",  # given on other advice
        f"fr_02\t{_avantages}~11111111\tright\t\tr1",  # « avantages »: marked once
        f"fr_02\t{location}~00000000\twrong\tmeaning\tr2",
    ]
    (verdicts / "verdicts.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (verdicts / "missed.tsv").write_text("file\tmissed\treader\nfr_02\t2\tr1\n", encoding="utf-8")
    sheets = tmp_path / "sheets"
    report = evaluate_real(folder, "report", sheets, verdicts_dir=verdicts)
    assert words.key in (sheets / "fr_02.md").read_text(encoding="utf-8")
    assert "| findings right (judged) | - | - |" in report
    assert "|   hard words marked rightly before, not now | 1 | 0 |" in report
    assert "| 0 / 3 (0.0 %) | - |" in report  # none judged now, 2 missed, 1 no longer marked


def test_verdicts_stay_with_a_copy_retrieved_anew(tmp_path: Path) -> None:
    """The texts live outside the project and are copied again by hand from the stored pages:
    a copy with a heading more, no-break spaces, a curly apostrophe and other line ends still
    finds the items its sentences had, and so the verdicts given on them."""
    folder = texts(tmp_path)
    first = collect(folder, "report")[0]
    copy = folder / "texts" / "fr_02.txt"
    again = "Vos droits\r\n\r\n" + FRENCH.replace(" complété", "\u00a0complété").replace(
        "\n\n", "\r\n\r\n"
    )
    copy.write_text(again + "\r\n", encoding="utf-8")
    second = collect(folder, "report")[0]
    assert second.sha256 != first.sha256
    assert {i.key for i in first.items} <= {i.key for i in second.items}


def test_the_normal_form_forgets_what_copies_differ_in_and_keeps_the_places() -> None:
    text = "- L’aide\u00a0 est\n  due."
    form = normal(text)
    assert form.text == "L'aide est due."
    start = text.index("est")
    assert form.text[form.starts[start] : form.ends[start + 3]] == "est"
    assert form.text[form.starts[0] : form.ends[len(text)]] == form.text


def test_a_readers_answers_become_verdicts_on_the_items_and_a_bad_line_adds_nothing(
    tmp_path: Path,
) -> None:
    folder = texts(tmp_path)
    sheets = tmp_path / "sheets"
    evaluate_real(folder, "report", sheets, verdicts_dir=tmp_path / "none")
    french = collect(folder, "report")[0]
    verdicts = tmp_path / "verdicts"
    verdicts.mkdir()
    bad = tmp_path / "bad.tsv"
    bad.write_text("file\tnumber\tverdict\treason\nfr_02\t1\tright\t\nfr_02\t999\tright\t\n")
    assert import_answers_cli(sheets, bad, verdicts).returncode == 2
    assert not (verdicts / "verdicts.tsv").exists()

    good = tmp_path / "good.tsv"
    lines = [f"fr_02\t{i.number}\twrong\tgrammar" for i in french.items if i.kind == "change"]
    lines += [f"fr_02\t{i.number}\tright\t" for i in french.items if i.kind == "finding"]
    good.write_text("file\tnumber\tverdict\treason\n" + "\n".join(lines) + "\nfr_02\tmissed\t3\t\n")
    done = import_answers_cli(sheets, good, verdicts)
    assert done.returncode == 0, done.stderr
    report = evaluate_real(folder, "report", verdicts_dir=verdicts)
    changes = sum(i.kind == "change" for i in french.items)
    assert f"| sure changes wrong (judged) | {changes} / {changes} (100.0 %) | - |" in report
    assert "r9-test" in (verdicts / "verdicts.tsv").read_text(encoding="utf-8")
    assert "fr_02\t3\tr9-test" in (verdicts / "missed.tsv").read_text(encoding="utf-8")


def import_answers_cli(sheets: Path, answers: Path, verdicts: Path) -> subprocess.CompletedProcess:
    command = ["eval", "real-answers", str(sheets), str(answers), "--reader", "r9-test"]
    return subprocess.run(
        [sys.executable, "-m", "simplifier", *command, "--into", str(verdicts)],
        capture_output=True,
        text=True,
    )
