"""Command line: `simplifier check FILE... [--format text|json|html] [--output PATH]`.

Exit codes: 0 no finding at the `--fail-on` level, 1 findings at that level, 2 usage or input
errors (one line per bad file: `simplifier: <file>: <problem and what to do>`).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from simplifier.errors import InputError, SimplifierError
from simplifier.i18n import UI_LANGS, ui_lang_from_env
from simplifier.io.atomic import write_atomically

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Plain-language checks for French and Dutch administrative documents.",
)


class Format(StrEnum):
    text = "text"
    json = "json"
    html = "html"


class FailOn(StrEnum):
    suggestion = "suggestion"
    warning = "warning"
    error = "error"
    never = "never"


class Lang(StrEnum):
    fr = "fr"
    nl = "nl"


@app.callback()
def _commands() -> None:
    """Plain-language checks for French and Dutch administrative documents."""


def _fail(message: str) -> None:
    typer.echo(message, err=True)


@app.command()
def check(
    files: Annotated[
        list[Path],
        typer.Argument(help="Files to check (.docx, .txt); '-' reads text from standard input."),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file (one input only)."),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(help="Language of the document; detected per paragraph when not given."),
    ] = None,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            "--fail-on", help="Exit with 1 when there are findings of this severity or worse."
        ),
    ] = FailOn.never,
    ui_lang: Annotated[
        str | None,
        typer.Option(
            "--ui-lang",
            help="Language of the labels: fr, nl or en "
            "(default: SIMPLIFIER_LANG, the locale, else the document's).",
        ),
    ] = None,
) -> None:
    """Check documents and print each finding with its place, then the readability summary."""
    from simplifier.engine import analyze, analyze_file
    from simplifier.render import RENDERERS

    # The user's choice, else the environment's; failing both, each report speaks the
    # language of its document, and errors are in English.
    interface = ui_lang or ui_lang_from_env()
    if interface is not None and interface not in UI_LANGS:
        raise typer.BadParameter(f"choose one of {', '.join(UI_LANGS)}", param_hint="--ui-lang")
    if output is not None and len(files) > 1:
        raise typer.BadParameter("--output takes one input file", param_hint="--output")
    failed_input = False
    failing = False
    for path in files:
        try:
            if str(path) == "-":
                report = analyze(sys.stdin.read(), lang.value if lang else None, source="<stdin>")
            else:
                report = analyze_file(path, lang.value if lang else None)
        except InputError as exc:
            _fail(exc.line(interface or "en"))
            failed_input = True
            continue
        rendered = RENDERERS[format.value](report, interface or report.lang)
        if output is not None:
            write_atomically(output, rendered)
        else:
            typer.echo(rendered, nl=False)
        if fail_on is not FailOn.never and report.findings_at_least(fail_on.value):
            failing = True
    if failed_input:
        raise typer.Exit(2)
    if failing:
        raise typer.Exit(1)


eval_app = typer.Typer(help="Measure the checks and the score on public evaluation data.")
app.add_typer(eval_app, name="eval")


def _print_evaluation(make_report: Callable[[], str], output: Path | None) -> None:
    """Run an evaluation; a missing data folder is an input error (exit 2), not a traceback."""
    try:
        report = make_report()
    except FileNotFoundError as exc:
        _fail(f"simplifier: {exc}")
        raise typer.Exit(2) from exc
    if output is not None:
        write_atomically(output, report)
    else:
        typer.echo(report, nl=False)


@eval_app.command("flags")
def eval_flags(
    data: Annotated[
        Path | None, typer.Option(help="Folder with the evaluation files (default ../shared/eval).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="Use a random sample of this many pairs per set.")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Findings per 1,000 words on the complex and simple sides of rewritten texts."""
    from simplifier.evaluation import default_data_dir, evaluate_flags

    _print_evaluation(lambda: evaluate_flags(data or default_data_dir(), limit), output)


@eval_app.command("readability")
def eval_readability(
    data: Annotated[
        Path | None, typer.Option(help="Folder with the evaluation files (default ../shared/eval).")
    ] = None,
    fit: Annotated[
        bool, typer.Option("--fit", help="Refit the model on all rows and save its coefficients.")
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Our score and the classic formulas against people's judgements (cross-validated)."""
    from simplifier.calibration import evaluate
    from simplifier.evaluation import default_data_dir

    _print_evaluation(lambda: evaluate(data or default_data_dir(), refit=fit), output)


def main() -> None:
    try:
        app()
    except SimplifierError as exc:  # a broken rule file or a missing pipeline: not a traceback
        _fail(f"simplifier: {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
