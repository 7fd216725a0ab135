"""`simplifier batch` from the command line: exit codes, messages, Ctrl+C and resume, and a
worker that dies."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simplifier.batch import run as batch_run
from simplifier.batch.bench import generate
from simplifier.batch.parallel import CRASHED, STUCK, LocalRunner
from simplifier.batch.run import BatchOptions, run_batch
from simplifier.batch.worker import Task
from simplifier.cli import app
from tests.batch.corpus import BAD, GOOD
from tests.batch.helpers import crash_on_poison, hang_on_stuck

cli = CliRunner()


class Shared:
    """The session's pool, lent to the command (which would otherwise start its own)."""

    def __init__(self, runner: LocalRunner) -> None:
        self.runner = runner

    def __getattr__(self, name):
        return getattr(self.runner, name)

    def close(self, *, interrupted: bool = False) -> None:
        pass


@pytest.fixture
def shared_pool(runner, monkeypatch):
    monkeypatch.setattr(batch_run, "_make_runner", lambda options: Shared(runner))


def test_exit_code_says_whether_files_failed(shared_pool, corpus_dir, tmp_path):
    result = cli.invoke(
        app,
        [
            "batch",
            str(corpus_dir),
            "--out",
            str(tmp_path / "r"),
            "--ui-lang",
            "fr",
            "--no-progress",
        ],
    )
    assert result.exit_code == 1, result.output
    assert f"{GOOD + BAD} fichiers : {GOOD} vérifiés" in result.output
    assert "bad/protege.docx: le document est protégé" in result.output
    assert f"Rapport : {tmp_path / 'r' / 'index.html'}" in result.output

    clean = cli.invoke(
        app,
        [
            "batch",
            str(corpus_dir / "nl"),
            "--out",
            str(tmp_path / "nl"),
            "--ui-lang",
            "nl",
            "--format",
            "csv,json",
            "--no-progress",
        ],
    )
    assert clean.exit_code == 0, clean.output
    assert "3 bestanden: 3 nagekeken" in clean.output
    assert f"Rapport: {tmp_path / 'nl' / 'documents.csv'}" in clean.output  # a file that exists
    assert (tmp_path / "nl" / "documents.csv").is_file()
    assert not (tmp_path / "nl" / "report.xlsx").exists()


def test_usage_errors_exit_2(tmp_path):
    missing = cli.invoke(app, ["batch", str(tmp_path / "absent"), "--out", str(tmp_path / "r")])
    assert missing.exit_code == 2 and "not found" in missing.output
    (tmp_path / "empty").mkdir()
    empty = cli.invoke(app, ["batch", str(tmp_path / "empty"), "--out", str(tmp_path / "r")])
    assert empty.exit_code == 2 and "no .docx or .txt file found" in empty.output
    bad_format = cli.invoke(
        app, ["batch", str(tmp_path), "--out", str(tmp_path / "r"), "--format", "pdf"]
    )
    assert bad_format.exit_code == 2


def _cached(report: Path) -> int:
    database = report / ".simplifier-cache" / "results.sqlite"
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(database) as db:
            return db.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_ctrl_c_stops_cleanly_and_a_rerun_resumes(runner, tmp_path):
    letters, report = tmp_path / "letters", tmp_path / "report"
    count = 40  # enough that Ctrl+C lands while documents are being analysed
    generate(letters, count)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "simplifier",
            "batch",
            str(letters),
            "--out",
            str(report),
            "--jobs",
            "1",
            "--ui-lang",
            "en",
            "--no-progress",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        # as in a terminal: a run started in the background ("make test &") ignores Ctrl+C,
        # and its children would inherit that
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        deadline = time.monotonic() + 120
        while _cached(report) < 2 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
        seen, running = _cached(report), process.poll() is None
        os.killpg(process.pid, signal.SIGINT)  # what Ctrl+C in a terminal does
        stderr = process.communicate(timeout=30)[1]
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    assert running, f"the batch ended before Ctrl+C was sent ({seen} results seen): {stderr}"
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    assert "run the same command again to finish" in stderr
    assert not (report / "index.html").exists()
    done = _cached(report)
    assert 2 <= done < count

    resumed = run_batch(BatchOptions(inputs=[letters], out=report, progress=False), runner=runner)
    assert resumed.reused == done and resumed.analysed == count - done
    assert resumed.checked == count and (report / "index.html").is_file()


def test_a_worker_that_stops_answering_is_replaced_and_the_batch_ends():
    names = ["a.docx", "stuck.docx", "b.docx", "c.docx", "d.docx", "e.docx", "f.docx"]
    tasks = [Task(f"{i:064d}", "", name) for i, name in enumerate(names)]
    received = {}
    pool = LocalRunner(jobs=2, per_worker=2, function=hang_on_stuck, warm=False, stall_seconds=4)
    # in a thread, so that a batch that never ends fails the test instead of hanging it
    runner = threading.Thread(
        target=pool.run,
        args=(tasks, lambda task, outcome: received.__setitem__(task.name, outcome)),
        daemon=True,
    )
    started = time.monotonic()
    try:
        runner.start()
        runner.join(timeout=120)
        assert not runner.is_alive(), f"the batch did not end; results so far: {sorted(received)}"
    finally:
        pool.close(interrupted=True)
    assert set(received) == set(names)
    assert received["stuck.docx"].result.error_code == STUCK
    assert not received["stuck.docx"].cacheable
    assert all(received[n].result.ok for n in names if n != "stuck.docx")
    assert time.monotonic() - started < 60  # two waits of 4 s, not the hour it sleeps


def test_a_document_that_kills_its_worker_is_reported_and_the_others_go_on():
    tasks = [
        Task(f"{i:064d}", "", name)
        for i, name in enumerate(["a.docx", "poison.docx", "b.docx", "c.docx", "d.docx", "e.docx"])
    ]
    received = {}
    pool = LocalRunner(jobs=2, per_worker=2, function=crash_on_poison, warm=False)
    try:
        pool.run(tasks, lambda task, outcome: received.__setitem__(task.name, outcome))
    finally:
        pool.close()
    assert set(received) == {t.name for t in tasks}
    assert received["poison.docx"].result.error_code == CRASHED
    assert not received["poison.docx"].cacheable
    assert all(received[n].result.ok for n in received if n != "poison.docx")


def test_after_ctrl_c_no_pool_thread_is_left_for_the_exit_to_race():
    # The pool's manager thread, left running after Ctrl+C, raced the interpreter's exit
    # (a "Bad file descriptor" traceback once in a while): it must have ended with the close.
    pool = LocalRunner(jobs=1, per_worker=1, function=hang_on_stuck, warm=False)
    pool.start()
    executor = pool.executor
    assert executor is not None
    busy = executor.submit(hang_on_stuck, Task("0" * 64, "", "stuck.docx"))
    time.sleep(1)  # the worker is on the document that never ends
    assert not busy.done()
    manager = executor._executor_manager_thread
    assert manager is not None and manager.is_alive()
    pool.close(interrupted=True)  # what the batch does on Ctrl+C
    assert not manager.is_alive()
