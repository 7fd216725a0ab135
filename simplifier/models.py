"""The engine's data model: what a document is made of and what the analysis says about it.

Offsets (`start`/`end`) are character offsets in `Report.text`, the document's plain text, in
which blocks are joined by a blank line. Every object here is plain data so that the CLI, the
review app and the batch report can render it without touching spaCy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["suggestion", "warning", "error"]
Action = Literal["replace", "explain", "split", "rephrase", "none"]

SEVERITY_RANK: dict[str, int] = {"suggestion": 0, "warning": 1, "error": 2}
BLOCK_SEPARATOR = "\n\n"
# Categories whose findings cover a whole sentence or paragraph rather than a few words.
WIDE_CATEGORIES = frozenset(
    {"sentence_length", "paragraph_length", "readability", "enumeration", "numbers", "parentheses"}
)


@dataclass(frozen=True)
class Block:
    """One unit of text in the source: a paragraph, a table cell's paragraph, a header line...

    `part` and `paragraph` say where the block lives in a .docx (the OOXML part and the index of
    the `w:p` element among all `w:p` of that part, in document order) so that edits can be
    written back; both are empty for plain text.
    """

    index: int
    text: str
    start: int
    kind: str = "paragraph"  # paragraph | table_cell | header | footer | textbox | footnote | ...
    location: str = ""  # human-readable place, e.g. "table 1, row 2, column 3"
    part: str = ""
    paragraph: int = -1
    style: str = ""
    lang: str = ""  # fr | nl | other language code, filled by language detection
    line: int = 0  # first line of the block in a text file (1-based); 0 for .docx
    # What the block is in the text's structure: "heading", "list_item", or "" (running
    # text). A heading is not a sentence to shorten, and words in it are not changed for sure.
    role: str = ""

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column), 1-based, of a document offset inside this block: the line in the
        text file, or the block number for a .docx."""
        before = self.text[: offset - self.start]
        if not self.line:
            return self.index + 1, len(before) + 1
        return self.line + before.count("\n"), len(before) - (before.rfind("\n") + 1) + 1

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True)
class Protected:
    """A span no suggestion may rewrite: an amount, a date, a legal reference, a name..."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Rewrite:
    """A concrete change a reviewer can accept: `text` replaces the document's text between
    `start` and `end` (equal offsets insert). It may reach beyond the finding's words: the
    article in front, agreeing words. `confident` is False when the grammar could not be fitted
    for sure; `note` is then an `i18n` key telling the reviewer what to check."""

    start: int
    end: int
    text: str
    confident: bool = True
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """One problem found by one rule, with the advice to fix it; `rewrites` are the concrete
    changes that would fix it, best first (empty when only a hint can be given)."""

    rule_id: str
    category: str
    severity: Severity
    lang: str
    start: int
    end: int
    block: int
    match: str
    message: str
    explanation: str = ""
    replacements: tuple[str, ...] = ()
    action: Action = "none"
    source: str = ""
    rewrites: tuple[Rewrite, ...] = ()
    # The right alternative depends on what the sentence means ("prestation": care, a
    # service or an allowance): none of the rewrites is offered as sure.
    choose: bool = False
    # The text itself says what the term means: not advice for the reviewer (it goes to
    # `Report.explained`), but a use of the term that a batch report counts as explained.
    explained_in_text: bool = False
    # False for a term of a lexicon that does not count in the readability score
    # (`Lexicon.scored`): still advice, not a measure of the text
    scored: bool = True

    @property
    def rank(self) -> int:
        return SEVERITY_RANK[self.severity]

    @property
    def id(self) -> str:
        """Stable name of the finding in its document, used by review decisions."""
        return f"{self.rule_id}@{self.start}-{self.end}"


@dataclass(frozen=True)
class Reason:
    """One thing that makes a text hard: an interface message key and the figure behind it,
    so that it can be said in the reader's interface language."""

    key: str
    value: float

    def text(self, lang: str = "en") -> str:
        """The reason in `lang`, its figure with the reader's decimal mark ("3,0 virgules")."""
        from simplifier.i18n import reason_text

        return reason_text(self.key, self.value, lang)


@dataclass(frozen=True)
class Readability:
    """How easy a stretch of text is: `score` 0-100 (higher is easier), a CEFR `level`,
    the `measures` the score is made of, and `reasons`: what makes it hard, worst first.
    """

    score: float
    level: str
    measures: dict[str, float] = field(default_factory=dict)
    reasons: tuple[Reason, ...] = ()


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    text: str
    readability: Readability
    findings: list[Finding] = field(default_factory=list)


@dataclass
class SkippedBlock:
    """A block the checks did not look at, and why (another language, too short to tell)."""

    block: int
    lang: str
    reason: str


@dataclass
class Report:
    text: str
    blocks: list[Block]
    lang: str
    findings: list[Finding]
    readability: Readability
    sentences: list[Sentence]
    block_readability: dict[int, Readability]
    protected: list[Protected] = field(default_factory=list)
    skipped: list[SkippedBlock] = field(default_factory=list)
    source: str = ""  # path of the analysed file, "" for pasted text
    # What the score of each block is made of (`features.Counts`), so that the document's
    # score can be recomputed when only some paragraphs change (the review app).
    block_counts: dict[int, object] = field(default_factory=dict)
    # Terms of the lexicons that the text defines itself (see `checks.definitions`).
    explained: list[Finding] = field(default_factory=list)
    # From the organisation's settings (`simplifier.settings`): the level the score is
    # compared to, the form of address of the document's language, and the file they came from.
    target_level: str = "B1"
    address: str | None = None
    settings_file: str | None = None
    # The letter card (`simplifier.letter.LetterCard`): message, actions, deadlines, contact.
    card: Any = None

    def findings_at_least(self, severity: Severity) -> list[Finding]:
        threshold = SEVERITY_RANK[severity]
        return [f for f in self.findings if f.rank >= threshold]
