"""Read plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or a legacy Windows
encoding recognised with confidence; anything else is refused with a clear message."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from simplifier.errors import InputError

# Encodings a Belgian office file can plausibly be in besides UTF-8.
ACCEPTED_LEGACY = {"cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "iso8859_1"}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")


def decode_text(data: bytes, path: str | Path) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", path)
    if b"\x00" in data[:8192]:
        raise InputError(path, "err.binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    results = [r for r in from_bytes(data) if r.encoding in ACCEPTED_LEGACY]
    if not results:
        raise InputError(path, "err.encoding")
    # Several single-byte code pages often fit equally well; Windows-1252 is the one Belgian
    # offices use, so it wins among the least chaotic.
    least = min(r.chaos for r in results)
    fitting = [r for r in results if r.chaos <= least + 0.01]
    chosen = next((r for r in fitting if r.encoding == "cp1252"), fitting[0])
    return str(chosen)


def _strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(path, "err.encoding") from exc


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for each stretch between blank lines; offsets index `text` with its
    line ends turned into "\\n"."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    result = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n\n"):
        chunk = text[position : match.start()]
        stripped = chunk.strip()
        if stripped:
            result.append((position + chunk.index(stripped), stripped))
        position = match.end()
    return result
