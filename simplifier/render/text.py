"""Linter-style text: one item per problem with its place (a sentence with its reasons, a
term with the places it comes back at), items with a ready change first, then the
readability summary."""

from __future__ import annotations

from simplifier.i18n import category_label, t
from simplifier.items import group
from simplifier.models import Report


def render_text(report: Report, ui_lang: str = "en", *, notes: bool = True) -> str:
    """`notes`: also the items that come without a ready change (after the others)."""
    name = report.source or "<text>"
    lines = []
    items = group(report)
    for item in items:
        if not (item.ready or notes):
            continue
        finding = item.lead
        block = report.blocks[finding.block]
        line, column = block.position(finding.start)
        severity = t(f"severity.{finding.severity}", ui_lang)
        match = finding.match if len(finding.match) <= 60 else finding.match[:57] + "..."
        lines.append(
            f"{name}:{line}:{column}: {severity} [{finding.rule_id}] "
            f"{category_label(finding.category, ui_lang)}: «{match}»"
        )
        if len(item.places) > 1:
            where = ", ".join(str(report.blocks[f.block].position(f.start)[0]) for f in item.places)
            lines.append(f"    ({t('label.places', ui_lang, n=len(item.places), lines=where)})")
        lines.append(f"    {finding.message}")
        for other in item.findings if item.kind == "sentence" else ():
            if other is not finding:
                lines.append(f"    + {other.message}")
        if finding.rewrites:
            rewrite = finding.rewrites[0]
            before = _short(report.text[rewrite.start : rewrite.end])
            after = _short(rewrite.text.strip())
            change = f"«{before}» → «{after}»" if before else f"+ «{after}»"
            lines.append(f"    → {t('label.suggestion', ui_lang)}: {change}")
            if not rewrite.confident and rewrite.note:
                lines.append(f"      ({t(rewrite.note, ui_lang)})")
        elif finding.replacements and finding.action in ("replace", "explain"):
            lines.append(
                f"    → {t('label.suggestion', ui_lang)}: " + " / ".join(finding.replacements)
            )
    if not report.findings:
        lines.append(t("label.no_findings", ui_lang))
    for skipped in report.skipped:
        lines.append(t("label.skipped", ui_lang, block=skipped.block + 1, lang=skipped.lang))
    counts = {
        s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "suggestion")
    }
    lines.append("")
    lines.append(
        t(
            "label.summary",
            ui_lang,
            n=len(report.findings),
            errors=counts["error"],
            warnings=counts["warning"],
            suggestions=counts["suggestion"],
        )
    )
    lines.append(t("label.items", ui_lang, n=len(items), ready=sum(item.ready for item in items)))
    r = report.readability
    lines.append(
        f"{t('label.score', ui_lang)}: {r.score:.0f}/100, {t('label.level', ui_lang)} {r.level}"
        f" ({report.lang}): {t(f'level.{r.level}', ui_lang)}. {t('label.target', ui_lang)}"
    )
    for reason in r.reasons:
        lines.append(f"  - {reason.text(ui_lang)}")
    shown = (
        "words",
        "sentences",
        "words_per_sentence",
        "syllables_per_word",
        "rare_word_share",
        "kandel_moles",
        "flesch_douma",
        "lix",
    )
    lines.append(
        f"{t('label.measures', ui_lang)}: "
        + ", ".join(f"{key}={r.measures[key]:g}" for key in shown if key in r.measures)
    )
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
