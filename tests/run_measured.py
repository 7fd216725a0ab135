"""Run the real command line in a subprocess and measure its peak memory and wall time.

The child is started by a small wrapper process whose only child it is, so that the peak
resident memory `getrusage(RUSAGE_CHILDREN)` reports is the command's own, not that of other
processes the test session started."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

_WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
with open(sys.argv[1], "w") as handle:
    handle.write(f"{peak_kb} {time.perf_counter() - start}")
sys.exit(code)
"""


def run_measured(
    args: list[str],
    env: dict[str, str] | None = None,
    timeout: float = 60,
    input: bytes | None = None,
) -> tuple[subprocess.CompletedProcess[str], float, float]:
    """(the finished process, its peak memory in MB, its wall time in s) for
    `python ARGS...`; stdout and stderr are decoded as UTF-8."""
    with tempfile.TemporaryDirectory() as folder:
        figures = Path(folder) / "figures"
        done = subprocess.run(
            [sys.executable, "-c", _WRAPPER, str(figures), sys.executable, *args],
            capture_output=True,
            input=input,
            env={**os.environ, **(env or {})},
            timeout=timeout,
        )
        peak_kb, seconds = figures.read_text().split()
    text = subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )
    return text, int(peak_kb) / 1024, float(seconds)
