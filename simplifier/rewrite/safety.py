"""Whether a change is sure: named checks between proposing a change and the reviewer.

A change is offered as sure only when every check that applies to it passes; otherwise it is
offered "to check" with the check's note, in plain words. Each check is a small function of
the change, its block and what is known of the whole document; its docstring gives our own
examples of the shape that made us add it (real texts showed each of them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from simplifier.models import Block, Finding, Rewrite
from simplifier.words import zipf

NOTE_BRACKETS = "note.check_brackets"
NOTE_NAME = "note.check_name"
NOTE_REGISTER = "note.check_register"
NOTE_REPEAT = "note.check_repeat"
NOTE_WORD = "note.check_word"
NOTE_CONTRAST = "note.check_contrast"

# The reader addressed formally: "vous" / "u"; informally: "tu" / "je"; or not at all.
_FORMAL = {"fr": re.compile(r"\b(vous|votre|vos)\b", re.I), "nl": re.compile(r"\b(u|uw)\b", re.I)}
_INFORMAL = {
    "fr": re.compile(r"\b(tu|ton|ta|tes|toi|t')\b", re.I),
    "nl": re.compile(r"\b(je|jij|jouw|jou|jezelf)\b", re.I),
}
_NAME_LINK = {"de", "du", "des", "d'", "d’", "van", "voor", "der", "het"}
_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "”"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class DocumentFacts:
    """What the checks need to know of the whole document."""

    lang: str
    formal: bool  # the text speaks to the reader with "vous"/"u"
    # Alternatives that two different terms of one paragraph would share: (block, text).
    shared: frozenset[tuple[int, str]]


def facts(findings: list[Finding], blocks: list[Block], lang: str) -> DocumentFacts:
    text = " ".join(b.text for b in blocks if b.lang == lang)
    formal = len(_FORMAL[lang].findall(text)) if lang in _FORMAL else 0
    informal = len(_INFORMAL[lang].findall(text)) if lang in _INFORMAL else 0
    terms: dict[tuple[int, str], set[str]] = {}
    for finding in findings:
        if finding.action == "replace" and finding.rewrites:
            key = (finding.block, finding.rewrites[0].text.strip().lower())
            terms.setdefault(key, set()).add(finding.match.lower())
    shared = frozenset(key for key, matched in terms.items() if len(matched) > 1)
    return DocumentFacts(lang, formal > 0 and formal >= informal, shared)


Check = Callable[[Finding, Rewrite, Block, DocumentFacts], str | None]


def _local(rewrite: Rewrite, block: Block) -> tuple[str, str]:
    """The block's text before and after the rewritten stretch."""
    return block.text[: rewrite.start - block.start], block.text[rewrite.end - block.start :]


def stacked_brackets(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """An explanation in brackets next to another bracket, or inside one or inside quotes:
    « l'intervention majorée (un remboursement plus élevé…) (BIM) », « (le Forem, Actiris
    (l'office régional…)) », "het « leefloon (een minimuminkomen…) »"."""
    if "(" not in rewrite.text:
        return None
    before, after = _local(rewrite, block)
    if after.lstrip().startswith("(") or before.rstrip().endswith(")"):
        return NOTE_BRACKETS
    if before.count("(") > before.count(")"):
        return NOTE_BRACKETS
    for opening, closing in _QUOTES.items():
        if opening == closing:
            if before.count(opening) % 2:
                return NOTE_BRACKETS
        elif before.count(opening) > before.count(closing):
            return NOTE_BRACKETS
    return None


def inside_a_name(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """Words that go on into a name: « le Fonds du logement des familles nombreuses de
    Wallonie », « la DG Personnes handicapées du SPF Sécurité sociale », "het geïndividualiseerd
    project maatschappelijke integratie van het OCMW". A change there cuts the name."""
    _, after = _local(rewrite, block)
    following = after.split()[:2]
    if following and following[0][:1].isupper() and not after.lstrip().startswith("("):
        return NOTE_NAME
    if len(following) == 2 and following[0].lower() in _NAME_LINK and following[1][:1].isupper():
        return NOTE_NAME
    # Back from the term over linking words to a capitalised word that does not open the
    # sentence: « Fonds du logement », "Dienst voor Uitkeringen".
    sentence = re.split(r"[.!?:;]\s", block.text[: finding.start - block.start])[-1]
    words = sentence.split()
    position = len(words)
    while position > 0 and words[position - 1].lower() in _NAME_LINK:
        position -= 1
    if position > 1 and len(words) - position <= 2 and words[position - 1][:1].isupper():
        return NOTE_NAME
    return None


def register(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A change that speaks to the reader with "vous"/"u" in a text that does not: « le
    demandeur doit … (la caisse qui vous paie) », "als je ziek bent … (het deel dat u zelf
    betaalt)"."""
    pattern = _FORMAL.get(facts.lang)
    if pattern is None or facts.formal:
        return None
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    added = len(pattern.findall(rewrite.text)) - len(pattern.findall(original))
    return NOTE_REGISTER if added > 0 else None


def repeats(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """A change whose new words are already there next to it: « la part que vous payez
    vous-même que vous devez payer », « mineur non accompagné (mineur étranger non accompagné
    (MENA)) », "het leefloon (een minimuminkomen van het OCMW) van het OCMW"."""
    before, after = _local(rewrite, block)
    new = [w.lower() for w in _WORD.findall(rewrite.text) if len(w) > 3]
    if not new:
        return None
    near = " ".join(before.split()[-8:] + after.split()[:8]).lower()
    near_words = set(_WORD.findall(near))
    original = block.text[rewrite.start - block.start : rewrite.end - block.start].lower()
    fresh = [w for w in new if w not in original]
    if not fresh:
        return None
    repeated = [w for w in fresh if w in near_words]
    return NOTE_REPEAT if len(repeated) >= max(2, len(fresh) // 2) else None


def unknown_word(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A word form we made that the language does not have ("pensiot", « indues » for a noun
    that is masculine): every new word must be a known word of the language."""
    original = block.text[rewrite.start - block.start : rewrite.end - block.start].lower()
    for word in _WORD.findall(rewrite.text):
        lowered = word.lower()
        if lowered in original or not lowered.isalpha():
            continue
        if zipf(lowered, facts.lang) <= 0:
            return NOTE_WORD
    return None


def contrast(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """Two different terms of one paragraph that would get the same plain words: the text
    contrasts them (« plan de règlement amiable » and « judiciaire »; "toelaatbaarheids-" and
    "toekenningsvoorwaarden"); the same words would erase the difference."""
    if finding.action != "replace":
        return None
    key = (finding.block, rewrite.text.strip().lower())
    return NOTE_CONTRAST if key in facts.shared else None


CHECKS: tuple[Check, ...] = (
    stacked_brackets,
    inside_a_name,
    register,
    repeats,
    unknown_word,
    contrast,
)


def review(finding: Finding, block: Block, facts: DocumentFacts) -> Finding:
    """The finding with each sure rewrite checked: the first check that fails makes it a
    change to check, with that check's note."""
    if not finding.rewrites:
        return finding
    changed = []
    for rewrite in finding.rewrites:
        if rewrite.confident:
            for check in CHECKS:
                note = check(finding, rewrite, block, facts)
                if note is not None:
                    rewrite = replace(rewrite, confident=False, note=note)
                    break
        changed.append(rewrite)
    result = tuple(changed)
    return finding if result == finding.rewrites else replace(finding, rewrites=result)


def review_all(findings: list[Finding], blocks: list[Block]) -> list[Finding]:
    """Every finding's changes checked, with the facts of its language's part of the text."""
    by_lang: dict[str, DocumentFacts] = {}
    result = []
    for finding in findings:
        if finding.lang not in by_lang:
            same = [f for f in findings if f.lang == finding.lang]
            by_lang[finding.lang] = facts(same, blocks, finding.lang)
        result.append(review(finding, blocks[finding.block], by_lang[finding.lang]))
    return result
