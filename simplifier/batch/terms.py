"""The words behind the corpus "signals": per document, the jargon, abbreviations and old
formulas it uses, grouped under one key across documents, and whether the document explains
them ("« avertissement-extrait de rôle » appears in 212 of 480 letters, explained in 3")."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from simplifier.batch.results import TermRow
from simplifier.loader import Lexicon, load_lexicons
from simplifier.models import Finding, Report
from simplifier.nlp import SUPPORTED_LANGS

# Categories whose findings are words or phrases that come back from letter to letter.
TERM_CATEGORIES = frozenset(
    {"jargon", "abbreviation", "formula", "rare_word", "long_word", "third_person", "impersonal"}
)
LETTERHEAD = ("header", "footer")

# After a term: "(le document qui ...)", "– c'est-à-dire ...", ", dat wil zeggen ...".
_GLOSS_AFTER = re.compile(
    r"^\s*(?:\((?!\s*(?:art|artikel|\d))[^)]*\w+\s+\w+\s+\w+|[–—]\s|,?\s*(?:c'est-à-dire|"
    r"c\.-à-d\.|à savoir|autrement dit|ce qui veut dire|cela veut dire|qui signifie|"
    r"dat wil zeggen|d\.w\.z\.|met andere woorden|m\.a\.w\.|namelijk|ofwel|oftewel)\b)",
    re.IGNORECASE,
)
# Or the term itself in brackets after the plain words: "votre feuille d'impôt (avertissement...)".
_BRACKET_BEFORE = re.compile(r"\w+\s+\w+\s*\(\s*$")
_BRACKET_AFTER = re.compile(r"^\s*\)")


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("\u00a0", " ").lower().split())


@cache
def lexicon_forms(lang: str) -> dict[str, str]:
    """Every written form of the lexicons' terms (lower case) -> the term as the lexicon
    spells it, so that "Avertissement-Extrait de rôle" and its variants count as one."""
    forms: dict[str, str] = {}
    for lexicon in load_lexicons(lang).values():
        if isinstance(lexicon, Lexicon):
            for entry in lexicon.entries:
                for form in (entry.term, *entry.variants):
                    forms.setdefault(normalise(form), entry.term)
    return forms


@cache
def abbreviation_forms(lang: str) -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """The abbreviations the language's abbreviation rule knows (form -> (abbreviation,
    written-out form in lower case)) and one pattern that finds any of them as a whole word."""
    from simplifier.engine import get_analyzer

    known: dict[str, tuple[str, str]] = {}
    for check in get_analyzer(lang).checks:
        if check.rule.extends == "abbreviation":  # type: ignore[attr-defined]
            for form, entry in getattr(check, "known", {}).items():
                known[form] = (entry.abbr, normalise(entry.expansion))
    if not known:
        return known, None
    alternatives = "|".join(re.escape(form) for form in sorted(known, key=len, reverse=True))
    return known, re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)")


def explained_here(text: str, start: int, end: int) -> bool:
    """True when the words right around a term explain it (a gloss in brackets, after a dash,
    "c'est-à-dire", "dat wil zeggen"...)."""
    if _GLOSS_AFTER.match(text[end : end + 200]):
        return True
    return bool(_BRACKET_BEFORE.search(text[max(0, start - 80) : start])) and bool(
        _BRACKET_AFTER.match(text[end : end + 5])
    )


def term_key(finding: Finding) -> tuple[str, str]:
    """(key, label) that groups the forms of one term across documents."""
    if finding.category == "abbreviation":
        known, _ = abbreviation_forms(finding.lang)
        abbr = known[finding.match][0] if finding.match in known else finding.match
        return abbr, abbr
    norm = normalise(finding.match)
    term = lexicon_forms(finding.lang).get(norm)
    return (normalise(term), term) if term else (norm, norm)


def terms_of(report: Report) -> list[TermRow]:
    rows: dict[tuple[str, str, str], TermRow] = {}
    for finding in [*report.findings, *report.explained]:
        if finding.category not in TERM_CATEGORIES or finding.lang not in SUPPORTED_LANGS:
            continue
        key, label = term_key(finding)
        block = report.blocks[finding.block]
        explained = finding.explained_in_text or explained_here(
            block.text, finding.start - block.start, finding.end - block.start
        )
        suggestion = finding.replacements[0] if finding.replacements else ""
        row = rows.get((finding.lang, finding.category, key))
        if row is None:
            rows[finding.lang, finding.category, key] = TermRow(
                key, label, finding.category, finding.lang, 1, explained, suggestion
            )
        else:
            row.count += 1
            row.explained = row.explained or explained
    # The abbreviation rule says nothing about an abbreviation the letter writes out in full:
    # it is used and explained. Find those uses (outside the letterhead, as the rule does);
    # an abbreviation left alone for another reason (inside a legal reference...) is not one.
    folded = re.sub(r"\s+", " ", report.text.lower().replace("’", "'"))  # as the rule does
    for lang in sorted({b.lang for b in report.blocks} & set(SUPPORTED_LANGS)):
        known, pattern = abbreviation_forms(lang)
        if pattern is None:
            continue
        used: Counter[tuple[str, str]] = Counter()
        first: dict[tuple[str, str], int] = {}
        for block in report.blocks:
            if block.lang != lang or block.kind in LETTERHEAD or block.text.isupper():
                continue
            for match in pattern.finditer(block.text):
                entry = known[match.group()]
                used[entry] += 1
                first.setdefault(entry, block.start + match.end())
        for (abbr, expansion), count in used.items():
            row = rows.get((lang, "abbreviation", abbr))
            if row is not None:
                row.count = max(row.count, count)
            elif expansion in folded[: first[abbr, expansion] + len(expansion) + 8]:
                rows[lang, "abbreviation", abbr] = TermRow(
                    abbr, abbr, "abbreviation", lang, count, True
                )
    return list(rows.values())
