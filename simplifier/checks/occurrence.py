"""occurrence: too many of something in a sentence, a paragraph or the document
(words in a sentence, sentences in a paragraph, numbers or brackets in a sentence...)."""

from __future__ import annotations

from collections.abc import Iterator

from simplifier.checks.base import Check, Context, units
from simplifier.loader import OccurrenceRule
from simplifier.models import Finding

# What each `count:` reads from the counts the engine already made while parsing.
COUNTS: dict[str, str] = {
    "words": "words",
    "sentences": "sentences",
    "numbers": "numbers",
    "parentheses": "parentheses",
    "commas": "commas",
}


class OccurrenceCheck(Check):
    placeholders = frozenset({"match", "count", "max"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        for unit in units(ctx, rule.scope):
            if rule.count == "characters":
                count = unit.end - unit.start
            else:
                count = getattr(unit.counts, COUNTS[rule.count])
            if count > rule.max and (rule.upto is None or count <= rule.upto):
                yield self.finding(
                    unit.analysis, unit.start, unit.end, values={"count": count, "max": rule.max}
                )
