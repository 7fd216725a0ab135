"""What each route does, with the command line's own functions (`analyze_file`,
`render_json`, `suggestions`, `apply_file`), so that an answer is what `check --format json`,
`suggest` and `apply` give for the same file.

One request is analysed at a time: the language pipelines are shared by all requests, and
threads would gain nothing on this CPU-bound work (the GIL), so a lock queues them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from simplifier.api.errors import ApiError
from simplifier.api.inputs import Submitted, save
from simplifier.errors import InputError
from simplifier.models import Report
from simplifier.settings import Settings

ANALYSIS = threading.Lock()
TEXT_SOURCE = "<text>"
BODY_SOURCE = "<body>"


@contextmanager
def named(path: Path, name: str) -> Iterator[None]:
    """Errors about the private copy name the file as the caller sent it."""
    try:
        yield
    except InputError as exc:
        if exc.path == str(path):
            raise InputError(name, exc.code, **exc.params) from None
        raise


def report_of(
    sent: Submitted, folder: Path, lang: str | None, settings: Settings | None = None
) -> tuple[Report, Path | None]:
    """The report on the document sent (and the private copy it was read from, if any), under
    `settings` (the server's own when None; a team's, with its own lexicon)."""
    from simplifier.engine import analyze, analyze_blocks, analyze_file
    from simplifier.io import read_bytes

    upload = sent.files.get("file")
    if upload is not None:
        path = save(upload, folder)
        with named(path, path.name):
            report = analyze_file(path, lang, settings=settings)
        return report, path
    if sent.text is not None:
        return analyze(sent.text, lang, source=TEXT_SOURCE, settings=settings), None
    if sent.body is not None:
        blocks = read_bytes(sent.body, BODY_SOURCE)
        return analyze_blocks(blocks, lang, source=BODY_SOURCE, settings=settings), None
    raise ApiError(400, "api.no_input")


def check(
    sent: Submitted,
    folder: Path,
    lang: str | None,
    ui_lang: str | None,
    settings: Settings | None = None,
) -> str:
    from simplifier.render import RENDERERS

    with ANALYSIS:
        report, path = report_of(sent, folder, lang, settings)
    if path is not None:
        report = replace(report, source=path.name)
    return RENDERERS["json"](report, ui_lang or report.lang)


def suggest(
    sent: Submitted,
    folder: Path,
    lang: str | None,
    ui_lang: str | None,
    *,
    accept_all: bool,
    unsure_too: bool,
    reviewer: str,
    settings: Settings | None = None,
) -> str:
    from simplifier.review.decisions import suggestions

    with ANALYSIS:
        report, path = report_of(sent, folder, lang, settings)
        decisions = suggestions(
            report,  # its source is the private copy, so the fingerprint is the upload's
            status="accepted" if accept_all else "pending",
            reviewer=reviewer,
            ui_lang=ui_lang or "en",
            unsure_too=unsure_too,
        )
    if path is not None:
        decisions = replace(decisions, source=path.name)
    return decisions.to_json()


def apply(
    sent: Submitted, folder: Path, *, clean: bool, glossary: bool, author: str
) -> tuple[bytes, str, int]:
    """(the new document, its name, the number of changes made), as `simplifier apply`."""
    from simplifier.review.decisions import load_decisions
    from simplifier.rewrite.apply import apply_decisions

    document, decisions = sent.files.get("file"), sent.files.get("decisions")
    if document is None or decisions is None:
        raise ApiError(400, "api.apply_input")
    source, decisions_path = save(document, folder), save(decisions, folder)
    output = folder / f"{source.stem}-simplifier{source.suffix}"
    with named(decisions_path, decisions_path.name):
        decision_set = load_decisions(decisions_path)
    with ANALYSIS, named(source, source.name):
        edits, _ = apply_decisions(
            source, decision_set, output, clean=clean, author=author, as_glossary=glossary
        )
    return output.read_bytes(), output.name, len({id(e.decision) for e in edits})
