"""`simplifier batch FOLDER... --out REPORT_DIR`: check every .docx and .txt under the folders
and write a report for a communication team.

Exit codes: 0 every file was checked (files left out on purpose, such as links out of the
folders, do not count), 1 some files or folders could not be read (they are listed in the
report), 2 usage error (no such folder, nothing to check, bad option), 130 stopped by Ctrl+C
(run the same command again to go on)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from simplifier.batch.output import FORMATS
from simplifier.i18n import UI_LANGS, t, ui_lang_from_env

EXIT_FAILED_FILES = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def _formats(value: str) -> frozenset[str]:
    chosen = {part.strip().lower() for part in value.split(",") if part.strip()}
    unknown = chosen - set(FORMATS)
    if unknown or not chosen:
        raise typer.BadParameter(
            f"choose among {', '.join(FORMATS)} (comma-separated)", param_hint="--format"
        )
    return frozenset(chosen)


class Lang(StrEnum):
    """The languages a document can be checked in (as `check --lang`)."""

    fr = "fr"
    nl = "nl"


def batch(
    folders: Annotated[
        list[Path],
        typer.Argument(help="Folders (searched recursively) or files: .docx and .txt."),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out", "-o", help="Report folder (created if needed); input files are never changed."
        ),
    ],
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: all cores)."),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(help="Language of every document (default: detected per paragraph)."),
    ] = None,
    formats: Annotated[
        str,
        typer.Option("--format", "-f", help="Report formats, comma-separated: html,csv,xlsx,json."),
    ] = ",".join(FORMATS),
    annotate: Annotated[
        bool,
        typer.Option(
            "--annotate", help="Also write each .docx with the problems as Word comments."
        ),
    ] = False,
    scheduler: Annotated[
        str | None,
        typer.Option(help="Run on a Dask cluster, e.g. tcp://host:8786 (default: this machine)."),
    ] = None,
    ui_lang: Annotated[
        str | None,
        typer.Option(
            "--ui-lang",
            help="Language of the report: fr, nl or en "
            "(default: SIMPLIFIER_LANG, the locale, else the documents' main language).",
        ),
    ] = None,
    progress: Annotated[
        bool, typer.Option("--progress/--no-progress", help="Show the progress bar.")
    ] = True,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="Organisation settings (simplifier.toml); default: the nearest one above "
            "the first folder.",
        ),
    ] = None,
    letter: Annotated[
        bool | None,
        typer.Option(
            "--letter/--not-letter",
            help="Say every document is (or is not) a letter; by default each one's parts "
            "(greeting, closing, subject line) decide. A letter gets the letter card.",
        ),
    ] = None,
) -> None:
    """Check every document in folders, in parallel, and write a report (HTML, CSV, Excel,
    JSON) with the hardest documents and the problems that come back everywhere. A rerun
    only checks new or changed files."""
    from simplifier.batch.discovery import printable
    from simplifier.batch.run import BatchOptions, run_batch
    from simplifier.errors import InputError
    from simplifier.settings import for_document

    interface = ui_lang or ui_lang_from_env()
    if interface is not None and interface not in UI_LANGS:
        raise typer.BadParameter(f"choose one of {', '.join(UI_LANGS)}", param_hint="--ui-lang")
    chosen = _formats(formats)
    missing = [printable(f) for f in folders if not f.exists()]
    if missing:
        typer.echo(
            f"simplifier: {', '.join(missing)}: {t('err.not_found', interface or 'en')}", err=True
        )
        raise typer.Exit(EXIT_USAGE)
    try:  # one settings file for the whole run, checked before any worker starts
        settings = for_document(folders[0], config)
    except InputError as exc:
        typer.echo(exc.line(interface or "en"), err=True)
        raise typer.Exit(EXIT_USAGE) from None
    interface = ui_lang or ui_lang_from_env(settings.ui_lang)
    options = BatchOptions(
        inputs=list(folders),
        out=out,
        jobs=jobs,
        lang=lang.value if lang else None,
        formats=chosen,
        annotate=annotate,
        scheduler=scheduler,
        ui_lang=interface,
        progress=progress,
        config=str(settings.path) if settings.path else None,
        letter=letter,
    )
    summary = run_batch(options)
    shown = interface or "en"
    if summary.files == 0:
        folders_text = ", ".join(printable(f) for f in folders)
        typer.echo(f"simplifier: {t('batch.nothing', shown, folders=folders_text)}", err=True)
        raise typer.Exit(EXIT_USAGE)
    if summary.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    ui = summary.ui
    for line in summary.failures:
        typer.echo(f"simplifier: {line}", err=True)
    done = t(
        "batch.done",
        ui,
        total=summary.files,
        ok=summary.checked,
        reused=summary.reused,
        failed=summary.failed,
    )
    if summary.skipped:
        done += " " + t("batch.done_skipped", ui, skipped=summary.skipped)
    typer.echo(done)
    if summary.report is not None:
        typer.echo(t("batch.report_at", ui, path=printable(summary.report)))
    if summary.failed:
        raise typer.Exit(EXIT_FAILED_FILES)


def register(app: typer.Typer) -> None:
    """Add the `batch` command to the CLI."""
    app.command("batch")(batch)
