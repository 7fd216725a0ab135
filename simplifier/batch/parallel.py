"""Run the analysis on all cores: a pool of worker processes forked from a server that has
already loaded the pipelines, fed a few documents at a time so that memory stays flat however
large the folder. A worker that dies (out of memory, a crash in a library) does not stop the
batch: the documents it had are retried one by one, and a document that kills a worker twice
is reported as failed. A worker that stops answering (stuck on a lock in a library, or
waiting forever on something) does not stop it either: when no document has been finished for
`stall_seconds`, the workers are stopped and the documents they had are retried one by one
with the same limit; one that takes longer is reported as failed."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from simplifier.batch.processes import worker_context
from simplifier.batch.results import failure
from simplifier.batch.worker import INTERNAL_ERROR, Outcome, Task, analyse, init_worker
from simplifier.nlp import SUPPORTED_LANGS

CRASHED = "batch.err.crashed"
STUCK = "batch.err.stuck"
# The longest document the limits accept (70,000 words) takes about 30 s, 2 minutes on a busy
# machine; ten minutes without any document finished means a worker no longer answers.
STALL_SECONDS = 600.0
OnOutcome = Callable[[Task, Outcome], None]


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class LocalRunner:
    """`jobs` worker processes on this machine."""

    def __init__(
        self,
        jobs: int | None = None,
        *,
        per_worker: int = 4,
        function: Callable[[Task], Outcome] = analyse,
        preload: bool = True,
        warm: bool = True,
        stall_seconds: float = STALL_SECONDS,
    ) -> None:
        self.jobs = jobs or default_jobs()
        self.stall_seconds = stall_seconds
        self.langs = SUPPORTED_LANGS if warm else ()
        self.limit = self.jobs * per_worker
        self.function = function
        self.context = worker_context()
        if self.context.get_start_method() == "forkserver":
            # the server imports these before forking workers; never the caller's main script
            self.context.set_forkserver_preload(["simplifier.batch.preload"] if preload else [])
        self.executor: ProcessPoolExecutor | None = None

    def workers(self) -> int:
        return self.jobs

    def side_pool(self) -> ProcessPoolExecutor | None:
        """The workers, once started, for other work while they are idle (the report)."""
        return self.executor

    def _pool(self) -> ProcessPoolExecutor:
        if self.executor is None:
            self.executor = ProcessPoolExecutor(
                self.jobs, mp_context=self.context, initializer=init_worker, initargs=(self.langs,)
            )
        return self.executor

    def start(self) -> None:
        """Start the workers now (they load the pipelines) rather than at the first task."""
        pool = self._pool()
        for future in [pool.submit(os.getpid) for _ in range(self.jobs)]:
            future.result()

    def run(self, tasks: Iterable[Task], on_outcome: OnOutcome) -> None:
        queue: Iterator[Task] = iter(tasks)
        suspects: deque[Task] = deque()
        pending: dict[Future[Outcome], Task] = {}

        def fill() -> None:
            while len(pending) < self.limit:
                task = next(queue, None)
                if task is None:
                    return
                pending[self._pool().submit(self.function, task)] = task

        fill()
        while pending or suspects:
            if suspects:  # after a crash: one at a time, to find the document that did it
                self._one_suspect(suspects.popleft(), on_outcome)
                if not suspects:
                    fill()
                continue
            done, _ = wait(pending, timeout=self.stall_seconds, return_when=FIRST_COMPLETED)
            if not done:  # nothing finished for too long: a worker no longer answers
                suspects.extend(pending.values())
                pending.clear()
                self._stop_workers()
                continue
            crashed = False
            for future in done:
                task = pending.pop(future)
                try:
                    outcome = future.result()
                except BrokenProcessPool:
                    crashed = True
                    suspects.append(task)
                    continue
                except Exception as exc:  # could not even send the task or its answer
                    outcome = _failed(task, f"{type(exc).__name__}: {exc}")
                on_outcome(task, outcome)
            if crashed:
                suspects.extend(pending.values())
                pending.clear()
                self._stop_workers()
            else:
                fill()

    def _one_suspect(self, task: Task, on_outcome: OnOutcome) -> None:
        try:
            outcome = self._pool().submit(self.function, task).result(timeout=self.stall_seconds)
        except FutureTimeout:
            self._stop_workers()
            minutes = max(1, round(self.stall_seconds / 60))
            outcome = Outcome(failure(task.digest, STUCK, minutes=minutes), cacheable=False)
        except BrokenProcessPool:
            self._stop_workers()
            outcome = Outcome(failure(task.digest, CRASHED), cacheable=False)
        except Exception as exc:
            outcome = _failed(task, f"{type(exc).__name__}: {exc}")
        on_outcome(task, outcome)

    def close(self, *, interrupted: bool = False) -> None:
        """Stop the workers; after Ctrl+C, without waiting for the documents they are on."""
        if interrupted:
            self._stop_workers()
            return
        executor, self.executor = self.executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    def _stop_workers(self) -> None:
        """End the workers now, whatever they are doing (a graceful shutdown would wait for a
        stuck one forever); the next task starts new ones."""
        executor, self.executor = self.executor, None
        if executor is None:
            return
        processes = list((getattr(executor, "_processes", None) or {}).values())
        # The pool's manager thread sees its workers gone and ends, closing its wake-up pipe.
        # Left running, it races the interpreter's exit, which wakes it through that pipe
        # while it closes it ("Bad file descriptor" printed after Ctrl+C, once in a while).
        # `shutdown` forgets it, so it is taken first.
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if process.is_alive():
                process.terminate()
        for process in processes:
            process.join(timeout=5)
            if process.is_alive():  # it ignored the request to end
                process.kill()
                process.join(timeout=5)
        if manager is not None:
            manager.join(timeout=10)


def _failed(task: Task, reason: str) -> Outcome:
    return Outcome(failure(task.digest, INTERNAL_ERROR, reason=reason[:300]), cacheable=False)
