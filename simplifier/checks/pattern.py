"""pattern: spaCy Matcher token patterns, which can test words, lemmas, parts of speech,
morphology and dependency labels (passive voice, nominal style, impersonal phrases...)."""

from __future__ import annotations

from spacy.matcher import Matcher

from simplifier.checks.base import MatcherCheck
from simplifier.errors import RuleError
from simplifier.loader import PatternRule


class PatternCheck(MatcherCheck):
    placeholders = frozenset({"match", "replacement"})

    def __init__(self, rule: PatternRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        try:
            self.matcher.add(rule.id, rule.patterns, greedy="LONGEST")
        except (ValueError, KeyError) as exc:
            raise RuleError(f"{rule.id}: key 'patterns': {exc}") from exc
