"""Read a .docx safely into blocks: body, tables (nested), text boxes, content controls,
headers, footers, footnotes and endnotes, each block keeping its place in the package.

The package is opened with `zipfile` and parsed with a hardened lxml parser rather than through
python-docx, because python-docx skips text (see `ooxml.py`) and must not be the first thing to
touch an untrusted file: size, zip-bomb, element-count and entity checks come first, and the
paragraphs and characters found are counted as they are found, so that a document over the
limits is refused as soon as it passes them (see `limits.py`).
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from simplifier.errors import InputError
from simplifier.io.limits import MB, Limits, spaced
from simplifier.io.ooxml import (
    MC_FALLBACK,
    PKG_REL_NS,
    W_P,
    W_T,
    W_TBL,
    W_TC,
    W_TR,
    W_TXBX,
    is_list_item,
    paragraph_style,
    paragraph_text,
    w,
)
from simplifier.io.sniff import describe_zip
from simplifier.io.xmlsafe import (
    as_utf8,
    markup_count,
    parse,
    refuse_declarations,
    wide_encoding,
)

OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
PART_KINDS = ("header", "footnotes", "endnotes", "footer")  # reading order around the body
CHUNK = 1024 * 1024
W_NO_BREAK_HYPHEN = w("noBreakHyphen")


@dataclass(frozen=True)
class RawBlock:
    """A block before it gets its index and offset in the document."""

    text: str
    kind: str
    location: str
    part: str
    paragraph: int
    style: str = ""
    line: int = 0
    role: str = ""


class _Package:
    """Bounded, checked access to the parts of a zip package."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.path = path
        self.archive = archive
        self.limits = limits
        self.names = set(archive.namelist())
        self.elements = 0  # counted over every part parsed so far

    def read(self, name: str) -> bytes:
        """The part's bytes, unpacked a chunk at a time and counted as they come: a part over
        the size limit, or one that brings the document over the element limit, is refused
        before the rest of it is unpacked."""
        chunks: list[bytes] = []
        size = 0
        counting = True
        last = b""
        try:
            with self.archive.open(name) as handle:
                while chunk := handle.read(CHUNK):
                    size += len(chunk)
                    if size > self.limits.max_part_bytes:
                        raise InputError(self.path, "err.zip_bomb", size=size // MB)
                    if not chunks:
                        counting = wide_encoding(chunk[:4]) is None  # else counted when converted
                    if counting:
                        # A "</" cut in two by the chunk boundary is seen through `last`.
                        self.count(chunk.count(b"<") - (last + chunk).count(b"</"))
                        last = chunk[-1:]
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise InputError(self.path, "err.corrupt", reason=f"{name}: {exc}") from exc
        return b"".join(chunks)

    def count(self, elements: int) -> None:
        self.elements += elements
        if self.elements > self.limits.max_elements:
            raise InputError(
                self.path, "err.too_many_elements", limit=spaced(self.limits.max_elements)
            )

    def xml(self, name: str) -> etree._Element:
        data, converted = as_utf8(self.read(name), self.path, name)
        if converted:
            self.count(markup_count(data))
        refuse_declarations(data, self.path, name)
        return parse(data, self.path, name)

    def relationships(self, part: str) -> list[tuple[str, str]]:
        """(type, target part name) of the part's relationships, external ones left out."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.names:
            return []
        result = []
        for rel in self.xml(rels_name).iter(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            name = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            result.append((rel.get("Type", ""), name))
        return result


def open_package(path: Path, limits: Limits, content: BinaryIO | None = None) -> zipfile.ZipFile:
    """Open the zip (the file at `path`, or `content` named `path` in messages) and refuse it
    before anything is unpacked if it is damaged or a bomb."""
    try:
        archive = zipfile.ZipFile(content if content is not None else path)
    except zipfile.BadZipFile as exc:
        raise InputError(path, "err.corrupt", reason=str(exc)) from exc
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(path, "err.corrupt", reason=str(exc)) from exc
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > limits.max_unpacked_bytes:
        archive.close()
        raise InputError(path, "err.zip_bomb", size=unpacked // MB)
    return archive


def is_safe_part_name(name: str) -> bool:
    """Whether a zip entry's name can be a part of the package. Names that are absolute or
    climb out of the folder ("../../x", "/tmp/x", "C:\\x") are never parts; a program that
    unpacks the file could write them anywhere."""
    segments = name.replace("\\", "/").split("/")
    return (
        bool(name)
        and not name.startswith(("/", "\\"))
        and "\0" not in name
        and ":" not in segments[0]
        and not any(segment in ("..", ".") for segment in segments)
    )


def main_part(package: _Package) -> str:
    for rel_type, target in package.relationships(""):
        if rel_type in (OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT):
            return target
    if "word/document.xml" in package.names:
        return "word/document.xml"
    raise InputError(package.path, "err.not_docx", what=describe_zip(package.names))


class TextBudget:
    """Paragraphs with text and their characters, counted over the whole document as they are
    found: analysis time grows with both, so both are bounded (see `Limits`)."""

    def __init__(self, source: str | Path, limits: Limits) -> None:
        self.source = source
        self.limits = limits
        self.paragraphs = 0
        self.chars = 0

    def add(self, text: str) -> None:
        if len(text) > self.limits.max_paragraph_chars:
            raise InputError(
                self.source,
                "err.paragraph_too_long",
                limit=spaced(self.limits.max_paragraph_chars),
            )
        self.paragraphs += 1
        self.chars += len(text)
        if self.paragraphs > self.limits.max_paragraphs:
            raise InputError(
                self.source, "err.too_many_paragraphs", limit=spaced(self.limits.max_paragraphs)
            )
        if self.chars > self.limits.max_text_chars:
            raise InputError(self.source, "err.too_long", **self.limits.text_limit_params())


def read_docx(path: Path, limits: Limits, content: BinaryIO | None = None) -> list[RawBlock]:
    """The blocks of the .docx at `path` (or in `content`, named `path` in messages)."""
    with open_package(path, limits, content) as archive:
        package = _Package(path, archive, limits)
        budget = TextBudget(path, limits)
        main = main_part(package)
        if main not in package.names:
            raise InputError(path, "err.not_docx", what=describe_zip(package.names))
        related = package.relationships(main)
        blocks: list[RawBlock] = []
        for kind in PART_KINDS[:1]:
            blocks += _read_related(package, related, kind, budget)
        blocks += _read_part(package, main, "body", budget)
        for kind in PART_KINDS[1:]:
            blocks += _read_related(package, related, kind, budget)
        return blocks


def _read_related(
    package: _Package, related: list[tuple[str, str]], kind: str, budget: TextBudget
) -> list[RawBlock]:
    parts = sorted({target for rel_type, target in related if rel_type.endswith("/" + kind)})
    blocks: list[RawBlock] = []
    for part in parts:
        if part in package.names:
            blocks += _read_part(package, part, kind.rstrip("s"), budget)
    return blocks


def _read_part(package: _Package, part: str, area: str, budget: TextBudget) -> list[RawBlock]:
    root = package.xml(part)
    walker = _Walker(part, area, _text_paragraph_ordinals(root), budget)
    walker.walk(root, ())
    return walker.blocks


def _text_paragraph_ordinals(root: etree._Element) -> dict[etree._Element, int]:
    """The place of each paragraph that can hold text among all the part's w:p in document
    order (`ooxml.all_paragraphs`, which the writer indexes). Only those are kept: holding
    millions of empty paragraphs in a dict costs gigabytes and minutes of garbage collection."""
    return {
        paragraph: index
        for index, paragraph in enumerate(root.iter(W_P))
        if next(paragraph.iter(W_T, W_NO_BREAK_HYPHEN), None) is not None
    }


class _Walker:
    """Visits a part in reading order, keeping track of tables and text boxes for `location`."""

    def __init__(
        self, part: str, area: str, ordinals: dict[etree._Element, int], budget: TextBudget
    ) -> None:
        self.part = part
        self.area = area
        self.ordinals = ordinals
        self.budget = budget
        self.blocks: list[RawBlock] = []
        self.tables = 0
        self.textboxes = 0

    def walk(self, element: etree._Element, place: tuple[str, ...]) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag == MC_FALLBACK:
                continue
            if tag == W_P:
                self.paragraph(child, place)
            elif tag == W_TBL:
                self.table(child, place)
            elif tag in (w("footnote"), w("endnote")) and child.get(w("type")) in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            else:
                self.walk(child, place)

    def table(self, table: etree._Element, place: tuple[str, ...]) -> None:
        self.tables += 1
        number = self.tables
        for r, row in enumerate(table.iterchildren(W_TR), start=1):
            for c, cell in enumerate(row.iterchildren(W_TC), start=1):
                self.walk(cell, (*place, f"table {number}, row {r}, column {c}"))

    def paragraph(self, paragraph: etree._Element, place: tuple[str, ...]) -> None:
        text, _ = paragraph_text(paragraph)
        if text.strip():
            self.budget.add(text)
            kind = self.area
            if place and self.area == "body":
                kind = "textbox" if place[-1].startswith("text box") else "table_cell"
            style = paragraph_style(paragraph) or ("List" if is_list_item(paragraph) else "")
            self.blocks.append(
                RawBlock(
                    text=text,
                    kind=kind,
                    location=" > ".join((self.area, *place)),
                    part=self.part,
                    paragraph=self.ordinals[paragraph],
                    style=style,
                )
            )
        for box in _text_boxes(paragraph):
            self.textboxes += 1
            self.walk(box, (*place, f"text box {self.textboxes}"))


def _text_boxes(paragraph: etree._Element) -> list[etree._Element]:
    """Text boxes anchored in this paragraph, once each (the modern copy, not the fallback)."""
    boxes = []
    for box in paragraph.iter(W_TXBX):
        ancestor = box.getparent()
        nested = False
        while ancestor is not None and ancestor is not paragraph:
            if ancestor.tag in (MC_FALLBACK, W_TXBX):
                nested = True
                break
            ancestor = ancestor.getparent()
        if not nested:
            boxes.append(box)
    return boxes
