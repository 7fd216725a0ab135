"""One item per problem: what a reviewer goes through, made from the findings.

Several rules often speak about one sentence (too long, hard to read, a passive, words far
apart): a reader sees one problem, the sentence, with its reasons. A term that occurs seven
times is one problem too, decided once for all its places (or place by place). Items that
come with a ready change come first; notes without a change follow, and can be hidden.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from simplifier.models import Finding, Report

# Findings about a whole sentence, whatever words they point at.
SENTENCE_CATEGORIES = frozenset(
    {
        "sentence_length",
        "readability",
        "numbers",
        "parentheses",
        "word_order",
        "passive",
        "nominal_style",
        "impersonal",
        "negation",
        "enumeration",
    }
)
# Findings about a word or a phrase, the same at each of its places.
TERM_CATEGORIES = frozenset(
    {
        "jargon",
        "abbreviation",
        "rare_word",
        "formula",
        "third_person",
        "long_word",
        "capitals",
    }
)
# Which sentence finding's change is offered first: a split makes the most difference.
_LEAD_ORDER = {"split": 0, "rephrase": 1, "replace": 2, "explain": 3, "none": 4}


@dataclass(frozen=True)
class Item:
    """One problem. `findings` are all the findings behind it: the reasons of a sentence, or
    the places of a term (in document order); `lead` is the one whose change is offered."""

    kind: str  # term | sentence | paragraph
    findings: tuple[Finding, ...]
    lead: Finding

    @property
    def id(self) -> str:
        return self.lead.id

    @property
    def places(self) -> tuple[Finding, ...]:
        """Where a change is made: every place of a term; the lead alone otherwise."""
        return self.findings if self.kind == "term" else (self.lead,)

    @property
    def ready(self) -> bool:
        """There is a concrete change to accept."""
        return bool(self.lead.rewrites)

    @property
    def sure(self) -> bool:
        lead = self.lead
        return bool(lead.rewrites) and lead.rewrites[0].confident and not lead.choose

    @property
    def start(self) -> int:
        return min(f.start for f in self.findings)


def _term_key(finding: Finding) -> tuple:
    """Findings of one rule that give the same advice about the same words: the forms of one
    term ("Indemnités" opening a sentence, "indemnité") and the forms of an official term
    given the same explanation are one problem."""
    gloss = ""
    if finding.action == "explain" and finding.rewrites:
        gloss = finding.rewrites[0].text.strip().lower()
    return (
        finding.rule_id,
        finding.action,
        tuple(replacement.lower() for replacement in finding.replacements),
        finding.explanation,
        gloss or ("" if finding.replacements else finding.match.lower()),
    )


def group(report: Report) -> list[Item]:
    """The report's findings as items: ready ones first, then notes, each in text order."""
    starts = [s.start for s in report.sentences]
    by_sentence: dict[int, list[Finding]] = {}
    by_term: dict[tuple, list[Finding]] = {}
    items: list[Item] = []
    for finding in report.findings:
        if finding.category in SENTENCE_CATEGORIES and starts:
            index = max(bisect.bisect_right(starts, finding.start) - 1, 0)
            by_sentence.setdefault(index, []).append(finding)
        elif finding.category in TERM_CATEGORIES:
            by_term.setdefault(_term_key(finding), []).append(finding)
        else:
            items.append(Item("paragraph", (finding,), finding))
    for findings in by_sentence.values():
        lead = min(
            findings,
            key=lambda f: (not f.rewrites, _LEAD_ORDER.get(f.action, 5), -f.rank, f.start),
        )
        items.append(Item("sentence", tuple(findings), lead))
    for findings in by_term.values():
        ordered = tuple(sorted(findings, key=lambda f: f.start))
        items.append(Item("term", ordered, ordered[0]))
    items.sort(key=lambda item: (not item.ready, item.start, item.id))
    return items
