"""Task functions for the process pool tests (importable by the worker processes)."""

from __future__ import annotations

import os

from simplifier.batch.results import DocResult
from simplifier.batch.worker import Outcome, Task


def crash_on_poison(task: Task) -> Outcome:
    """Kills its worker process on a document named 'poison...', like a crash in a library."""
    if task.name.startswith("poison"):
        os._exit(1)
    return Outcome(DocResult(digest=task.digest, words=len(task.name)))
