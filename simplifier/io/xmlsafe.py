"""Parse one XML part of an untrusted package: the same refusals whatever its encoding, and
a bound on the number of elements before any tree is built.

A tree costs a few hundred bytes per element, so a part of 100 MB made of empty `<w:p/>`
(16 million elements) would need gigabytes; counting is cheap and comes first. libxml2 honours
the encoding a part declares (UTF-16, and even UTF-7, where `+ADw-` is `<`), so byte-level
checks only hold on bytes whose encoding we chose: every part is turned into UTF-8 first and
parsed with the encoding forced, so that the parser never switches to another one.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from simplifier.errors import InputError

MAX_DEPTH = 256  # libxml2's own limit without XML_PARSE_HUGE

_OPTIONS = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "huge_tree": False,
    "encoding": "utf-8",
}
_PARSER = etree.XMLParser(remove_comments=True, **_OPTIONS)
_EDITING_PARSER = etree.XMLParser(**_OPTIONS)  # a part written back keeps its comments
_DECLARATIONS = re.compile(rb"<!(?:doctype|entity)", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_UTF8_NAMES = {"utf-8", "utf8", "ascii", "us-ascii"}
# First bytes of a part in an encoding that is not a superset of ASCII (XML 1.0, appendix F).
_WIDE_STARTS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)


def wide_encoding(head: bytes) -> str | None:
    """The encoding of a part whose bytes are not ASCII-compatible (UTF-16 or UTF-32, told
    by the byte-order mark or the first characters), else None."""
    for start, encoding in _WIDE_STARTS:
        if head.startswith(start):
            return encoding
    return None


def markup_count(data: bytes) -> int:
    """Tags that open an element (`<` not followed by `/`), on ASCII-compatible bytes. An upper
    bound of the elements: comments, processing instructions and `<` inside CDATA count too,
    which Word does not write in the parts we read."""
    return data.count(b"<") - data.count(b"</")


def as_utf8(data: bytes, source: str | Path, part: str) -> tuple[bytes, bool]:
    """The part's bytes in UTF-8 and whether they had to be converted. A part that declares
    an encoding Python does not know, or whose bytes do not fit it, is damaged."""
    encoding = wide_encoding(data[:4])
    if encoding is None:
        head = data[3:200] if data.startswith(codecs.BOM_UTF8) else data[:200]
        declared = _XML_DECLARATION.match(head.lstrip())
        if declared is None or declared.group(1).decode("ascii").lower() in _UTF8_NAMES:
            return data, False
        encoding = declared.group(1).decode("ascii")
    try:
        text = data.decode(encoding)
    except LookupError as exc:
        raise InputError(
            source, "err.corrupt", reason=f"{part}: unknown encoding {encoding}"
        ) from exc
    except UnicodeDecodeError as exc:
        raise InputError(source, "err.corrupt", reason=f"{part}: not {encoding}") from exc
    return text.lstrip("\ufeff").encode("utf-8"), True


def refuse_declarations(data: bytes, source: str | Path, part: str) -> None:
    """Word never writes a DOCTYPE or entity declarations; they are how entity expansion
    attacks (billion laughs) start. `data` must be UTF-8 (see `as_utf8`)."""
    if _DECLARATIONS.search(data):
        raise InputError(source, "err.xml_entities", part=part)


def parse(data: bytes, source: str | Path, part: str, *, editing: bool = False) -> etree._Element:
    """Parse UTF-8 bytes already checked by `refuse_declarations`; parser errors become
    InputErrors that say what is wrong."""
    try:
        return etree.fromstring(data, _EDITING_PARSER if editing else _PARSER)
    except etree.XMLSyntaxError as exc:
        last = exc.error_log.last_error if exc.error_log else None
        if last is not None and last.type_name == "ERR_RESOURCE_LIMIT" and "depth" in exc.msg:
            raise InputError(source, "err.too_deep", part=part, limit=MAX_DEPTH) from exc
        reason = " ".join(f"{part}: {exc.msg}".split())
        raise InputError(source, "err.corrupt", reason=reason) from exc


def safe_tree(
    data: bytes, source: str | Path, part: str, *, editing: bool = False
) -> etree._Element:
    """Convert, check and parse one part (for the writer, which only opens documents the
    reader, and its limits, have already accepted)."""
    data, _ = as_utf8(data, source, part)
    refuse_declarations(data, source, part)
    return parse(data, source, part, editing=editing)
