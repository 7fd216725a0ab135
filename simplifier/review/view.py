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
.sl-letter{font-family:Georgia,serif;font-size:1.1rem;line-height:1.75;max-height:70vh;
overflow-y:auto;padding:.5rem 1rem;border:1px solid #8a8a8a;border-radius:.5rem;background:#fff;
color:#1a1a1a}
.sl-letter p{margin:.2rem 0 .8rem}
.sl-letter mark{border-radius:.2rem;padding:0 .1rem;color:inherit}
.sl-current{outline:3px solid #1f4e9c;outline-offset:2px;border-radius:.2rem}
.sl-wide.sl-current{outline:none;background:#e8f0ff;box-shadow:0 0 0 2px #1f4e9c;
box-decoration-break:clone;-webkit-box-decoration-break:clone}
.sl-legend{font-size:1rem;line-height:2}
.sl-legend span{display:inline-block;margin:0 .6rem .3rem 0;padding:0 .4rem;border-radius:.2rem}
.sl-done{text-decoration:line-through;text-decoration-thickness:2px;color:#555}
.sl-new{text-decoration:underline;text-decoration-thickness:3px;text-decoration-color:#1b6e3a;
text-underline-offset:3px}
.sl-new::before{content:"✓ ";color:#1b6e3a;font-weight:bold}
.sl-refused{text-decoration:underline dotted #555;text-underline-offset:3px}
.sl-refused::after{content:" ✗";color:#555;font-size:.85em}
</style>
"""


def _mark(text: str, findings: list[Finding], current: str | None, refused: frozenset[str]) -> str:
    escaped = escape(text).replace("\n", "<br>")
    wide_current = any(f.id == current for f in findings if f.category in WIDE_CATEGORIES)
    word_level = [f for f in findings if f.category not in WIDE_CATEGORIES]
    pending = [f for f in word_level if f.id not in refused]
    if not word_level:
        html = escaped
    elif not pending:  # refused: plain words, marked as such (not only by colour)
        html = f'<span class="sl-refused">{escaped}</span>'
    else:
        finding = pending[0]
        colour = COLOURS.get(finding.category, COLOURS["other"])
        outline = ' class="sl-current"' if any(f.id == current for f in word_level) else ""
        title = escape(" · ".join(f.message for f in pending), quote=True)
        html = f'<mark style="background:{colour}" title="{title}"{outline}>{escaped}</mark>'
    if wide_current:  # a suggestion about the whole sentence: the sentence is framed
        html = f'<span class="sl-wide sl-current">{html}</span>'
    return html


def letter_html(
    report: Report,
    current: str | None,
    replaced: dict[str, tuple[str, str]] | None = None,
    refused: frozenset[str] = frozenset(),
    label: str = "",
) -> str:
    """The whole letter, paragraph by paragraph; `replaced` maps finding ids whose change
    was approved to (old words, new words): the new words are shown after the old ones,
    which are struck through unless the change only adds words (an explanation); the words
    of `refused` findings lose their colour and get a mark of their own. The suggestion
    shown (`current`) is framed, a sentence-wide one included."""
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
                current_here = any(f.id == current for f in done)
                frame = " sl-current" if current_here else ""
                html.append(f"<span{style}>{escape(piece.text)}</span>")
                for finding in [f for f in done if f.end - block.start == piece.end]:
                    new = escape(replaced[finding.id][1].strip())  # right after the old words
                    html.append(f' <span class="sl-new{frame}">{new}</span>')
                continue
            html.append(_mark(piece.text, piece.findings, current, refused))
        paragraphs.append(f"<p>{''.join(html)}</p>")
    # Focusable and named: keyboard users can scroll it, screen readers announce it.
    return (
        STYLE
        + f'<div class="sl-letter" tabindex="0" role="region" aria-label="{escape(label)}">'
        + "".join(paragraphs)
        + "</div>"
    )


def legend_html(report: Report, ui_lang: str) -> str:
    """One entry per colour (the kinds of problem that share it), then what accepted,
    refused and shown look like: marks, not only colours."""
    used = sorted({f.category for f in report.findings if f.category not in WIDE_CATEGORIES})
    by_colour: dict[str, list[str]] = {}
    for category in used:
        colour = COLOURS.get(category, COLOURS["other"])
        by_colour.setdefault(colour, []).append(category_label(category, ui_lang))
    spans = "".join(
        f'<span style="background:{colour}">{escape(" · ".join(labels))}</span>'
        for colour, labels in by_colour.items()
    )
    marks = (
        f'<span class="sl-new">{escape(t("app.legend_accepted", ui_lang).lstrip("✓ "))}</span>'
        f'<span class="sl-refused">{escape(t("app.legend_rejected", ui_lang).lstrip("✗ "))}'
        "</span>"
        f'<span class="sl-current">{escape(t("app.legend_current", ui_lang))}</span>'
    )
    return f'{STYLE}<div class="sl-legend">{spans}<br>{marks}</div>'


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
