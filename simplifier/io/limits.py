"""Size limits that keep one hostile or mistaken file from exhausting the machine."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * MB  # a long brochure with pictures is a few MB
    max_unpacked_bytes: int = 300 * MB  # all parts of a .docx, uncompressed
    max_part_bytes: int = 100 * MB  # one XML part, uncompressed
    max_text_chars: int = 2_000_000  # about 300,000 words: far more than any letter


DEFAULT_LIMITS = Limits()
