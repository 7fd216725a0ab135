"""existence: a word or phrase that should not be there (old formulas, Latin...)."""

from __future__ import annotations

from spacy.matcher import PhraseMatcher

from simplifier.checks.base import MatcherCheck, lemma_patterns
from simplifier.loader import ExistenceRule


class ExistenceCheck(MatcherCheck):
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
