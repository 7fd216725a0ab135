"""Command line: `simplifier check FILE... [--format text|json|html] [--output PATH]`.

Exit codes: 0 no finding at the `--fail-on` level, 1 findings at that level, 2 usage or input
errors (one line per bad file: `simplifier: <file>: <problem and what to do>`).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from simplifier.errors import InputError, SimplifierError
from simplifier.i18n import UI_LANGS, t, ui_lang_from_env
from simplifier.io.atomic import write_atomically

# Plain help (rich_markup_mode=None): Typer's rich panels show every flag, --help included,
# as if it took a <bool> value.
app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
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


def _show_version(value: bool) -> None:
    if value:
        from simplifier import __version__

        typer.echo(f"simplifier {__version__}")
        raise typer.Exit()


@app.callback()
def _commands(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_show_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Plain-language checks for French and Dutch administrative documents."""


def _fail(message: str) -> None:
    typer.echo(message, err=True)


STDIN = "<stdin>"


def _standard_input() -> bytes:
    """Standard input as bytes, no more than a file may hold (one byte more tells it is too
    large): its encoding, or whether it is a .docx, is told as for a file, not assumed."""
    from simplifier.io.limits import DEFAULT_LIMITS

    return sys.stdin.buffer.read(DEFAULT_LIMITS.max_file_bytes + 1)


# The organisation's settings file, for every command that reads documents.
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Organisation settings (simplifier.toml); default: the nearest one above the "
        "document.",
    ),
]


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
    notes: Annotated[
        bool,
        typer.Option(
            "--notes/--no-notes",
            help="Text output: also the points that come without a ready change.",
        ),
    ] = True,
    config: ConfigOption = None,
    letter: Annotated[
        bool | None,
        typer.Option(
            "--letter/--not-letter",
            help="Say the document is (or is not) a letter; by default its parts (greeting, "
            "closing, subject line) decide. A letter gets the letter card.",
        ),
    ] = None,
) -> None:
    """Check documents and print the letter card, one point per problem with its place (ready
    changes first), then the readability summary."""
    _one_shot()
    from simplifier.engine import analyze_blocks, analyze_file
    from simplifier.io import read_bytes
    from simplifier.render import RENDERERS, render_text
    from simplifier.settings import for_document

    # The user's choice, else the environment's, else the organisation's settings; failing
    # all, each report speaks the language of its document, and errors are in English.
    interface = ui_lang or ui_lang_from_env()
    if interface is not None and interface not in UI_LANGS:
        raise typer.BadParameter(f"choose one of {', '.join(UI_LANGS)}", param_hint="--ui-lang")
    if output is not None and len(files) > 1:
        raise typer.BadParameter("--output takes one input file", param_hint="--output")
    failed_input = False
    failing = False
    for path in files:
        interface = ui_lang or ui_lang_from_env()
        try:
            settings = for_document(None if str(path) == "-" else path, config)
            interface = ui_lang or ui_lang_from_env(settings.ui_lang)
            if str(path) == "-":
                report = analyze_blocks(
                    read_bytes(_standard_input(), STDIN),
                    lang.value if lang else None,
                    source=STDIN,
                    settings=settings,
                    letter=letter,
                )
            else:
                report = analyze_file(
                    path, lang.value if lang else None, settings=settings, letter=letter
                )
        except InputError as exc:
            _fail(exc.line(interface or "en"))
            failed_input = True
            continue
        if format.value == "text":
            rendered = render_text(report, interface or report.lang, notes=notes)
        else:
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


def _interface(ui_lang: str | None, preferred: str | None = None, fallback: str = "en") -> str:
    interface = ui_lang or ui_lang_from_env(preferred) or fallback
    if interface not in UI_LANGS:
        raise typer.BadParameter(f"choose one of {', '.join(UI_LANGS)}", param_hint="--ui-lang")
    return interface


@app.command()
def suggest(
    file: Annotated[Path, typer.Argument(help="Document to check (.docx, .txt).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Decisions file to write (JSON).")],
    lang: Annotated[Lang | None, typer.Option(help="Language of the document.")] = None,
    accept_all: Annotated[
        bool,
        typer.Option(
            "--accept-all",
            help="Mark the changes the tool is sure of as accepted (the others stay pending).",
        ),
    ] = False,
    unsure_too: Annotated[
        bool,
        typer.Option(
            "--unsure-too", help="With --accept-all: accept the changes to check as well."
        ),
    ] = False,
    reviewer: Annotated[str, typer.Option(help="Name written in the decisions.")] = "",
    ui_lang: Annotated[
        str | None, typer.Option("--ui-lang", help="Language of the notes: fr, nl or en.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Write every concrete change the checks propose to a decisions file, to review by hand
    (set "status" to accepted, edited or rejected) and give to `simplifier apply`."""
    _one_shot()
    from simplifier.engine import analyze_file
    from simplifier.review.decisions import suggestions
    from simplifier.settings import for_document

    interface = _interface(ui_lang)
    try:
        settings = for_document(file, config)
        interface = _interface(ui_lang, settings.ui_lang)
        report = analyze_file(file, lang.value if lang else None, settings=settings)
        decisions = suggestions(
            report,
            status="accepted" if accept_all else "pending",
            reviewer=reviewer,
            ui_lang=interface,
            unsure_too=unsure_too,
        )
        decisions.save(output)
    except InputError as exc:
        _fail(exc.line(interface))
        raise typer.Exit(2) from exc
    typer.echo(f"{len(decisions.decisions)} → {output}")


@app.command("apply")
def apply_command(
    file: Annotated[Path, typer.Argument(help="The document the decisions were made on.")],
    decisions: Annotated[
        Path, typer.Option("--decisions", "-d", help="Decisions file (JSON), from the app.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="New document to write.")],
    clean: Annotated[
        bool, typer.Option("--clean", help="Make the changes without tracked-change marks.")
    ] = False,
    glossary: Annotated[
        bool,
        typer.Option("--glossary", help="Put explanations of official terms in a box at the end."),
    ] = False,
    log: Annotated[
        list[Path] | None,
        typer.Option("--log", help="Also write the change log (.csv or .html); repeatable."),
    ] = None,
    author: Annotated[str, typer.Option(help="Author of changes with no reviewer.")] = "",
    ui_lang: Annotated[
        str | None, typer.Option("--ui-lang", help="Language of the messages: fr, nl or en.")
    ] = None,
) -> None:
    """Write a new document with the accepted and edited changes: Word tracked changes with
    a comment giving the reason (or clean with --clean). The input is never modified."""
    _one_shot()
    from simplifier.review.changelog import changelog_csv, changelog_html
    from simplifier.review.decisions import load_decisions
    from simplifier.rewrite.apply import apply_decisions

    interface = _interface(ui_lang)
    try:
        decision_set = load_decisions(decisions)
        edits, doc_lang = apply_decisions(
            file, decision_set, output, clean=clean, author=author, as_glossary=glossary
        )
        for path in log or []:
            if path.suffix.lower() in (".html", ".htm"):
                write_atomically(path, changelog_html(decision_set, ui_lang or doc_lang))
            else:
                write_atomically(path, changelog_csv(decision_set))
    except InputError as exc:
        _fail(exc.line(interface))
        raise typer.Exit(2) from exc
    changed = len({id(e.decision) for e in edits})
    typer.echo(t("apply.done", ui_lang or interface, count=changed, output=output))


@app.command()
def parity(
    french: Annotated[Path, typer.Argument(help="French version (.docx or .txt).")],
    dutch: Annotated[Path, typer.Argument(help="Dutch version (.docx or .txt).")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the comparison to this file.")
    ] = None,
    levels: Annotated[
        bool, typer.Option("--levels/--no-levels", help="Also give each version's level.")
    ] = True,
    ui_lang: Annotated[
        str | None,
        typer.Option("--ui-lang", help="Language of the report: fr, nl or en."),
    ] = None,
) -> None:
    """Compare the French and the Dutch version of a letter: amounts, dates, time limits,
    references, numbers, negations and obligations, paragraph by paragraph. Exit code 1
    when they differ (for CI), 2 when a file cannot be read."""
    _one_shot()
    from simplifier.parity.compare import compare_files
    from simplifier.parity.render import RENDERERS as PARITY_RENDERERS

    chosen = ui_lang or ui_lang_from_env()
    interface = _interface(ui_lang, fallback="en")  # checks --ui-lang; errors in English
    try:
        result = compare_files(french, dutch, levels=levels)
    except InputError as exc:
        _fail(exc.line(interface))
        raise typer.Exit(2) from exc
    # failing a choice, the report speaks the language of the first file given
    shown = chosen or ("nl" if result.swapped else "fr")
    rendered = PARITY_RENDERERS[format.value](result, shown)
    if output is not None:
        write_atomically(output, rendered)
    else:
        typer.echo(rendered, nl=False)
    if result.differences:
        raise typer.Exit(1)


@app.command("hash-password")
def hash_password_command() -> None:
    """Ask for a password and print its hash, for the review app's accounts file."""
    from simplifier.review.accounts import hash_password

    password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    typer.echo(hash_password(password))


@app.command("export-lexicon")
def export_lexicon_command(
    folder: Annotated[Path, typer.Argument(help="Folder to write (fr/TEAM.yml, nl/TEAM.yml).")],
    team: Annotated[str, typer.Option(help="The team whose lexicon to write.")] = "local",
    database: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="SIMPLIFIER_DB",
            help="Review database (SQLite path or SQLAlchemy URL); default: the app's own.",
        ),
    ] = None,
) -> None:
    """Write a team's approved lexicon entries (review app) as a lexicon folder that
    `lexicons = ["FOLDER"]` in simplifier.toml reads as it is."""
    from simplifier.review.store import Store
    from simplifier.review.teamlex import export_folder

    written = export_folder(Store(database), team, folder)
    for path in written:
        typer.echo(str(path))
    if not written:
        typer.echo(f"simplifier: team {team!r} has no approved entries; nothing written", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    accounts: Annotated[
        Path | None,
        typer.Option(
            envvar="SIMPLIFIER_ACCOUNTS",
            help="Accounts file with API tokens (needed on another address than 127.0.0.1).",
        ),
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            help="Organisation settings (simplifier.toml) for every request; default: the "
            "nearest one above the current folder.",
        ),
    ] = None,
    database: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="SIMPLIFIER_DB",
            help="The review app's database: with --accounts, a team's token also brings the "
            "team's own lexicon.",
        ),
    ] = None,
) -> None:
    """Start the HTTP API (POST /check, /suggest, /apply; GET /health; description at /docs)
    with the French and Dutch pipelines loaded once."""
    from simplifier.api.server import serve as run_server

    run_server(host, port, accounts, config, database)


eval_app = typer.Typer(
    rich_markup_mode=None, help="Measure the checks and the score on public evaluation data."
)
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
    parallel: Annotated[
        Path | None,
        typer.Option(
            help="Folder of French/Dutch parallel texts (*_fr.txt with *_nl.txt): level "
            "agreement and score gap; the dev sets are then skipped."
        ),
    ] = None,
    fit_parallel: Annotated[
        bool,
        typer.Option(help="Shift the Dutch scale so the parallel texts agree, and save it."),
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Our score and the classic formulas against people's judgements (cross-validated)."""
    from simplifier.calibration import evaluate
    from simplifier.evaluation import default_data_dir
    from simplifier.parallel import evaluate_parallel

    if parallel is not None:
        _print_evaluation(lambda: evaluate_parallel(parallel, refit=fit_parallel), output)
        return
    _print_evaluation(lambda: evaluate(data or default_data_dir(), refit=fit), output)


@eval_app.command("words")
def eval_words(
    data: Annotated[
        Path | None, typer.Option(help="Folder with the evaluation files (default ../shared/eval).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="French pairs to sample (the passages are long).")
    ] = 300,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Replaced words found, the city's words to avoid found, and flags on plain text."""
    from simplifier.difficulty.evaluate import evaluate_words
    from simplifier.evaluation import default_data_dir

    _print_evaluation(lambda: evaluate_words(data or default_data_dir(), limit), output)


@eval_app.command("real")
def eval_real(
    folder: Annotated[Path, typer.Argument(help="Folder with the real texts (.txt), retrieved.")],
    half: Annotated[
        str, typer.Option(help="tune (odd numbers), report (even numbers) or all.")
    ] = "report",
    sheets: Annotated[
        Path | None,
        typer.Option(help="Write reading sheets of the items not judged yet in this folder."),
    ] = None,
    record_texts: Annotated[
        bool, typer.Option(help="Record the texts' fingerprints in eval/real/texts.tsv.")
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Findings and sure changes on real texts, against readers' verdicts (eval/real)."""
    from simplifier.real_texts import evaluate_real

    if half not in ("tune", "report", "all"):
        _fail("simplifier: --half must be tune, report or all")
        raise typer.Exit(2)
    _print_evaluation(
        lambda: evaluate_real(folder, half, sheets, record_texts=record_texts), output
    )


@eval_app.command("real-answers")
def eval_real_answers(
    sheets: Annotated[Path, typer.Argument(help="The folder of reading sheets the reader had.")],
    answers: Annotated[Path, typer.Argument(help="The reader's answers (.tsv).")],
    reader: Annotated[str, typer.Option(help="Who read (a name for the round and reader).")],
    into: Annotated[
        Path | None, typer.Option(help="The verdicts folder (default: eval/real).")
    ] = None,
) -> None:
    """Add a reader's answers on reading sheets to the verdicts kept in eval/real."""
    from simplifier.real_verdicts import VERDICTS_DIR, AnswersError, import_answers

    try:
        added, counts = import_answers(sheets, answers, reader, into or VERDICTS_DIR)
    except (AnswersError, OSError) as error:
        _fail(f"simplifier: {error}")
        raise typer.Exit(2) from None
    typer.echo(f"{reader}: {added} verdicts and {counts} counts of missed words added")


@eval_app.command("real-words")
def eval_real_words(
    folder: Annotated[Path, typer.Argument(help="Folder with the real texts (.txt), retrieved.")],
    lists: Annotated[
        list[Path], typer.Argument(help="Readers' lists of hard words (file<TAB>word, .tsv).")
    ],
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """How many of the hard words readers listed a finding about words marks, per language,
    and the words missed most often."""
    from simplifier.real_words import ListError, evaluate_listed_words

    try:
        _print_evaluation(lambda: evaluate_listed_words(folder, lists), output)
    except (ListError, OSError) as error:
        _fail(f"simplifier: {error}")
        raise typer.Exit(2) from None


@eval_app.command("real-agreement")
def eval_real_agreement(
    second: Annotated[Path, typer.Argument(help="The verdicts folder of the second reading.")],
    first: Annotated[
        Path | None, typer.Option(help="The verdicts folder of the first (default: eval/real).")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """How far two blind readings of the same items agree (per language, findings and sure
    changes): same verdict, Cohen's kappa, and how often either reader said wrong."""
    from simplifier.real_agreement import agreement
    from simplifier.real_verdicts import VERDICTS_DIR

    try:
        _print_evaluation(lambda: agreement(first or VERDICTS_DIR, second), output)
    except ValueError as error:  # a verdicts file with a line it cannot read
        _fail(f"simplifier: {error}")
        raise typer.Exit(2) from None


@eval_app.command("parity")
def eval_parity(
    folder: Annotated[
        Path, typer.Argument(help="Folder of pairs <name>_fr.txt / <name>_nl.txt (or .docx).")
    ],
    half: Annotated[
        str, typer.Option(help="tune (pairs p01-p06), report (p07-p12) or all.")
    ] = "all",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """The French/Dutch parity check on real pairs, and on the same pairs changed in memory
    (one fact, negation or obligation; fixed seed): changes found and false alarms."""
    from simplifier.parity.evaluate import evaluate_parity

    if half not in ("tune", "report", "all"):
        _fail("simplifier: --half must be tune, report or all")
        raise typer.Exit(2)
    _print_evaluation(lambda: evaluate_parity(folder, half), output)


_ending = {"from_shell": False, "quick": False}


def _one_shot() -> None:
    """Called by the commands that do one job and end (check, suggest, apply). Run from the
    shell (`main`), the process has no other threads: the languages may be told in a child
    process while the pipeline loads (`engine.detect_in_child_process`), and at the end the
    process leaves without taking apart, object by object, the pipelines it loaded (half a
    second of a `check`); output is flushed and exit handlers run first (they stop helper
    processes). Called in another program's process (a test runner), it changes nothing."""
    if not _ending["from_shell"]:
        return
    from simplifier.engine import detect_in_child_process

    detect_in_child_process()
    _ending["quick"] = True


def _exit_now(code: int | str | None) -> None:
    if isinstance(code, str):
        _fail(code)
    status = code if isinstance(code, int) else (0 if code is None else 1)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    atexit._run_exitfuncs()
    os._exit(status)


def main() -> None:
    _ending["from_shell"] = True
    code: int | str | None = 0
    try:
        app()
    except SimplifierError as exc:  # a broken rule file or a missing pipeline: not a traceback
        _fail(f"simplifier: {exc}")
        code = 2
    except SystemExit as exc:
        code = exc.code
    if _ending["quick"] and sys.getprofile() is None and sys.gettrace() is None:
        _exit_now(code)  # not under a profiler or coverage: they write their data at the end
    sys.exit(code)


if __name__ == "__main__":
    main()

from simplifier.batch.command import register as _register_batch  # noqa: E402

_register_batch(app)
