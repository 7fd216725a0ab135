"""Concrete rewrites for the findings of one parsed block: a fitted replacement for each
lexicon alternative, an explanation to insert after an official term, a long sentence split
in two, a passive sentence made active. Protected text (amounts, dates, names...) is never
part of a rewrite."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from simplifier.checks.base import BlockAnalysis
from simplifier.models import Finding, Rewrite
from simplifier.protect import Intervals
from simplifier.rewrite.fit import fit_replacement
from simplifier.rewrite.rephrase import active_sentence
from simplifier.rewrite.split import split_sentence

NOTE_SPLIT = "note.check_split"
NOTE_REPHRASE = "note.check_rephrase"
NOTE_MEANING = "note.check_meaning"
NOTE_LETTERHEAD = "note.check_letterhead"
NOTE_HEADING = "note.check_heading"
# The page header and footer hold the sender's name and its services ("Direction Attribution
# – Pensions des travailleurs salariés"): names the writer of a letter cannot change.
LETTERHEAD = ("header", "footer")


def propose(finding: Finding, analysis: BlockAnalysis) -> Finding:
    """The finding with its `rewrites`, best first (unchanged when none can be made)."""
    offset = analysis.block.start
    rewrites: list[Rewrite] = [_after_protected(r, analysis) for r in finding.rewrites]
    if rewrites:
        pass  # made by the check itself (an explanation to insert)
    elif finding.action == "replace" and finding.category != "sentence_length":
        for alternative in finding.replacements:
            fitted = fit_replacement(
                analysis.doc,
                finding.start - offset,
                finding.end - offset,
                alternative,
                finding.lang,
            )
            confident, note = fitted.confident, fitted.note
            # The place first (the sender's services, a heading), then the meaning: a fit
            # that reads well may still not say what the letter means.
            if analysis.block.kind in LETTERHEAD and confident:
                confident, note = False, NOTE_LETTERHEAD
            elif analysis.block.role == "heading" and confident:
                confident, note = False, NOTE_HEADING
            elif finding.choose and confident:
                confident, note = False, NOTE_MEANING
            rewrites.append(
                Rewrite(offset + fitted.start, offset + fitted.end, fitted.text, confident, note)
            )
    elif finding.action == "explain" and finding.replacements:
        rewrites.append(Rewrite(finding.start, finding.end, finding.replacements[0]))
    elif finding.action == "split":
        sentence = _sentence_at(analysis, finding.start - offset)
        new = split_sentence(sentence, finding.lang) if sentence is not None else None
        if new is not None:
            start = offset + sentence.start_char
            end = start + len(sentence.text.rstrip())
            rewrites.append(Rewrite(start, end, new, confident=True, note=NOTE_SPLIT))
    elif finding.action == "rephrase" and finding.category == "passive":
        sentence = _sentence_at(analysis, finding.start - offset)
        new = active_sentence(sentence, finding.lang) if sentence is not None else None
        if new is not None:
            start = offset + sentence.start_char
            end = start + len(sentence.text.rstrip())
            rewrites.append(Rewrite(start, end, new, confident=True, note=NOTE_REPHRASE))
    if not rewrites and not finding.rewrites:
        return finding
    kept = tuple(r for r in rewrites if _keeps_protected(r, analysis.untouchable, analysis))
    return finding if kept == finding.rewrites else replace(finding, rewrites=kept)


def _after_protected(rewrite: Rewrite, analysis: BlockAnalysis) -> Rewrite:
    """An explanation to insert inside a protected stretch ("arrêté royal | du 15 janvier
    2014") goes after it instead."""
    if rewrite.start != rewrite.end:
        return rewrite
    for protected in analysis.protected:
        if protected.start < rewrite.start < protected.end:
            return replace(rewrite, start=protected.end, end=protected.end)
    return rewrite


def _sentence_at(analysis: BlockAnalysis, char: int) -> Span | None:
    """The sentence around `char`, from the sentences the analysis already cut (walking
    `doc.sents` again for every finding costs more than the rest of this module)."""
    for sentence in analysis.sentences:
        if sentence.span.start_char <= char < sentence.span.end_char:
            return sentence.span
    return None


def _keeps_protected(rewrite: Rewrite, untouchable: Intervals, analysis: BlockAnalysis) -> bool:
    """A rewrite may span a protected stretch only if it leaves it exactly as it was (a split
    sentence keeps its amounts); replacing words inside one is never allowed."""
    if not untouchable.overlaps(rewrite.start, max(rewrite.end, rewrite.start + 1)):
        return True
    for protected in analysis.protected:
        if protected.start < rewrite.end and rewrite.start < protected.end:
            inside = rewrite.start <= protected.start and protected.end <= rewrite.end
            if not inside or protected.text not in rewrite.text:
                return False
    return True
