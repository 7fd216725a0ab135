"""Apply reviewed decisions: to the text, to a .txt file, or to a .docx as Word tracked changes
with comments (or clean). Only accepted and edited decisions change anything."""

from __future__ import annotations

from pathlib import Path

from simplifier.io import DOCX_SUFFIXES, read_file
from simplifier.io.atomic import refuse_overwriting, write_atomically
from simplifier.io.docx_writer import Change, write_changes
from simplifier.io.txt_reader import decode_text, split_paragraphs
from simplifier.models import Block, Report
from simplifier.review.decisions import Decision, DecisionSet
from simplifier.rewrite.edits import Edit, apply_text, plan_edits


def _decisions(decisions: DecisionSet | list[Decision]) -> list[Decision]:
    return decisions.decisions if isinstance(decisions, DecisionSet) else list(decisions)


def glossary(decisions: list[Decision]) -> list[tuple[str, str]]:
    """(term, explanation) of the accepted explanations of official terms."""
    entries = []
    for decision in decisions:
        if decision.applied and decision.action == "explain" and decision.start == decision.end:
            gloss = decision.text.strip()
            if gloss.startswith("(") and gloss.endswith(")"):
                gloss = gloss[1:-1]
            entries.append((decision.term, gloss))
    return entries


def _split_glossary(
    decisions: list[Decision], as_glossary: bool
) -> tuple[list[Decision], list[tuple[str, str]]]:
    """With `as_glossary`, explanations leave the text for a box at the end of the document."""
    if not as_glossary:
        return decisions, []
    entries = glossary(decisions)
    inline = [
        d for d in decisions if not (d.applied and d.action == "explain" and d.start == d.end)
    ]
    return inline, entries


def glossary_lines(entries: list[tuple[str, str]], lang: str) -> list[str]:
    from simplifier.i18n import t

    if not entries:
        return []
    return [
        t("glossary.title", lang),
        *(f"{term} : {gloss}" if lang == "fr" else f"{term}: {gloss}" for term, gloss in entries),
    ]


def apply(
    report: Report, decisions: DecisionSet | list[Decision], *, as_glossary: bool = False
) -> str:
    """The document's plain text with the accepted and edited decisions applied; with
    `as_glossary`, explanations of official terms go to a "difficult words" box at the end."""
    inline, entries = _split_glossary(_decisions(decisions), as_glossary)
    edits = plan_edits(report.text, report.blocks, inline, report.source)
    text = apply_text(report.blocks, edits)
    lines = glossary_lines(entries, report.lang)
    return text + ("\n\n" + "\n".join(lines) if lines else "")


def comment_for(decision: Decision) -> str:
    """The Word comment that tells the writer why the change was made, and the reviewer's note."""
    lines = [decision.reason] if decision.reason else []
    if decision.comment:
        lines.append(
            f"{decision.reviewer}: {decision.comment}" if decision.reviewer else decision.comment
        )
    return "\n".join(lines)


def apply_decisions(
    source: Path,
    decisions: DecisionSet,
    output: Path,
    *,
    clean: bool = False,
    author: str = "",
    as_glossary: bool = False,
) -> tuple[list[Edit], str]:
    """`apply_file` for a document whose language is not given (the CLI's `apply`, the HTTP
    API): the language its paragraphs are mostly in decides the glossary's and notes' words.
    Returns the edits and that language."""
    from simplifier.language import detect_blocks, main_language
    from simplifier.nlp import SUPPORTED_LANGS

    blocks = read_file(source)
    langs = detect_blocks([b.text for b in blocks], SUPPORTED_LANGS)
    known = [(b.text, lang) for b, lang in zip(blocks, langs, strict=True) if lang]
    doc_lang = main_language([k[0] for k in known], [k[1] for k in known]) if known else "fr"
    edits = apply_file(
        source,
        decisions,
        output,
        clean=clean,
        blocks=blocks,
        author=author,
        as_glossary=as_glossary,
        lang=doc_lang,
    )
    return edits, doc_lang


def apply_file(
    source: str | Path,
    decisions: DecisionSet | list[Decision],
    output: str | Path,
    *,
    clean: bool = False,
    blocks: list[Block] | None = None,
    author: str = "",
    as_glossary: bool = False,
    lang: str = "fr",
) -> list[Edit]:
    """Write `source` with the decisions applied to `output` (never over `source`): a .docx
    gets tracked changes and comments (or the changes made, `clean`); a .txt gets the new text.
    `blocks` are the blocks the decisions were made on (read again when not given)."""
    source, output = Path(source), Path(output)
    refuse_overwriting(source, output)
    blocks = blocks if blocks is not None else read_file(source)
    text = "\n\n".join(block.text for block in blocks)
    inline, entries = _split_glossary(_decisions(decisions), as_glossary)
    edits = plan_edits(text, blocks, inline, str(source))
    lines = glossary_lines(entries, lang)
    if source.suffix.lower() in DOCX_SUFFIXES:
        changes = [
            Change(
                block=edit.block,
                start=edit.start,
                end=edit.end,
                text=edit.text,
                comment=comment_for(edit.decision) if edit.first else "",
                author=edit.decision.reviewer or author,
                date=edit.decision.time,
            )
            for edit in edits
        ]
        write_changes(
            source,
            changes,
            output,
            tracked=not clean,
            author=author or "simplifier",
            appendix=lines,
        )
    else:
        new_text = _apply_to_text_file(source, blocks, edits)
        if lines:
            new_text += ("\n\n" + "\n".join(lines) + "\n").encode("utf-8")
        write_atomically(output, new_text)
    return edits


def _apply_to_text_file(source: Path, blocks: list[Block], edits: list[Edit]) -> bytes:
    """Edit the file's own text, so that line ends and spacing between paragraphs stay."""
    original = decode_text(source.read_bytes(), source)
    crlf = "\r\n" in original
    text = original.replace("\r\n", "\n").replace("\r", "\n")
    offsets = [offset for offset, _ in split_paragraphs(original)]
    for edit in sorted(edits, key=lambda e: (e.block.index, e.start, e.end), reverse=True):
        at = offsets[edit.block.index]
        text = text[: at + edit.start] + edit.text + text[at + edit.end :]
    if crlf:
        text = text.replace("\n", "\r\n")
    return text.encode("utf-8")
