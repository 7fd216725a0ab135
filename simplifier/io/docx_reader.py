"""Read a .docx safely into blocks: body, tables (nested), text boxes, content controls,
headers, footers, footnotes and endnotes, each block keeping its place in the package.

The package is opened with `zipfile` and parsed with a hardened lxml parser rather than through
python-docx, because python-docx skips text (see `ooxml.py`) and must not be the first thing to
touch an untrusted file: size, zip-bomb and entity checks come first.
"""

from __future__ import annotations

import posixpath
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from simplifier.errors import InputError
from simplifier.io.limits import MB, Limits
from simplifier.io.ooxml import (
    MC_FALLBACK,
    PKG_REL_NS,
    W_P,
    W_TBL,
    W_TC,
    W_TR,
    W_TXBX,
    all_paragraphs,
    is_list_item,
    paragraph_style,
    paragraph_text,
    w,
)
from simplifier.io.sniff import describe_zip

OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"
PART_KINDS = ("header", "footnotes", "endnotes", "footer")  # reading order around the body

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


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


class _Package:
    """Bounded, checked access to the parts of a zip package."""

    def __init__(self, path: Path, archive: zipfile.ZipFile, limits: Limits) -> None:
        self.path = path
        self.archive = archive
        self.limits = limits
        self.names = set(archive.namelist())

    def read(self, name: str) -> bytes:
        try:
            with self.archive.open(name) as handle:
                data = handle.read(self.limits.max_part_bytes + 1)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError) as exc:
            raise InputError(self.path, "err.corrupt", reason=f"{name}: {exc}") from exc
        if len(data) > self.limits.max_part_bytes:
            raise InputError(self.path, "err.zip_bomb", size=len(data) // MB)
        return data

    def xml(self, name: str) -> etree._Element:
        data = self.read(name)
        head = data[:4096].lower()
        if b"<!doctype" in head or b"<!entity" in data.lower():
            raise InputError(self.path, "err.xml_entities", part=name)
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            reason = " ".join(f"{name}: {exc.msg}".split())
            raise InputError(self.path, "err.corrupt", reason=reason) from exc

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


def open_package(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open the zip and refuse it before anything is unpacked if it is damaged or a bomb."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise InputError(path, "err.corrupt", reason=str(exc)) from exc
    except (OSError, EOFError, ValueError) as exc:
        raise InputError(path, "err.corrupt", reason=str(exc)) from exc
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > limits.max_unpacked_bytes:
        archive.close()
        raise InputError(path, "err.zip_bomb", size=unpacked // MB)
    return archive


def main_part(package: _Package) -> str:
    for rel_type, target in package.relationships(""):
        if rel_type in (OFFICE_DOCUMENT, STRICT_OFFICE_DOCUMENT):
            return target
    if "word/document.xml" in package.names:
        return "word/document.xml"
    raise InputError(package.path, "err.not_docx", what=describe_zip(package.names))


def read_docx(path: Path, limits: Limits) -> list[RawBlock]:
    with open_package(path, limits) as archive:
        package = _Package(path, archive, limits)
        main = main_part(package)
        if main not in package.names:
            raise InputError(path, "err.not_docx", what=describe_zip(package.names))
        related = package.relationships(main)
        blocks: list[RawBlock] = []
        for kind in PART_KINDS[:1]:
            blocks += _read_related(package, related, kind)
        blocks += _read_part(package, main, "body")
        for kind in PART_KINDS[1:]:
            blocks += _read_related(package, related, kind)
        return blocks


def _read_related(package: _Package, related: list[tuple[str, str]], kind: str) -> list[RawBlock]:
    parts = sorted({target for rel_type, target in related if rel_type.endswith("/" + kind)})
    blocks: list[RawBlock] = []
    for part in parts:
        if part in package.names:
            blocks += _read_part(package, part, kind.rstrip("s"))
    return blocks


def _read_part(package: _Package, part: str, area: str) -> list[RawBlock]:
    root = package.xml(part)
    ordinals = {p: i for i, p in enumerate(all_paragraphs(root))}
    walker = _Walker(part, area, ordinals)
    walker.walk(root, ())
    return walker.blocks


class _Walker:
    """Visits a part in reading order, keeping track of tables and text boxes for `location`."""

    def __init__(self, part: str, area: str, ordinals: dict[etree._Element, int]) -> None:
        self.part = part
        self.area = area
        self.ordinals = ordinals
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
