"""readability: a sentence, paragraph or document whose score is below a threshold."""

from __future__ import annotations

from collections.abc import Iterator

from simplifier.checks.base import Check, Context, units
from simplifier.loader import ReadabilityRule
from simplifier.models import Finding


class ReadabilityCheck(Check):
    placeholders = frozenset({"match", "score", "level", "min_score"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: ReadabilityRule = self.rule  # type: ignore[assignment]
        for unit in units(ctx, rule.scope):
            readability = unit.readability
            if readability.measures.get("words", 0) < rule.min_words:
                continue
            if readability.score < rule.min_score:
                yield self.finding(
                    unit.analysis,
                    unit.start,
                    unit.end,
                    values={
                        "score": round(readability.score),
                        "level": readability.level,
                        "min_score": rule.min_score,
                    },
                )
