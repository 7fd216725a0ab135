"""occurrence: too many of something in a sentence, a paragraph or the document
(words in a sentence, sentences in a paragraph, numbers or brackets in a sentence...)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Token

from simplifier.checks.base import Check, Context, units
from simplifier.loader import OccurrenceRule
from simplifier.models import Finding
from simplifier.words import is_word


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


COUNTERS: dict[str, Callable[[Iterable[Token]], int]] = {
    "words": lambda tokens: sum(is_word(t) for t in tokens),
    "numbers": _numbers,
    "parentheses": lambda tokens: sum(t.text == "(" for t in tokens),
    "commas": lambda tokens: sum(t.text == "," for t in tokens),
    "characters": lambda tokens: sum(len(t.text_with_ws) for t in tokens),
}


class OccurrenceCheck(Check):
    placeholders = frozenset({"match", "count", "max"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        for unit in units(ctx, rule.scope):
            if rule.count == "sentences":
                count = unit.sentences
            else:
                count = COUNTERS[rule.count](unit.tokens)
            if count > rule.max and (rule.upto is None or count <= rule.upto):
                yield self.finding(
                    unit.analysis, unit.start, unit.end, values={"count": count, "max": rule.max}
                )
