"""occurrence: too many of something in a sentence, a paragraph or the document
(words in a sentence, sentences in a paragraph, numbers or brackets in a sentence...)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from simplifier.checks.base import BlockAnalysis, Check, Context, units
from simplifier.loader import OccurrenceRule
from simplifier.models import Finding

# What each `count:` reads from the counts the engine already made while parsing.
COUNTS: dict[str, str] = {
    "words": "words",
    "sentences": "sentences",
    "numbers": "numbers",
    "parentheses": "parentheses",
    "commas": "commas",
}


class OccurrenceCheck(Check):
    placeholders = frozenset({"match", "count", "max"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: OccurrenceRule = self.rule  # type: ignore[assignment]
        for unit in units(ctx, rule.scope):
            if rule.count == "characters":
                count = unit.end - unit.start
            else:
                count = getattr(unit.counts, COUNTS[rule.count])
                if rule.scope == "sentence":
                    count -= _not_counted(rule.count, unit.analysis, unit.start, unit.end)
            limit = rule.max
            if rule.max_in_list is not None and _in_a_list(unit.analysis, unit.start, unit.end):
                limit = max(limit, rule.max_in_list)
            if count > limit and (rule.upto is None or count <= rule.upto):
                yield self.finding(
                    unit.analysis, unit.start, unit.end, values={"count": count, "max": rule.max}
                )


def _in_a_list(analysis: BlockAnalysis, start: int, end: int) -> bool:
    """A list item, or a line that does not end like a sentence (« pour les taxes régionales,
    à l'exception de … » over its list): readers of real texts judged 21 to 23 words there
    no problem 7 times in 11 (in a full sentence, 13 times in 61)."""
    text = analysis.block.text[start:end].rstrip()
    return analysis.block.role == "list_item" or not text.endswith((".", "!", "?"))


# Brackets that only introduce an abbreviation (« dossier médical global (DMG) ») do not cut
# the sentence; the numbers of a legal reference (« article 23 de la loi du 26 mai 2002 ») are
# a name, not figures the reader must keep apart. (Leaving out the commas of brackets that give
# examples was tried and undone: the half held out judged the lists it hid hard to read.)
_ABBREVIATION_IN_BRACKETS = re.compile(
    r"\(\s*(?=[^()\s]*[A-ZÀ-Ý][^()\s]*[A-ZÀ-Ý])[^()\s]{2,12}\s*\)"
)
_LEGAL = frozenset({"legal_reference", "law_title"})
_BRACKET = re.compile(r"\(([^()]*)\)")
# Brackets that hold a word or two each (« (Brussel) », « (dagteller) », « (versnelde
# toewijzing) ») label what comes before them; the reader does not have to hold the sentence
# while reading them. Readers of real texts judged sentences whose brackets held 5 words or
# fewer in all not hard 5 times in 6, and 6 words or more right 8 times in 8.
BRACKET_WORDS = 6


def _not_counted(count: str, analysis: BlockAnalysis, start: int, end: int) -> int:
    """What the sentence's counts hold that this check leaves out."""
    text = analysis.block.text[start:end]
    if count == "parentheses":
        brackets = _BRACKET.findall(text)
        if sum(len(words.split()) for words in brackets) < BRACKET_WORDS:
            return len(brackets)
        return len(_ABBREVIATION_IN_BRACKETS.findall(text))
    if count == "numbers":
        shift = analysis.block.start  # protected spans are in the document's offsets
        legal = [(p.start - shift, p.end - shift) for p in analysis.protected if p.kind in _LEGAL]
        if not legal:
            return 0
        left_out, previous = 0, False
        for token in analysis.doc.char_span(start, end, alignment_mode="expand") or ():
            digit = any(ch.isdigit() for ch in token.text)
            inside = any(a <= token.idx < b for a, b in legal)
            left_out += digit and inside and not previous
            previous = digit and inside
        return left_out
    return 0
