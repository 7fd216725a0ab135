"""The batch on a real mixed folder, with the shared pool: report contents in every format,
failures, annotated copies, resume and the progress bar."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import docx
import openpyxl
import pytest
from rich.console import Console

from simplifier.batch.bench import variant
from simplifier.batch.run import BatchOptions, run_batch
from tests.batch.corpus import BAD, GOOD


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def first_run(corpus_dir, runner, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    before = digests(corpus_dir)
    summary = run_batch(
        BatchOptions(inputs=[corpus_dir], out=out, annotate=True, ui_lang="fr", progress=False),
        runner=runner,
    )
    assert digests(corpus_dir) == before  # input files are never modified
    return summary, out


def test_every_file_is_accounted_for(first_run):
    summary, out = first_run
    assert (summary.files, summary.checked, summary.failed) == (GOOD + BAD, GOOD, BAD)
    assert summary.analysed == GOOD + BAD and summary.reused == 0
    assert summary.report == out / "index.html"
    failures = "\n".join(summary.failures)
    assert "bad/vide.docx: le fichier est vide" in failures
    assert "bad/abime.docx: le fichier est abîmé" in failures
    assert "bad/protege.docx: le document est protégé par un mot de passe" in failures
    assert "bad/ancien.doc: c'est un ancien fichier Word (.doc)" in failures


def test_html_report(first_run):
    _, out = first_run
    html = (out / "index.html").read_text(encoding="utf-8")
    assert "Lisibilité de 13 documents" in html
    assert '<ul class="bars' in html and "http://" not in html
    assert "<script" not in html  # nothing runs, nothing is fetched
    # signals: French terms are counted over the documents that have French text
    assert "apparaît dans 4 des 6 documents, jamais expliqué." in html
    # hardest documents link to their own page of highlights, which exists
    links = [part.split('"')[0] for part in html.split('href="pages/')[1:]]
    assert links and all((out / "pages" / link).is_file() for link in links)
    page = (out / "pages" / links[0]).read_text(encoding="utf-8")
    assert "<mark" in page and "../index.html" in page
    assert "Fichiers qui n&#39;ont pas pu être lus (4)" in html
    assert "protégé par un mot de passe" in html


def test_csv_tables(first_run):
    _, out = first_run
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        documents = list(csv.DictReader(handle))
    assert len(documents) == GOOD + BAD
    by_name = {row["Document"]: row for row in documents}
    assert by_name["bad/vide.docx"]["État"] == "illisible"
    assert "vide" in by_name["bad/vide.docx"]["Pourquoi il n'a pas été vérifié"]
    letter = by_name["fr/avertissement_extrait_de_role.docx"]
    assert letter["État"] == "vérifié" and letter["Langue"] == "français"
    assert 0 <= float(letter["Score (0-100)"]) <= 100
    assert letter["Niveau"] in {"A1", "A2", "B1", "B2", "C1", "C2"}
    assert letter["Copie annotée"] == "annotated/fr/avertissement_extrait_de_role.docx"
    assert by_name["nl/brief_pensioen.docx"]["Langue"] == "néerlandais"
    with (out / "findings.csv").open(encoding="utf-8", newline="") as handle:
        findings = list(csv.DictReader(handle))
    assert sum(1 for r in findings if r["Document"] == letter["Document"]) == int(
        letter["Problèmes"]
    )
    jargon = [r for r in findings if r["Mots concernés"] == "avertissement-extrait de rôle"]
    assert jargon and jargon[0]["Problème"] == "Mot difficile" and jargon[0]["Conseil"]


def test_xlsx_and_json(first_run):
    _, out = first_run
    book = openpyxl.load_workbook(out / "report.xlsx", read_only=True)
    # the letters in French and Dutch compared: a sheet even when the folder has no pair
    assert book.sheetnames == [
        "Résumé",
        "Documents",
        "Problèmes",
        "Signaux",
        "Français-néerlandais",
    ]
    documents = list(book["Documents"].values)
    assert len(documents) == 1 + GOOD + BAD and documents[0][0] == "Document"
    findings = list(book["Problèmes"].values)
    data = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert data["schema"] == "simplifier.batch/1"
    assert len(findings) - 1 == data["summary"]["findings"]
    assert data["summary"]["checked"] == GOOD and data["summary"]["failed"] == BAD
    assert sum(data["summary"]["levels"].values()) == GOOD
    docs = {d["document"]: d for d in data["documents"]}
    assert docs["bad/protege.docx"]["error"]["code"] == "err.encrypted"
    bilingual = docs["lettre_bilingue_brief_tweetalig.docx"]
    assert bilingual["langs"] == ["fr", "nl"]
    onem = next(s for s in data["signals"] if s["term"] == "ONEM")
    assert onem["explained"] == onem["documents"] == 1  # written out in explique.docx
    term = next(s for s in data["signals"] if s["term"] == "avertissement-extrait de rôle")
    assert term["text"] == (
        "« avertissement-extrait de rôle » apparaît dans 2 des 6 documents, expliqué dans 1."
    )
    assert data["signals"][0]["documents"] >= data["signals"][-1]["documents"]


def _sheets(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = {name: list(book[name].values) for name in book.sheetnames}
    book.close()
    return sheets


def test_the_workbook_a_worker_writes_is_the_one_written_here(
    first_run, corpus_dir, runner, tmp_path
):
    """The first run's workbook was written by an idle worker (the pool was there); a rerun
    with everything cached starts no worker and writes it in this process."""
    _, out = first_run
    assert runner.side_pool() is not None
    report = tmp_path / "report"
    shutil.copytree(out, report)
    (report / "report.xlsx").unlink()
    options = BatchOptions(
        inputs=[corpus_dir], out=report, annotate=True, ui_lang="fr", progress=False
    )
    summary = run_batch(options)
    assert summary.analysed == 0 and summary.reused == GOOD
    by_worker, here = _sheets(out / "report.xlsx"), _sheets(report / "report.xlsx")
    assert list(by_worker) == list(here)
    for name in list(here)[1:]:  # the summary sheet has the time of the run
        assert by_worker[name] == here[name]
    assert len(here["Problèmes"]) > 100
    assert not list(report.glob(".report.xlsx.*"))  # no temporary file left


class DeadWorkers:
    """A runner whose idle workers have died: the report's workbook cannot be written there."""

    def side_pool(self) -> DeadWorkers:
        return self

    def submit(self, *args: object) -> Future:
        future: Future = Future()
        future.set_exception(BrokenProcessPool("a worker died"))
        return future


def test_the_workbook_is_written_here_when_the_worker_writing_it_dies(
    first_run, corpus_dir, tmp_path
):
    _, out = first_run
    report = tmp_path / "report"
    shutil.copytree(out, report)
    (report / "report.xlsx").unlink()
    (report / ".report.xlsx.k2x9.tmp").write_bytes(b"PK")  # what the dead worker left
    options = BatchOptions(
        inputs=[corpus_dir], out=report, annotate=True, ui_lang="fr", progress=False
    )
    summary = run_batch(options, runner=DeadWorkers())  # type: ignore[arg-type]
    assert summary.analysed == 0
    assert not list(report.glob(".report.xlsx.*"))
    written = _sheets(report / "report.xlsx")
    assert written["Problèmes"] == _sheets(out / "report.xlsx")["Problèmes"]


def test_annotated_copies_carry_the_findings_as_comments(first_run, corpus_dir):
    _, out = first_run
    copy = out / "annotated" / "fr" / "avertissement_extrait_de_role.docx"
    comments = list(docx.Document(str(copy)).comments)
    assert len(comments) > 10
    assert any("Mot difficile" in c.text for c in comments)
    assert not (out / "annotated" / "fr" / "lettre_cpas_revenu_integration.txt").exists()
    assert not (out / "annotated" / "bad").exists()


def test_rerun_resumes_and_a_changed_file_is_analysed_again(
    first_run, corpus_dir, runner, tmp_path
):
    _, out = first_run
    # work on a copy of the report folder and the letters, to leave the module's files alone
    letters, report = tmp_path / "letters", tmp_path / "report"
    shutil.copytree(corpus_dir, letters)
    shutil.copytree(out, report)
    options = BatchOptions(
        inputs=[letters], out=report, annotate=True, ui_lang="fr", progress=False
    )
    again = run_batch(options, runner=runner)
    assert again.analysed == 0 and again.reused == GOOD and again.failed == BAD
    assert "Rapports précédents dans ce dossier" in (report / "index.html").read_text("utf-8")

    variant(letters / "fr" / "lettre_pension.docx", letters / "fr" / "lettre_pension.docx", 1, "fr")
    shutil.copy(letters / "nl" / "brief_pensioen.docx", letters / "nl" / "kopie.docx")
    changed = run_batch(options, runner=runner)
    # the changed letter is analysed again; the copy has known content and is not
    assert changed.analysed == 1 and changed.checked == GOOD + 1
    assert (report / "annotated" / "nl" / "kopie.docx").is_file()
    comments = docx.Document(str(report / "annotated/fr/lettre_pension.docx")).comments
    assert len(list(comments)) > 5


def test_progress_bar_shows_speed_and_time_left(corpus_dir, runner, tmp_path):
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=140)
    run_batch(
        BatchOptions(
            inputs=[corpus_dir / "nl"], out=tmp_path, formats=frozenset({"json"}), ui_lang="fr"
        ),
        runner=runner,
        console=console,
    )
    shown = stream.getvalue()
    assert "doc/s" in shown and "3/3" in shown
    # the report's own step has its bar too (minutes on a large corpus)
    assert "Écriture du rapport" in shown
    assert (tmp_path / "report.json").is_file() and not (tmp_path / "index.html").exists()
