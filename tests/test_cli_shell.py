"""The command line as a user meets it, in a subprocess: --version, help that shows flags as
flags, `batch --lang`, counts and decimal commas in the text report, measures by their plain
names, the README's examples run as written, and the disk cache (same report cold, warm,
damaged or stale)."""

from __future__ import annotations

import os
import pickle
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from simplifier import __version__
from simplifier.i18n import counted, keys, reason_text, t

ROOT = Path(__file__).resolve().parent.parent
CLI = Path(sys.executable).with_name("simplifier")
FR_LETTER = ROOT / "samples" / "fr" / "lettre_pension.txt"
NL_LETTER = ROOT / "samples" / "nl" / "brief_pensioen.txt"
RAW_KEYS = ("words_per_sentence", "syllables_per_word", "rare_word_share", "mean_zipf", "lix=")


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CLI), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **(env or {})},
        cwd=cwd,
        timeout=timeout,
    )


def test_version_prints_the_package_version():
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"simplifier {__version__}"


@pytest.mark.parametrize("command", ["", "check", "suggest", "apply", "batch", "eval real"])
def test_help_shows_flags_as_flags(command):
    done = run(*command.split(), "--help")
    assert done.returncode == 0, done.stderr
    assert "<bool>" not in done.stdout
    flags = {
        "": ["--version"],
        "check": ["--notes / --no-notes"],
        "suggest": ["--accept-all", "--unsure-too"],
        "apply": ["--clean", "--glossary"],
        "batch": ["--annotate", "--progress / --no-progress"],
        "eval real": ["--record-texts / --no-record-texts"],
    }[command]
    for flag in flags:
        line = next(x for x in done.stdout.splitlines() if x.strip().startswith(flag))
        assert "<" not in line.split(flag, 1)[1].split("  ")[0], line  # no value after it


def test_batch_lang_offers_fr_and_nl_like_check(tmp_path):
    for command in ("check", "batch"):
        assert "--lang <fr|nl>" in run(command, "--help").stdout
    done = run("batch", str(tmp_path), "--out", str(tmp_path / "report"), "--lang", "de")
    assert done.returncode == 2
    assert "'fr'" in done.stderr and "'nl'" in done.stderr


@pytest.mark.parametrize(
    ("lang", "noun", "value", "decimals", "expected"),
    [
        ("fr", "error", 1, 0, "1 erreur"),
        ("fr", "error", 0, 0, "0 erreur"),
        ("fr", "error", 3, 0, "3 erreurs"),
        ("fr", "comma", 3, 1, "3,0 virgules"),
        ("fr", "comma", 1.5, 1, "1,5 virgule"),
        ("nl", "error", 1, 0, "1 fout"),
        ("nl", "error", 3, 0, "3 fouten"),
        ("nl", "comma", 2.25, 1, "2,2 komma's"),
        ("en", "error", 1, 0, "1 error"),
        ("en", "comma", 3, 1, "3.0 commas"),
    ],
)
def test_counts_agree_and_take_a_decimal_comma(lang, noun, value, decimals, expected):
    assert counted(noun, value, lang, decimals) == expected


@pytest.mark.parametrize(
    ("letter", "ui", "singular"),
    [
        (FR_LETTER, "fr", ("remarque", "erreur", "avertissement", "suggestion")),
        (NL_LETTER, "nl", ("opmerking", "fout", "waarschuwing", "suggestie")),
    ],
)
def test_text_report_counts_agree_and_measures_have_plain_names(letter, ui, singular):
    done = run("check", str(letter), "--ui-lang", ui)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    summary = next(x for x in lines if re.match(rf"\d+ {singular[0]}", x))
    counts = [(int(n), word) for n, word in re.findall(r"(\d+) (\w+)", summary)]
    assert len(counts) == 4, summary
    for (number, word), base in zip(counts, singular, strict=True):
        one = number < 2 if ui == "fr" else number == 1
        assert word.startswith(base) and (word == base) == one, summary
    # the measures, by the names the HTML report uses, with a decimal comma
    start = lines.index(t("label.measures_head", ui))
    measures = lines[start + 1 :]
    names = [t(f"measure.{key}", ui) for key in ("words", "words_per_sentence")]
    for name in names:
        assert any(x.strip().startswith(name) for x in measures), measures
    assert not any(re.search(r"\d\.\d", x) for x in measures), measures
    assert any(re.search(r"\d,\d", x) for x in measures), measures
    for key in RAW_KEYS:
        assert key not in done.stdout
    assert not any(re.search(r"\w=\d", x) for x in measures), measures  # not key=value


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_every_reason_is_said_with_the_readers_numbers(lang):
    """Every `reason.*` message, as the text report, the JSON and the batch report say it."""
    for key in (k for k in keys() if k.startswith("reason.")):
        text = reason_text(key, 3.0, lang)
        assert not re.search(r"\d\.\d" if lang != "en" else r"\d,\d", text), text
    commas = reason_text("reason.complex_sentences", 3.0, lang)
    assert {"fr": "3,0 virgules", "nl": "3,0 komma's", "en": "3.0 commas"}[lang] in commas


def test_english_report_has_no_raw_measure_keys_either():
    done = run("check", str(FR_LETTER), "--ui-lang", "en", "--lang", "fr")
    assert done.returncode == 0, done.stderr
    for key in RAW_KEYS:
        assert key not in done.stdout
    assert "Words per sentence, on average: " in done.stdout


# --- the README's examples -------------------------------------------------------------------


def readme_commands() -> list[str]:
    """The shell lines of the README's ```sh blocks that run check, suggest or apply (with
    their continuation lines joined)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        for line in block.replace("\\\n", " ").splitlines():
            if re.search(r"simplifier (check|suggest|apply)\b", line):
                commands.append(line.strip())
    return commands


def test_the_readme_shows_check_suggest_and_apply():
    commands = readme_commands()
    for command in ("check", "suggest", "apply"):
        assert any(f"simplifier {command} " in c for c in commands), command


def test_readme_examples_run_as_written_on_a_copy_of_the_samples(tmp_path):
    """Every example, in the README's order, in a fresh folder holding only the sample files
    they name and `.venv/bin/simplifier`: each exits 0 (1 for --fail-on, which finds
    warnings) and writes the files it names."""
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "simplifier").symlink_to(CLI)
    for command in readme_commands():
        for word in shlex.split(command, comments=True):
            if word.startswith("samples/"):
                source = ROOT / word
                assert source.exists(), f"the README names {word}, which is not in the repository"
                (tmp_path / word).parent.mkdir(parents=True, exist_ok=True)
                if source.is_file():
                    shutil.copy(source, tmp_path / word)
    for command in readme_commands():
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=180,
        )
        expected = 1 if "--fail-on warning" in command else 0
        assert done.returncode == expected, f"{command}\n{done.stderr}"
        words = shlex.split(command, comments=True)
        for option in ("--output", "-o", "--log"):
            for i, word in enumerate(words[:-1]):
                if word == option:
                    assert (tmp_path / words[i + 1]).is_file(), f"{command}: no {words[i + 1]}"


# --- the disk cache ----------------------------------------------------------------------------


def _report(cache: Path, *extra_env: tuple[str, str]) -> str:
    env = {"XDG_CACHE_HOME": str(cache), **dict(extra_env)}
    done = run(
        "check",
        str(ROOT / "samples/fr/lettre_intervention_majoree.docx"),
        "--format",
        "json",
        env=env,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_report_is_the_same_without_cache_cold_warm_damaged_and_stale(tmp_path):
    cache = tmp_path / "cache"
    folder = cache / "simplifier"
    without = _report(cache, ("SIMPLIFIER_NO_CACHE", "1"))
    assert not folder.exists()
    cold = _report(cache)
    entries = sorted(folder.glob("*.pickle"))
    kinds = {entry.name.split("-")[0] for entry in entries}
    assert {"rules", "lexicons", "lemmas", "regex"} <= kinds
    warm = _report(cache)
    assert cold == warm == without
    # damaged entries: cut short, or not a pickle at all
    for number, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(data[: len(data) // 2] if number % 2 else b"not a pickle")
    assert _report(cache) == without
    assert all(pickle.loads(entry.read_bytes())[1] for entry in entries)  # rebuilt
    # stale entries: readable, but stored under another key, with wrong values
    for entry in entries:
        version, key, _ = pickle.loads(entry.read_bytes())
        entry.write_bytes(pickle.dumps((version, key[::-1], {})))
    assert _report(cache) == without


def test_languages_told_in_a_child_process_are_those_told_in_process():
    """The command line tells the languages in a child process while it loads a pipeline; the
    report must be the one the same analysis gives in one process."""
    from simplifier.engine import analyze_file
    from simplifier.render import RENDERERS

    path = ROOT / "samples" / "bilingual" / "lettre_bilingue_brief_tweetalig.docx"
    done = run("check", str(path), "--format", "json", "--ui-lang", "fr")
    assert done.returncode == 0, done.stderr
    report = analyze_file(path)
    assert {block.lang for block in report.blocks} >= {"fr", "nl"}
    assert done.stdout == RENDERERS["json"](report, "fr")
