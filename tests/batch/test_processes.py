"""The batch's worker processes: they never run the caller's main script."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from simplifier.batch.parallel import LocalRunner
from simplifier.batch.worker import Task
from tests.batch.helpers import main_module_of_worker


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
