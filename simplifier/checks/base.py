"""What every check gets to look at, and how it reports what it found."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from simplifier import diskcache
from simplifier.features import Counts, total
from simplifier.loader import AbbreviationList, Lexicon, RuleBase
from simplifier.models import Action, Block, Finding, Protected, Readability
from simplifier.protect import Intervals


@dataclass
class SentenceAnalysis:
    span: Span
    readability: Readability
    counts: Counts = field(default_factory=Counts)


@dataclass
class BlockAnalysis:
    """One parsed block of the document, in one language."""

    block: Block
    doc: Doc
    protected: list[Protected]
    sentences: list[SentenceAnalysis]
    readability: Readability
    counts: Counts = field(default_factory=Counts)

    @cached_property
    def untouchable(self) -> Intervals:
        """The protected spans, sorted once for the whole block: building them again for
        every finding made a long paragraph cost the square of its length."""
        return Intervals((p.start, p.end) for p in self.protected)


@dataclass
class Context:
    """Everything the checks of one language see: its blocks in reading order and the text of
    the whole document (abbreviations count as explained if written out in any language)."""

    lang: str
    text: str
    blocks: list[BlockAnalysis]
    readability: Readability
    extras: dict[str, Any] = field(default_factory=dict)


class Check:
    """A compiled rule. Subclasses implement `run`; `placeholders` lists what messages may use."""

    placeholders: ClassVar[frozenset[str]] = frozenset({"match"})

    def __init__(
        self,
        rule: RuleBase,
        nlp: Language,
        lexicons: dict[str, Lexicon | AbbreviationList],
        lang: str,
    ) -> None:
        self.rule = rule
        self.nlp = nlp
        self.lexicons = lexicons
        self.lang = lang

    def run(self, ctx: Context) -> Iterator[Finding]:
        raise NotImplementedError

    def finding(
        self,
        analysis: BlockAnalysis,
        start: int,
        end: int,
        *,
        message: str | None = None,
        replacements: tuple[str, ...] = (),
        action: Action | None = None,
        explanation: str | None = None,
        values: dict[str, object] | None = None,
    ) -> Finding:
        """A finding at block-relative characters `start:end`, with its message filled in."""
        text = analysis.block.text
        while end > start and text[end - 1].isspace():
            end -= 1
        match = text[start:end]
        template = message if message is not None else self.rule.message
        return Finding(
            rule_id=self.rule.id,
            category=self.rule.category,
            severity=self.rule.level,
            lang=self.lang,
            start=analysis.block.start + start,
            end=analysis.block.start + end,
            block=analysis.block.index,
            match=match,
            message=template.format(match=match, **(values or {})),
            explanation=explanation if explanation is not None else self.rule.explanation,
            replacements=replacements,
            action=action or self.rule.action or ("replace" if replacements else "none"),
            source=self.rule.source,
        )


@dataclass
class Unit:
    """A sentence, a paragraph or the whole document, as rules with a `scope` see it. A
    document-wide finding is placed on the first block."""

    analysis: BlockAnalysis
    start: int
    end: int
    counts: Counts
    readability: Readability


def units(ctx: Context, scope: str) -> Iterator[Unit]:
    if scope == "sentence":
        for a in ctx.blocks:
            for s in a.sentences:
                yield Unit(a, s.span.start_char, s.span.end_char, s.counts, s.readability)
    elif scope == "paragraph":
        for a in ctx.blocks:
            yield Unit(a, 0, len(a.block.text), a.counts, a.readability)
    elif ctx.blocks:
        first = ctx.blocks[0]
        counts = total(a.counts for a in ctx.blocks)
        yield Unit(first, 0, len(first.block.text), counts, ctx.readability)


class MatcherCheck(Check):
    """A check whose `matcher` (Matcher or PhraseMatcher) finds the spans to flag; the rule's
    fixed `replacements`, if any, are offered with the case of the match."""

    matcher: Any

    def spans(self, ctx: Context, analysis: BlockAnalysis) -> list[Span]:
        return self.matcher(analysis.doc, as_spans=True)

    def run(self, ctx: Context) -> Iterator[Finding]:
        fixed: list[str] = getattr(self.rule, "replacements", [])
        for analysis in ctx.blocks:
            for span in filter_spans(self.spans(ctx, analysis)):
                replacements = tuple(match_case(r, span.text) for r in fixed)
                yield self.finding(
                    analysis,
                    span.start_char,
                    span.end_char,
                    replacements=replacements,
                    values={"replacement": replacements[0] if replacements else ""},
                )


def lemma_patterns(nlp: Language, phrases: list[str]) -> list[list[Doc]]:
    """Patterns for a LEMMA PhraseMatcher, one list per phrase.

    Terms are written in their base form (infinitive, singular), so the term's own words are
    the lemmas to look for: this avoids lemmatising a lone word out of context, which small
    pipelines often get wrong ("staven" -> "staf"). Multi-word terms also get the lemmas of
    their parse, so that agreement inside the term is found ("interventions majorées").

    Parsing every term took most of the time spent compiling the checks, so the words and
    lemmas are kept in the disk cache (keyed by the terms and the pipeline) and the patterns
    rebuilt from them: a LEMMA matcher reads nothing else of a pattern."""
    key = diskcache.fingerprint(diskcache.versions(), pipeline_identity(nlp), *phrases)
    parses = diskcache.cached(f"lemmas-{nlp.lang}", key, lambda: _lemma_parses(nlp, phrases))
    result = []
    for words, spaces, parse in parses:
        base = Doc(nlp.vocab, words=words, spaces=spaces, lemmas=[w.lower() for w in words])
        patterns = [base]
        if parse is not None:
            patterns.append(Doc(nlp.vocab, words=parse[0], spaces=parse[1], lemmas=parse[2]))
        result.append(patterns)
    return result


_Parse = tuple[list[str], list[bool], list[str]]


def _lemma_parses(
    nlp: Language, phrases: list[str]
) -> list[tuple[list[str], list[bool], _Parse | None]]:
    """Each phrase's words and spaces, and for a multi-word phrase its parse's words, spaces
    and lemmas: what `lemma_patterns` builds its patterns from."""
    result: list[tuple[list[str], list[bool], _Parse | None]] = []
    for phrase, parse in zip(phrases, nlp.pipe(phrases), strict=True):
        words = nlp.make_doc(phrase)
        parsed = None
        if len(words) > 1:
            parsed = (
                [t.text for t in parse],
                [bool(t.whitespace_) for t in parse],
                [t.lemma_ for t in parse],
            )
        result.append(([t.text for t in words], [bool(t.whitespace_) for t in words], parsed))
    return result


def pipeline_identity(nlp: Language) -> str:
    """What makes a pipeline's output: its package, version and the components that run."""
    meta = nlp.meta
    name = f"{meta.get('lang')}_{meta.get('name')} {meta.get('version')}"
    return f"{name}: {','.join(nlp.pipe_names)}"


def placeholders_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def match_case(replacement: str, original: str) -> str:
    """Capitalise the replacement when the original started with a capital (sentence start)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
