"""substitution: terms from the lexicons, matched on their lemma (so plurals, conjugations
and elisions are found) or their exact form, with plain alternatives; official terms that must
stay (`keep: true`) get an explanation instead."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Span
from spacy.util import filter_spans

from simplifier.checks.base import Check, Context, lemma_patterns, match_case
from simplifier.loader import Lexicon, LexiconEntry, SubstitutionRule
from simplifier.models import Finding


class SubstitutionCheck(Check):
    placeholders = frozenset({"match", "replacement", "alternatives", "explanation"})

    def __init__(self, rule: SubstitutionRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        names = list(self.lexicons) if rule.lexicons == "all" else rule.lexicons
        self.entries: list[LexiconEntry] = []
        for name in names:
            lexicon = self.lexicons.get(name)
            if isinstance(lexicon, Lexicon):
                for entry in lexicon.entries:
                    domain = entry.domain or lexicon.domain
                    if rule.domains and domain not in rule.domains:
                        continue
                    if domain not in rule.exclude_domains:
                        self.entries.append(entry)
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        self.patterns = Matcher(self.nlp.vocab)
        lemma_terms: list[tuple[str, str]] = []
        for number, entry in enumerate(self.entries):
            key = str(number)
            forms = [entry.term, *entry.variants]
            if entry.match == "pattern":
                self.patterns.add(key, entry.pattern)
                continue
            self.lower.add(key, [self.nlp.make_doc(form) for form in forms])
            if entry.match == "lemma":
                lemma_terms += [(key, form) for form in forms]
        patterns = lemma_patterns(self.nlp, [form for _, form in lemma_terms])
        for (key, _), docs in zip(lemma_terms, patterns, strict=True):
            self.lemma.add(key, docs)

    def _matches(self, doc) -> list[Span]:
        spans: list[Span] = []
        for matcher in (self.lower, self.lemma, self.patterns):
            if not len(matcher):
                continue
            for match_id, start, end in matcher(doc):
                spans.append(Span(doc, start, end, label=match_id))
        return filter_spans(spans)

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: SubstitutionRule = self.rule  # type: ignore[assignment]
        explained: set[int] = set()
        for analysis in ctx.blocks:
            for span in self._matches(analysis.doc):
                number = int(span.label_)
                entry = self.entries[number]
                if entry.keep:
                    # An official term is explained once, where the letter's text first uses
                    # it (not in the letterhead); repeating the advice at every use is noise.
                    if number in explained or analysis.block.kind in ("header", "footer"):
                        continue
                    explained.add(number)
                    yield self.finding(
                        analysis,
                        span.start_char,
                        span.end_char,
                        message=rule.message_keep,
                        action="explain",
                        explanation=rule.explanation_keep or entry.explanation,
                        values={
                            "replacement": "",
                            "alternatives": "",
                            "explanation": entry.explanation,
                        },
                    )
                    continue
                alternatives = tuple(match_case(a, span.text) for a in entry.alternatives)
                yield self.finding(
                    analysis,
                    span.start_char,
                    span.end_char,
                    replacements=alternatives,
                    action="replace",
                    explanation=entry.explanation,
                    values={
                        "replacement": alternatives[0],
                        "alternatives": " / ".join(alternatives),
                        "explanation": entry.explanation,
                    },
                )
