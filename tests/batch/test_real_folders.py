"""The real batch (a subprocess, as a user runs it) over a folder as real folders are: a named
pipe, links in a circle, links out of the folder, a folder that cannot be opened, a file name
that is not valid UTF-8, documentation beside the letters, French and Dutch letters and no
language setting; and a report folder with what a killed run left behind."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from simplifier.batch.run import BatchOptions, run_batch

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOT_UTF8 = b"lettre_\xe9t\xe9.txt"  # "lettre_été.txt" written in Latin-1
NOT_UTF8_SHOWN = "fr/lettre_\\xe9t\\xe9.txt"
# As root, a folder with mode 000 can still be read: the batch then runs without the
# capabilities that let root read anything (util-linux's setpriv).
SETPRIV = shutil.which("setpriv")
AS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
NO_OVERRIDE = (
    [SETPRIV, "--bounding-set=-dac_override,-dac_read_search"] if AS_ROOT and SETPRIV else []
)
CAN_CLOSE_FOLDERS = not AS_ROOT or bool(SETPRIV)
ENGLISH = (
    "How to use these files\n\nPut the letters in this folder and run the check every "
    "Monday. The report is written next to the folder and nobody else can see it.\n"
)
WHY = "Pourquoi il n'a pas été vérifié"  # the folder is mostly French: so is the report


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    report: Path

    def rows(self) -> dict[str, dict[str, str]]:
        with (self.report / "documents.csv").open(encoding="utf-8-sig", newline="") as f:
            return {row["Document"]: row for row in csv.DictReader(f)}


def make_folder(folder: Path) -> Path:
    (folder / "fr").mkdir(parents=True)
    (folder / "nl").mkdir()
    shutil.copy(SAMPLES / "fr" / "lettre_pension.txt", folder / "fr")
    shutil.copy(SAMPLES / "fr" / "lettre_onem_allocations.docx", folder / "fr")
    shutil.copy(SAMPLES / "nl" / "brief_pensioen.docx", folder / "nl")
    text = (SAMPLES / "fr" / "lettre_cpas_revenu_integration.txt").read_bytes()
    with open(os.fsencode(folder / "fr") + b"/" + NOT_UTF8, "wb") as handle:
        handle.write(text)
    return folder


def make_real_folder(base: Path) -> Path:
    """`make_folder` plus what real folders hold besides letters."""
    folder = make_folder(base / "letters")
    outside = base / "elsewhere"
    outside.mkdir()
    shutil.copy(SAMPLES / "fr" / "lettre_allocations_familiales.txt", outside / "secret.txt")
    os.mkfifo(folder / "pipe.txt")  # waits for a writer when opened the usual way
    (folder / "loop-a.txt").symlink_to("loop-b.txt")
    (folder / "loop-b.txt").symlink_to("loop-a.txt")
    (folder / "circle").symlink_to(".")  # a link to a folder inside: not followed, no row
    (folder / "gone.docx").symlink_to(base / "nothing-here.docx")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "elsewhere").symlink_to(outside)
    (folder / "same.txt").symlink_to(folder / "fr" / "lettre_pension.txt")  # inside: once
    (folder / "docs").mkdir()  # documentation, not letters
    shutil.copy(SAMPLES / "README.md", folder / "docs")
    shutil.copy(SAMPLES / "README.md", folder / "docs" / "README.txt")  # 38 % Dutch words
    (folder / "docs" / "notes.txt").write_text(ENGLISH, encoding="utf-8")
    closed = folder / "closed"
    closed.mkdir()
    shutil.copy(SAMPLES / "fr" / "lettre_pension.docx", closed)
    closed.chmod(0)
    return folder


def run_cli(
    folder: Path, report: Path, *options: str, prefix: Sequence[str] = (), timeout: float = 300
) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"  # a machine that says nothing about the user's language
    command = ["batch", str(folder), "--out", str(report), "--jobs", "1", "--no-progress"]
    command += ["--format", "html,csv,json", *options]
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "simplifier", *command],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return Run(done.returncode, done.stdout, done.stderr, report)


@pytest.fixture(scope="module")
def real_run(tmp_path_factory) -> Iterator[Run]:
    base = tmp_path_factory.mktemp("real")
    folder = make_real_folder(base)
    try:
        yield run_cli(folder, base / "report", prefix=NO_OVERRIDE, timeout=240)
    finally:
        (folder / "closed").chmod(0o755)


def test_a_named_pipe_is_left_out_not_waited_for(real_run: Run):
    row = real_run.rows()["pipe.txt"]
    assert row["État"] == "laissé de côté"
    assert "pas un fichier ordinaire" in row[WHY]


def test_links_in_a_circle_or_to_nothing_are_rows(real_run: Run):
    rows = real_run.rows()
    for name in ("loop-a.txt", "loop-b.txt", "gone.docx"):
        assert rows[name]["État"] == "laissé de côté", name
        assert "ne mène nulle part" in rows[name][WHY]
    assert not [name for name in rows if name.startswith("circle")]


def test_links_out_of_the_folder_are_not_followed(real_run: Run):
    rows = real_run.rows()
    for name in ("passwd.txt", "secret.txt", "elsewhere/"):
        assert rows[name]["État"] == "laissé de côté", name
        assert "hors des dossiers donnés" in rows[name][WHY]
    # what they lead to was not read: it is in no table nor page
    words = (real_run.report / "findings.csv").read_text(encoding="utf-8-sig")
    pages = "".join(p.read_text(encoding="utf-8") for p in (real_run.report / "pages").iterdir())
    assert "root:x:0" not in words + pages
    assert "allocations familiales" not in words + pages.lower()
    assert "same.txt" not in rows  # a link inside the folder: the letter is checked once
    assert "laissés de côté" in real_run.stdout


@pytest.mark.skipif(not CAN_CLOSE_FOLDERS, reason="root without setpriv reads every folder")
def test_a_folder_that_cannot_be_opened_is_a_row(real_run: Run):
    row = real_run.rows()["closed/"]
    assert row["État"] == "illisible"
    assert "Permission denied" in row[WHY]
    assert real_run.code == 1  # something could not be read
    assert "closed/: ce dossier ne s'ouvre pas" in real_run.stderr


def test_a_file_name_that_is_not_utf8_is_checked_and_shown_escaped(real_run: Run):
    assert "Traceback" not in real_run.stderr, real_run.stderr
    row = real_run.rows()[NOT_UTF8_SHOWN]
    assert row["Score (0-100)"]
    index = (real_run.report / "index.html").read_text(encoding="utf-8")
    assert "lettre_\\xe9t\\xe9.txt" in index
    left = [p.name for p in real_run.report.rglob("*.tmp")]
    assert not left, left


def test_a_rerun_removes_what_a_killed_run_left(runner, tmp_path: Path):
    report = tmp_path / "report"
    unfinished = [report / "pages" / ".0123456789abcdef-fr.html.k2j4_x9z.tmp"]
    unfinished.append(report / ".report.xlsx.abcdefgh.tmp")
    for path in unfinished:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
    (tmp_path / "letters").mkdir()
    shutil.copy(SAMPLES / "fr" / "lettre_pension.txt", tmp_path / "letters")
    summary = run_batch(
        BatchOptions([tmp_path / "letters"], report, formats=frozenset({"csv"}), progress=False),
        runner=runner,
    )
    assert summary.checked == 1
    assert not [p.name for p in report.rglob("*.tmp")]


def test_documentation_is_not_taken_for_a_letter(real_run: Run):
    rows = real_run.rows()
    assert "docs/README.md" not in rows  # .md: not a letter, as README and --help say
    for name in ("docs/README.txt", "docs/notes.txt"):
        assert rows[name]["État"] == "laissé de côté", name
        assert "ne ressemble pas à une lettre" in rows[name][WHY]


def test_every_line_speaks_the_language_of_most_letters(real_run: Run):
    """No --ui-lang, no SIMPLIFIER_LANG, a locale that says nothing: three French letters
    and one Dutch (the Dutch-looking documentation does not count) give French everywhere."""
    said = real_run.stdout + real_run.stderr
    assert "documents à vérifier" in said and "fichiers :" in said and "Rapport :" in said
    for english in ("documents to check", "starting", "files:", "Report:", "left out"):
        assert english not in said, english
    index = (real_run.report / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in index
    page = real_run.rows()["nl/brief_pensioen.docx"]["Page avec les problèmes marqués"]
    assert page.endswith("-fr.html")  # the Dutch letter's page speaks the report's language
