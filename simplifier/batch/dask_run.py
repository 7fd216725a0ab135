"""Run the analysis on a Dask cluster (`--scheduler tcp://host:8786`), for archives too large
for one machine. The workers need simplifier installed (same version) but not the files: each
document's bytes travel with its task and the results come back to this process, which keeps
the cache and writes the report, exactly as with local processes."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from simplifier.batch.parallel import CRASHED, OnOutcome, _failed
from simplifier.batch.results import failure
from simplifier.batch.worker import Outcome, Task, analyse, warm_up


class DaskRunner:
    def __init__(self, address: str, *, per_worker: int = 4, timeout: float = 30) -> None:
        from distributed import Client

        self.client = Client(address, timeout=timeout, set_as_default=False)
        self.per_worker = per_worker
        self.run_id = uuid.uuid4().hex[:8]
        self.outstanding: set = set()  # futures submitted and not yet collected

    def workers(self) -> int:
        workers = self.client.scheduler_info(n_workers=-1)["workers"].values()
        return max(1, sum(w.get("nthreads", 1) for w in workers))

    def side_pool(self) -> None:
        """None: the cluster's workers may not see the report folder."""
        return None

    def start(self) -> None:
        """Every worker loads the pipelines now, in a task (not in its event loop)."""
        workers = list(self.client.scheduler_info(n_workers=-1)["workers"])
        futures = [
            self.client.submit(
                warm_up,
                key=f"simplifier-warm-up-{self.run_id}-{i}",
                workers=[address],
                allow_other_workers=False,
                pure=False,
            )
            for i, address in enumerate(workers)
        ]
        self.client.gather(futures)

    def run(self, tasks: Iterable[Task], on_outcome: OnOutcome) -> None:
        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        limit = self.workers() * self.per_worker
        queue = iter(tasks)
        counter = itertools.count()
        first: list = []
        by_key: dict[str, Task] = {}

        def submit(into: Any) -> bool:
            task = next(queue, None)
            if task is None:
                return False
            payload = (
                task if task.data is not None else replace(task, data=Path(task.path).read_bytes())
            )
            key = f"simplifier-analyse-{self.run_id}-{next(counter)}"
            future = self.client.submit(analyse, payload, key=key, pure=False)
            self.outstanding.add(future)
            into.append(future) if isinstance(into, list) else into.add(future)
            by_key[key] = task
            return True

        for _ in range(limit):
            if not submit(first):
                break
        if not first:
            return
        running = as_completed(first, loop=self.client.loop)
        for future in running:
            task = by_key.pop(future.key)
            self.outstanding.discard(future)
            try:
                outcome: Outcome = future.result()
            except KilledWorker:
                outcome = Outcome(failure(task.digest, CRASHED), cacheable=False)
            except Exception as exc:
                outcome = _failed(task, f"{type(exc).__name__}: {exc}")
            future.release()
            on_outcome(task, outcome)
            submit(running)

    def close(self, *, interrupted: bool = False) -> None:
        try:
            if interrupted and self.outstanding:
                self.client.cancel(list(self.outstanding), force=True)
        finally:
            self.outstanding.clear()
            self.client.close()
