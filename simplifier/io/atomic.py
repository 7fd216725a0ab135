"""Write outputs so that nothing is ever half-written and the user's input is never replaced."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from simplifier.errors import InputError


def write_atomically(path: str | Path, content: str | bytes) -> None:
    """Write to a temporary file beside `path`, then rename: a reader never sees half a file."""
    path = Path(path)
    # Encoded first: text that cannot be written (e.g. a file name that is not valid UTF-8)
    # must fail before a temporary file exists.
    data = content.encode("utf-8") if isinstance(content, str) else content
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def refuse_overwriting(source: str | Path, output: str | Path) -> None:
    """An output may never take the place of the document it was made from."""
    source, output = Path(source), Path(output)
    if output.exists() and source.exists() and os.path.samefile(source, output):
        raise InputError(output, "err.output_is_input")
    if output.resolve() == source.resolve():
        raise InputError(output, "err.output_is_input")
