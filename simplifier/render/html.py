"""A standalone HTML page: the text with coloured highlights per kind of problem (the message
shows on hover and in the list beside it), and the readability scores."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from simplifier.i18n import CATEGORY_LABELS, category_label, t
from simplifier.models import WIDE_CATEGORIES, Finding, Report

# Findings that cover whole sentences or paragraphs (WIDE_CATEGORIES) are underlined; the others
# are highlighted.
# One colour per kind of work for the reader (a word to explain or replace, an abbreviation,
# the shape of a sentence, speaking to the reader), so that no two meanings share a colour and
# no colour is close to another's; the sentence-wide ones are shown by outline, not colour.
HARD_WORDS, SHORT_FORMS, SENTENCE_SHAPE, THE_READER = "#ffcf70", "#9ee6a8", "#a9c8ff", "#f5a8cf"
COLOURS = {
    "jargon": HARD_WORDS,
    "rare_word": HARD_WORDS,
    "long_word": HARD_WORDS,
    "formula": HARD_WORDS,
    "abbreviation": SHORT_FORMS,
    "capitals": SHORT_FORMS,
    "passive": SENTENCE_SHAPE,
    "impersonal": SENTENCE_SHAPE,
    "nominal_style": SENTENCE_SHAPE,
    "negation": SENTENCE_SHAPE,
    "word_order": SENTENCE_SHAPE,
    "third_person": THE_READER,
    "sentence_length": "#e63946",
    "paragraph_length": "#8d0801",
    "readability": "#f77f00",
    "numbers": "#d0f4de",
    "enumeration": "#52b788",
    "parentheses": "#4895ef",
    "other": "#dddddd",
}


@dataclass
class Piece:
    text: str
    findings: list[Finding]
    end: int = 0  # offset in the block just after the piece

    @property
    def classes(self) -> str:
        return " ".join(sorted({f"c-{f.category}" for f in self.findings}))

    @property
    def title(self) -> str:
        return "\n".join(f"{f.message}" for f in self.findings)


def pieces_of(text: str, offset: int, findings: list[Finding]) -> list[Piece]:
    """Cut a block's text at every finding boundary; each piece knows the findings covering it."""
    cuts = {0, len(text)}
    for f in findings:
        cuts.update((max(f.start - offset, 0), min(f.end - offset, len(text))))
    ordered = sorted(cuts)
    pieces = []
    for a, b in itertools.pairwise(ordered):
        covering = [f for f in findings if f.start - offset <= a and f.end - offset >= b]
        pieces.append(Piece(text[a:b], covering, b))
    return pieces


_ENV = Environment(
    loader=PackageLoader("simplifier.render", "templates"),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(report: Report, ui_lang: str = "en") -> str:
    by_block: dict[int, list[Finding]] = {}
    for finding in report.findings:
        by_block.setdefault(finding.block, []).append(finding)
    blocks = [
        {
            "block": block,
            "pieces": pieces_of(block.text, block.start, by_block.get(block.index, [])),
            "readability": report.block_readability.get(block.index),
            "skipped": block.index not in report.block_readability,
        }
        for block in report.blocks
    ]
    used = sorted({f.category for f in report.findings})
    return _ENV.get_template("report.html.j2").render(
        report=report,
        blocks=blocks,
        legend=[
            (c, category_label(c, ui_lang), COLOURS.get(c, COLOURS["other"]), c in WIDE_CATEGORIES)
            for c in used
        ],
        colours=COLOURS,
        wide=WIDE_CATEGORIES,
        categories=CATEGORY_LABELS,
        t=lambda key, **kw: t(key, ui_lang, **kw),
        category_label=lambda c: category_label(c, ui_lang),
        ui_lang=ui_lang,
    )
