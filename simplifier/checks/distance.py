"""distance: a word too far from the word it belongs to (a subject far from its verb, a Dutch
helper verb far from the main verb): the reader must keep the first in mind too long."""

from __future__ import annotations

from collections.abc import Iterator

from simplifier.checks.base import Check, Context
from simplifier.loader import DistanceRule
from simplifier.models import Finding


class DistanceCheck(Check):
    placeholders = frozenset({"match", "distance", "max", "word", "head"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: DistanceRule = self.rule  # type: ignore[assignment]
        deps = {dep.lower() for dep in rule.deps}
        for analysis in ctx.blocks:
            doc = analysis.doc
            for token in doc:
                head = token.head
                if head.i == token.i or token.dep_.lower() not in deps:
                    continue
                if rule.head_pos and head.pos_ not in rule.head_pos:
                    continue
                first, last = sorted((token.i, head.i))
                between = sum(1 for t in doc[first + 1 : last] if not (t.is_punct or t.is_space))
                if between <= rule.max or doc[first].sent.start != doc[last].sent.start:
                    continue
                yield self.finding(
                    analysis,
                    doc[first].idx,
                    doc[last].idx + len(doc[last].text),
                    values={
                        "distance": between,
                        "max": rule.max,
                        "word": token.text,
                        "head": head.text,
                    },
                )
