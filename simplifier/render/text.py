"""Linter-style text: one item per problem with its place (a sentence with its reasons, a
term with the places it comes back at), items with a ready change first, then the
readability summary."""

from __future__ import annotations

from simplifier.i18n import category_label, counted, t
from simplifier.items import group
from simplifier.letter.view import as_text
from simplifier.models import Report
from simplifier.render.html import MEASURES, measure_value


def render_text(report: Report, ui_lang: str = "en", *, notes: bool = True) -> str:
    """`notes`: also the items that come without a ready change (after the others)."""
    name = report.source or "<text>"
    lines = as_text(report.card, ui_lang)
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
            n=counted("finding", len(report.findings), ui_lang),
            errors=counted("error", counts["error"], ui_lang),
            warnings=counted("warning", counts["warning"], ui_lang),
            suggestions=counted("suggestion", counts["suggestion"], ui_lang),
        )
    )
    ready = sum(item.ready for item in items)
    lines.append(t("label.items", ui_lang, n=counted("point", len(items), ui_lang), ready=ready))
    r = report.readability
    lines.append(
        f"{t('label.score', ui_lang)}: {r.score:.0f}/100, {t('label.level', ui_lang)} {r.level}"
        f" ({report.lang}): {t(f'level.{r.level}', ui_lang)}. "
        + t("label.target_level", ui_lang, level=report.target_level)
    )
    if report.address:
        lines.append(t("label.address", ui_lang, address=report.address, file=report.settings_file))
    for reason in r.reasons:
        lines.append(f"  - {reason.text(ui_lang)}")
    # a few measures, by their plain names and written as in the HTML report
    shown = {
        "words",
        "sentences",
        "words_per_sentence",
        "syllables_per_word",
        "rare_word_share",
        "kandel_moles",
        "flesch_douma",
        "lix",
    }
    lines.append(t("label.measures_head", ui_lang))
    for key, kind in MEASURES:
        if key in shown and key in r.measures:
            value = measure_value(r.measures[key], kind, ui_lang)
            lines.append(
                t("label.measure_row", ui_lang, name=t(f"measure.{key}", ui_lang), value=value)
            )
    return "\n".join(lines) + "\n"


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
