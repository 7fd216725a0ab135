"""Start worker processes from the fork server without the caller's main script (see
`processes`). Only where a fork server exists (not on Windows)."""

from __future__ import annotations

import io
import multiprocessing
import os
from multiprocessing import context, forkserver, popen_forkserver, spawn, util

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
