"""abbreviation: the first use of an abbreviation the reader may not know, unless the document
has written it out before (or right after it, in brackets)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from simplifier.checks.base import Check, Context
from simplifier.loader import Abbreviation, AbbreviationList, AbbreviationRule
from simplifier.models import Finding
from simplifier.protect import overlaps
from simplifier.words import zipf

# Abbreviations are short; a longer word in capitals is a name ("WOUTERS", "ACTIRIS").
_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2,5}$")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
COMMON_ZIPF = 3.5  # an upper-case word this common is a shouted word, not an abbreviation


def _introduced(token) -> bool:
    """The abbreviation opens a bracket right after words: those words are its long form
    (« la garantie de revenus aux personnes âgées (GRAPA) »), even when they differ a little
    from the lexicon's."""
    doc = token.doc
    return (
        token.i > 1
        and token.i + 1 < len(doc)
        and doc[token.i - 1].text == "("
        and doc[token.i + 1].lower_ in _CLOSES_A_NAME
        and not doc[token.i - 2].is_punct
    )


# The bracket may go on with the other names of the same thing: « les allocations familiales
# supplémentaires (AFS ou allocations majorées) », "de inkomensgarantie (IGO of GRAPA)".
_CLOSES_A_NAME = frozenset({")", "ou", "of", ",", ";", "/"})


def _a_unit(token) -> bool:
    """Letters right after a number are its unit ("1MB", "634.03 KB", "5 kW"), whatever an
    abbreviation list says the same letters stand for elsewhere."""
    return token.i > 0 and token.doc[token.i - 1].like_num


def _is_short_form(abbr: str) -> bool:
    """A shortened word ("p.ex.", "bv.", "resp") rather than the initials of a name."""
    letters = abbr.replace(".", "").replace("-", "")
    return letters.islower() or (abbr.count(".") >= 1 and not letters.isupper())


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower().replace("’", "'"))


class AbbreviationCheck(Check):
    placeholders = frozenset({"match", "expansion"})

    def __init__(self, rule: AbbreviationRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        self.known: dict[str, Abbreviation] = {}
        lexicon = self.lexicons.get(rule.lexicon)
        if isinstance(lexicon, AbbreviationList):
            for entry in lexicon.entries:
                for form in (entry.abbr, *entry.variants):
                    self.known[form] = entry

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: AbbreviationRule = self.rule  # type: ignore[assignment]
        folded = _fold(ctx.text)
        seen: set[str] = set()
        for analysis in ctx.blocks:
            block = analysis.block
            if block.kind in ("header", "footer"):
                continue  # letterhead identifiers (IBAN, company number) need no explaining
            if block.text.isupper():
                continue  # a heading in capitals is not a row of acronyms
            for token in analysis.doc:
                text = token.text
                entry = self.known.get(text)
                key = entry.abbr if entry else text
                if key in seen:
                    continue
                if _introduced(token):  # "mineurs non accompagnés (MENA)": written out before
                    seen.add(key)
                    continue
                if _a_unit(token):  # "(1 MB)", "634 KB": a file's size, not a decree
                    continue
                if entry is None and (joined := self._joined(text)) is not None:
                    seen.add(joined)  # "OCMW-uitkering", "OCMW's": the first use is there
                    continue
                start = block.start + token.idx
                if entry is not None:
                    seen.add(key)
                    if entry.known:
                        continue
                    expansion = _fold(entry.expansion)
                    window = folded[: start + len(text) + len(expansion) + 8]
                    if expansion in window:
                        continue
                    end = token.idx + len(text)
                    message = None
                    if _is_short_form(entry.abbr) or text.islower():  # "p.ex.", "rdv": words
                        action, replacement = "replace", entry.expansion
                        message = rule.message_short
                        following = token.nbor() if token.i + 1 < len(token.doc) else None
                        if (
                            following is not None
                            and following.text == "."
                            and not token.whitespace_
                        ):
                            end = following.idx + 1  # the abbreviation's own full stop
                    else:  # a name: write it out once, with the abbreviation in brackets
                        action, replacement = "explain", f"{entry.expansion} ({text})"
                    yield self.finding(
                        analysis,
                        token.idx,
                        end,
                        message=message,
                        action=action,
                        replacements=(replacement,),
                        explanation=entry.explanation or rule.explanation,
                        values={"expansion": entry.expansion},
                    )
                elif rule.unknown and self._looks_unknown(token, start, analysis):
                    seen.add(key)
                    yield self.finding(
                        analysis,
                        token.idx,
                        token.idx + len(text),
                        message=rule.message_unknown,
                        action="explain",
                        values={"expansion": ""},
                    )

    def _joined(self, text: str) -> str | None:
        """The known abbreviation a word starts with when it is joined to it ("OCMW-steun",
        "OCMW's", "CPAS-ci"): it is used there, where no explanation can go."""
        head = re.split(r"[-'’]", text, maxsplit=1)[0]
        if head != text and head in self.known:
            return self.known[head].abbr
        return None

    def _looks_unknown(self, token, start: int, analysis) -> bool:
        text = token.text
        if not _ACRONYM.match(text) or _ROMAN.match(text):
            return False
        # organisations are often abbreviations themselves, people's names are not
        if overlaps(start, start + len(text), [p for p in analysis.protected if p.kind != "name"]):
            return False
        return zipf(text.lower(), self.lang) < COMMON_ZIPF
