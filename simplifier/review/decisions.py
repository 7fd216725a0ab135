"""Review decisions and the decisions file that `simplifier apply` reads and the app writes.

A decision carries everything needed to apply it without re-running the analysis: the
stretch of the document's plain text it replaces (offsets and the original words, checked on
apply), the final text, and the audit trail (who, when, why). Rules or lexicons may change
between review and apply; the decisions still mean the same thing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from simplifier.errors import InputError
from simplifier.i18n import t
from simplifier.models import Finding, Report

Status = Literal["pending", "accepted", "edited", "rejected"]
STATUSES: tuple[str, ...] = ("pending", "accepted", "edited", "rejected")
APPLIED: frozenset[str] = frozenset({"accepted", "edited"})
FORMAT_VERSION = 1


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


@dataclass(frozen=True)
class Decision:
    """What a reviewer decided about one change. `text` replaces `original`, found at
    `start`-`end` in the document's plain text, when the status is accepted or edited."""

    id: str
    status: Status
    start: int
    end: int
    original: str
    text: str
    rule_id: str = ""
    category: str = ""
    reason: str = ""  # why the change helps, in plain words (the finding's message)
    comment: str = ""  # the reviewer's own remark
    reviewer: str = ""
    time: str = ""  # ISO 8601, UTC
    suggested: str = ""  # what the tool proposed, when the reviewer edited it
    action: str = ""  # replace | explain | split | rephrase | manual
    term: str = ""  # the words the advice is about (for an explanation: the official term)
    # Whether the tool is sure of the change it proposed; when not, `note` says (in the
    # reviewer's language) what to check before accepting it.
    confident: bool = True
    note: str = ""

    @property
    def applied(self) -> bool:
        return self.status in APPLIED


@dataclass
class DecisionSet:
    """All decisions about one document."""

    source: str
    decisions: list[Decision]
    source_sha256: str = ""
    reviewer: str = ""
    created: str = field(default_factory=now_iso)
    version: int = FORMAT_VERSION

    @property
    def applied(self) -> list[Decision]:
        return [d for d in self.decisions if d.applied]

    def to_json(self) -> str:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    def save(self, path: str | Path) -> None:
        from simplifier.io.atomic import write_atomically

        write_atomically(path, self.to_json())


def file_sha256(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def decision_for(
    finding: Finding,
    option: int = 0,
    *,
    status: Status = "pending",
    text: str | None = None,
    reviewer: str = "",
    comment: str = "",
    report: Report,
    ui_lang: str = "en",
) -> Decision:
    """A decision about one of a finding's rewrites (`option`), optionally with edited text."""
    rewrite = finding.rewrites[option]
    final = rewrite.text if text is None else text
    if status == "accepted" and final != rewrite.text:
        status = "edited"
    return Decision(
        id=finding.id,
        status=status,
        start=rewrite.start,
        end=rewrite.end,
        original=report.text[rewrite.start : rewrite.end],
        text=final,
        rule_id=finding.rule_id,
        category=finding.category,
        reason=finding.message,
        comment=comment,
        reviewer=reviewer,
        time=now_iso() if status != "pending" else "",
        suggested=rewrite.text,
        action=finding.action,
        term=finding.match,
        confident=rewrite.confident and not finding.choose,
        note=t(rewrite.note, ui_lang) if rewrite.note else "",
    )


def suggestions(
    report: Report,
    *,
    status: Status = "pending",
    reviewer: str = "",
    ui_lang: str = "en",
    unsure_too: bool = False,
) -> DecisionSet:
    """Every concrete change the analysis proposes, as decisions to take (best option each),
    each saying whether the tool is sure of it and, if not, what to check. With `status`
    "accepted", only sure changes are accepted (all of them with `unsure_too`); the others
    stay pending, to decide by hand."""
    decisions = []
    for finding in report.findings:
        if not finding.rewrites:
            continue
        decision = decision_for(
            finding, status="pending", reviewer=reviewer, report=report, ui_lang=ui_lang
        )
        if status != "pending" and (decision.confident or unsure_too):
            decision = decision_for(
                finding, status=status, reviewer=reviewer, report=report, ui_lang=ui_lang
            )
        decisions.append(decision)
    if status == "accepted":
        decisions = _without_conflicts(report, decisions)
    sha = file_sha256(report.source) if report.source and Path(report.source).is_file() else ""
    return DecisionSet(source=report.source, decisions=decisions, source_sha256=sha)


def _without_conflicts(report: Report, decisions: list[Decision]) -> list[Decision]:
    """When everything is accepted at once, a change that touches words another accepted
    change already rewrites stays to decide."""
    from dataclasses import replace as replaced

    from simplifier.rewrite.edits import conflicts, unchecked_edits

    clashing = conflicts(unchecked_edits(report.text, report.blocks, decisions))
    return [replaced(d, status="pending") if d.id in clashing else d for d in decisions]


_KNOWN = {f.name for f in fields(Decision)}
_REQUIRED = {"id", "status", "start", "end", "original", "text"}


def load_decisions(path: str | Path) -> DecisionSet:
    """Read and validate a decisions file; errors name the file and the decision at fault."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(path, "err.not_found") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, "err.decisions", problem=f"not JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("decisions"), list):
        raise InputError(path, "err.decisions", problem="no 'decisions' list")
    if data.get("version", FORMAT_VERSION) != FORMAT_VERSION:
        raise InputError(path, "err.decisions", problem=f"unknown version {data.get('version')}")
    decisions = []
    for number, item in enumerate(data["decisions"], start=1):
        where = f"decision {number}"
        if not isinstance(item, dict):
            raise InputError(path, "err.decisions", problem=f"{where} is not an object")
        missing = _REQUIRED - item.keys()
        unknown = item.keys() - _KNOWN
        if missing or unknown:
            key = sorted(missing or unknown)[0]
            problem = f"{where}: {'missing' if missing else 'unknown'} key '{key}'"
            raise InputError(path, "err.decisions", problem=problem)
        if item["status"] not in STATUSES:
            problem = f"{where}: status '{item['status']}' (use {', '.join(STATUSES)})"
            raise InputError(path, "err.decisions", problem=problem)
        if not (isinstance(item["start"], int) and isinstance(item["end"], int)) or not (
            0 <= item["start"] <= item["end"]
        ):
            raise InputError(path, "err.decisions", problem=f"{where}: bad start/end")
        if not all(
            isinstance(item.get(k, ""), str) for k in _KNOWN - {"start", "end", "confident"}
        ) or not isinstance(item.get("confident", True), bool):
            raise InputError(path, "err.decisions", problem=f"{where}: a value is not text")
        decisions.append(Decision(**item))
    return DecisionSet(
        source=str(data.get("source", "")),
        decisions=decisions,
        source_sha256=str(data.get("source_sha256", "")),
        reviewer=str(data.get("reviewer", "")),
        created=str(data.get("created", "")),
    )
