"""One batch run: find the files, take what the cache already knows, analyse the rest in
parallel (local processes or a Dask cluster) with a progress bar, then write the report.

Ctrl+C stops the workers at once; every result received so far is in the cache, so running
the same command again goes on where it stopped."""

from __future__ import annotations

import datetime as dt
import json
import stat
import time
from collections.abc import Iterator
from concurrent.futures import Executor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import (
    Task as ProgressTask,
)
from rich.text import Text

from simplifier.batch.aggregate import Corpus
from simplifier.batch.cache import NotAFile, ResultCache, engine_version, file_digest
from simplifier.batch.discovery import Item, discover, language_pairs, printable
from simplifier.batch.listing import Listing
from simplifier.batch.output import (
    CACHE,
    DOCUMENTS_CSV,
    FINDINGS_CSV,
    FORMATS,
    HISTORY,
    INDEX,
    JSON,
    PAGES,
    PARITY_CSV,
    XLSX,
    annotated_name,
    remove_unfinished,
)
from simplifier.batch.report_files import (
    Workbook,
    json_head,
    signal_rows,
    summary_rows,
    write_tables,
)
from simplifier.batch.report_html import render_report
from simplifier.batch.report_lang import report_language
from simplifier.batch.results import DocResult, failure, skipped
from simplifier.batch.tables import Tables
from simplifier.batch.worker import Outcome, Task
from simplifier.i18n import t
from simplifier.io.atomic import write_atomically
from simplifier.io.limits import DEFAULT_LIMITS, MB
from simplifier.settings import load as load_settings

HISTORY_KEPT = 50
NOT_A_FILE = "batch.skip.not_a_file"
TABLES = frozenset({"csv", "json", "xlsx"})
T = TypeVar("T")


class Runner(Protocol):
    def workers(self) -> int: ...
    def side_pool(self) -> Executor | None: ...
    def start(self) -> None: ...
    def run(self, tasks: Any, on_outcome: Any) -> None: ...
    def close(self, *, interrupted: bool = False) -> None: ...


@dataclass
class BatchOptions:
    inputs: list[Path]
    out: Path
    jobs: int | None = None
    lang: str | None = None
    formats: frozenset[str] = frozenset(FORMATS)
    annotate: bool = False
    scheduler: str | None = None
    ui_lang: str | None = None  # None: the language most letters are in (`report_lang`)
    progress: bool = True
    hardest: int = 20
    config: str | None = None  # the organisation's settings file, checked by the command
    letter: bool | None = None  # every document is (not) a letter; None: its parts decide


@dataclass
class BatchSummary:
    files: int = 0
    checked: int = 0
    failed: int = 0
    skipped: int = 0  # left out on purpose (not letters, links out of the folders...)
    reused: int = 0
    analysed: int = 0  # documents analysed in this run (not taken from the cache)
    interrupted: bool = False
    ui: str = "en"
    report: Path | None = None
    failures: list[str] = field(default_factory=list)  # one line per file not checked
    seconds: dict[str, float] = field(default_factory=dict)  # per phase: scan, analysis, report


class CountColumn(MofNCompleteColumn):
    """ "12/480", or nothing while the total is unknown (the workbook being finished)."""

    def render(self, task: ProgressTask) -> Text:
        return super().render(task) if task.total is not None else Text("")


class RateColumn(ProgressColumn):
    """Documents per second over the last seconds."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: ProgressTask) -> Text:
        speed = task.finished_speed or task.speed
        shown = f"{speed:5.1f}" if speed else "    –"
        return Text(f"{shown} {self.unit}", style="progress.data.speed")


def _progress(console: Console, ui: str, enabled: bool) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        CountColumn(),
        RateColumn(t("batch.per_second", ui)),
        TimeElapsedColumn(),
        TextColumn("→"),
        TimeRemainingColumn(),
        console=console,
        disable=not enabled,
        transient=False,
    )


class Batch:
    def __init__(self, options: BatchOptions, console: Console | None = None) -> None:
        self.options = options
        self.console = console or Console(stderr=True)
        self.out = options.out
        self.ui = options.ui_lang or "en"  # until `run_batch` has chosen (`report_lang`)
        self.corpus = Corpus(hardest=options.hardest)
        # the files, and where each one's result is (the cache, or `inline` for failures)
        self.listing = Listing(options.out, options.ui_lang, options.annotate)
        self.waiting: dict[str, list[Item]] = {}  # hash -> items with that content, to analyse
        self.summary = BatchSummary()

    # --- scanning ---------------------------------------------------------------------------

    def scan(self, cache: ResultCache, progress: Progress) -> None:
        bar = progress.add_task(t("batch.scanning", self.ui), total=len(self.listing.items))
        for item in self.listing.items:
            self._scan_one(item, cache)
            progress.advance(bar)
        progress.remove_task(bar)

    def _scan_one(self, item: Item, cache: ResultCache) -> None:
        if item.result is not None:  # known from the folder: a link not followed...
            self._inline(item, item.result)
            return
        path = item.path
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise NotAFile(path)
            size = info.st_size
            if size > DEFAULT_LIMITS.max_file_bytes:
                result = failure(
                    "",
                    "err.too_large",
                    size=round(size / MB, 1),
                    limit=DEFAULT_LIMITS.max_file_bytes // MB,
                )
                self._inline(item, result)
                return
            digest = file_digest(path)
        except NotAFile:
            self._inline(item, skipped("", NOT_A_FILE))
            return
        except OSError as exc:
            self._inline(item, failure("", "err.unreadable", reason=exc.strerror or str(exc)))
            return
        if digest in self.waiting:  # same content as a file already queued
            self.waiting[digest].append(item)
            return
        cached = cache.get(digest)
        if cached is not None and self._complete(item, cached, cache):
            self.listing.digests[item.index] = digest
            self.corpus.add(item.rel, cached, reused=True)
            return
        self.waiting[digest] = [item]

    def _complete(self, item: Item, cached: DocResult, cache: ResultCache) -> bool:
        """True when the cached result comes with every file this run must provide."""
        if not cached.ok:
            return True
        page = self.listing.find_page(cached)
        if page is None:
            return False
        cached.page = page
        if self.listing.wants_annotation(item):
            copy = self.out / annotated_name(item.rel)
            if cache.annotated_from(item.rel) == cached.digest and copy.is_file():
                return True
            # the same content under another name: its annotated copy fits this one too
            for other in cache.annotated_with(cached.digest):
                made = self.out / annotated_name(other)
                if made.is_file():
                    write_atomically(copy, made.read_bytes())
                    cache.set_annotated(item.rel, cached.digest)
                    return True
            return False
        return True

    def _inline(self, item: Item, result: DocResult) -> None:
        self.listing.inline[item.index] = result
        self.corpus.add(item.rel, result)

    # --- analysing --------------------------------------------------------------------------

    def tasks(self) -> Iterator[Task]:
        for digest, items in list(self.waiting.items()):
            first = items[0]
            yield Task(
                digest=digest,
                path=str(first.path),
                name=first.rel,
                lang=self.options.lang,
                page_lang=self.ui,
                annotate=any(self.listing.wants_annotation(i) for i in items),
                config=self.options.config,
                letter=self.options.letter,
            )

    def receive(self, task: Task, outcome: Outcome, cache: ResultCache) -> int:
        result = outcome.result
        items = self.waiting.pop(task.digest, [])
        if outcome.page:
            write_atomically(self.out / PAGES / result.page, outcome.page)
        if outcome.cacheable:
            cache.put(result)
        for item in items:
            if outcome.cacheable:
                self.listing.digests[item.index] = task.digest
            else:
                self.listing.inline[item.index] = result
            if outcome.annotated is not None and self.listing.wants_annotation(item):
                write_atomically(self.out / annotated_name(item.rel), outcome.annotated)
                cache.set_annotated(item.rel, task.digest)
            self.corpus.add(item.rel, result)
        self.summary.analysed += len(items)
        return len(items)

    # --- reporting --------------------------------------------------------------------------

    def write_report(
        self,
        cache: ResultCache,
        version: str,
        pool: Executor | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """The report's files; with a `pool` of idle worker processes, one of them writes
        the workbook (the slowest table) while this process writes the others. On a large
        corpus this takes minutes: `progress` shows it, document by document."""
        out, formats = self.out, self.options.formats
        created = dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
        inputs = [printable(p) for p in self.options.inputs]
        categories = sorted(self.corpus.category_docs)
        tables = Tables(self.ui, categories)
        head = json_head(self.corpus, self.ui, created, inputs, version)
        # letters found in French and in Dutch, compared (read again: patterns only)
        parity = parity_rows(self.listing, cache, self.ui)
        if parity:
            head["parity"] = parity
        here = set(formats)
        workbook = None
        if "xlsx" in here and pool is not None:
            cache.commit()  # the other process reads the results from the cache
            job = Workbook(
                out,
                tables,
                summary_rows(self.corpus, self.ui, created, parity),
                signal_rows(self.corpus, tables),
                self.listing,
                cache.path,
                version,
                parity,
            )
            workbook = pool.submit(job)
            here.discard("xlsx")
        bar = None
        if progress is not None:
            bar = progress.add_task(t("batch.writing", self.ui), total=len(self.listing.items))
        if here & TABLES:
            results = self.listing.results(cache)
            if progress is not None and bar is not None:
                results = _advancing(results, progress, bar)
            write_tables(out, here, tables, self.corpus, results, head, created)
        if workbook is not None:
            waiting = None
            if progress is not None and not workbook.done():  # a pulsing bar meanwhile
                waiting = progress.add_task(t("batch.writing_xlsx", self.ui), total=None)
            try:
                workbook.result()
            except BrokenProcessPool:  # the worker died: write it here after all
                remove_unfinished(out)
                write_tables(
                    out, {"xlsx"}, tables, self.corpus, self.listing.results(cache), head, created
                )
            if progress is not None and waiting is not None:
                progress.remove_task(waiting)
        if progress is not None and bar is not None:
            progress.update(bar, completed=len(self.listing.items))
        history = _read_history(out / HISTORY)
        if "html" in formats:
            files = []
            if "csv" in formats:
                files += [
                    (DOCUMENTS_CSV, t("batch.file.documents_csv", self.ui)),
                    (FINDINGS_CSV, t("batch.file.findings_csv", self.ui)),
                    (PARITY_CSV, t("batch.file.parity_csv", self.ui)),
                ]
            if "xlsx" in formats:
                files.append((XLSX, t("batch.file.xlsx", self.ui)))
            if "json" in formats:
                files.append((JSON, t("batch.file.json", self.ui)))
            if self.options.annotate:
                files.append(("annotated/", t("batch.file.annotated", self.ui)))
            page = render_report(
                self.corpus,
                self.ui,
                parity=parity,
                created=created,
                inputs=inputs,
                files=files,
                history=list(reversed(history))[:10],
            )
            write_atomically(out / INDEX, page)
        entry = {"created": created, **self.corpus.summary()}
        write_atomically(
            out / HISTORY, json.dumps([*history, entry][-HISTORY_KEPT:], ensure_ascii=False)
        )
        main = {"html": INDEX, "csv": DOCUMENTS_CSV, "xlsx": XLSX, "json": JSON}
        return out / next(main[f] for f in main if f in formats)


def parity_rows(listing: Listing, cache: ResultCache, ui: str) -> list[dict[str, Any]]:
    """The letters found in French and in Dutch (`language_pairs`), compared: the
    differences in the report's language and each version's level. Reading both versions
    again takes a few milliseconds (patterns, no language pipeline); only files the batch
    checked are read again, so a pair with a file that could not be read (or is no file: a
    pipe) is left out, that file being in the report's list of failures."""
    from simplifier.errors import InputError
    from simplifier.parity.compare import compare_files
    from simplifier.parity.render import difference_text

    pairs = language_pairs(listing.items)
    if not pairs:
        return []
    wanted = {item.index for _, fr, nl in pairs for item in (fr, nl)}
    levels = {}
    for item in listing.items:
        if item.index in wanted and item.index in listing.digests:
            result = cache.get(listing.digests[item.index])
            if result is not None and result.ok:
                levels[item.index] = result
    rows = []
    for name, french, dutch in pairs:
        if french.index not in levels or dutch.index not in levels:
            continue  # not read (a pipe, a damaged file...): listed with the failures
        try:
            result = compare_files(french.path, dutch.path, levels=False)
        except InputError:
            continue
        if result.swapped:  # the names said the wrong languages: the texts decide, as in it
            french, dutch = dutch, french
        rows.append(
            {
                "name": name,
                "fr": french.rel,
                "nl": dutch.rel,
                "fr_level": levels[french.index].level,
                "nl_level": levels[dutch.index].level,
                "differences": [difference_text(d, ui) for d in result.differences],
            }
        )
    return rows


def _advancing(items: Iterator[T], progress: Progress, bar: TaskID) -> Iterator[T]:
    for item in items:
        yield item
        progress.advance(bar)


def _read_history(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [entry for entry in data if isinstance(entry, dict)] if isinstance(data, list) else []


def _make_runner(options: BatchOptions) -> Runner:
    if options.scheduler:
        from simplifier.batch.dask_run import DaskRunner

        return DaskRunner(options.scheduler)
    from simplifier.batch.parallel import LocalRunner

    return LocalRunner(options.jobs)


def run_batch(
    options: BatchOptions, *, runner: Runner | None = None, console: Console | None = None
) -> BatchSummary:
    """Run a batch; `runner` (a started LocalRunner or DaskRunner) is used and left open
    when given, else one is made from the options and closed at the end. Worker processes
    do not run the calling script (see `processes`), except on Windows."""
    batch = Batch(options, console)
    summary = batch.summary
    remove_unfinished(options.out)  # left by a run that was killed or crashed
    batch.listing.items.extend(discover(options.inputs, exclude=[options.out]))
    summary.files = len(batch.listing.items)
    if not batch.listing.items:
        return summary
    # one language for every line of the run, chosen before the first one
    batch.ui = summary.ui = batch.listing.ui_lang = report_language(
        batch.listing.items, options.ui_lang
    )
    # results made under other settings (or an edited organisation lexicon) are not reused
    settings = load_settings(Path(options.config)).key if options.config else ""
    version = engine_version({"lang": options.lang, "settings": settings, "letter": options.letter})
    cache = ResultCache(options.out / CACHE, version)
    console = batch.console
    progress = _progress(console, batch.ui, options.progress and console.is_terminal)
    own_runner = runner is None
    clock = time.perf_counter()
    try:
        with progress:
            batch.scan(cache, progress)
            summary.seconds["scan"] = time.perf_counter() - clock
            todo = sum(len(items) for items in batch.waiting.values())
            if todo:
                if runner is None:
                    runner = _make_runner(options)
                console.print(
                    t(
                        "batch.starting",
                        batch.ui,
                        todo=todo,
                        reused=batch.corpus.reused,
                        workers=runner.workers(),
                    ),
                    highlight=False,
                    soft_wrap=True,
                )
                runner.start()
                clock = time.perf_counter()
                bar = progress.add_task(t("batch.analysing", batch.ui), total=todo)
                runner.run(
                    batch.tasks(),
                    lambda task, outcome: progress.advance(
                        bar, batch.receive(task, outcome, cache)
                    ),
                )
    except KeyboardInterrupt:
        summary.interrupted = True
        if own_runner and runner is not None:
            runner.close(interrupted=True)
            runner = None
        cache.close()
        done = batch.corpus.files
        console.print(
            t("batch.interrupted", batch.ui, done=done, total=summary.files),
            highlight=False,
            soft_wrap=True,
        )
        _fill(summary, batch)
        return summary
    except BaseException:
        if own_runner and runner is not None:
            runner.close()
        raise
    summary.seconds["analysis"] = time.perf_counter() - clock
    clock = time.perf_counter()
    cache.commit()
    try:
        pool = runner.side_pool() if runner is not None else None
        # a new display: the bars above are done, and the labels now speak the corpus's language
        with _progress(console, batch.ui, options.progress and console.is_terminal) as shown:
            summary.report = batch.write_report(cache, version, pool, shown)
    except KeyboardInterrupt:
        # Every result is in the cache: a rerun analyses nothing and writes the report.
        summary.interrupted = True
        if own_runner and runner is not None:
            runner.close(interrupted=True)  # a workbook being written is left unfinished
            runner = None
            remove_unfinished(options.out)
        console.print(
            t("batch.interrupted", batch.ui, done=batch.corpus.files, total=summary.files),
            highlight=False,
            soft_wrap=True,
        )
        _fill(summary, batch)
        return summary
    finally:
        cache.close()
        if own_runner and runner is not None:
            runner.close()
    summary.seconds["report"] = time.perf_counter() - clock
    _fill(summary, batch)
    return summary


def _fill(summary: BatchSummary, batch: Batch) -> None:
    corpus = batch.corpus
    summary.checked = corpus.checked
    summary.reused = corpus.reused
    summary.failed = len(corpus.failed)
    summary.skipped = len(corpus.skipped)
    summary.failures = [
        f"{f.name}: {f.result.error(f.name, batch.ui)}" for f in corpus.failed + corpus.skipped
    ]
