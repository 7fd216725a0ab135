"""Write changes back into a .docx: as Word tracked changes with comments, clean, or as
comments only. Only the paragraphs that change are touched; every other part of the package
is copied byte for byte, so a document without changes comes out identical.

Offsets are those of `ooxml.paragraph_text`, the same text view the reader builds blocks from.
Runs are split where an edit starts or ends, so that an edit crossing run boundaries removes
whole runs and the inserted run takes the formatting of the first run it replaces.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from simplifier.errors import InputError
from simplifier.io.atomic import refuse_overwriting, write_atomically
from simplifier.io.docx_reader import is_safe_part_name, open_package
from simplifier.io.limits import DEFAULT_LIMITS
from simplifier.io.ooxml import (
    PKG_REL_NS,
    W_NS,
    W_P,
    W_R,
    W_T,
    all_paragraphs,
    paragraph_text,
    w,
)
from simplifier.io.xmlsafe import as_utf8, safe_tree
from simplifier.models import Block

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
COMMENTS_PART = "word/comments.xml"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
# Ids of more digits than this cannot clash with the ones we number from the highest shorter
# one, and turning 5,000 digits into an int raises (Python refuses over 4,300 digits).
_ID = re.compile(rb'w:id="(-?\d+)"')
_ID_DIGITS = 18
_RENAMED_WHEN_DELETED = {W_T: w("delText"), w("instrText"): w("delInstrText")}


@dataclass(frozen=True)
class Change:
    """Replace `block.text[start:end]` with `text`; `comment` is the Word comment to attach."""

    block: Block
    start: int
    end: int
    text: str
    comment: str = ""
    author: str = ""
    date: str = ""


@dataclass(frozen=True)
class Note:
    """A Word comment on `block.text[start:end]`, without changing the text."""

    block: Block
    start: int
    end: int
    comment: str
    author: str = ""
    date: str = ""


@dataclass
class _Writer:
    source: Path
    archive: zipfile.ZipFile
    author: str
    date: str
    parts: dict[str, etree._Element] = field(default_factory=dict)
    # Every w:p of a part, listed once: edits add runs, never paragraphs, so the list stays
    # right while they are made (listing it again for each change was quadratic).
    paragraphs: dict[str, list[etree._Element]] = field(default_factory=dict)
    next_id: int = 0
    comments: etree._Element | None = None
    new_comments_part: bool = False

    def part(self, name: str) -> etree._Element:
        if name not in self.parts:
            try:
                data = self.archive.read(name)
            except KeyError as exc:
                raise InputError(self.source, "err.corrupt", reason=f"{name}: {exc}") from exc
            self.parts[name] = safe_tree(data, self.source, name, editing=True)
        return self.parts[name]

    def paragraph(self, block: Block) -> etree._Element:
        if block.part not in self.paragraphs:
            self.paragraphs[block.part] = all_paragraphs(self.part(block.part))
        paragraphs = self.paragraphs[block.part]
        if not 0 <= block.paragraph < len(paragraphs):
            raise InputError(self.source, "err.changed_since", where=block.location or block.part)
        paragraph = paragraphs[block.paragraph]
        if paragraph_text(paragraph)[0] != block.text:
            raise InputError(self.source, "err.changed_since", where=block.location or block.part)
        return paragraph

    def new_id(self) -> str:
        self.next_id += 1
        return str(self.next_id)

    def add_comment(self, text: str, author: str, date: str) -> str:
        if self.comments is None:
            main = _main_part(self.archive)
            self.comments = (
                self.part(COMMENTS_PART)
                if COMMENTS_PART in self.archive.namelist()
                else etree.Element(w("comments"), nsmap={"w": W_NS})
            )
            self.parts[COMMENTS_PART] = self.comments
            self.new_comments_part = COMMENTS_PART not in self.archive.namelist()
            self.main = main
        comment_id = self.new_id()
        comment = etree.SubElement(
            self.comments,
            w("comment"),
            {
                w("id"): comment_id,
                w("author"): author,
                w("date"): date,
                w("initials"): _initials(author),
            },
        )
        for line in text.split("\n") or [""]:
            paragraph = etree.SubElement(comment, W_P)
            run = etree.SubElement(paragraph, W_R)
            _set_text(run, line)
        return comment_id

    def write(self, output: Path) -> None:
        extra: dict[str, bytes] = {}
        if self.new_comments_part:
            extra[COMMENTS_PART] = b""
            self._register_comments_part()
        buffer = io.BytesIO()
        written: set[str] = set()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
            for info in self.archive.infolist():
                # Entries that cannot be parts (absolute, climbing out of the folder) are
                # dropped; a name given twice is written once, with the content the reader
                # saw (zipfile reads the last entry of a name).
                if not is_safe_part_name(info.filename) or info.filename in written:
                    continue
                written.add(info.filename)
                if info.filename in self.parts:
                    out.writestr(info, _serialise(self.parts[info.filename]))
                else:
                    out.writestr(info, self.archive.read(info.filename))
            for name in extra:
                out.writestr(name, _serialise(self.parts[name]))
        write_atomically(output, buffer.getvalue())

    def _register_comments_part(self) -> None:
        types = self.part("[Content_Types].xml")
        types.append(
            etree.Element(
                f"{{{CT_NS}}}Override", PartName="/" + COMMENTS_PART, ContentType=COMMENTS_TYPE
            )
        )
        folder, base = self.main.rsplit("/", 1) if "/" in self.main else ("", self.main)
        rels_name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
        rels = (
            self.part(rels_name)
            if rels_name in self.archive.namelist()
            else etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        )
        self.parts[rels_name] = rels
        taken = {rel.get("Id") for rel in rels}
        number = 1
        while f"rId{number}" in taken:
            number += 1
        target = COMMENTS_PART[len(folder) + 1 :] if folder else COMMENTS_PART
        etree.SubElement(
            rels,
            f"{{{PKG_REL_NS}}}Relationship",
            Id=f"rId{number}",
            Type=COMMENTS_REL,
            Target=target,
        )


def _main_part(archive: zipfile.ZipFile) -> str:
    names = archive.namelist()
    if "_rels/.rels" in names:
        rels = safe_tree(archive.read("_rels/.rels"), archive.filename or "", "_rels/.rels")
        for rel in rels.iter(f"{{{PKG_REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                return rel.get("Target", "").lstrip("/")
    return "word/document.xml"


def _initials(author: str) -> str:
    return "".join(part[0] for part in author.split() if part)[:4].upper()


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_text(run: etree._Element, text: str) -> None:
    """Fill a run with text; tabs and line breaks become w:tab and w:br as Word writes them."""
    for piece in re.split(r"([\t\n])", text):
        if piece == "\t":
            etree.SubElement(run, w("tab"))
        elif piece == "\n":
            etree.SubElement(run, w("br"))
        elif piece:
            element = etree.SubElement(run, W_T)
            element.text = piece
            element.set(XML_SPACE, "preserve")


# --- splitting runs so that an edit covers whole runs --------------------------------------


def _run_of(element: etree._Element) -> etree._Element:
    run = element.getparent()
    if run is None or run.tag != W_R:
        raise ValueError("text element outside a run")
    return run


def _split_run(run: etree._Element, child: etree._Element, cut: int | None) -> None:
    """Split `run` before `child` (cut None) or inside w:t `child` at `cut` characters."""
    clone = copy.deepcopy(run)
    children = [c for c in run if c.tag != w("rPr")]
    position = children.index(child)
    clone_children = [c for c in clone if c.tag != w("rPr")]
    if cut is None:
        for c in children[position:]:
            run.remove(c)
        for c in clone_children[:position]:
            clone.remove(c)
    else:
        text = child.text or ""
        child.text = text[:cut]
        child.set(XML_SPACE, "preserve")
        for c in children[position + 1 :]:
            run.remove(c)
        twin = clone_children[position]
        twin.text = text[cut:]
        twin.set(XML_SPACE, "preserve")
        for c in clone_children[:position]:
            clone.remove(c)
    run.addnext(clone)


def _cut_at(paragraph: etree._Element, offset: int) -> None:
    """Make `offset` fall between two runs (splitting a run if it falls inside one)."""
    _, segments = paragraph_text(paragraph)
    for i, segment in enumerate(segments):
        if segment.start < offset < segment.end:
            _split_run(_run_of(segment.element), segment.element, offset - segment.start)
            return
        if segment.start == offset and i:
            before = segments[i - 1].element
            if _run_of(before) is _run_of(segment.element):
                _split_run(_run_of(segment.element), segment.element, None)
            return


def _runs_between(paragraph: etree._Element, start: int, end: int) -> list[etree._Element]:
    _, segments = paragraph_text(paragraph)
    runs: list[etree._Element] = []
    for segment in segments:
        if start <= segment.start and segment.end <= end:
            run = _run_of(segment.element)
            if not runs or runs[-1] is not run:
                runs.append(run)
    return runs


def _anchor_before(paragraph: etree._Element, offset: int) -> tuple[etree._Element, str]:
    """Where to insert at `offset`: (element, 'after'|'before'|'append')."""
    _, segments = paragraph_text(paragraph)
    for segment in reversed(segments):
        if segment.end <= offset:
            return _outermost_run(segment.element, paragraph), "after"
    if segments:
        return _outermost_run(segments[0].element, paragraph), "before"
    return paragraph, "append"


def _outermost_run(element: etree._Element, paragraph: etree._Element) -> etree._Element:
    """The run, or the w:ins / w:hyperlink... around it that is a direct child of the same
    container as other runs: inserting next to a run inside w:ins would mark the new text as
    the other author's insertion."""
    run = _run_of(element)
    node = run
    while (
        node.getparent() is not None
        and node.getparent() is not paragraph
        and (node.getparent().tag in (w("ins"), w("smartTag")))
    ):
        node = node.getparent()
    return node


def _formatting(run: etree._Element | None) -> etree._Element | None:
    if run is None:
        return None
    properties = run.find(w("rPr"))
    return copy.deepcopy(properties) if properties is not None else None


def _new_run(text: str, properties: etree._Element | None) -> etree._Element:
    run = etree.Element(W_R)
    if properties is not None:
        for tag in (w("ins"), w("del"), w("rPrChange")):
            for marker in properties.findall(tag):
                properties.remove(marker)
        run.append(properties)
    _set_text(run, text)
    return run


def _place(anchor: etree._Element, how: str, element: etree._Element) -> None:
    if how == "after":
        anchor.addnext(element)
    elif how == "before":
        anchor.addprevious(element)
    else:
        anchor.append(element)


# --- the three ways of writing ---------------------------------------------------------------


def _edit_paragraph(
    writer: _Writer, paragraph: etree._Element, change: Change, *, tracked: bool, comment: bool
) -> None:
    _cut_at(paragraph, change.start)
    _cut_at(paragraph, change.end)
    runs = _runs_between(paragraph, change.start, change.end)
    author = change.author or writer.author
    date = change.date or writer.date
    properties = _formatting(runs[0] if runs else _neighbour_run(paragraph, change.start))
    new_run = _new_run(change.text, properties) if change.text else None
    if not tracked:
        if runs:
            for run in runs[1:]:
                run.getparent().remove(run)
            if new_run is not None:
                runs[0].addnext(new_run)
            runs[0].getparent().remove(runs[0])
        elif new_run is not None:
            anchor, how = _anchor_before(paragraph, change.start)
            _place(anchor, how, new_run)
        return
    marks: list[etree._Element] = []
    for group in _consecutive(runs):
        deletion = _revision("del", writer, author, date)
        group[0].addprevious(deletion)
        for run in group:
            for element in run.iter():
                if element.tag in _RENAMED_WHEN_DELETED:
                    element.tag = _RENAMED_WHEN_DELETED[element.tag]
            deletion.append(run)
        marks.append(deletion)
    if new_run is not None:
        insertion = _revision("ins", writer, author, date)
        insertion.append(new_run)
        if marks:
            marks[-1].addnext(insertion)
        else:
            anchor, how = _anchor_before(paragraph, change.start)
            _place(anchor, how, insertion)
        marks.append(insertion)
    if comment and change.comment and marks:
        _attach_comment(writer, marks[0], marks[-1], change.comment, author, date)


def _revision(kind: str, writer: _Writer, author: str, date: str) -> etree._Element:
    return etree.Element(w(kind), {w("id"): writer.new_id(), w("author"): author, w("date"): date})


def _consecutive(runs: list[etree._Element]) -> list[list[etree._Element]]:
    """Runs grouped where they follow each other in the same parent (one w:del per group)."""
    groups: list[list[etree._Element]] = []
    for run in runs:
        if groups and groups[-1][-1].getnext() is run:
            groups[-1].append(run)
        else:
            groups.append([run])
    return groups


def _neighbour_run(paragraph: etree._Element, offset: int) -> etree._Element | None:
    _, segments = paragraph_text(paragraph)
    before = [s for s in segments if s.end <= offset]
    after = [s for s in segments if s.start >= offset]
    segment = before[-1] if before else (after[0] if after else None)
    return _run_of(segment.element) if segment is not None else None


def _attach_comment(
    writer: _Writer,
    first: etree._Element,
    last: etree._Element,
    text: str,
    author: str,
    date: str,
) -> None:
    comment_id = writer.add_comment(text, author, date)
    first.addprevious(etree.Element(w("commentRangeStart"), {w("id"): comment_id}))
    end = etree.Element(w("commentRangeEnd"), {w("id"): comment_id})
    last.addnext(end)
    reference = etree.Element(W_R)
    etree.SubElement(reference, w("commentReference"), {w("id"): comment_id})
    end.addnext(reference)


def _first_free_id(archive: zipfile.ZipFile, source: Path) -> int:
    """Revision and comment ids must not clash with those already in the document."""
    highest = 0
    for name in archive.namelist():
        if name.startswith("word/") and name.endswith(".xml"):
            data = archive.read(name)
            # Ids in a UTF-16 part count too; a part the reader does not read need not be
            # readable to be copied (its ids are then searched in its bytes as they are).
            with contextlib.suppress(InputError):
                data, _ = as_utf8(data, source, name)
            for match in _ID.finditer(data):
                digits = match.group(1)
                if len(digits.lstrip(b"-")) <= _ID_DIGITS:
                    highest = max(highest, int(digits))
    return highest


def _open(source: Path) -> zipfile.ZipFile:
    return open_package(source, DEFAULT_LIMITS)


def write_changes(
    source: str | Path,
    changes: Iterable[Change],
    output: str | Path,
    *,
    tracked: bool = True,
    author: str = "simplifier",
    date: str = "",
    appendix: list[str] | None = None,
) -> int:
    """Write `source` with the changes to `output`: as tracked changes with comments, or clean
    (changes made, no marks). Returns the number of changes written. `source` is never touched.
    """
    source, output = Path(source), Path(output)
    refuse_overwriting(source, output)
    with _open(source) as archive:
        writer = _Writer(source, archive, author, date or _now())
        writer.next_id = _first_free_id(archive, source)
        count = 0
        by_paragraph: dict[tuple[str, int], list[Change]] = {}
        for change in changes:
            by_paragraph.setdefault((change.block.part, change.block.paragraph), []).append(change)
        main = _main_part(archive)
        for (part, _), group in by_paragraph.items():
            paragraph = writer.paragraph(group[0].block)
            for change in sorted(group, key=lambda c: (c.start, c.end), reverse=True):
                _edit_paragraph(
                    writer, paragraph, change, tracked=tracked, comment=tracked and part == main
                )
                count += 1
        if appendix:
            _append_paragraphs(writer, writer.part(main), appendix, tracked=tracked)
        writer.write(output)
    return count


def _append_paragraphs(
    writer: _Writer, root: etree._Element, texts: list[str], *, tracked: bool
) -> None:
    """Paragraphs added at the end of the body (before its section properties); the first is
    a bold title. Tracked: each paragraph and its text are marked as inserted."""
    body = root.find(w("body"))
    if body is None:
        return
    section = body.find(w("sectPr"))
    for number, text in enumerate(texts):
        paragraph = etree.Element(W_P)
        run = _new_run(text, None)
        if number == 0:
            properties = etree.Element(w("rPr"))
            etree.SubElement(properties, w("b"))
            run.insert(0, properties)
        if tracked:
            marks = etree.SubElement(etree.SubElement(paragraph, w("pPr")), w("rPr"))
            marks.append(_revision("ins", writer, writer.author, writer.date))
            insertion = _revision("ins", writer, writer.author, writer.date)
            insertion.append(run)
            paragraph.append(insertion)
        else:
            paragraph.append(run)
        if section is not None:
            section.addprevious(paragraph)
        else:
            body.append(paragraph)


def write_notes(
    source: str | Path, notes: Iterable[Note], output: str | Path, *, author: str = "simplifier"
) -> int:
    """Write `source` with Word comments on the given stretches (the text does not change);
    notes in headers and footers, where Word cannot anchor comments, are left out."""
    source, output = Path(source), Path(output)
    refuse_overwriting(source, output)
    with _open(source) as archive:
        writer = _Writer(source, archive, author, _now())
        writer.next_id = _first_free_id(archive, source)
        main = _main_part(archive)
        by_paragraph: dict[tuple[str, int], list[Note]] = {}
        for note in notes:
            if note.block.part == main:
                by_paragraph.setdefault((note.block.part, note.block.paragraph), []).append(note)
        count = 0
        for group in by_paragraph.values():
            paragraph = writer.paragraph(group[0].block)
            for note in sorted(group, key=lambda n: (n.start, n.end), reverse=True):
                _cut_at(paragraph, note.start)
                _cut_at(paragraph, note.end)
                runs = _runs_between(paragraph, note.start, note.end)
                if not runs:
                    continue
                _attach_comment(
                    writer,
                    runs[0],
                    runs[-1],
                    note.comment,
                    note.author or author,
                    note.date or writer.date,
                )
                count += 1
        writer.write(output)
    return count


def _now() -> str:
    from simplifier.review.decisions import now_iso

    return now_iso()
