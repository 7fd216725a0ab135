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


# A line that starts a list item: a dash or bullet, or "1." "2)" "a)".
_LIST_MARK = re.compile(r"^\s*(?:[-–—•*·▪►✓]|\d{1,2}[.)]|[a-z][.)])\s+")
HEADING_MAX_WORDS = 12
# The first line of a page or a letter, alone, is its title even when it is long: « Recours
# contre la décision de l'ONEM relative à l'interruption de carrière / au crédit-temps » (15
# words) got a sure explanation in brackets inside it.
TITLE_MAX_WORDS = 25


def split_blocks(text: str) -> list[tuple[int, str, str]]:
    """(offset, text, role) for each block of plain text; offsets index `text` with its line
    ends turned into "\n". Blocks end at blank lines; inside a stretch between blank lines,
    each line after one that ends with ":" is a list item of its own, and so is a line with a
    list mark or after one that ends with ";"; a short line without a full stop followed by a
    capital is a heading. In text that is not wrapped at a fixed width (copied from a web page
    or a word processor), a line that ends a sentence ends its paragraph. Other lines stay
    together (text wrapped by hand). The role says "heading", "list_item" or "" (running
    text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    result: list[tuple[int, str, str]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text + "\n\n"):
        chunk = text[position : match.start()]
        if chunk.strip():
            result += _lines_of(chunk, position)
        position = match.end()
    if result and not result[0][2] and _looks_like_title(result[0][1]):
        result[0] = (result[0][0], result[0][1], "heading")
    return result


def _lines_of(chunk: str, offset: int) -> list[tuple[int, str, str]]:
    """The blocks of one stretch between blank lines."""
    pieces: list[tuple[int, int]] = []  # (start, end) in chunk
    lines = chunk.split("\n")
    start = at = 0
    listing = False  # after a line that ends with ":": each line is an item
    wrapped = _wrapped(lines)
    for number, line in enumerate(lines):
        end = at + len(line)
        listing = listing or line.rstrip().endswith(":")
        if (
            number + 1 == len(lines)
            or listing
            or _breaks(line, lines[number + 1])
            or (not wrapped and _ends_a_paragraph(line, lines[number + 1]))
        ):
            pieces.append((start, end))
            start = end + 1
        at = end + 1
    blocks: list[tuple[int, str, str]] = []
    in_list = False
    for number, (a, b) in enumerate(pieces):
        raw = chunk[a:b]
        stripped = raw.strip()
        if not stripped:
            continue
        if _LIST_MARK.match(raw) or in_list:
            role = "list_item"
        elif number == 0 and _looks_like_heading(stripped):
            role = "heading"
        else:
            role = ""
        in_list = in_list or stripped.endswith((":", ";"))
        blocks.append((offset + a + raw.index(stripped), stripped, role))
    return blocks


WRAP_WIDTH = 100  # lines no longer than this, one after the other, are text wrapped by hand


def _wrapped(lines: list[str]) -> bool:
    """Text wrapped at a fixed width (an e-mail, a file typed with line ends): its lines are
    not paragraphs. Text copied from a web page or a word processor puts a paragraph on each
    line, and its lines are as long as their paragraphs."""
    return len(lines) < 2 or max(len(line) for line in lines[:-1]) <= WRAP_WIDTH


def _ends_a_paragraph(line: str, following: str) -> bool:
    """In text that is not wrapped, a line that ends a sentence before one that starts with a
    capital is a paragraph of its own (readers counted each such line as one; taken together,
    they made one « paragraph of 203 words » that was not there)."""
    return line.rstrip().endswith((".", "!", "?")) and following.lstrip()[:1].isupper()


def _breaks(line: str, following: str) -> bool:
    """A block ends after a list item (";"), before a list mark, and after a heading line."""
    stripped = line.strip()
    return (
        stripped.endswith(";")
        or bool(_LIST_MARK.match(following))
        or (_looks_like_heading(stripped) and following[:1].isupper())
    )


def _looks_like_heading(line: str, max_words: int = HEADING_MAX_WORDS) -> bool:
    """A short line that is not a sentence: no full stop, colon or comma at its end."""
    words = line.split()
    return (
        0 < len(words) <= max_words
        and not line.endswith((".", ":", ";", ",", "…"))
        and (line[:1].isupper() or line[:1].isdigit())
    )


def _looks_like_title(line: str) -> bool:
    """The document's first block, one line that is not a sentence nor a question."""
    return (
        "\n" not in line
        and not line.endswith(("?", "!"))
        and _looks_like_heading(line, TITLE_MAX_WORDS)
    )


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each block of plain text (see `split_blocks`)."""
    return [(offset, chunk) for offset, chunk, _ in split_blocks(text)]
