"""Where the report's files go, and how a large one is written without holding it in memory.

Small files are written with `simplifier.io.atomic.write_atomically`. The tables with one row
per finding can hold millions of rows; `atomic_path` gives the same guarantee (a temporary
file beside the target, renamed when complete, removed on failure) for a file written piece by
piece."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

INDEX = "index.html"
PAGES = "pages"
ANNOTATED = "annotated"
CACHE = ".simplifier-cache/results.sqlite"
HISTORY = ".simplifier-cache/history.json"
DOCUMENTS_CSV = "documents.csv"
FINDINGS_CSV = "findings.csv"
PARITY_CSV = "parity.csv"  # letters in French and Dutch compared: one row per difference
XLSX = "report.xlsx"
JSON = "report.json"
FORMATS = ("html", "csv", "xlsx", "json")
# What `tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp")` makes (here and in `write_atomically`).
_TEMPORARY = re.compile(r"\..+\.[a-z0-9_]+\.tmp")


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write to; it becomes `path` when the block ends without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def annotated_name(name: str) -> str:
    """Where the annotated copy of the document called `name` in the report goes."""
    return f"{ANNOTATED}/{name}"


def remove_unfinished(out: Path) -> int:
    """Remove the temporary files an earlier run left in the report folder when it was
    killed or crashed while writing (their content is incomplete); how many there were.
    One report folder serves one run at a time."""
    removed = 0
    for folder, _, files in os.walk(out):
        for name in files:
            if _TEMPORARY.fullmatch(name):
                Path(folder, name).unlink(missing_ok=True)
                removed += 1
    return removed
