"""A French grammar checker's second opinion on a change: Grammalecte, out of process.

A change is sure only if the rewritten paragraph has no grammar fault that the paragraph
before it did not have. Grammalecte is optional (Debian's `python3-grammalecte`, GPL-3, run
by the system's Python through a pipe): without it this check is skipped and `available()`
says so. Measured on the real texts' changes that readers judged (see docs/quality.md): it
flags few of the wrong ones, and none of the right ones.
"""

from __future__ import annotations

import atexit
import json
import logging
import select
import subprocess
import threading
from collections import Counter
from pathlib import Path

log = logging.getLogger(__name__)

SYSTEM_PYTHON = "/usr/bin/python3"
_WORKER = Path(__file__).with_name("grammalecte_worker.py")
_TIMEOUT = 20.0  # seconds for one answer (the first includes loading the dictionary)


class GrammarOpinion:
    """One Grammalecte process, started at first use, shared by the threads of a process."""

    def __init__(self, python: str = SYSTEM_PYTHON) -> None:
        self._python = python
        self._process: subprocess.Popen[str] | None = None
        self._greeted = False
        self._failed = False
        self._lock = threading.Lock()
        self._cache: dict[str, Counter[tuple[str, str]]] = {}

    def available(self) -> bool:
        with self._lock:
            return self._start()

    def new_errors(self, before: str, after: str) -> list[tuple[str, str]]:
        """Faults the checker finds in `after` and not in `before` (as rule and words)."""
        with self._lock:
            if not self._start():
                return []
            try:
                found = self._errors(after) - self._errors(before)
            except (OSError, ValueError, TimeoutError) as exc:
                log.warning("grammar checker stopped answering (%s): its opinion is skipped", exc)
                self._stop()
                self._failed = True
                return []
        return sorted(found)

    def start_in_background(self) -> None:
        """Start the process without waiting for it: it loads its dictionary (half a second,
        on the other core) while the document is parsed, instead of when the first change
        is checked. Whether it works is found out at first use, as before."""
        with self._lock:
            if self._process is None and not self._failed:
                self._spawn()

    def _spawn(self) -> bool:
        if not Path(self._python).is_file():
            self._failed = True
            return False
        try:
            self._process = subprocess.Popen(
                [self._python, "-I", str(_WORKER)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                encoding="utf-8",
            )
        except OSError:
            self._failed = True
            return False
        self._greeted = False
        atexit.register(self._stop)
        return True

    def _start(self) -> bool:
        if self._failed:
            return False
        if self._process is None or self._process.poll() is not None:
            self._stop()
            if not self._spawn():
                return False
        if self._greeted:
            return True
        try:
            if not json.loads(self._read()).get("ready"):
                raise ValueError("no greeting")
        except (OSError, ValueError, TimeoutError):
            self._stop()
            self._failed = True  # not installed: do not try again in this process
            return False
        self._greeted = True
        return True

    def _errors(self, text: str) -> Counter[tuple[str, str]]:
        if text not in self._cache:
            assert self._process is not None and self._process.stdin is not None
            self._process.stdin.write(json.dumps({"text": text}) + "\n")
            self._process.stdin.flush()
            answer = json.loads(self._read())["errors"]
            if len(self._cache) > 2000:
                self._cache.clear()
            self._cache[text] = Counter((rule, words) for rule, words in answer)
        return self._cache[text]

    def _read(self) -> str:
        assert self._process is not None and self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], _TIMEOUT)
        if not ready:
            raise TimeoutError("no answer")
        line = self._process.stdout.readline()
        if not line:
            raise ValueError("the checker ended")
        return line

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None
        self._greeted = False


_FRENCH = GrammarOpinion()


def french() -> GrammarOpinion:
    """The process-wide French checker."""
    return _FRENCH
