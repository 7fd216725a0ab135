"""Find the documents to check: .docx and .txt files under the given folders (and files given
by name), each with a short, unique name relative to what the user typed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from simplifier.io import SUPPORTED_SUFFIXES

# Legacy Word files are picked up too, so that the report tells the user to convert them.
FOUND_SUFFIXES = frozenset(SUPPORTED_SUFFIXES | {".doc"})


@dataclass(frozen=True)
class Item:
    """One file of the batch: `path` on disk and `rel`, its name in the report (forward
    slashes, unique within the batch, always valid text; the annotated copy is written under
    this name)."""

    index: int
    path: Path
    rel: str


def printable(name: str | Path) -> str:
    """`name` as text that can be written anywhere: a file name that is not valid UTF-8
    (Python keeps its bytes as lone surrogates) shows them escaped, "lettre_\\xe9.txt",
    instead of failing the report, the console or the JSON."""
    return os.fsencode(str(name)).decode("utf-8", "backslashreplace")


def _wanted(name: str) -> bool:
    # "~$lettre.docx" is Word's lock file of an open document; dot files are hidden.
    return not name.startswith((".", "~$")) and Path(name).suffix.lower() in FOUND_SUFFIXES


def _walk(folder: Path, skip: set[Path]) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        here = Path(root)
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and (here / d).resolve() not in skip
        )
        found += [here / name for name in sorted(files) if _wanted(name)]
    return found


def discover(inputs: list[Path], exclude: list[Path] | None = None) -> list[Item]:
    """The files under `inputs` (folders are walked recursively, hidden folders and the
    folders in `exclude` are left out) in a stable order. Names in the report are relative to
    the folder given; with several inputs they start with the folder's name."""
    skip = {p.resolve() for p in exclude or []}
    several = len(inputs) > 1
    items: list[Item] = []
    taken: set[str] = set()
    seen: set[Path] = set()
    for given in inputs:
        if given.is_dir():
            prefix = (
                _unique(printable(given.resolve().name or "root"), taken) + "/" if several else ""
            )
            pairs = [
                (p, prefix + printable(p.relative_to(given).as_posix())) for p in _walk(given, skip)
            ]
        else:
            pairs = [(given, printable(given.name))]
        for path, rel in pairs:
            resolved = path.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            name = _unique(rel, taken)
            items.append(Item(len(items), path, name))
    return items


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name-2`, `name-3`... (before the extension) when already taken."""
    candidate, number = name, 1
    stem, dot, suffix = name.rpartition(".")
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem}-{number}.{suffix}" if dot and "/" not in suffix else f"{name}-{number}"
    taken.add(candidate.lower())
    return candidate
