"""The real batch (a subprocess, as a user runs it) over a folder as real folders are: a file
name that is not valid UTF-8, a report folder with what a killed run left behind."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from simplifier.batch.run import BatchOptions, run_batch

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
NOT_UTF8 = b"lettre_\xe9t\xe9.txt"  # "lettre_été.txt" written in Latin-1
NOT_UTF8_SHOWN = "fr/lettre_\\xe9t\\xe9.txt"


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


def run_cli(folder: Path, report: Path, *options: str, timeout: float = 300) -> Run:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"  # a machine that says nothing about the user's language
    command = ["batch", str(folder), "--out", str(report), "--jobs", "1", "--no-progress"]
    done = subprocess.run(
        [sys.executable, "-m", "simplifier", *command, "--format", "html,csv,json", *options],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )
    return Run(done.returncode, done.stdout, done.stderr, report)


@pytest.fixture(scope="module")
def real_run(tmp_path_factory) -> Run:
    base = tmp_path_factory.mktemp("real")
    return run_cli(make_folder(base / "letters"), base / "report")


def test_a_file_name_that_is_not_utf8_is_checked_and_shown_escaped(real_run: Run):
    assert "Traceback" not in real_run.stderr, real_run.stderr
    assert real_run.code == 0, real_run.stderr
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
