"""rare: words few readers know, found by how often they are used (wordfreq's Zipf scale:
6 = once per thousand words, 3 = once per million). Names, numbers, abbreviations and
protected spans are skipped, and each word is flagged once per document; the engine drops a
rare-word finding where another rule already flags the word."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from simplifier.checks.base import Check, Context, match_case
from simplifier.difficulty.thesaurus import synonyms
from simplifier.loader import RareRule
from simplifier.models import Finding
from simplifier.protect import overlaps
from simplifier.words import zipf

COMMON_PART_ZIPF = 3.5
LINKS = ("", "s", "e", "en")  # Dutch linking sounds: "arbeid-s-contract", "pann-en-koek"


@lru_cache(maxsize=100_000)
def made_of_common_words(word: str, lang: str, depth: int = 0) -> bool:
    """True for a compound whose parts are all common words ("houtbouw" = hout + bouw), which a
    reader understands although the whole word is rare in the frequency list."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        for link in LINKS:
            if link and not head.endswith(link):
                continue
            stem = head[: len(head) - len(link)] if link else head
            if len(stem) < 3 or zipf(stem, lang) < COMMON_PART_ZIPF:
                continue
            if zipf(tail, lang) >= COMMON_PART_ZIPF:
                return True
            if depth < 1 and len(tail) >= 6 and made_of_common_words(tail, lang, depth + 1):
                return True
    return False


class RareCheck(Check):
    placeholders = frozenset({"match", "zipf", "alternatives"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: RareRule = self.rule  # type: ignore[assignment]
        ignore = {word.lower() for word in rule.ignore}
        seen: set[str] = set()
        for analysis in ctx.blocks:
            if analysis.block.kind in ("header", "footer"):
                continue  # sender's address and contact lines: names, streets, references
            for token in analysis.doc:
                text = token.text
                if (
                    not token.is_alpha
                    or len(text) < rule.min_letters
                    or text.isupper()
                    or token.pos_ in ("PROPN", "NUM", "X", "SYM")
                    or (text[:1].isupper() and (not token.is_sent_start or len(token.sent) < 5))
                ):
                    continue
                lemma = (token.lemma_ or text).lower()
                if lemma in seen or token.lower_ in ignore or lemma in ignore:
                    continue
                frequency = max(zipf(token.lower_, self.lang), zipf(lemma, self.lang))
                if frequency >= rule.max_zipf:
                    continue
                if rule.compounds and made_of_common_words(token.lower_, self.lang):
                    continue
                start = analysis.block.start + token.idx
                if overlaps(start, start + len(text), analysis.protected):
                    continue
                seen.add(lemma)
                values = {"zipf": round(frequency, 1)}
                found = self.finding(analysis, token.idx, token.idx + len(text), values=values)
                yield self._with_synonyms(found, lemma, token.pos_, values)

    def _with_synonyms(self, found: Finding, lemma: str, pos: str, values: dict) -> Finding:
        """The finding with the thesaurus's candidates as alternatives: a thesaurus does not
        know which sense the letter means, so the reviewer chooses (never a sure change),
        and the message says where the words come from."""
        rule: RareRule = self.rule  # type: ignore[assignment]
        if not rule.thesaurus or not rule.message_synonyms:
            return found
        candidates = synonyms(lemma, pos, self.lang)
        if not candidates:
            return found
        alternatives = tuple(match_case(c, found.match) for c in candidates)
        message = rule.message_synonyms.format(
            match=found.match, alternatives=" / ".join(alternatives), **values
        )
        return replace(
            found,
            message=message,
            replacements=alternatives,
            action="replace",
            choose=True,
            source=rule.source_synonyms or found.source,
        )
