"""The rows of the tables (CSV, XLSX): one per document, one per finding, one per signal, with
headers in the reader's language. The JSON report uses the same data with stable keys."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from simplifier.batch.aggregate import Corpus, TermStats
from simplifier.batch.output import PAGES
from simplifier.batch.results import DocResult
from simplifier.i18n import category_label, reason_text, t

# the letter card's columns in the documents table (keys `batch.col.*`)
CARD_COLUMNS = ("letter", "message_at", "late", "no_deadline", "no_contact", "no_message")


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
            *(self._t(f"batch.col.{key}") for key in CARD_COLUMNS),
            *(category_label(c, self.ui) for c in self.categories),
            self._t("batch.col.hard_because"),
            self._t("batch.col.page"),
            self._t("batch.col.annotated"),
        ]

    def document_row(self, name: str, result: DocResult, annotated: str = "") -> list[Any]:
        if not result.ok:
            blank: list[Any] = [""] * (8 + len(CARD_COLUMNS) + len(self.categories) + 3)
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
            *self.card_cells(result.card),
            *(categories.get(c, 0) for c in self.categories),
            reasons,
            f"{PAGES}/{result.page}" if result.page else "",
            annotated,
        ]

    def card_cells(self, card: dict[str, Any]) -> list[str]:
        """The letter card in words a spreadsheet filters on: yes / no, and where the message
        stands ("2 of 5": text, not a fraction or a date). A document that is not a letter
        says "no" under Letter and nothing else; a letter whose message was not found has no
        place and no lateness."""
        if not card:
            return [self._t("batch.no"), *[""] * (len(CARD_COLUMNS) - 1)]

        def said(key: str) -> str:
            return self._t("batch.yes" if card.get(key) else "batch.no")

        found = not card.get("no_message")
        place = ""
        if found and card.get("paragraph") and card.get("paragraphs"):
            place = self._t("batch.message_at", n=card["paragraph"], m=card["paragraphs"])
        return [
            self._t("batch.yes"),
            place,
            said("late") if found else "",
            said("no_deadline"),
            said("no_contact"),
            said("no_message"),
        ]

    def parity_header(self) -> list[str]:
        return [
            self._t("parity.col.pair"),
            self._t("batch.col.fr_version"),
            self._t("batch.col.nl_version"),
            self._t("batch.col.fr_level"),
            self._t("batch.col.nl_level"),
            self._t("batch.col.differences"),
            self._t("batch.col.difference"),
        ]

    def parity_rows(self, pairs: list[dict[str, Any]]) -> Iterator[list[Any]]:
        """One row per difference, the pair's columns repeated on each (a filter on the
        letter shows all of its differences; each difference is a task to check), and one
        row saying "no difference" for a pair that agrees."""
        for pair in pairs:
            first = [
                pair["name"],
                pair["fr"],
                pair["nl"],
                pair["fr_level"],
                pair["nl_level"],
                len(pair["differences"]),
            ]
            for text in pair["differences"] or [self._t("parity.batch.none")]:
                yield [*first, text]

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
