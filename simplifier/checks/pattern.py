"""pattern: spaCy Matcher token patterns, which can test words, lemmas, parts of speech,
morphology and dependency labels (passive voice, nominal style, impersonal phrases...)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Span

from simplifier.checks.base import BlockAnalysis, Check, Context, MatcherCheck
from simplifier.errors import RuleError
from simplifier.loader import PatternRule


class PatternIndex:
    """The patterns of all pattern rules of a language in one Matcher, run once per block:
    the tokens are walked once instead of once per rule, and a test that several rules share
    (a part of speech, a list of words) is made once per token."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)

    def add(self, key: str, patterns: list[list[dict]]) -> None:
        self.matcher.add(key, patterns, greedy="LONGEST")

    def spans(self, ctx: Context, analysis: BlockAnalysis, key: str) -> list[Span]:
        cache = ctx.extras.setdefault(("patterns", id(self)), {})
        index = analysis.block.index
        if index not in cache:
            by_key: dict[str, list[Span]] = {}
            for span in self.matcher(analysis.doc, as_spans=True):
                by_key.setdefault(span.label_, []).append(span)
            cache[index] = by_key
        return cache[index].get(key, [])


class PatternCheck(MatcherCheck):
    placeholders = frozenset({"match", "replacement"})

    def __init__(self, rule: PatternRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        try:
            self.matcher.add(rule.id, rule.patterns, greedy="LONGEST")
        except (ValueError, KeyError) as exc:
            raise RuleError(f"{rule.id}: key 'patterns': {exc}") from exc
        self.index: PatternIndex | None = None

    def spans(self, ctx: Context, analysis: BlockAnalysis) -> list[Span]:
        found = (
            super().spans(ctx, analysis)
            if self.index is None
            else self.index.spans(ctx, analysis, self.rule.id)
        )
        rule: PatternRule = self.rule  # type: ignore[assignment]
        if rule.once_per_text:
            return _first_uses(ctx, rule, self._kept(found))
        return self._kept(found)

    def _kept(self, found: list[Span]) -> list[Span]:
        rule: PatternRule = self.rule  # type: ignore[assignment]
        if not (rule.unless_dep or rule.unless_before or rule.with_dep or rule.unless_words):
            return found
        return [span for span in found if _kept(span, rule)]


def _first_uses(ctx: Context, rule: PatternRule, found: list[Span]) -> list[Span]:
    """The spans whose words the text has not used before (blocks come in reading order)."""
    seen: set[str] = ctx.extras.setdefault(("first uses", rule.id), set())
    fresh = []
    for span in found:
        words = span.text.lower()
        if words not in seen:
            seen.add(words)
            fresh.append(span)
    return fresh


def _attached(span: Span, deps: list[str]) -> bool:
    """A word of the span's sentence, attached to a word of the span, with one of `deps`."""
    inside = range(span.start, span.end)
    return any(token.dep_ in deps and token.head.i in inside for token in span.sent)


def _kept(span: Span, rule: PatternRule) -> bool:
    """The rule's own conditions: no word attached with one of `unless_dep`, none of
    `unless_before` right before the match, none of `unless_words` in it, right after it or
    a few words on before an article, a name or a pronoun, and a word attached with one of
    `with_dep`."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if before in rule.unless_before:
        return False
    if rule.unless_words:
        reach = doc[span.start : min(span.end + 1, len(doc))]
        if any(token.lower_ in rule.unless_words for token in reach):
            return False
        if _agent_after(span, rule.unless_words):
            return False
    if rule.unless_dep and _attached(span, rule.unless_dep):
        return False
    return not rule.with_dep or _attached(span, rule.with_dep)


AGENT_REACH = 8  # words after the match where a named agent may still stand


def _agent_after(span: Span, words: list[str]) -> bool:
    """One of `words` in the next few words of the sentence, followed by an article, a name or
    a pronoun: who acts is said, further on."""
    sentence_end = span.sent.end
    stop = min(span.end + AGENT_REACH, sentence_end - 1)
    doc = span.doc
    return any(
        doc[i].lower_ in words and doc[i + 1].pos_ in ("DET", "PROPN", "PRON")
        for i in range(span.end, stop)
    )


def share_patterns(checks: list[Check], nlp: Language) -> None:
    """Let the pattern checks of one compiled rule pack find their matches in one pass."""
    pattern_checks = [c for c in checks if isinstance(c, PatternCheck)]
    if len({c.rule.id for c in pattern_checks}) != len(pattern_checks):
        return  # rule ids are the keys of the shared matcher; duplicates keep their own
    index = PatternIndex(nlp)
    for check in pattern_checks:
        index.add(check.rule.id, check.rule.patterns)  # type: ignore[attr-defined]
        check.index = index
