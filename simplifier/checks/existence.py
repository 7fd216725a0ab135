"""existence: a word or phrase that should not be there (old formulas, Latin...)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from simplifier.checks.base import Check, Context, lemma_patterns, match_case
from simplifier.loader import ExistenceRule
from simplifier.models import Finding


class ExistenceCheck(Check):
    placeholders = frozenset({"match", "replacement"})

    def __init__(self, rule: ExistenceRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        attr = "LEMMA" if rule.match == "lemma" else "LOWER"
        self.matcher = PhraseMatcher(self.nlp.vocab, attr=attr)
        if attr == "LEMMA":
            patterns = lemma_patterns(self.nlp, rule.tokens)
            self.matcher.add(rule.id, [doc for docs in patterns for doc in docs])
        else:
            self.matcher.add(rule.id, [self.nlp.make_doc(t) for t in rule.tokens])

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: ExistenceRule = self.rule  # type: ignore[assignment]
        for analysis in ctx.blocks:
            spans = filter_spans(self.matcher(analysis.doc, as_spans=True))
            for span in spans:
                replacements = tuple(match_case(r, span.text) for r in rule.replacements)
                yield self.finding(
                    analysis,
                    span.start_char,
                    span.end_char,
                    replacements=replacements,
                    values={"replacement": replacements[0] if replacements else ""},
                )
