"""The rows of the tables (CSV, XLSX): one per document, one per finding, one per signal, with
headers in the reader's language. The JSON report uses the same data with stable keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from simplifier.batch.aggregate import Corpus, TermStats
from simplifier.batch.output import PAGES
from simplifier.batch.results import DocResult
from simplifier.i18n import category_label, reason_text, t


def language_name(lang: str, ui: str) -> str:
    return t(f"batch.lang.{lang}", ui) if lang in ("fr", "nl") else lang


class Tables:
    def __init__(self, ui: str, categories: list[str]) -> None:
        self.ui = ui
        self.categories = categories

    def _t(self, key: str, **values: Any) -> str:
        return t(key, self.ui, **values)

    def document_header(self) -> list[str]:
        return [
            self._t("batch.col.document"),
            self._t("batch.col.status"),
            self._t("batch.col.error"),
            self._t("batch.col.language"),
            self._t("batch.col.words"),
            self._t("batch.col.score"),
            self._t("batch.col.level"),
            self._t("batch.col.findings"),
            self._t("batch.col.errors"),
            self._t("batch.col.warnings"),
            self._t("batch.col.suggestions"),
            *(category_label(c, self.ui) for c in self.categories),
            self._t("batch.col.hard_because"),
            self._t("batch.col.page"),
            self._t("batch.col.annotated"),
        ]

    def document_row(self, name: str, result: DocResult, annotated: str = "") -> list[Any]:
        if not result.ok:
            blank: list[Any] = [""] * (8 + len(self.categories) + 3)
            status = self._t("batch.status.skipped" if result.skipped else "batch.status.failed")
            return [name, status, result.error(name, self.ui), *blank]
        severities = result.severity_counts()
        categories = result.category_counts()
        reasons = " ".join(reason_text(key, value, self.ui) for key, value in result.reasons[:2])
        return [
            name,
            self._t("batch.status.ok"),
            "",
            language_name(result.lang, self.ui),
            result.words,
            result.score,
            result.level,
            len(result.findings),
            severities.get("error", 0),
            severities.get("warning", 0),
            severities.get("suggestion", 0),
            *(categories.get(c, 0) for c in self.categories),
            reasons,
            f"{PAGES}/{result.page}" if result.page else "",
            annotated,
        ]

    def finding_header(self) -> list[str]:
        return [
            self._t("batch.col.document"),
            self._t("batch.col.line"),
            self._t("batch.col.column"),
            self._t("batch.col.category"),
            self._t("batch.col.severity"),
            self._t("batch.col.match"),
            self._t("batch.col.message"),
            self._t("batch.col.suggestion"),
            self._t("batch.col.why"),
            self._t("batch.col.rule"),
        ]

    def finding_rows(self, name: str, result: DocResult) -> Iterator[list[Any]]:
        for f in result.findings:
            yield [
                name,
                f.line,
                f.column,
                category_label(f.category, self.ui),
                self._t(f"severity.{f.severity}"),
                f.match,
                f.message,
                f.suggestion,
                f.explanation,
                f.rule_id,
            ]

    def signal_header(self) -> list[str]:
        return [
            self._t("batch.col.term"),
            self._t("batch.col.category"),
            self._t("batch.col.language"),
            self._t("batch.col.in_documents"),
            self._t("batch.col.of_documents"),
            self._t("batch.col.explained_in"),
            self._t("batch.col.suggestion"),
            self._t("batch.col.signal"),
        ]

    def signal_row(self, stats: TermStats, corpus: Corpus) -> list[Any]:
        total = corpus.lang_docs.get(stats.lang, corpus.checked)
        return [
            stats.label,
            category_label(stats.category, self.ui),
            language_name(stats.lang, self.ui),
            stats.docs,
            total,
            stats.explained,
            stats.suggestion,
            signal_sentence(stats, total, self.ui),
        ]


def signal_sentence(stats: TermStats, total: int, ui: str) -> str:
    if stats.explained:
        return t(
            "batch.signal",
            ui,
            term=stats.label,
            docs=stats.docs,
            total=total,
            explained=stats.explained,
        )
    return t("batch.signal_never", ui, term=stats.label, docs=stats.docs, total=total)
