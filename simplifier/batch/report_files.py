"""The report's tables: CSV (one row per document; one row per finding; one row per difference
between the French and Dutch versions of a letter), an Excel workbook (summary, documents,
findings, signals, French-Dutch) and JSON. They are written in one pass over the
results, document by document, so that memory stays flat however many findings there are."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from simplifier.batch.aggregate import CARD_SIGNALS, Corpus
from simplifier.batch.cache import ResultCache
from simplifier.batch.listing import Listing
from simplifier.batch.output import (
    DOCUMENTS_CSV,
    FINDINGS_CSV,
    JSON,
    PARITY_CSV,
    XLSX,
    atomic_path,
)
from simplifier.batch.results import DocResult
from simplifier.batch.tables import CARD_COLUMNS, Tables, signal_sentence
from simplifier.i18n import category_label, reason_text, t

SCHEMA_ID = "simplifier.batch/1"
EXCEL_MAX_ROWS = 1_048_576
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_safe(value: Any) -> Any:
    """A cell that starts like a formula is written as text (spreadsheets would run it)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


class CsvSink:
    def __init__(self, folder: Path, tables: Tables, parity: list[dict[str, Any]]) -> None:
        self.tables = tables
        self._docs = atomic_path(folder / DOCUMENTS_CSV)
        self._finds = atomic_path(folder / FINDINGS_CSV)
        self._pairs = atomic_path(folder / PARITY_CSV)
        self.files: list[TextIO] = []
        self.documents = self._open(self._docs, tables.document_header())
        self.findings = self._open(self._finds, tables.finding_header())
        # written whole now (a few rows per pair), even without pairs: the same files each run
        pairs = self._open(self._pairs, tables.parity_header())
        for row in tables.parity_rows(parity):
            pairs.writerow([_csv_safe(v) for v in row])

    def _open(self, manager: Any, header: list[str]) -> Any:
        handle = manager.__enter__().open("w", encoding="utf-8", newline="")
        self.files.append(handle)
        writer = csv.writer(handle)
        writer.writerow(header)
        return writer

    def add(self, name: str, result: DocResult, annotated: str) -> None:
        self.documents.writerow(
            [_csv_safe(v) for v in self.tables.document_row(name, result, annotated)]
        )
        for row in self.tables.finding_rows(name, result):
            self.findings.writerow([_csv_safe(v) for v in row])

    def close(self, error: BaseException | None = None) -> None:
        for handle in self.files:
            handle.close()
        for manager in (self._docs, self._finds, self._pairs):
            if error is None:
                manager.__exit__(None, None, None)
            else:
                manager.__exit__(type(error), error, error.__traceback__)


class XlsxSink:
    def __init__(
        self,
        folder: Path,
        tables: Tables,
        summary_rows: list[list],
        signal_rows: list[list],
        parity: list[dict[str, Any]],
    ) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        self.tables = tables
        self.bold = Font(bold=True)
        self.manager = atomic_path(folder / XLSX)
        self.path = self.manager.__enter__()
        self.book = Workbook(write_only=True)
        ui = tables.ui
        summary = self._sheet(t("batch.sheet.summary", ui), [40, 18], freeze=False)
        for row in summary_rows:
            summary.append(self._cells(summary, row))
        self.documents = self._sheet(
            t("batch.sheet.documents", ui),
            [48, 12, 50, 12, 9, 12, 9, 11, 10, 10, 10]
            + [10, 14, 10, 12, 12, 12][: len(CARD_COLUMNS)]
            + [12] * len(tables.categories)
            + [60, 34, 40],
            header=tables.document_header(),
        )
        self.findings = self._sheet(
            t("batch.sheet.findings", ui),
            [40, 10, 9, 22, 12, 30, 60, 30, 60, 22],
            header=tables.finding_header(),
        )
        signals = self._sheet(
            t("batch.sheet.signals", ui),
            [34, 22, 12, 14, 14, 12, 30, 80],
            header=tables.signal_header(),
        )
        for row in signal_rows:
            signals.append(self._cells(signals, row))
        # always there, even without pairs: the same sheets each run
        pairs = self._sheet(
            t("batch.sheet.parity", ui),
            [30, 40, 40, 12, 12, 12, 100],
            header=tables.parity_header(),
        )
        for row in tables.parity_rows(parity):
            pairs.append(self._cells(pairs, row))
        self.finding_rows = 1

    def _sheet(
        self, title: str, widths: list[int], header: list[str] | None = None, freeze: bool = True
    ) -> Any:
        from openpyxl.utils import get_column_letter

        sheet = self.book.create_sheet(title[:31])
        for number, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        if header:
            if freeze:
                sheet.freeze_panes = "B2"
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}1"
            sheet.append(self._cells(sheet, header, bold=True))
        return sheet

    def _cells(self, sheet: Any, values: list[Any], bold: bool = False) -> list[Any]:
        """Strings are always text in the workbook, never formulas; characters that XML
        cannot hold (control characters) are left out."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        cells = []
        for value in values:
            if not isinstance(value, str):
                cells.append(value)
                continue
            if ILLEGAL_CHARACTERS_RE.search(value):
                value = ILLEGAL_CHARACTERS_RE.sub("", value)
            if not bold and not value.startswith("="):
                cells.append(value)  # openpyxl stores any other string as text
                continue
            cell = WriteOnlyCell(sheet)
            cell.value = value
            cell.data_type = "s"
            if bold:
                cell.font = self.bold
            cells.append(cell)
        return cells

    def add(self, name: str, result: DocResult, annotated: str) -> None:
        row = self.tables.document_row(name, result, annotated)
        self.documents.append(self._cells(self.documents, row))
        for row in self.tables.finding_rows(name, result):
            if self.finding_rows >= EXCEL_MAX_ROWS - 1:
                if self.finding_rows == EXCEL_MAX_ROWS - 1:
                    note = t("batch.sheet.truncated", self.tables.ui, rows=EXCEL_MAX_ROWS)
                    self.findings.append(self._cells(self.findings, [note]))
                    self.finding_rows += 1
                return
            self.findings.append(self._cells(self.findings, row))
            self.finding_rows += 1

    def close(self, error: BaseException | None = None) -> None:
        if error is None:
            self.book.save(self.path)
            self.manager.__exit__(None, None, None)
        else:
            self.book.close()
            self.manager.__exit__(type(error), error, error.__traceback__)


class JsonSink:
    """{"schema", "created", "inputs", "summary", "categories", "signals", "hardest",
    "documents": [...]}: written as it goes, one document at a time."""

    def __init__(self, folder: Path, head: dict[str, Any], tables: Tables) -> None:
        self.tables = tables
        self.manager = atomic_path(folder / JSON)
        self.handle = self.manager.__enter__().open("w", encoding="utf-8")
        text = json.dumps({"schema": SCHEMA_ID, **head}, ensure_ascii=False, indent=1)
        self.handle.write(text[: text.rindex("}")].rstrip() + ',\n "documents": [')
        self.first = True

    def add(self, name: str, result: DocResult, annotated: str) -> None:
        ui = self.tables.ui
        data = result.to_dict()
        data.pop("error_params")
        code = data.pop("error_code")
        entry = {
            "document": name,
            **data,
            "error": {"code": code, "text": result.error(name, ui)} if code else None,
            "reasons": [
                {"key": key, "value": value, "text": reason_text(key, value, ui)}
                for key, value in result.reasons
            ],
            "page": f"pages/{result.page}" if result.page else None,
            "annotated": annotated or None,
        }
        self.handle.write(
            ("\n  " if self.first else ",\n  ") + json.dumps(entry, ensure_ascii=False)
        )
        self.first = False

    def close(self, error: BaseException | None = None) -> None:
        self.handle.write("\n ]\n}\n")
        self.handle.close()
        if error is None:
            self.manager.__exit__(None, None, None)
        else:
            self.manager.__exit__(type(error), error, error.__traceback__)


def json_head(corpus: Corpus, ui: str, created: str, inputs: list[str], version: str) -> dict:
    return {
        "created": created,
        "inputs": inputs,
        "engine_version": version,
        "interface_language": ui,
        "summary": corpus.summary(),
        "categories": [
            {"category": c, "label": category_label(c, ui), "documents": d, "uses": u}
            for c, d, u in corpus.categories()
        ],
        "signals": [
            {
                "term": s.label,
                "category": s.category,
                "lang": s.lang,
                "documents": s.docs,
                "of": corpus.lang_docs.get(s.lang, corpus.checked),
                "explained": s.explained,
                "uses": s.uses,
                "suggestion": s.suggestion,
                "text": signal_sentence(s, corpus.lang_docs.get(s.lang, corpus.checked), ui),
            }
            for s in corpus.signals(min_docs=1)
        ],
        "hardest": [
            {"document": h.name, "score": h.score, "level": h.level, "page": f"pages/{h.page}"}
            for h in corpus.hardest()
        ],
        "letters": corpus.letter_signals(),
    }


def summary_rows(
    corpus: Corpus, ui: str, created: str, parity: list[dict[str, Any]] | None = None
) -> list[list[Any]]:
    summary = corpus.summary()
    rows: list[list[Any]] = [
        [t("batch.title", ui, n=summary["files"])],
        [t("batch.col.date", ui), created],
        [t("batch.card.checked", ui), summary["checked"]],
        [t("batch.card.failed", ui), summary["failed"]],
        [t("batch.card.skipped", ui), summary["skipped"]],
        [t("batch.card.words", ui), summary["words"]],
        [t("batch.card.average", ui), summary["average_score"]],
        [t("batch.card.on_target", ui), summary["on_target"]],
    ]
    rows += [[f"{t('batch.col.level', ui)} {level}", n] for level, n in summary["levels"].items()]
    # the letter cards (`Corpus.letter_signals`) and the letters found in French and Dutch
    letters = corpus.letter_signals()
    rows.append([t("batch.sum.letters", ui), letters["letters"]])
    rows += [[t(f"batch.sum.{key}", ui), letters[key]["count"]] for key in CARD_SIGNALS]
    pairs = parity or []
    rows.append([t("batch.sum.pairs", ui), len(pairs)])
    rows.append([t("batch.sum.pairs_differ", ui), sum(1 for p in pairs if p["differences"])])
    return rows


def signal_rows(corpus: Corpus, tables: Tables) -> list[list[Any]]:
    return [tables.signal_row(stats, corpus) for stats in corpus.signals(min_docs=1)]


@dataclass(frozen=True)
class Workbook:
    """Everything needed to write the workbook apart from the other tables, in another
    process: it reads the results from the cache itself (the workbook is the slowest table to
    write, and at that point the batch's worker processes are idle)."""

    folder: Path
    tables: Tables
    summary_rows: list[list[Any]]
    signal_rows: list[list[Any]]
    listing: Listing
    cache_path: Path
    version: str
    parity: list[dict[str, Any]]

    def __call__(self) -> None:
        cache = ResultCache(self.cache_path, self.version, read_only=True)
        try:
            _write(
                [
                    XlsxSink(
                        self.folder, self.tables, self.summary_rows, self.signal_rows, self.parity
                    )
                ],
                self.listing.results(cache),
            )
        finally:
            cache.close()


def write_tables(
    folder: Path,
    formats: set[str],
    tables: Tables,
    corpus: Corpus,
    results: Iterable[tuple[str, DocResult, str]],
    head: dict[str, Any],
    created: str,
) -> None:
    """The tables in `formats` (csv, xlsx, json), in one pass over the results; the letters
    found in French and Dutch are `head["parity"]` (`run.parity_rows`), if any."""
    parity = head.get("parity", [])
    sinks: list[Any] = []
    try:
        if "csv" in formats:
            sinks.append(CsvSink(folder, tables, parity))
        if "xlsx" in formats:
            sinks.append(
                XlsxSink(
                    folder,
                    tables,
                    summary_rows(corpus, tables.ui, created, parity),
                    signal_rows(corpus, tables),
                    parity,
                )
            )
        if "json" in formats:
            sinks.append(JsonSink(folder, head, tables))
    except BaseException as error:
        for sink in sinks:
            sink.close(error)
        raise
    _write(sinks, results)


def _write(sinks: list[Any], results: Iterable[tuple[str, DocResult, str]]) -> None:
    try:
        for name, result, annotated in results:
            for sink in sinks:
                sink.add(name, result, annotated)
    except BaseException as error:
        for sink in sinks:
            sink.close(error)
        raise
    for sink in sinks:
        sink.close()
