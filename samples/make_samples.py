"""Build the sample letters and brochures (.docx and .txt) from their sources in samples/src/.

Every source `samples/src/<folder>/<name>.src` becomes `samples/<folder>/<name>.docx` and
`samples/<folder>/<name>.txt`. The texts are invented, for tests and demos only.

A source is plain UTF-8 text cut into sections by lines `== <section>`:

* `meta`: `key: value` lines (`title`, `subject`, `keywords`, `lang` such as `fr-BE`, `kind`);
* `header`, `footer`, `recipient`, `date`, `refs`, `subject`, `signature`: one paragraph per
  line (`header` goes into the page header, `footer` into the page footer, where `{PAGE}` is
  the page number field);
* `body`, `postscript`: blocks separated by blank lines. A block is a paragraph (its lines are
  joined), a heading (`# ` title, `## ` heading 1, `### ` heading 2), a bulleted list (every
  line starts with `- `), a table (every line starts with `|`; the first row is the header) or
  `[pagebreak]` (the next block starts a new page).

Inline, `**text**` is bold and `*text*` italic. A paragraph, list item or table cell that starts
with `@nl ` or `@fr ` is marked as Dutch or French (for the bilingual letter).

The build is deterministic: fixed core properties and fixed zip timestamps, so rebuilding gives
byte-identical files. Run `python samples/make_samples.py`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import _Cell
from docx.text.paragraph import Paragraph

SAMPLES_DIR = Path(__file__).resolve().parent
SOURCE_DIR = SAMPLES_DIR / "src"

AUTHOR = "simplifier samples"
FIXED_DATE = dt.datetime(2026, 1, 15, 9, 0, 0, tzinfo=dt.UTC)
FIXED_ZIP_TIME = (2026, 1, 15, 9, 0, 0)
PAGE_FIELD = "{PAGE}"
PAGE_FIELD_CACHED = "1"  # what the .txt shows, and the field's cached result in the .docx

LINE_SECTIONS = ("header", "footer", "recipient", "date", "refs", "subject", "signature")
BLOCK_SECTIONS = ("body", "postscript")

FONT = "Arial"
DARK_BLUE = RGBColor(0x1F, 0x3A, 0x5F)
GREY = RGBColor(0x55, 0x55, 0x55)
ADDRESS_INDENT = Cm(9.0)

INLINE_RE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*")
LANG_RE = re.compile(r"^@(fr|nl) ")
AMOUNT_RE = re.compile(r"^[-+−]?\s?(€\s?)?[\d.]*\d,\d{2}( ?(EUR|€))?( ?/ ?\w+)?$")
LANG_TAGS = {"fr": "fr-BE", "nl": "nl-BE"}
WORD_RE = re.compile(r"\w+(?:[-'’.,/]\w+)*")


# --- source model -----------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A piece of inline text with its formatting."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """One block of a body: kind is paragraph, title, heading1, heading2, bullets or table."""

    kind: str
    lines: tuple[str, ...]
    page_break_before: bool = False


@dataclass
class Source:
    """A parsed source file."""

    folder: str
    name: str
    meta: dict[str, str] = field(default_factory=dict)
    lines: dict[str, list[str]] = field(default_factory=dict)
    blocks: dict[str, list[Block]] = field(default_factory=dict)

    @property
    def lang(self) -> str:
        return self.meta.get("lang", "fr-BE")


def parse_inline(text: str) -> list[Span]:
    """Split `text` into spans on `**bold**` and `*italic*` markers."""
    spans: list[Span] = []
    pos = 0
    for match in INLINE_RE.finditer(text):
        if match.start() > pos:
            spans.append(Span(text[pos : match.start()]))
        if match.group(1) is not None:
            spans.append(Span(match.group(1), bold=True))
        else:
            spans.append(Span(match.group(2), italic=True))
        pos = match.end()
    if pos < len(text):
        spans.append(Span(text[pos:]))
    return spans


def split_lang(text: str) -> tuple[str | None, str]:
    """Take a leading `@nl ` / `@fr ` marker off `text` and return (language tag, rest)."""
    match = LANG_RE.match(text)
    if match is None:
        return None, text
    return LANG_TAGS[match.group(1)], text[match.end() :]


def plain(text: str) -> str:
    """The text as it reads: without language marker and inline markers."""
    return "".join(span.text for span in parse_inline(split_lang(text)[1]))


def table_cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def parse_blocks(raw: list[str]) -> list[Block]:
    """Cut the lines of a block section into blocks on blank lines."""
    groups: list[list[str]] = [[]]
    for line in raw:
        if line.strip():
            groups[-1].append(line.strip())
        elif groups[-1]:
            groups.append([])
    blocks: list[Block] = []
    page_break = False
    for group in groups:
        if not group:
            continue
        if group == ["[pagebreak]"]:
            page_break = True
            continue
        first = group[0]
        if all(line.startswith("|") for line in group):
            block = Block("table", tuple(group), page_break)
        elif all(line.startswith("- ") for line in group):
            block = Block("bullets", tuple(line[2:] for line in group), page_break)
        elif first.startswith(("# ", "## ", "### ")):
            marker, _, rest = " ".join(group).partition(" ")
            kind = {"#": "title", "##": "heading1", "###": "heading2"}[marker]
            block = Block(kind, (rest,), page_break)
        else:
            block = Block("paragraph", (" ".join(group),), page_break)
        blocks.append(block)
        page_break = False
    return blocks


def parse_source(path: Path) -> Source:
    """Read one `.src` file."""
    source = Source(folder=path.parent.name, name=path.stem)
    section = ""
    raw: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("== "):
            section = line[3:].strip()
            raw.setdefault(section, [])
        elif section:
            raw[section].append(line.rstrip())
    unknown = set(raw) - {"meta", *LINE_SECTIONS, *BLOCK_SECTIONS}
    if unknown:
        raise ValueError(f"{path}: unknown sections {sorted(unknown)}")
    for line in raw.get("meta", []):
        if line.strip():
            key, _, value = line.partition(":")
            source.meta[key.strip()] = value.strip()
    for name in LINE_SECTIONS:
        source.lines[name] = [line.strip() for line in raw.get(name, []) if line.strip()]
    for name in BLOCK_SECTIONS:
        source.blocks[name] = parse_blocks(raw.get(name, []))
    return source


# --- plain text -------------------------------------------------------------------------


def block_text(block: Block) -> str:
    if block.kind == "bullets":
        return "\n".join(f"- {plain(item)}" for item in block.lines)
    if block.kind == "table":
        return "\n".join("\t".join(plain(cell) for cell in table_cells(row)) for row in block.lines)
    return plain(block.lines[0])


def render_text(source: Source) -> str:
    """The .txt rendering: line groups and blocks separated by one blank line."""
    parts: list[str] = []

    def add_lines(name: str) -> None:
        if source.lines[name]:
            text = "\n".join(plain(line) for line in source.lines[name])
            parts.append(text.replace(PAGE_FIELD, PAGE_FIELD_CACHED))

    for name in ("header", "recipient", "date", "refs", "subject"):
        add_lines(name)
    parts.extend(block_text(block) for block in source.blocks["body"])
    add_lines("signature")
    parts.extend(block_text(block) for block in source.blocks["postscript"])
    add_lines("footer")
    return "\n\n".join(parts) + "\n"


def count_words(text: str) -> int:
    """Words as a reader counts them: "1.234,56", "l'assuré" and "art. 7bis" are one or two."""
    return len(WORD_RE.findall(text))


# --- docx -------------------------------------------------------------------------------


def set_lang(run_properties: BaseOxmlElement, tag: str) -> None:
    lang = run_properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        run_properties.append(lang)
    lang.set(qn("w:val"), tag)


def add_spans(paragraph: Paragraph, text: str, *, size: float | None = None) -> None:
    """Append `text` (with inline markers) to `paragraph` as one run per span."""
    lang, text = split_lang(text)
    for span in parse_inline(text):
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None
        if size is not None:
            run.font.size = Pt(size)
        if lang is not None:
            set_lang(run._r.get_or_add_rPr(), lang)


def add_page_field(paragraph: Paragraph, size: float) -> None:
    """Append a PAGE field (with a cached result) as a complex field."""

    def field_run(kind: str | None, instruction: str | None = None, text: str = "") -> None:
        run = paragraph.add_run(text)
        run.font.size = Pt(size)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        if instruction is not None:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = instruction
            run._r.append(instr)

    field_run("begin")
    field_run(None, " PAGE ")
    field_run("separate")
    field_run(None, text=PAGE_FIELD_CACHED)
    field_run("end")


def add_border(paragraph: Paragraph, side: str) -> None:
    """Draw a thin line above (`top`) or below (`bottom`) the paragraph."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), "6")
    line.set(qn("w:space"), "4")
    line.set(qn("w:color"), "1F3A5F")
    borders.append(line)
    p_pr.append(borders)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)


def setup_document(source: Source) -> DocxDocument:
    """A blank A4 document with the house styles and fixed core properties."""
    document = Document()
    styles = document.styles
    normal = cast(ParagraphStyle, styles["Normal"])
    normal.font.name = FONT
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12)):
        style = cast(ParagraphStyle, styles[name])
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = DARK_BLUE
        r_fonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
        if r_fonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                r_fonts.attrib.pop(qn(attr), None)
    doc_defaults = styles.element.find(qn("w:docDefaults"))
    if doc_defaults is not None:
        r_pr = doc_defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if r_pr is not None:
            set_lang(r_pr, source.lang)

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(3.6), Cm(2.5)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    props = document.core_properties
    props.author = AUTHOR
    props.last_modified_by = AUTHOR
    props.created = FIXED_DATE
    props.modified = FIXED_DATE
    props.revision = 1
    props.title = source.meta.get("title", source.name)
    props.subject = source.meta.get("subject", "")
    props.keywords = source.meta.get("keywords", "")
    props.category = "sample " + source.meta.get("kind", "letter")
    props.language = source.lang
    props.comments = "Invented sample document for testing and demos; not a real letter."
    # the template's thumbnail shows an unrelated page: drop it
    package_rels = document.part.package.rels
    for r_id, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package_rels.pop(r_id)
    return document


def fill_header_footer(document: DocxDocument, source: Source) -> None:
    section = document.sections[0]
    header_lines = source.lines["header"]
    paragraph = section.header.paragraphs[0]
    for index, line in enumerate(header_lines):
        if index:
            paragraph = section.header.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(0)
        add_spans(paragraph, line, size=11 if index == 0 else 8.5)
        for run in paragraph.runs:
            run.font.color.rgb = DARK_BLUE if index == 0 else GREY
            if index == 0:
                run.bold = True
    add_border(paragraph, "bottom")

    footer_lines = source.lines["footer"]
    paragraph = section.footer.paragraphs[0]
    for index, line in enumerate(footer_lines):
        if index:
            paragraph = section.footer.add_paragraph()
        else:
            add_border(paragraph, "top")
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.paragraph_format.space_after = Pt(0)
        before, found, after = line.partition(PAGE_FIELD)
        add_spans(paragraph, before, size=8)
        if found:
            add_page_field(paragraph, size=8)
            add_spans(paragraph, after, size=8)


def add_line_paragraphs(
    document: DocxDocument,
    lines: list[str],
    *,
    indent: Length | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
    size: float | None = None,
    bold: bool = False,
    space_after_last: float = 12,
) -> None:
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(
            space_after_last if index == len(lines) - 1 else 0
        )
        if indent is not None:
            paragraph.paragraph_format.left_indent = indent
        if align is not None:
            paragraph.alignment = align
        add_spans(paragraph, line, size=size)
        if bold:
            for run in paragraph.runs:
                run.bold = True


def add_table(document: DocxDocument, block: Block) -> None:
    rows = [table_cells(row) for row in block.lines]
    width = max(len(row) for row in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        for c in range(width):
            cell = table.cell(r, c)
            text = row[c] if c < len(row) else ""
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(2)
            add_spans(paragraph, text, size=9)
            if r == 0:
                shade(cell, "DCE4EE")
                for run in paragraph.runs:
                    run.bold = True
            elif AMOUNT_RE.match(plain(text)):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


STYLE_OF = {"title": "Title", "heading1": "Heading 1", "heading2": "Heading 2"}


def add_blocks(document: DocxDocument, blocks: list[Block]) -> None:
    after_table = False
    for block in blocks:
        first: Paragraph | None = None
        if block.kind == "table":
            if block.page_break_before:
                raise ValueError("[pagebreak] before a table is not supported")
            add_table(document, block)
            after_table = True
            continue
        if block.kind == "bullets":
            for item in block.lines:
                paragraph = document.add_paragraph(style="List Bullet")
                paragraph.paragraph_format.space_after = Pt(3)
                add_spans(paragraph, item)
                first = first or paragraph
        else:
            style = STYLE_OF.get(block.kind)
            first = document.add_paragraph(style=style)
            add_spans(first, block.lines[0])
            if block.kind == "paragraph":
                first.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if first is not None and block.page_break_before:
            first.paragraph_format.page_break_before = True
        if first is not None and after_table:
            first.paragraph_format.space_before = Pt(10)
        after_table = False


def build_docx(source: Source) -> DocxDocument:
    """The .docx rendering of a source."""
    document = setup_document(source)
    fill_header_footer(document, source)
    # the template starts with one empty paragraph: drop it
    body = document.element.body
    for paragraph in list(body.iterchildren(qn("w:p"))):
        body.remove(paragraph)
    lines = source.lines
    add_line_paragraphs(document, lines["recipient"], indent=ADDRESS_INDENT, space_after_last=18)
    add_line_paragraphs(document, lines["date"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    add_line_paragraphs(document, lines["refs"], size=9)
    add_line_paragraphs(document, lines["subject"], bold=True)
    add_blocks(document, source.blocks["body"])
    add_line_paragraphs(document, lines["signature"], indent=ADDRESS_INDENT, space_after_last=18)
    add_blocks(document, source.blocks["postscript"])
    return document


def docx_bytes(document: DocxDocument) -> bytes:
    """Save `document` and rewrite the zip with fixed timestamps, so builds are identical."""
    raw = io.BytesIO()
    document.save(raw)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(raw.getvalue())) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


# --- main -------------------------------------------------------------------------------


def build(source_path: Path) -> tuple[Path, int]:
    """Write the .docx and .txt of one source; return the .txt path and its word count."""
    source = parse_source(source_path)
    out_dir = SAMPLES_DIR / source.folder
    out_dir.mkdir(parents=True, exist_ok=True)
    text = render_text(source)
    txt_path = out_dir / f"{source.name}.txt"
    txt_path.write_text(text, encoding="utf-8", newline="\n")
    (out_dir / f"{source.name}.docx").write_bytes(docx_bytes(build_docx(source)))
    return txt_path, count_words(text)


def main() -> int:
    sources = sorted(SOURCE_DIR.glob("*/*.src"))
    if not sources:
        print(f"no sources found in {SOURCE_DIR}", file=sys.stderr)
        return 1
    for source_path in sources:
        txt_path, words = build(source_path)
        stem = txt_path.with_suffix("").relative_to(SAMPLES_DIR)
        print(f"{stem}.docx / .txt  {words:5d} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
