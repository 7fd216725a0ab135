"""What the batch keeps of one document: plain data that goes into the cache (as JSON) and
into every report, without the document's text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from simplifier.errors import InputError

OK, FAILED = "ok", "failed"
SKIPPED = "skipped"  # left out on purpose: not a letter, a link out of the folders...


@dataclass
class FindingRow:
    rule_id: str
    category: str
    severity: str
    line: int
    column: int
    match: str
    message: str
    suggestion: str
    action: str
    explanation: str


@dataclass
class TermRow:
    """A word or phrase a document uses that readers may not know (jargon, abbreviation, old
    formula...): `key` groups its forms across documents, `label` is how it is shown, `count`
    how often the document uses it, `explained` whether the document explains it."""

    key: str
    label: str
    category: str
    lang: str
    count: int
    explained: bool
    suggestion: str = ""


@dataclass
class DocResult:
    digest: str
    status: str = OK
    error_code: str = ""
    error_params: dict[str, Any] = field(default_factory=dict)
    lang: str = ""
    langs: list[str] = field(default_factory=list)
    words: int = 0
    sentences: int = 0
    score: float = 0.0
    level: str = ""
    reasons: list[tuple[str, float]] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)
    terms: list[TermRow] = field(default_factory=list)
    skipped_blocks: int = 0
    seconds: float = 0.0
    page: str = ""  # file name of the highlights page, in the report's pages/ folder
    # what the letter card says (simplifier.letter): {} for a document that is not a letter,
    # else {"no_deadline", "no_contact", "late", "no_message"}: True when it falls short, and
    # {"paragraph", "paragraphs"}: the message in paragraph n (0: none found) of m (results
    # cached before these two were kept lack them)
    card: dict[str, bool | int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def skipped(self) -> bool:
        return self.status == SKIPPED

    def error(self, path: str, lang: str) -> str:
        """Why it was not checked, in the reader's language: what is wrong and what to do."""
        if self.ok:
            return ""
        return InputError(path, self.error_code, **self.error_params).describe(lang)

    def severity_counts(self) -> dict[str, int]:
        counts = {"error": 0, "warning": 0, "suggestion": 0}
        for finding in self.findings:
            counts[finding.severity] = counts.get(finding.severity, 0) + 1
        return counts

    def category_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for finding in self.findings:
            counts[finding.category] = counts.get(finding.category, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what `dataclasses.asdict` gives, built without its deep copies)."""
        data = dict(vars(self))
        data["error_params"] = dict(self.error_params)
        data["langs"] = list(self.langs)
        data["reasons"] = [list(reason) for reason in self.reasons]
        data["findings"] = [dict(vars(f)) for f in self.findings]
        data["terms"] = [dict(vars(t)) for t in self.terms]
        data["card"] = dict(self.card)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocResult:
        data = dict(data)
        data["findings"] = [FindingRow(**f) for f in data.get("findings", [])]
        data["terms"] = [TermRow(**t) for t in data.get("terms", [])]
        data["reasons"] = [(key, value) for key, value in data.get("reasons", [])]
        return cls(**data)


def failure(digest: str, code: str, **params: Any) -> DocResult:
    """A document that could not be analysed; `code` is an `i18n` key."""
    plain = {k: v if isinstance(v, str | int | float | bool) else str(v) for k, v in params.items()}
    return DocResult(digest=digest, status=FAILED, error_code=code, error_params=plain)


def skipped(digest: str, code: str, **params: Any) -> DocResult:
    """A file left out on purpose (not a letter, a link out of the folders...); `code` is an
    `i18n` key that says why."""
    result = failure(digest, code, **params)
    result.status = SKIPPED
    return result
