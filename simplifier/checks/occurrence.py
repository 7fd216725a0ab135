"""occurrence: too many of something in a sentence, a paragraph or the document
(words in a sentence, sentences in a paragraph, numbers or brackets in a sentence...)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from simplifier.checks.base import BlockAnalysis, Check, Context
from simplifier.loader import OccurrenceRule
from simplifier.models import Finding
from simplifier.readability import is_word


def _numbers(tokens: Iterable[Token]) -> int:
    """Groups of figures: "1.234,56 EUR" or "02 123 45 67" count once."""
    count = 0
    previous_digit = False
    for token in tokens:
        digit = any(ch.isdigit() for ch in token.text)
        if digit and not previous_digit:
            count += 1
        previous_digit = digit or (previous_digit and token.text in {"/", ".", "-", ","})
    return count


COUNTERS: dict[str, Callable[[list[Token]], int]] = {
    "words": lambda tokens: sum(is_word(t) for t in tokens),
    "numbers": _numbers,
    "parentheses": lambda tokens: sum(t.text == "(" for t in tokens),
    "commas": lambda tokens: sum(t.text == "," for t in tokens),
    "characters": lambda tokens: sum(len(t.text_with_ws) for t in tokens),
}


class OccurrenceCheck(Check):
    placeholders = frozenset({"match", "count", "max"})

    def _count(self, analysis: BlockAnalysis, tokens: list[Token]) -> int:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        if rule.count == "sentences":
            first, last = tokens[0].i, tokens[-1].i
            return sum(1 for s in analysis.sentences if first <= s.span.start <= last)
        return COUNTERS[rule.count](tokens)

    def _too_many(self, count: int) -> bool:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        return count > rule.max and (rule.upto is None or count <= rule.upto)

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        if rule.scope == "sentence":
            for analysis in ctx.blocks:
                for sentence in analysis.sentences:
                    count = self._count(analysis, list(sentence.span))
                    if self._too_many(count):
                        yield self.finding(
                            analysis,
                            sentence.span.start_char,
                            sentence.span.end_char,
                            values={"count": count, "max": rule.max},
                        )
        elif rule.scope == "paragraph":
            for analysis in ctx.blocks:
                if len(analysis.doc) and self._too_many(
                    count := self._count(analysis, list(analysis.doc))
                ):
                    yield self.finding(
                        analysis,
                        0,
                        len(analysis.block.text),
                        values={"count": count, "max": rule.max},
                    )
        elif ctx.blocks:
            count = sum(self._count(a, list(a.doc)) for a in ctx.blocks if len(a.doc))
            if self._too_many(count):
                first = ctx.blocks[0]
                yield self.finding(
                    first, 0, len(first.block.text), values={"count": count, "max": rule.max}
                )
