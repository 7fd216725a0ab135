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


def propose(finding: Finding, analysis: BlockAnalysis) -> Finding:
    """The finding with its `rewrites`, best first (unchanged when none can be made)."""
    if finding.rewrites:
        return finding
    offset = analysis.block.start
    rewrites: list[Rewrite] = []
    if finding.action == "replace" and finding.category != "sentence_length":
        for alternative in finding.replacements:
            fitted = fit_replacement(
                analysis.doc,
                finding.start - offset,
                finding.end - offset,
                alternative,
                finding.lang,
            )
            rewrites.append(
                Rewrite(
                    offset + fitted.start,
                    offset + fitted.end,
                    fitted.text,
                    fitted.confident,
                    fitted.note,
                )
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
    untouchable = Intervals((p.start, p.end) for p in analysis.protected)
    kept = tuple(r for r in rewrites if _keeps_protected(r, untouchable, analysis))
    return replace(finding, rewrites=kept) if kept else finding


def _sentence_at(analysis: BlockAnalysis, char: int) -> Span | None:
    for sentence in analysis.doc.sents:
        if sentence.start_char <= char < sentence.end_char:
            return sentence
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
