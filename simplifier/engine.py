"""The data flow: blocks -> language per block -> parse -> protect -> readability -> checks ->
sorted findings and scores in a Report (see GUIDE.md)."""

from __future__ import annotations

import bisect
import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from simplifier.checks import CHECK_TYPES, Check, Context, placeholders_of
from simplifier.checks.base import BlockAnalysis, SentenceAnalysis
from simplifier.checks.definitions import defines
from simplifier.checks.pattern import share_patterns
from simplifier.citations import citations, inside
from simplifier.errors import InputError, RuleError, SimplifierError
from simplifier.features import Counts, count_sentence, total
from simplifier.io import document_text, number_blocks, read_file, read_text
from simplifier.io.docx_reader import RawBlock
from simplifier.io.limits import DEFAULT_LIMITS, Limits
from simplifier.items import SENTENCE_CATEGORIES
from simplifier.language import (
    detect_blocks,
    detect_blocks_in_child,
    guess_by_function_words,
    main_language,
)
from simplifier.letter import build as letter_card
from simplifier.letter.card import opt_in_rule_ids
from simplifier.loader import load_extra_lexicons, load_lexicons, load_rules
from simplifier.models import (
    WIDE_CATEGORIES,
    Block,
    Finding,
    Protected,
    Readability,
    Report,
    Sentence,
    SkippedBlock,
)
from simplifier.nlp import SUPPORTED_LANGS, get_pipeline
from simplifier.protect import Intervals, protected_spans
from simplifier.readability import readability
from simplifier.rewrite import safety, second_opinion
from simplifier.rewrite.propose import propose
from simplifier.rewrite.sure_kinds import keep_sure_only
from simplifier.settings import Settings, current

NOT_SCORED = Readability(score=100.0, level="A1")  # placeholder until `_score` runs
# Actions that rewrite the text themselves; they may not touch a protected span.
REWRITING_ACTIONS = {"replace"}
PAGE_FURNITURE = {"header", "footer"}
MIN_SCORED_WORDS = 5
BATCH_BLOCKS = 64
BATCH_CHARS = 25_000


@dataclass
class Analyzer:
    """A language's pipeline and compiled rules, built once per process."""

    lang: str
    nlp: Language
    checks: list[Check]


def compile_checks(lang: str, nlp: Language, settings: Settings | None = None) -> list[Check]:
    """The language's rules as checks, with the organisation's lexicons added, its rules
    switched off left out and its thresholds in place of the rule files' own."""
    settings = settings or Settings()
    lexicons = load_lexicons(lang)
    extra = settings.lexicon_files.get(lang, ())
    texts = settings.lexicon_texts.get(lang, ())
    if extra or texts:
        lexicons = load_extra_lexicons(lang, extra, lexicons, texts)
    checks = []
    for rule in load_rules(lang):
        if rule.id in settings.off:
            continue
        if rule.id in settings.thresholds:  # validated against the rule's model on loading
            rule = rule.model_copy(update=dict(settings.thresholds[rule.id]))
        check_type = CHECK_TYPES[rule.extends]  # type: ignore[attr-defined]
        for key in ("message", "message_keep", "message_unknown", "message_short"):
            template = getattr(rule, key, None)
            unknown = placeholders_of(template) - check_type.placeholders if template else set()
            if unknown:
                raise RuleError(
                    f"rules/{lang}/{rule.id.split('.', 1)[1]}.yml: key '{key}': unknown "
                    f"placeholder {{{sorted(unknown)[0]}}} (allowed: "
                    f"{', '.join(sorted(check_type.placeholders))})"
                )
        checks.append(check_type(rule, nlp, lexicons, lang))
    share_patterns(checks, nlp)
    return checks


_loaded: set[str] = set()
_detection = {"in_child": False}
_analyzers: dict[tuple[str, str], Analyzer] = {}
# Analyzers made with lexicons given as text (teams' lexicons, which change while the app
# runs: each approved entry makes a new one, about 6 MB): only the latest used few are kept.
TEXT_ANALYZERS = 12
_with_texts: list[tuple[str, str]] = []


def get_analyzer(lang: str, settings: Settings | None = None) -> Analyzer:
    """The analyzer of `lang` under `settings` (the process's own when None), built once per
    language and per content of the settings and their lexicon files: two organisations, or
    a lexicon file edited while the app runs, never share compiled rules."""
    settings = settings or current()
    key = (lang, settings.lang_key(lang))
    if key not in _analyzers:
        nlp = get_pipeline(lang)
        _analyzers[key] = Analyzer(lang, nlp, compile_checks(lang, nlp, settings))
        _loaded.add(lang)
        if settings.lexicon_texts.get(lang):
            _with_texts.append(key)
            while len(_with_texts) > TEXT_ANALYZERS:
                _forget(_analyzers.pop(_with_texts.pop(0)))
    elif key in _with_texts:  # the latest used are kept, not the latest made
        _with_texts.remove(key)
        _with_texts.append(key)
    return _analyzers[key]


def _forget(analyzer: Analyzer) -> None:
    """Let an analyzer's compiled lexicon go (an analysis still running with it keeps it)."""
    from simplifier.checks.substitution import LexiconIndex

    for check in analyzer.checks:
        LexiconIndex.forget(analyzer.nlp, check.lexicons)


def detect_in_child_process(enabled: bool = True) -> None:
    """Let the first analysis tell the languages in a child process while this one loads the
    pipeline the text's common words point to (`_languages`). For the command line, which
    loads one pipeline per run; a server keeps its pipelines and its language detector loaded."""
    _detection["in_child"] = enabled


def _languages(texts: list[str], settings: Settings | None = None) -> list[str]:
    """`detect_blocks(texts)`; when allowed and the pipeline is not loaded yet, computed on
    the other core while the pipeline of the language the common words point to loads. The
    languages are the same either way; a wrong guess only loads a pipeline early, and a
    pipeline that fails to load fails again, with its message, where it is needed."""
    guess = guess_by_function_words(texts, SUPPORTED_LANGS)
    if not _detection["in_child"] or guess is None or guess in _loaded:
        return detect_blocks(texts, SUPPORTED_LANGS)
    answer = detect_blocks_in_child(texts, SUPPORTED_LANGS)
    with contextlib.suppress(SimplifierError):
        get_analyzer(guess, settings)
    return answer()


def analyze(
    text: str,
    lang: str | None = None,
    *,
    source: str = "",
    rules: set[str] | None = None,
    settings: Settings | None = None,
    letter: bool | None = None,
) -> Report:
    """Analyse pasted text; `lang` ('fr' or 'nl') is detected per paragraph when None."""
    blocks = read_text(text, source=source or "<text>")
    return analyze_blocks(
        blocks, lang, source=source, rules=rules, settings=settings, letter=letter
    )


def analyze_file(
    path: str | Path,
    lang: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    *,
    rewrites: bool = True,
    settings: Settings | None = None,
    letter: bool | None = None,
) -> Report:
    """Analyse a .docx or .txt file; blocks keep their place in the source for writing back."""
    return analyze_blocks(
        read_file(path, limits),
        lang,
        source=str(path),
        rewrites=rewrites,
        settings=settings,
        letter=letter,
    )


def analyze_as_document(text: str, lang: str) -> Report:
    """One text (a sentence, a passage) analysed as a document of its own, as one block: how
    the evaluation scores each row of its data sets."""
    return analyze_blocks(number_blocks([RawBlock(text, "paragraph", "", "", 0)]), lang)


def analyze_blocks(
    blocks: list[Block],
    lang: str | None = None,
    *,
    source: str = "",
    rules: set[str] | None = None,
    rewrites: bool = True,
    settings: Settings | None = None,
    letter: bool | None = None,
) -> Report:
    """The data flow on blocks already read; `rules` limits the checks to these rule ids;
    `rewrites=False` skips making the concrete changes (a batch report does not show them);
    `settings` are the organisation's (the process's own when None); `letter` is the user's
    word on whether the document is a letter (its parts decide when None)."""
    settings = settings or current()
    texts = [block.text for block in blocks]
    if lang is not None and lang not in SUPPORTED_LANGS:
        raise ValueError(f"lang must be one of {SUPPORTED_LANGS} or None, not {lang!r}")
    langs = [lang] * len(blocks) if lang else _languages(texts, settings)
    blocks = [
        replace(block, lang=block_lang) for block, block_lang in zip(blocks, langs, strict=True)
    ]
    text = document_text(blocks)
    skipped = [
        SkippedBlock(b.index, b.lang, "language") for b in blocks if b.lang not in SUPPORTED_LANGS
    ]
    checked = [b for b in blocks if b.lang in SUPPORTED_LANGS]
    if not checked:
        raise InputError(source or "<text>", "err.lang")
    main = main_language([b.text for b in checked], [b.lang for b in checked])
    if rewrites and any(b.lang == "fr" for b in checked):
        # its dictionary loads on the other core while the text is parsed
        second_opinion.french().start_in_background()

    findings: list[Finding] = []
    protected: list[Protected] = []
    analyses: list[BlockAnalysis] = []
    readability_by_lang: dict[str, Readability] = {}
    for block_lang in sorted({b.lang for b in checked}):
        analyzer = get_analyzer(block_lang, settings)
        lang_blocks = [b for b in checked if b.lang == block_lang]
        lang_analyses = list(_analyse_blocks(analyzer, lang_blocks))
        ctx = Context(block_lang, text, lang_analyses, readability(Counts(), block_lang))
        ctx.extras["address"] = settings.address.get(block_lang)
        # The score counts what the other checks found (jargon, passives...), and the
        # readability rules look at the score: they run last. `rules` only filters what is
        # reported, so that the score does not depend on it.
        checks = analyzer.checks
        lang_findings = [f for c in checks if c.rule.extends != "readability" for f in c.run(ctx)]
        lang_findings = _flagged(lang_findings, settings.never_flag.get(block_lang, frozenset()))
        _score(ctx, lang_findings)
        lang_findings += [f for c in checks if c.rule.extends == "readability" for f in c.run(ctx)]
        readability_by_lang[block_lang] = ctx.readability
        findings += [f for f in lang_findings if rules is None or f.rule_id in rules]
        analyses += lang_analyses
        for analysis in lang_analyses:
            protected += analysis.protected
    analyses.sort(key=lambda a: a.block.index)
    protected.sort(key=lambda p: p.start)
    findings = _defined_in_text(findings, analyses)
    explained = [f for f in findings if f.explained_in_text]
    findings = [f for f in findings if not f.explained_in_text]
    findings = _in_structure(_clean(findings, protected), blocks)
    quoted = citations(text)
    findings = [f for f in findings if not inside(f.start, f.end, quoted)]
    if rewrites:
        by_block = {a.block.index: a for a in analyses}
        findings = [propose(f, by_block[f.block]) if f.block in by_block else f for f in findings]
        findings = safety.review_all(
            findings, blocks, {index: a.doc for index, a in by_block.items()}, settings.address
        )
        if settings.sure is not None:
            findings = keep_sure_only(findings, settings.sure)
    card = letter_card(
        blocks,
        analyses,
        protected,
        main,
        setting=settings.address.get(main),
        findings=findings,
        letter=letter,
    )
    asked_only = opt_in_rule_ids()
    card.findings = [
        f
        for f in card.findings
        if f.rule_id not in settings.off
        and (f.rule_id not in asked_only or f.rule_id in settings.on)
        and (rules is None or f.rule_id in rules)
    ]
    if card.findings:
        findings = sorted(
            findings + card.findings, key=lambda f: (f.start, -f.rank, f.end, f.rule_id)
        )
    return Report(
        text=text,
        blocks=blocks,
        lang=main,
        findings=findings,
        readability=readability_by_lang[main],
        sentences=_sentences(analyses, findings),
        block_readability={a.block.index: a.readability for a in analyses},
        block_counts={a.block.index: a.counts for a in analyses},
        protected=protected,
        explained=explained,
        skipped=skipped,
        source=source,
        target_level=settings.target_level,
        address=settings.address.get(main),
        settings_file=str(settings.path) if settings.path else None,
        card=card,
    )


def _flagged(findings: list[Finding], never: frozenset[str]) -> list[Finding]:
    """Without the words the organisation never wants flagged (its own name, a word its
    readers know): left out before the score, which then does not count them as hard."""
    if not never:
        return findings
    return [
        f
        for f in findings
        if f.category in WIDE_CATEGORIES or " ".join(f.match.split()).casefold() not in never
    ]


def _batches(blocks: list[Block]) -> Iterable[list[Block]]:
    """Blocks in groups the parse takes at once: at most BATCH_BLOCKS, and no more than
    BATCH_CHARS of text unless one block is longer. The parse's working memory grows with the
    text of a whole batch (64 paragraphs of 7,000 characters took 1.5 GB)."""
    group: list[Block] = []
    size = 0
    for block in blocks:
        if group and (len(group) == BATCH_BLOCKS or size + len(block.text) > BATCH_CHARS):
            yield group
            group, size = [], 0
        group.append(block)
        size += len(block.text)
    if group:
        yield group


def _parsed(analyzer: Analyzer, blocks: list[Block]) -> Iterable[Doc]:
    for group in _batches(blocks):
        yield from analyzer.nlp.pipe((b.text for b in group), batch_size=len(group))


def _analyse_blocks(analyzer: Analyzer, blocks: list[Block]) -> Iterable[BlockAnalysis]:
    docs = _parsed(analyzer, blocks)
    for block, doc in zip(blocks, docs, strict=True):
        sentences = []
        for span in doc.sents:
            counts = count_sentence(span, analyzer.lang)
            if counts.words:
                sentences.append(SentenceAnalysis(span, NOT_SCORED, counts))
        yield BlockAnalysis(
            block=block,
            doc=doc,
            protected=protected_spans(doc, block.start),
            sentences=sentences,
            readability=NOT_SCORED,
            counts=total(s.counts for s in sentences),
        )


def _score(ctx: Context, findings: list[Finding]) -> None:
    """Readability of every sentence, block and of the language's part of the document, from
    the counts of the parse plus the word-level findings of the checks."""
    by_block: dict[int, list[Finding]] = {}
    for finding in findings:
        if finding.category not in WIDE_CATEGORIES:
            by_block.setdefault(finding.block, []).append(finding)
    for analysis in ctx.blocks:
        offset = analysis.block.start
        found = by_block.get(analysis.block.index, [])
        for sentence in analysis.sentences:
            start, end = offset + sentence.span.start_char, offset + sentence.span.end_char
            inside = [f.category for f in found if f.scored and start <= f.start < end]
            sentence.counts = sentence.counts.with_findings(inside)
            sentence.readability = readability(sentence.counts, ctx.lang, with_reasons=False)
        analysis.counts = total(s.counts for s in analysis.sentences)
        analysis.readability = readability(analysis.counts, ctx.lang)
    ctx.readability = readability(total(a.counts for a in _scored(ctx.blocks)), ctx.lang)


def _scored(analyses: list[BlockAnalysis]) -> list[BlockAnalysis]:
    """The blocks the document's score is made of: the letter's text, not the sender's
    address, the contact lines of page headers and footers, nor fragments of a few words
    (a salutation, a table cell with an amount) that would make a hard letter look easy.
    When nothing else is left, everything counts."""
    body = [a for a in analyses if _counts_for_document(a.block, a.counts)]
    return body or analyses


def _counts_for_document(block: Block, counts: Counts) -> bool:
    return block.kind not in PAGE_FURNITURE and counts.words >= MIN_SCORED_WORDS


def document_readability(items: list[tuple[Block, Counts]], lang: str) -> Readability:
    """The score of a document from its blocks' counts, by the same rule as `analyze`: used
    to update the score when a reviewer changes a few paragraphs."""
    body = [counts for block, counts in items if _counts_for_document(block, counts)]
    return readability(total(body or [counts for _, counts in items]), lang)


def _inside(finding: Finding, protected: list[Protected], starts: list[int]) -> bool:
    """True when the finding's words lie wholly inside one protected stretch."""
    before = bisect.bisect_right(starts, finding.start)
    return any(finding.end <= p.end for p in protected[:before])


def _clean(findings: list[Finding], protected: list[Protected]) -> list[Finding]:
    """Drop rewrites of protected text, advice to reword words that lie wholly inside it (the
    long name of a law), uncommon-word findings on words another rule already explains, and
    exact duplicates; sort by place, worst first."""
    kept = {}
    untouchable = Intervals((p.start, p.end) for p in protected)
    starts = [p.start for p in protected]  # sorted by the caller
    word_level = Intervals(
        (f.start, f.end)
        for f in findings
        if f.category not in WIDE_CATEGORIES and f.category != "rare_word"
    )
    for finding in findings:
        if finding.action in REWRITING_ACTIONS and untouchable.overlaps(finding.start, finding.end):
            continue
        if (
            finding.action == "rephrase"
            and finding.category not in WIDE_CATEGORIES
            and _inside(finding, protected, starts)
        ):
            continue
        if finding.category == "rare_word" and word_level.overlaps(finding.start, finding.end):
            continue
        kept.setdefault((finding.rule_id, finding.start, finding.end), finding)
    # One piece of advice per word: where two rules flag exactly the same words, keep the more
    # severe, then the one that offers a replacement.
    best: dict[tuple[int, int], Finding] = {}
    result = []
    for finding in kept.values():
        if finding.category in WIDE_CATEGORIES:
            result.append(finding)
            continue
        key = (finding.start, finding.end)
        other = best.get(key)
        if other is None or (finding.rank, bool(finding.replacements)) > (
            other.rank,
            bool(other.replacements),
        ):
            best[key] = finding
    result += _outermost(list(best.values()))
    return sorted(result, key=lambda f: (f.start, -f.rank, f.end, f.rule_id))


# Word findings that do not come from a lexicon (which checks its terms itself).
_WORDS_A_TEXT_MAY_DEFINE = frozenset({"rare_word", "long_word"})


def _defined_in_text(findings: list[Finding], analyses: list[BlockAnalysis]) -> list[Finding]:
    """A rare or long word whose sentence says what it means (« exportable, ce qui veut dire
    que … », "de maximumfactuur, dat wil zeggen …") is taught by the text: not a problem."""
    docs = {a.block.index: (a.block.start, a.doc) for a in analyses}
    result = []
    for finding in findings:
        if finding.category in _WORDS_A_TEXT_MAY_DEFINE and finding.block in docs:
            offset, doc = docs[finding.block]
            span = doc.char_span(
                finding.start - offset, finding.end - offset, alignment_mode="expand"
            )
            if span is not None and defines(
                span.sent, span.start_char, span.end_char, finding.lang
            ):
                finding = replace(finding, explained_in_text=True)
        result.append(finding)
    return result


def _in_structure(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """A heading is not a sentence: advice about its length, its passive or its word order
    does not apply (its words are still checked)."""
    headings = {b.index for b in blocks if b.role == "heading"}
    if not headings:
        return findings
    return [
        f
        for f in findings
        if f.block not in headings
        or (f.category not in SENTENCE_CATEGORIES and f.category != "paragraph_length")
    ]


def _outermost(findings: list[Finding]) -> list[Finding]:
    """Drop a replacement inside a longer one ("nous vous prions de" inside "nous vous prions
    de bien vouloir"): the longer one already rewrites those words."""
    replacing = sorted(
        (f for f in findings if f.action == "replace" and f.replacements),
        key=lambda f: (f.start, -f.end),
    )
    inner: set[int] = set()
    reach_end, reach = -1, None
    for finding in replacing:
        if reach is not None and finding.end <= reach_end and finding is not reach:
            inner.add(id(finding))
        elif finding.end > reach_end:
            reach_end, reach = finding.end, finding
    return [f for f in findings if id(f) not in inner]


def _sentences(analyses: list[BlockAnalysis], findings: list[Finding]) -> list[Sentence]:
    sentences = []
    for a in analyses:
        block_text = a.block.text
        for s in a.sentences:
            start_char = s.span.start_char
            text = block_text[start_char : s.span.end_char].rstrip()
            start = a.block.start + start_char
            sentences.append(
                Sentence(
                    start=start,
                    end=start + len(text),
                    block=a.block.index,
                    text=text,
                    readability=s.readability,
                )
            )
    starts = [s.start for s in sentences]
    for finding in findings:
        position = bisect.bisect_right(starts, finding.start) - 1
        if position >= 0 and finding.start < sentences[position].end:
            sentences[position].findings.append(finding)
    return sentences
