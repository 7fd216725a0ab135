"""Find the documents to check: .docx and .txt files under the given folders (and files given
by name), each with a short, unique name relative to what the user typed.

Folders are taken as users have them. A link is followed only to a place inside the folders
given (a link to /etc/passwd is not read); a link out of them, a link that leads nowhere or in
a circle, and a folder that cannot be opened become rows of the report, not a crash and not
silence."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from simplifier.batch.results import DocResult, failure, skipped
from simplifier.io import DOCX_SUFFIXES

# Letters: Word files and plain text, as the README and --help say. Legacy Word files are
# picked up too, so that the report tells the user to convert them. Markdown (.md) is left
# out: in a folder it is documentation (a README), not a letter; a file given by name is
# checked whatever its kind.
FOUND_SUFFIXES = frozenset(DOCX_SUFFIXES | {".doc", ".txt"})
FOLDER_UNREADABLE = "batch.err.folder"
LINK_OUTSIDE = "batch.skip.link_outside"
LINK_BROKEN = "batch.skip.broken_link"


@dataclass(frozen=True)
class Item:
    """One file of the batch: `path` on disk and `rel`, its name in the report (forward
    slashes, unique within the batch, always valid text; the annotated copy is written under
    this name). `result` is set when the row is known without reading anything: a file left
    out or a folder that could not be opened."""

    index: int
    path: Path
    rel: str
    result: DocResult | None = None


@dataclass(frozen=True)
class _Found:
    path: Path
    rel: str  # relative to the folder given
    result: DocResult | None = None
    link: bool = False  # a link to a file inside the folders


def printable(name: str | Path) -> str:
    """`name` as text that can be written anywhere: a file name that is not valid UTF-8
    (Python keeps its bytes as lone surrogates) shows them escaped, "lettre_\\xe9.txt",
    instead of failing the report, the console or the JSON."""
    return os.fsencode(str(name)).decode("utf-8", "backslashreplace")


def _wanted(name: str) -> bool:
    # "~$lettre.docx" is Word's lock file of an open document; dot files are hidden.
    return not name.startswith((".", "~$")) and Path(name).suffix.lower() in FOUND_SUFFIXES


def _target(link: Path) -> Path | None:
    """Where a link leads, or None when it leads nowhere or in a circle."""
    try:
        return Path(os.path.realpath(link, strict=True))
    except (OSError, RuntimeError):
        return None


def _link_row(link: Path, rel: str, roots: list[Path]) -> _Found | None:
    """The row of a link that is not followed (None for a link inside the folders given)."""
    target = _target(link)
    if target is None:
        return _Found(link, rel, skipped("", LINK_BROKEN))
    if not any(target.is_relative_to(root) for root in roots):
        return _Found(link, rel, skipped("", LINK_OUTSIDE))
    return None


def _walk(folder: Path, roots: list[Path], skip: set[Path]) -> list[_Found]:
    found: list[_Found] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename)
        rel = where.relative_to(folder).as_posix() if where != folder else folder.name
        reason = error.strerror or type(error).__name__
        found.append(_Found(where, rel + "/", failure("", FOLDER_UNREADABLE, reason=reason)))

    for root, dirs, files in os.walk(folder, onerror=unreadable, followlinks=False):
        here = Path(root)
        base = here.relative_to(folder)
        kept = []
        for name in sorted(dirs):
            path = here / name
            if name.startswith(".") or Path(os.path.realpath(path)) in skip:
                continue
            if path.is_symlink():
                # a link to a folder inside: its files are found where they really are
                row = _link_row(path, (base / name).as_posix() + "/", roots)
                found += [row] if row else []
            else:
                kept.append(name)
        dirs[:] = kept
        for name in sorted(files):
            if not _wanted(name):
                continue
            path, rel = here / name, (base / name).as_posix()
            link = path.is_symlink()
            row = _link_row(path, rel, roots) if link else None
            found.append(row or _Found(path, rel, link=link))
    return found


def discover(inputs: list[Path], exclude: list[Path] | None = None) -> list[Item]:
    """The files under `inputs` (folders are walked recursively, hidden folders and the
    folders in `exclude` are left out) in a stable order. Names in the report are relative to
    the folder given; with several inputs they start with the folder's name. A file given by
    name is read wherever it is; inside folders, links are followed only within `inputs`."""
    skip = {Path(os.path.realpath(p)) for p in exclude or []}
    roots = [Path(os.path.realpath(p)) for p in inputs if p.is_dir()]
    several = len(inputs) > 1
    named: list[tuple[str, _Found]] = []
    taken: set[str] = set()
    for given in inputs:
        if given.is_dir():
            prefix = (
                _unique(printable(given.resolve().name or "root"), taken) + "/" if several else ""
            )
            named += [(prefix + printable(f.rel), f) for f in _walk(given, roots, skip)]
        else:
            named.append((printable(given.name), _Found(given, given.name)))
    # A file found twice (given twice, or through a link) is checked once, under its own
    # name rather than a link's.
    reals = [Path(os.path.realpath(f.path)) if f.result is None else None for _, f in named]
    owner: dict[Path, int] = {}
    for index, ((_, found), real) in enumerate(zip(named, reals, strict=True)):
        if real is not None and (
            real not in owner or (named[owner[real]][1].link and not found.link)
        ):
            owner[real] = index
    kept = [
        entry
        for index, (entry, real) in enumerate(zip(named, reals, strict=True))
        if real is None or owner[real] == index
    ]
    return [Item(i, f.path, _unique(name, taken), f.result) for i, (name, f) in enumerate(kept)]


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or `name-2`, `name-3`... (before the extension) when already taken."""
    candidate, number = name, 1
    stem, dot, suffix = name.rpartition(".")
    while candidate.lower() in taken:
        number += 1
        candidate = f"{stem}-{number}.{suffix}" if dot and "/" not in suffix else f"{name}-{number}"
    taken.add(candidate.lower())
    return candidate


_LANG_SUFFIX = re.compile(r"^(?P<stem>.+)[_-](?P<lang>fr|nl)$", re.I)


def language_pairs(items: list[Item]) -> list[tuple[str, Item, Item]]:
    """Letters found in French and in Dutch: `x_fr.docx` with `x_nl.docx` (or `x-fr`/`x-nl`,
    any .docx or .txt) in one folder, or the same name under folders `fr/` and `nl/`. Each
    as (name of the letter, French item, Dutch item), in the batch's order."""
    keyed: dict[tuple[str, str], Item] = {}
    for item in items:
        if item.result is not None:
            continue
        parts = item.rel.split("/")
        stem, _, suffix = parts[-1].rpartition(".")
        match = _LANG_SUFFIX.match(stem)
        if match:
            name = "/".join([*parts[:-1], match.group("stem")])
            keyed.setdefault((name + "." + suffix.lower(), match.group("lang").lower()), item)
        folders = [i for i, part in enumerate(parts[:-1]) if part.lower() in ("fr", "nl")]
        if folders:
            at = folders[-1]
            name = "/".join([*parts[:at], "fr|nl", *parts[at + 1 :]])
            keyed.setdefault((name, parts[at].lower()), item)
    found = [
        (name if "fr|nl" in name else name.rsplit(".", 1)[0], item, keyed[name, "nl"])
        for (name, lang), item in keyed.items()
        if lang == "fr" and (name, "nl") in keyed
    ]
    return sorted(found, key=lambda pair: pair[1].index)
