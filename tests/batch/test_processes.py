"""The batch's worker processes: they never run the caller's main script, and they end with
the batch however it ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from simplifier.batch.bench import generate
from simplifier.batch.parallel import LocalRunner
from simplifier.batch.worker import Task
from tests.batch.helpers import main_module_of_worker
from tests.batch.proc import alive, descendants, rss_mb


def test_workers_do_not_run_the_callers_main_script(tmp_path: Path, monkeypatch):
    """What Streamlit leaves behind (the app tests, or the app itself): `__main__` is a
    module whose file is app.py. Workers used to run that file; here it leaves a mark."""
    mark = tmp_path / "ran"
    script = tmp_path / "caller_app.py"
    script.write_text(f"from pathlib import Path\nPath({str(mark)!r}).write_text('ran')\n")
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    received = {}
    pool = LocalRunner(jobs=1, function=main_module_of_worker, warm=False)
    try:
        pool.run(
            [Task(f"{i:064d}", "", f"{i}.txt") for i in range(3)],
            lambda task, outcome: received.__setitem__(task.name, outcome),
        )
    finally:
        pool.close()
    assert not mark.exists(), "a worker ran the caller's main script"
    assert all(o.result.ok for o in received.values()), received
    assert {o.result.lang for o in received.values()} != {"caller_app.py"}
    assert len(received) == 3


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_with_the_batch_when_it_is_killed(tmp_path: Path):
    """`kill -9` of a real batch: its fork server, workers and resource tracker used to stay
    alive (1.7 GB) until killed by hand."""
    letters, report = tmp_path / "letters", tmp_path / "report"
    generate(letters, 8)
    command = ["batch", str(letters), "--out", str(report), "--jobs", "2", "--no-progress"]
    batch = subprocess.Popen(
        [sys.executable, "-m", "simplifier", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    tree: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while len(tree) < 4 and time.monotonic() < deadline and batch.poll() is None:
            time.sleep(0.2)  # resource tracker, fork server, two workers
            tree = descendants(batch.pid)
        assert len(tree) >= 4 and batch.poll() is None, f"the workers did not start: {tree}"
        os.kill(batch.pid, signal.SIGKILL)
        batch.wait()
        deadline = time.monotonic() + 10
        while any(alive(p) for p in tree) and time.monotonic() < deadline:
            time.sleep(0.1)
        left = [p for p in tree if alive(p)]
        assert not left, f"{len(left)} processes outlived the batch ({rss_mb(left):.0f} MB)"
    finally:
        for pid in tree:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
