"""Which kinds of change an organisation lets the app offer as sure (accepted in one click).

Held-out readings of real pages measured each kind apart (docs/quality.md, "Seventh session"):
French formulas were wrong 1 time in 15, explanations in brackets about one time in four. How
much trust to place in one click is the organisation's choice, so `sure = [...]` in the
settings names the kinds it accepts; the others are offered to check, with a note that says
so. Without the key every kind that passes the checks stays sure."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from simplifier.models import Finding, Rewrite

KINDS = ("formula", "abbreviation", "replacement", "explanation", "sentence")
NOTE_NOT_CHOSEN = "note.check_kind_not_sure"


def kind_of(finding: Finding, rewrite: Rewrite) -> str:
    """formula (« afin de » → « pour »), abbreviation (written out), explanation (a bracket
    inserted after a term), replacement (a word or phrase of the lexicons), or sentence (a
    sentence cut, turned active, reworded)."""
    if finding.category in ("formula", "abbreviation"):
        return finding.category
    if rewrite.start == rewrite.end and rewrite.text.lstrip().startswith("("):
        return "explanation"
    if finding.category in ("jargon", "rare_word", "long_word"):
        return "replacement"
    return "sentence"


def keep_sure_only(findings: list[Finding], kinds: Collection[str]) -> list[Finding]:
    """The findings with every sure change of a kind not in `kinds` made a change to check."""
    result = []
    for finding in findings:
        rewrites = tuple(
            replace(r, confident=False, note=NOTE_NOT_CHOSEN)
            if r.confident and kind_of(finding, r) not in kinds
            else r
            for r in finding.rewrites
        )
        result.append(
            finding if rewrites == finding.rewrites else replace(finding, rewrites=rewrites)
        )
    return result
