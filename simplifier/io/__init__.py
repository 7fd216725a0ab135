"""Readers: turn a .docx, a .txt or pasted text into blocks with their place in the source."""

from __future__ import annotations

import io
from pathlib import Path
from typing import BinaryIO

from simplifier.errors import InputError
from simplifier.io.docx_reader import RawBlock, TextBudget, read_docx
from simplifier.io.limits import DEFAULT_LIMITS, MB, Limits
from simplifier.io.sniff import describe_zip, ole_kind, sniff, sniff_bytes
from simplifier.io.txt_reader import decode_text, split_blocks
from simplifier.models import BLOCK_SEPARATOR, Block

DOCX_SUFFIXES = {".docx", ".docm", ".dotx", ".dotm"}
TEXT_SUFFIXES = {".txt", ".text", ".md"}
SUPPORTED_SUFFIXES = DOCX_SUFFIXES | TEXT_SUFFIXES


def read_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> list[Block]:
    """The blocks of a .docx or .txt file, or an InputError that says what is wrong."""
    path = Path(path)
    _check_size(path, limits)
    suffix = path.suffix.lower()
    kind = sniff(path)
    if suffix in DOCX_SUFFIXES or suffix == ".doc" or (kind == "zip" and not suffix):
        return _read_word(path, suffix, kind, limits)
    if suffix in TEXT_SUFFIXES:
        if kind in ("zip", "ole", "pdf"):
            raise InputError(path, "err.binary")
        return read_text(decode_text(path.read_bytes(), path), limits=limits, source=path)
    raise InputError(path, "err.unsupported", ext=suffix or path.name)


def read_bytes(
    data: bytes, source: str = "<stdin>", limits: Limits = DEFAULT_LIMITS
) -> list[Block]:
    """The blocks of a document that comes without a name (standard input): a .docx, or text
    in any encoding a .txt file may have, told from the content alone, with the same checks
    and messages as a file."""
    if not data:
        raise InputError(source, "err.empty")
    if len(data) > limits.max_file_bytes:
        raise InputError(
            source,
            "err.too_large",
            size=round(len(data) / MB, 1),
            limit=limits.max_file_bytes // MB,
        )
    kind = sniff_bytes(data[:8])
    if kind in ("zip", "ole"):
        return _read_word(Path(source), "", kind, limits, io.BytesIO(data))
    if kind in ("pdf", "rtf"):
        raise InputError(source, "err.not_document", what=kind)
    try:
        text = decode_text(data, source)
    except InputError as exc:
        if exc.code == "err.binary":  # that message speaks of a name ending in .txt
            raise InputError(source, "err.not_document", what="") from exc
        raise
    return read_text(text, limits, source)


def read_text(
    text: str, limits: Limits = DEFAULT_LIMITS, source: str | Path = "<text>"
) -> list[Block]:
    """Blocks of pasted or plain text: one per paragraph (paragraphs end at a blank line)."""
    budget = TextBudget(source, limits)
    if len(text) > limits.max_text_chars:
        raise InputError(source, "err.too_long", **limits.text_limit_params())
    normalized = text.replace("\r\n", "\n").replace("\r", "\n")
    raw = []
    line, counted_to = 1, 0  # line numbers counted once over the text, not from its start
    for i, (offset, chunk, role) in enumerate(split_blocks(normalized)):
        budget.add(chunk)
        line += normalized.count("\n", counted_to, offset)
        counted_to = offset
        raw.append(
            RawBlock(
                text=chunk,
                kind="paragraph",
                location="",
                part="",
                paragraph=i,
                line=line,
                role=role,
            )
        )
    if not raw:
        raise InputError(source, "err.no_text" if text else "err.empty")
    return number_blocks(raw)


def number_blocks(raw: list[RawBlock]) -> list[Block]:
    """Give blocks their index and their offset in the document text (joined by blank lines)."""
    blocks = []
    offset = 0
    for index, item in enumerate(raw):
        blocks.append(
            Block(
                index=index,
                text=item.text,
                start=offset,
                kind=item.kind,
                location=item.location,
                part=item.part,
                paragraph=item.paragraph,
                style=item.style,
                line=item.line,
                role=item.role or role_of_style(item.style),
            )
        )
        offset += len(item.text) + len(BLOCK_SEPARATOR)
    return blocks


def role_of_style(style: str) -> str:
    """A Word paragraph style's place in the structure: headings and list items by the
    names Word uses in French, Dutch, English and German ("Titre1", "Kop1", "Heading1")."""
    name = style.lower()
    if name.startswith(("heading", "titre", "title", "kop", "titel", "berschrift")):
        return "heading"
    if name.startswith(("list", "liste", "lijst")):
        return "list_item"
    return ""


def document_text(blocks: list[Block]) -> str:
    return BLOCK_SEPARATOR.join(block.text for block in blocks)


def _check_size(path: Path, limits: Limits) -> None:
    try:
        if not path.exists():
            raise InputError(path, "err.not_found")
        if path.is_dir():
            raise InputError(path, "err.not_a_file")
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, "err.unreadable", reason=exc.strerror or str(exc)) from exc
    if size == 0:
        raise InputError(path, "err.empty")
    if size > limits.max_file_bytes:
        raise InputError(
            path, "err.too_large", size=round(size / MB, 1), limit=limits.max_file_bytes // MB
        )


def _read_word(
    path: Path, suffix: str, kind: str, limits: Limits, content: BinaryIO | None = None
) -> list[Block]:
    """A Word file at `path`, or in `content` (then `path` only names it in messages)."""
    try:
        return _read_word_kind(path, suffix, kind, limits, content)
    except InputError as exc:
        if exc.code == "err.not_docx" and not suffix:  # that message speaks of a name
            raise InputError(path, "err.not_document", **exc.params) from exc
        raise


def _read_word_kind(
    path: Path, suffix: str, kind: str, limits: Limits, content: BinaryIO | None
) -> list[Block]:
    if kind == "ole":
        try:
            ole = ole_kind(content if content is not None else path)
        except ValueError as exc:
            raise InputError(path, "err.corrupt", reason=str(exc)) from exc
        if ole == "encrypted":
            raise InputError(path, "err.encrypted")
        if ole == "doc" or suffix == ".doc":
            raise InputError(path, "err.legacy_doc")
        raise InputError(path, "err.not_docx", what="")
    if kind == "pdf":
        raise InputError(path, "err.not_docx", what="pdf")
    if kind != "zip":
        if suffix == ".doc":
            raise InputError(path, "err.legacy_doc")
        raise InputError(path, "err.not_docx", what="")
    raw = read_docx(path, limits, content)  # refuses too many paragraphs or characters
    if not raw:
        raise InputError(path, "err.no_text")
    return number_blocks(raw)


__all__ = [
    "SUPPORTED_SUFFIXES",
    "Limits",
    "describe_zip",
    "document_text",
    "read_bytes",
    "read_file",
    "read_text",
]
