"""A standalone HTML page: the text with coloured highlights per kind of problem (the message
shows on hover and in the list beside it), and the readability scores."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from simplifier.i18n import category_label, plain_number, t
from simplifier.letter.view import as_html
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


# The measures the report lists, in reading order, and how each is written: "count" a whole
# number, "average" one decimal, "share" a part of the words as a percentage, "score" a classic
# formula rounded to a whole number. log_words_per_sentence is left out: it is the model's own
# transform of words_per_sentence and tells a reader nothing more. Measures missing here are not
# shown (a test checks every measure the engine makes has a place); the JSON keeps them all.
MEASURES: tuple[tuple[str, str], ...] = (
    ("words", "count"),
    ("sentences", "count"),
    ("words_per_sentence", "average"),
    ("longest_sentence", "count"),
    ("long_sentence_word_share", "share"),
    ("syllables_per_word", "average"),
    ("letters_per_word", "average"),
    ("long_word_share", "share"),
    ("polysyllable_share", "share"),
    ("uncommon_word_share", "share"),
    ("rare_word_share", "share"),
    ("mean_zipf", "average"),
    ("content_word_zipf", "average"),
    ("jargon_per_word", "share"),
    ("abbreviations_per_word", "share"),
    ("commas_per_sentence", "average"),
    ("subordinates_per_sentence", "average"),
    ("verbs_per_sentence", "average"),
    ("depth_per_sentence", "average"),
    ("dependency_length_per_word", "average"),
    ("passives_per_sentence", "average"),
    ("nominal_per_sentence", "average"),
    ("negations_per_sentence", "average"),
    ("numbers_per_sentence", "average"),
    ("parentheses_per_sentence", "average"),
    ("noun_share", "share"),
    ("lexical_density", "share"),
    ("proper_noun_share", "share"),
    ("lix", "score"),
    ("kandel_moles", "score"),
    ("flesch_douma", "score"),
)
HIDDEN_MEASURES = frozenset({"log_words_per_sentence"})


def measure_value(value: float, kind: str, lang: str) -> str:
    """Whole numbers or one decimal; a share as a percentage, with one decimal below 10 % so
    that 0.4 % of abbreviations does not read as none."""
    if kind == "share":
        percent = value * 100
        sign = "%" if lang == "en" else "\u00a0%"
        return plain_number(percent, 1 if 0 < percent < 10 else 0, lang) + sign
    return plain_number(value, 1 if kind == "average" else 0, lang)


def measure_rows(measures: dict[str, float], lang: str) -> list[tuple[str, str]]:
    """The measures of a text as (plain name, rounded value) in the interface language."""
    return [
        (t(f"measure.{key}", lang), measure_value(measures[key], kind, lang))
        for key, kind in MEASURES
        if key in measures
    ]


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
        t=lambda key, **kw: t(key, ui_lang, **kw),
        category_label=lambda c: category_label(c, ui_lang),
        measures=measure_rows(report.readability.measures, ui_lang),
        ui_lang=ui_lang,
        letter_card=as_html(report.card, ui_lang),
    )
