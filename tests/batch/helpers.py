"""Task functions for the process pool tests (importable by the worker processes)."""

from __future__ import annotations

import os
import time

from simplifier.batch.results import DocResult
from simplifier.batch.worker import Outcome, Task


def crash_on_poison(task: Task) -> Outcome:
    """Kills its worker process on a document named 'poison...', like a crash in a library."""
    if task.name.startswith("poison"):
        os._exit(1)
    return Outcome(DocResult(digest=task.digest, words=len(task.name)))


def hang_on_stuck(task: Task) -> Outcome:
    """Never answers on a document named 'stuck...', like a worker waiting on a lock that
    nobody will release."""
    if task.name.startswith("stuck"):
        time.sleep(3600)
    return Outcome(DocResult(digest=task.digest, words=len(task.name)))


def main_module_of_worker(task: Task) -> Outcome:
    """Says in its result which main module the worker process has, if any."""
    import sys

    main = sys.modules.get("__mp_main__") or sys.modules.get("__main__")
    name = getattr(main, "__file__", None) or ""
    return Outcome(DocResult(digest=task.digest, lang=os.path.basename(name)))
