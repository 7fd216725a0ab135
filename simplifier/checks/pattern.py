"""pattern: spaCy Matcher token patterns, which can test words, lemmas, parts of speech,
morphology and dependency labels (passive voice, nominal style, impersonal phrases...)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import Matcher
from spacy.util import filter_spans

from simplifier.checks.base import Check, Context, match_case
from simplifier.errors import RuleError
from simplifier.loader import PatternRule
from simplifier.models import Finding


class PatternCheck(Check):
    placeholders = frozenset({"match", "replacement"})

    def __init__(self, rule: PatternRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        try:
            self.matcher.add(rule.id, rule.patterns, greedy="LONGEST")
        except (ValueError, KeyError) as exc:
            raise RuleError(f"{rule.id}: key 'patterns': {exc}") from exc

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: PatternRule = self.rule  # type: ignore[assignment]
        for analysis in ctx.blocks:
            for span in filter_spans(self.matcher(analysis.doc, as_spans=True)):
                replacements = tuple(match_case(r, span.text) for r in rule.replacements)
                yield self.finding(
                    analysis,
                    span.start_char,
                    span.end_char,
                    replacements=replacements,
                    values={"replacement": replacements[0] if replacements else ""},
                )
