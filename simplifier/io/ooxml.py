"""WordprocessingML names and the plain-text view of a paragraph, mapped back to its XML.

python-docx's `Paragraph.text` misses runs inside `w:ins`, `w:smartTag`, `w:sdt`, `w:fldSimple`
and does not visit text boxes, footnotes or content controls. This module builds the text the
reader sees from every run of a paragraph and remembers which element each character came from,
so that the reader and the rewriter share one notion of "offset in a paragraph".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


W_P = w("p")
W_R = w("r")
W_T = w("t")
W_TBL = w("tbl")
W_TR = w("tr")
W_TC = w("tc")
W_TXBX = w("txbxContent")
MC_FALLBACK = f"{{{MC_NS}}}Fallback"

# Subtrees that hold no visible text of this paragraph: properties, deleted text, field codes,
# the legacy copy of a text box, and text boxes (whose paragraphs are blocks of their own).
_SKIP = {
    w("pPr"),
    w("rPr"),
    w("del"),
    w("moveFrom"),
    w("instrText"),
    w("delText"),
    w("delInstrText"),
    w("fldData"),
    w("sdtPr"),
    w("sdtEndPr"),
    W_TXBX,
    MC_FALLBACK,
    w("footnoteReference"),
    w("endnoteReference"),
    w("commentReference"),
    w("annotationRef"),
}
_TEXT_OF = {
    W_T: None,  # the element's own text
    w("tab"): "\t",
    w("ptab"): "\t",
    w("br"): "\n",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
}


@dataclass(frozen=True)
class Segment:
    """`text[start:end]` of the paragraph comes from `element` (a w:t, w:tab, w:br...)."""

    start: int
    end: int
    element: etree._Element


def _walk(element: etree._Element) -> Iterator[etree._Element]:
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _SKIP:
            continue
        if child.tag in _TEXT_OF:
            yield child
        else:
            yield from _walk(child)


def paragraph_text(paragraph: etree._Element) -> tuple[str, list[Segment]]:
    """The paragraph's visible text and the element behind each stretch of it."""
    parts: list[str] = []
    segments: list[Segment] = []
    offset = 0
    for element in _walk(paragraph):
        fixed = _TEXT_OF[element.tag]
        piece = (element.text or "") if fixed is None else fixed
        if not piece:
            continue
        parts.append(piece)
        segments.append(Segment(offset, offset + len(piece), element))
        offset += len(piece)
    return "".join(parts), segments


def paragraph_style(paragraph: etree._Element) -> str:
    style = paragraph.find(f"{w('pPr')}/{w('pStyle')}")
    return style.get(w("val"), "") if style is not None else ""


def is_list_item(paragraph: etree._Element) -> bool:
    return paragraph.find(f"{w('pPr')}/{w('numPr')}") is not None


def all_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Every w:p of a part in document order; a block's `paragraph` index points into this."""
    return list(root.iter(W_P))
