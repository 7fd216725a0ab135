"""Tell what a file really is from its first bytes, whatever its name says."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PDF_MAGIC = b"%PDF"
RTF_MAGIC = b"{\\rtf"


def sniff(path: Path) -> str:
    """'zip', 'ole', 'pdf', 'rtf' or 'other'."""
    with path.open("rb") as handle:
        return sniff_bytes(handle.read(8))


def sniff_bytes(head: bytes) -> str:
    """The same from the first bytes of a content that has no name (standard input)."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(PDF_MAGIC):
        return "pdf"
    if head.startswith(RTF_MAGIC):
        return "rtf"
    return "other"


def describe_zip(names: set[str]) -> str:
    """Which kind of non-Word zip this is, as a `what.*` key suffix ('' when unknown)."""
    if "mimetype" in names or "content.xml" in names:
        return "odt"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if any(name.startswith("ppt/") for name in names):
        return "pptx"
    return "zip"


def ole_kind(source: Path | BinaryIO) -> str:
    """'encrypted' for a password-protected Office file, 'doc' for legacy Word, else 'ole'."""
    import olefile

    try:
        with olefile.OleFileIO(str(source) if isinstance(source, Path) else source) as ole:
            streams = {"/".join(entry) for entry in ole.listdir(streams=True, storages=True)}
    except (OSError, ValueError) as exc:  # olefile raises OSError on a damaged container
        raise ValueError(str(exc)) from exc
    if "EncryptionInfo" in streams or "EncryptedPackage" in streams:
        return "encrypted"
    if "WordDocument" in streams:
        return "doc"
    return "ole"
