"""The letter as the reviewer sees it: an HTML fragment with coloured highlights per kind of
problem, the suggestion being decided outlined, and approved changes shown in place."""

from __future__ import annotations

from html import escape

from simplifier.i18n import category_label, t
from simplifier.models import WIDE_CATEGORIES, Finding, Report
from simplifier.render.html import COLOURS, pieces_of
from simplifier.review.decisions import Decision
from simplifier.review.store import DecisionRefused

STYLE = """
<style>
.sl-letter{font-family:Georgia,serif;font-size:1.05rem;line-height:1.7;max-height:70vh;
overflow-y:auto;padding:.5rem 1rem;border:1px solid #ddd;border-radius:.5rem;background:#fff}
.sl-letter p{margin:.2rem 0 .8rem}
.sl-letter mark{border-radius:.2rem;padding:0 .1rem;color:inherit}
.sl-current{outline:3px solid #1f4e9c;outline-offset:1px}
.sl-legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .4rem;border-radius:.2rem}
.sl-done{text-decoration:line-through;color:#666}
.sl-new{background:#d8f3dc;border-radius:.2rem;padding:0 .1rem}
</style>
"""


def _mark(text: str, findings: list[Finding], current: str | None) -> str:
    escaped = escape(text).replace("\n", "<br>")
    word_level = [f for f in findings if f.category not in WIDE_CATEGORIES]
    if not word_level:
        return escaped
    finding = word_level[0]
    colour = COLOURS.get(finding.category, COLOURS["other"])
    outline = ' class="sl-current"' if any(f.id == current for f in word_level) else ""
    title = escape(" · ".join(f.message for f in word_level), quote=True)
    return f'<mark style="background:{colour}" title="{title}"{outline}>{escaped}</mark>'


def letter_html(
    report: Report, current: str | None, replaced: dict[str, tuple[str, str]] | None = None
) -> str:
    """The whole letter, paragraph by paragraph; `replaced` maps finding ids whose change
    was approved to (old words, new words): the new words are shown after the old ones,
    which are struck through unless the change only adds words (an explanation)."""
    replaced = replaced or {}
    by_block: dict[int, list[Finding]] = {}
    for finding in report.findings:
        by_block.setdefault(finding.block, []).append(finding)
    paragraphs = []
    for block in report.blocks:
        findings = by_block.get(block.index, [])
        html = []
        for piece in pieces_of(block.text, block.start, findings):
            done = [
                f for f in piece.findings if f.id in replaced and f.category not in WIDE_CATEGORIES
            ]
            if done:
                adds_only = all(not replaced[f.id][0] for f in done)
                style = "" if adds_only else ' class="sl-done"'
                html.append(f"<span{style}>{escape(piece.text)}</span>")
                for finding in [f for f in done if f.end - block.start == piece.end]:
                    new = escape(replaced[finding.id][1].strip())  # right after the old words
                    html.append(f' <span class="sl-new">{new}</span>')
                continue
            html.append(_mark(piece.text, piece.findings, current))
        paragraphs.append(f"<p>{''.join(html)}</p>")
    return STYLE + '<div class="sl-letter">' + "".join(paragraphs) + "</div>"


def legend_html(report: Report, ui_lang: str) -> str:
    used = sorted({f.category for f in report.findings if f.category not in WIDE_CATEGORIES})
    spans = "".join(
        f'<span style="background:{COLOURS.get(c, COLOURS["other"])}">'
        f"{escape(category_label(c, ui_lang))}</span>"
        for c in used
    )
    return f'<div class="sl-legend">{spans}</div>'


def _about(decision: Decision, lang: str) -> dict[str, str]:
    """Who decided what, in words a reviewer reads at a glance."""
    return {
        "who": decision.reviewer or "?",
        "status": t(f"status.{decision.status}", lang),
        "original": decision.original,
        "text": decision.text,
    }


def refusal_text(refused: DecisionRefused, lang: str, *, undo: bool = False) -> str:
    """Why a decision was not saved, naming the reviewer whose decision is in the way."""
    if refused.other is None:
        return t("app.withdrawn", lang)
    key = "app.undo_refused" if undo else "app.conflict" if refused.overlap else "app.taken"
    return t(key, lang, **_about(refused.other, lang))


def conflict_text(other: Decision, lang: str) -> str:
    """A stored decision that clashes with `other`, an earlier one that counts instead."""
    return t("app.in_conflict", lang, **_about(other, lang))
