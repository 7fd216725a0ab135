"""Build real .docx packages for tests, with the XML a test needs (text boxes, content
controls, fields, nested tables...) that python-docx cannot create."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from msoffcrypto.format.ooxml import OOXMLFile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def p(text: str, style: str = "") -> str:
    """A paragraph with one run."""
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def runs(*texts: str) -> str:
    """A paragraph split into several runs, alternately bold."""
    body = "".join(
        f'<w:r>{"<w:rPr><w:b/></w:rPr>" if i % 2 else ""}<w:t xml:space="preserve">{t}</w:t></w:r>'
        for i, t in enumerate(texts)
    )
    return f"<w:p>{body}</w:p>"


def table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>"
        + "".join(f"<w:tc>{c if c.startswith('<') else p(c)}</w:tc>" for c in row)
        + "</w:tr>"
        for row in rows
    )
    return f"<w:tbl>{cells}</w:tbl>"


def text_box(inner: str) -> str:
    """A paragraph anchoring a text box, with the modern copy and the legacy fallback copy."""
    return (
        "<w:p><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        f"<wps:wsp><wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{inner}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )


def build_docx(
    path: Path,
    body: str,
    header: str | None = None,
    footer: str | None = None,
    footnotes: str | None = None,
    doctype: str = "",
) -> Path:
    """Write a minimal but valid WordprocessingML package."""
    overrides = [
        (
            "/word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        ),
    ]
    rels = []
    parts: dict[str, str] = {}
    sect = ""
    footnote_part = None
    if footnotes is not None:
        footnote_part = (
            f'<w:footnotes {NAMESPACES}><w:footnote w:type="separator" w:id="-1"><w:p><w:r>'
            "<w:separator/></w:r></w:p></w:footnote>"
            f'<w:footnote w:id="1">{footnotes}</w:footnote></w:footnotes>'
        )
    related = (  # (kind, file, root element, content, section reference)
        ("header", "header1.xml", "w:hdr", header, "headerReference"),
        ("footer", "footer1.xml", "w:ftr", footer, "footerReference"),
        ("footnotes", "footnotes.xml", None, footnote_part, None),
    )
    for kind, name, root, content, reference in related:
        if content is None:
            continue
        parts[f"word/{name}"] = f"<{root} {NAMESPACES}>{content}</{root}>" if root else content
        overrides.append(
            (
                f"/word/{name}",
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml",
            )
        )
        rels.append(f'<Relationship Id="rId{kind}" Type="{REL}/{kind}" Target="{name}"/>')
        if reference:
            sect += f'<w:{reference} w:type="default" r:id="rId{kind}"/>'
    parts["word/document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
        f"<w:document {NAMESPACES}><w:body>{body}<w:sectPr>{sect}</w:sectPr></w:body></w:document>"
    )
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )
    parts["_rels/.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + "".join(f'<Override PartName="{n}" ContentType="{c}"/>' for n, c in overrides)
        + "</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def build_ole(path: Path, stream_name: str, size: int = 4096) -> Path:
    """A minimal OLE2 compound file holding one stream (as in a legacy .doc): header, one FAT
    sector, one directory sector and the stream's sectors. Enough for olefile to list it."""
    sector = 512
    data_sectors = (size + sector - 1) // sector
    fat = [0xFFFFFFFD, 0xFFFFFFFE]  # sector 0: the FAT itself; sector 1: the directory
    fat += [2 + i + 1 for i in range(data_sectors - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (128 - len(fat))
    header = bytearray(512)
    header[0:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into("<I", header, 44, 1)  # number of FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)  # no DIFAT sectors
    struct.pack_into("<I", header, 76, 0)  # DIFAT[0] = sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)

    def entry(name: str, kind: int, start: int, length: int, child: int = 0xFFFFFFFF) -> bytes:
        raw = bytearray(128)
        encoded = (name + "\0").encode("utf-16-le")
        raw[0 : len(encoded)] = encoded
        struct.pack_into("<HBB", raw, 64, len(encoded), kind, 1)
        struct.pack_into("<III", raw, 68, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into("<II", raw, 116, start, length)
        return bytes(raw)

    directory = entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1) + entry(stream_name, 2, 2, size)
    directory += bytes(128) * 2
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    stream = bytes(range(256)) * (size // 256 + 1)
    body = fat_bytes + directory + stream[:size].ljust(data_sectors * sector, b"\0")
    path.write_bytes(bytes(header) + body)
    return path


def encrypted_copy(source: Path, target: Path) -> Path:
    """A password-protected copy of a .docx, as Word writes it (password "secret")."""
    buffer = io.BytesIO()
    with source.open("rb") as handle:
        OOXMLFile(handle).encrypt("secret", buffer)
    target.write_bytes(buffer.getvalue())
    return target
