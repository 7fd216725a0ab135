"""Limits that keep one hostile or mistaken file from exhausting the machine.

Bytes alone do not bound the cost: 181 KB can unpack to 16 million empty paragraphs, and the
analysis time grows with the text and with the number of paragraphs. So the reader also counts
XML elements (before building a tree), paragraphs with text and characters, and refuses a
document as soon as it passes one limit. Budget: nothing under these limits takes more than
2 GB of memory or 60 s for `simplifier check` on the development machine (2 cores, the other
one busy); measured figures in docs/robustness.md. A dense 100-page brochure (50,000 words,
2,000 paragraphs, about 340,000 characters) fits.
"""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024
CHARS_PER_PAGE = 3_000  # a dense page: about 500 words


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 50 * MB  # a long brochure with pictures is a few MB
    max_unpacked_bytes: int = 300 * MB  # all parts of a .docx, uncompressed
    max_part_bytes: int = 100 * MB  # one XML part, uncompressed
    # Elements of the parts that are read (body, headers, footers, notes), counted before any
    # tree is built; a formatted page holds a few hundred to a few thousand.
    max_elements: int = 1_000_000
    max_paragraphs: int = 10_000  # paragraphs and table cells with text: 100 a page
    max_text_chars: int = 450_000  # about 150 dense pages, 70,000 words
    # One paragraph is parsed at once, in memory that grows with its length (450,000
    # characters without a break took 1.8 GB): about 30 pages without a paragraph break.
    max_paragraph_chars: int = 100_000

    def text_limit_params(self) -> dict[str, str]:
        """The parameters of the `err.too_long` message."""
        return {
            "limit": spaced(self.max_text_chars),
            "pages": spaced(self.max_text_chars // CHARS_PER_PAGE),
        }


def spaced(number: int) -> str:
    """1000000 -> '1 000 000': read the same way in French, Dutch and English."""
    return f"{number:,}".replace(",", " ")


DEFAULT_LIMITS = Limits()
