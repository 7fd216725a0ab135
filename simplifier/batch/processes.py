"""How the batch's worker processes start and end.

They start from a fork server without running the caller's main script: `multiprocessing`
normally sends each new process the path of the caller's `__main__` and runs it there as
`__mp_main__`. The batch's work functions live in importable modules, so the workers never
need it, and running it can do harm: Streamlit (the review app, and its test harness) sets
`sys.modules["__main__"]` to `app.py` and leaves it there, so every worker ran the app,
which opened the review database and failed (the launch itself is in `launch`).

They end with the process that started them, even when it is killed (`kill -9`). Otherwise
nothing ends them: a worker waits for work on a queue whose writing end the workers
themselves hold, the fork server lives while a worker holds its "alive" pipe, and the
resource tracker while any of them holds its pipe (measured in docs/robustness.md).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from multiprocessing.connection import wait

ORPHANED = 70  # exit status of a worker whose parent died (nobody reads it)


def worker_context() -> multiprocessing.context.BaseContext:
    """The context for the batch's process pool: the fork server where there is one (Linux,
    macOS), else spawn (Windows, where workers do run the main script: call the batch under
    `if __name__ == "__main__":` there)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        from simplifier.batch.launch import WorkerContext  # not importable on Windows

        return WorkerContext()
    return multiprocessing.get_context("spawn")


def exit_with_parent() -> None:
    """In a worker process: end it as soon as the process that started it is gone. The
    parent's end of a pipe is closed by the system when the parent dies, however it dies; a
    thread waits for that (no signal tied to a thread, as `PR_SET_PDEATHSIG` would be)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return
    sentinel = parent.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(ORPHANED)

    threading.Thread(target=watch, name="simplifier-parent-watch", daemon=True).start()
