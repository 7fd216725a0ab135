"""How the batch's worker processes start and end.

They start from a fork server without running the caller's main script: `multiprocessing`
normally sends each new process the path of the caller's `__main__` and runs it there as
`__mp_main__`. The batch's work functions live in importable modules, so the workers never
need it, and running it can do harm: Streamlit (the review app, and its test harness) sets
`sys.modules["__main__"]` to `app.py` and leaves it there, so every worker ran the app,
which opened the review database and failed.

They end with the process that started them, even when it is killed (`kill -9`). Otherwise
nothing ends them: a worker waits for work on a queue whose writing end the workers
themselves hold, the fork server lives while a worker holds its "alive" pipe, and the
resource tracker while any of them holds its pipe (measured in docs/robustness.md).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import threading
from multiprocessing import context, forkserver, popen_forkserver, spawn, util
from multiprocessing.connection import wait

ORPHANED = 70  # exit status of a worker whose parent died (nobody reads it)
# The keys that make a new process run the caller's main script (`spawn.prepare`).
MAIN_KEYS = ("init_main_from_name", "init_main_from_path")


class _Popen(popen_forkserver.Popen):
    """The standard fork-server launch (Python 3.11 to 3.14 have the same `_launch`), with
    the caller's main script left out of the preparation data. Everything is local to this
    process object: no global is changed, so it is safe while other threads run."""

    def _launch(self, process_obj: multiprocessing.process.BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        for key in MAIN_KEYS:
            prep_data.pop(key, None)
        buf = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            context.reduction.dump(prep_data, buf)
            context.reduction.dump(process_obj, buf)
        finally:
            context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        # As in the standard launch: the child watches this pipe to know its parent lives.
        parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: multiprocessing.process.BaseProcess) -> _Popen:
        return _Popen(process_obj)


class WorkerContext(context.ForkServerContext):
    """A fork-server context whose processes do not run the caller's main script."""

    Process = _Process


def worker_context() -> multiprocessing.context.BaseContext:
    """The context for the batch's process pool: the fork server where there is one (Linux,
    macOS), else spawn (Windows, where workers do run the main script: call the batch under
    `if __name__ == "__main__":` there)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
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
