"""A cache on disk for what every start of the command line would otherwise build again: the
rules and lexicons read from YAML, the lemmas of the lexicon terms, the code of the French
tokenizer's 1.4-million-character regular expression. Together they were most of the seconds a
one-page `simplifier check` took (docs/performance.md, issue 21).

Each entry is stored with its full key, made from the content of what it was built from and the
versions that shape it (the package, Python, spaCy and the pipeline): a changed file makes a new
key, so a stale entry is never read. An entry that cannot be read back (cut short, damaged,
written by another version of Python) is built again and replaced, never trusted. The cache lives
in `$XDG_CACHE_HOME/simplifier` (by default `~/.cache/simplifier`), holds only what the package's
own files give (never a letter), and may be deleted at any time; `SIMPLIFIER_NO_CACHE=1` turns it
off. A folder that cannot be written only makes the next start slower."""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
FORMAT = 1  # the layout of an entry; changed, every old entry is built again
_MISSING = object()


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/simplifier`, or `~/.cache/simplifier` when the variable is not set."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "simplifier"


def enabled() -> bool:
    return os.environ.get("SIMPLIFIER_NO_CACHE", "") in ("", "0")


def fingerprint(*parts: str | bytes) -> str:
    """SHA-256 of the parts, each length-prefixed so that ("ab", "c") and ("a", "bc") differ."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


# The package's modules whose code decides what an entry holds (the classes pickled, how they
# are validated and built): an entry made by other code is not read, even under the same
# version number (a checkout between releases, a developer's change).
SHAPING_MODULES = ("loader.py", "models.py", "checks/base.py", "regex_cache.py", "diskcache.py")


@functools.cache
def versions() -> str:
    """What shapes every entry besides its own sources: this package (its version and the code
    of SHAPING_MODULES), Python, spaCy."""
    import spacy

    from simplifier import __version__

    package = Path(__file__).parent
    code = code_fingerprint([package / name for name in SHAPING_MODULES])
    return (
        f"simplifier {__version__} ({code}); python {sys.version}; spacy {spacy.__version__}"
    )


def code_fingerprint(paths: list[Path]) -> str:
    """A short fingerprint of the files' content (a missing file counts as empty)."""
    return fingerprint(*(path.read_bytes() if path.is_file() else b"" for path in paths))[:16]


def _path(kind: str, key: str) -> Path:
    return cache_dir() / f"{kind}-{key[:32]}.pickle"


def load(kind: str, key: str) -> Any:
    """The value stored under `key`, or `_MISSING` when there is none or it cannot be trusted."""
    if not enabled():
        return _MISSING
    try:
        data = _path(kind, key).read_bytes()
        stored_format, stored_key, value = pickle.loads(data)
    except FileNotFoundError:
        return _MISSING
    except Exception:  # a damaged entry of any kind is simply built again
        return _MISSING
    if stored_format != FORMAT or stored_key != key:
        return _MISSING
    return value


def store(kind: str, key: str, value: Any) -> None:
    """Write the entry atomically (a reader never sees half of it); failures are ignored."""
    if not enabled():
        return
    path = _path(kind, key)
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((FORMAT, key, value), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception:  # a full disk, a read-only home, a value that cannot be pickled
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def cached(kind: str, key: str, build: Callable[[], T]) -> T:
    """The stored value for `key`, else `build()`, stored for the next run."""
    value = load(kind, key)
    if value is _MISSING:
        value = build()
        store(kind, key, value)
    return value
