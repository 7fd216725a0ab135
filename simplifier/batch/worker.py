"""Analyse one document in a worker process: the compact result that goes into the cache and
the reports, its page of highlights and, if asked, a copy of the .docx with Word comments.

Workers load the pipelines once (`warm_up`) and have no side effects: the main process writes
every file, so that the same function runs in a local process pool and on a Dask cluster
(where the document's bytes travel with the task and no shared disk is needed).
"""

from __future__ import annotations

import signal
import tempfile
import time
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from simplifier.batch.results import DocResult, FindingRow, failure, skipped
from simplifier.batch.terms import terms_of
from simplifier.errors import InputError
from simplifier.i18n import category_label, t
from simplifier.models import Report
from simplifier.nlp import SUPPORTED_LANGS
from simplifier.settings import NONE, Settings, load

INTERNAL_ERROR = "batch.err.internal"
NOT_A_LETTER = "batch.skip.not_letter"
# A letter has most of its words in French or Dutch; documentation in English with a table of
# Dutch titles (samples/README.md: 38 % Dutch) is not one.
MIN_LETTER_SHARE = 0.5


@dataclass(frozen=True)
class Task:
    digest: str
    path: str  # where the file is on the machine that found it
    name: str  # its name in the report (shown on its page and in messages)
    data: bytes | None = None  # the file's content, for workers that cannot see `path`
    lang: str | None = None
    page_lang: str | None = None  # None: the page speaks the document's language
    annotate: bool = False
    config: str | None = None  # the organisation's settings file (`simplifier.settings`)
    letter: bool | None = None  # the user says it is (not) a letter; None: its parts decide


@dataclass
class Outcome:
    result: DocResult
    page: str = ""  # HTML of the highlights page ("" when the file could not be analysed)
    annotated: bytes | None = None  # the .docx with comments, when asked for
    cacheable: bool = True  # False for failures that do not depend on the content


def warm_up(langs: tuple[str, ...] = SUPPORTED_LANGS) -> None:
    """Load the pipelines and compiled rules of every language once, in this process."""
    from simplifier.batch.terms import abbreviation_forms, lexicon_forms
    from simplifier.engine import get_analyzer

    for lang in langs:
        get_analyzer(lang)
        lexicon_forms(lang)
        abbreviation_forms(lang)


def init_worker(langs: tuple[str, ...] = SUPPORTED_LANGS) -> None:
    """Process pool initializer: end with the main process (even after `kill -9`); Ctrl+C is
    the main process's business; load pipelines; one thread per worker (the workers already
    use every core)."""
    from simplifier.batch.processes import exit_with_parent
    from simplifier.language import use_threads

    exit_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    use_threads(False)
    warm_up(langs)


def analyse(task: Task) -> Outcome:
    """Never raises for a bad document: a file that cannot be read gives a failed result."""
    started = time.perf_counter()
    try:
        if task.data is None:
            outcome = _analyse_path(task, Path(task.path))
        else:
            with tempfile.TemporaryDirectory(prefix="simplifier-batch-") as folder:
                copy = Path(folder) / (Path(task.name).name or "document")
                copy.write_bytes(task.data)
                outcome = _analyse_path(task, copy)
    except InputError as exc:
        if exc.code == "err.lang":  # no French or Dutch at all
            outcome = Outcome(skipped(task.digest, NOT_A_LETTER))
        else:
            outcome = Outcome(failure(task.digest, exc.code, **exc.params))
    except MemoryError:
        outcome = Outcome(
            failure(task.digest, INTERNAL_ERROR, reason="MemoryError"), cacheable=False
        )
    except Exception as exc:  # a bug must not stop the batch; the report names the file
        reason = f"{type(exc).__name__}: {exc}"[:300]
        outcome = Outcome(failure(task.digest, INTERNAL_ERROR, reason=reason), cacheable=False)
    outcome.result.seconds = round(time.perf_counter() - started, 4)
    return outcome


@cache
def _settings(config: str | None) -> Settings:
    """Read once per worker: the command checked the file before the first task."""
    return load(Path(config)) if config else NONE


def _analyse_path(task: Task, path: Path) -> Outcome:
    from simplifier.engine import analyze_blocks
    from simplifier.io import read_file

    # The batch report shows findings and scores, not ready-made rewrites: skip making them.
    report = analyze_blocks(
        read_file(path),
        task.lang,
        source=task.name,
        rewrites=False,
        settings=_settings(task.config),
        letter=task.letter,
    )
    if task.lang is None and not is_letter(report):
        return Outcome(skipped(task.digest, NOT_A_LETTER))
    result = summarise(report, task.digest)
    page_lang = task.page_lang or report.lang
    result.page = f"{task.digest[:16]}-{page_lang}.html"
    outcome = Outcome(result, page=render_page(report, page_lang))
    if task.annotate and path.suffix.lower() == ".docx":
        try:
            outcome.annotated = annotate(path, report, page_lang)
        except Exception:  # the analysis stands; only the annotated copy is missing
            outcome.annotated = None
    return outcome


def is_letter(report: Report) -> bool:
    """Whether most of the document's words are in French or Dutch."""
    words = {True: 0, False: 0}
    for block in report.blocks:
        words[block.lang in SUPPORTED_LANGS] += len(block.text.split())
    return words[True] >= MIN_LETTER_SHARE * (words[True] + words[False])


def summarise(report: Report, digest: str) -> DocResult:
    findings = []
    for finding in report.findings:
        line, column = report.blocks[finding.block].position(finding.start)
        findings.append(
            FindingRow(
                rule_id=finding.rule_id,
                category=finding.category,
                severity=finding.severity,
                line=line,
                column=column,
                match=finding.match,
                message=finding.message,
                suggestion=" / ".join(finding.replacements[:3])
                if finding.action in ("replace", "explain")
                else "",
                action=finding.action,
                explanation=finding.explanation,
            )
        )
    checked = [b for b in report.blocks if b.lang in SUPPORTED_LANGS]
    return DocResult(
        digest=digest,
        lang=report.lang,
        langs=sorted({b.lang for b in checked}),
        words=sum(len(b.text.split()) for b in checked),
        sentences=len(report.sentences),
        score=round(report.readability.score, 1),
        level=report.readability.level,
        reasons=[(r.key, round(r.value, 2)) for r in report.readability.reasons],
        findings=findings,
        terms=terms_of(report),
        skipped_blocks=len(report.skipped),
        card=card_signals(report.card),
    )


def card_signals(card) -> dict[str, bool | int]:
    """What the batch keeps of a letter card: {} for a document that is not a letter; else
    what it counts (True when the letter falls short) and where the message stands:
    paragraph n (0: no message found) of m."""
    if card is None or not card.letter:
        return {}
    return {
        "no_deadline": card.no_deadline,
        "no_contact": card.no_contact,
        "late": card.late,
        "no_message": not card.message,
        "paragraph": card.paragraph if card.message else 0,
        "paragraphs": card.paragraphs,
    }


def render_page(report: Report, lang: str) -> str:
    """The engine's own HTML page of the document, with a way back to the corpus report."""
    from simplifier.render.html import render_html

    page = render_html(report, lang)
    back = (
        '<nav style="padding:.5rem 1rem;font:16px system-ui,sans-serif;background:#e9eef5">'
        f'<a href="../index.html">← {t("batch.page.back", lang)}</a></nav>'
    )
    return page.replace("<body>", "<body>\n" + back, 1)


def annotate(path: Path, report: Report, lang: str) -> bytes:
    """A copy of the .docx with one Word comment per finding (the text is not changed)."""
    from simplifier.io.docx_writer import Note, write_notes

    notes = []
    for finding in report.findings:
        block = report.blocks[finding.block]
        comment = f"{category_label(finding.category, lang)} — {finding.message}"
        if finding.replacements and finding.action in ("replace", "explain"):
            comment += "\n→ " + " / ".join(finding.replacements[:3])
        if finding.explanation:
            comment += "\n" + finding.explanation
        notes.append(Note(block, finding.start - block.start, finding.end - block.start, comment))
    with tempfile.TemporaryDirectory(prefix="simplifier-annotate-") as folder:
        output = Path(folder) / "annotated.docx"
        write_notes(path, notes, output, author="simplifier")
        return output.read_bytes()
