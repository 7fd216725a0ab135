"""readability: a sentence, paragraph or document whose score is below a threshold."""

from __future__ import annotations

from collections.abc import Iterator

from simplifier.checks.base import Check, Context
from simplifier.loader import ReadabilityRule
from simplifier.models import Finding, Readability


class ReadabilityCheck(Check):
    placeholders = frozenset({"match", "score", "level", "min_score"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: ReadabilityRule = self.rule  # type: ignore[assignment]

        def too_hard(readability: Readability) -> bool:
            words = readability.measures.get("words", 0)
            return words >= rule.min_words and readability.score < rule.min_score

        values = {"min_score": rule.min_score}
        if rule.scope == "sentence":
            for analysis in ctx.blocks:
                for sentence in analysis.sentences:
                    if too_hard(sentence.readability):
                        yield self.finding(
                            analysis,
                            sentence.span.start_char,
                            sentence.span.end_char,
                            values={
                                "score": round(sentence.readability.score),
                                "level": sentence.readability.level,
                                **values,
                            },
                        )
        elif rule.scope == "paragraph":
            for analysis in ctx.blocks:
                if too_hard(analysis.readability):
                    yield self.finding(
                        analysis,
                        0,
                        len(analysis.block.text),
                        values={
                            "score": round(analysis.readability.score),
                            "level": analysis.readability.level,
                            **values,
                        },
                    )
        elif ctx.blocks and too_hard(ctx.readability):
            first = ctx.blocks[0]
            yield self.finding(
                first,
                0,
                len(first.block.text),
                values={
                    "score": round(ctx.readability.score),
                    "level": ctx.readability.level,
                    **values,
                },
            )
