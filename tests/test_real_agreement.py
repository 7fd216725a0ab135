"""Agreement of two blind readings of the same items, from two real verdicts folders, through
the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from simplifier.real_agreement import compare
from simplifier.real_verdicts import load_verdicts

HEADER = "file\tkey\tverdict\treason\treader\n"


def _folder(tmp_path: Path, name: str, rows: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "verdicts.tsv").write_text(HEADER + "".join(f"{r}\n" for r in rows), "utf-8")
    return folder


def _readings(tmp_path: Path) -> tuple[Path, Path]:
    first = _folder(
        tmp_path,
        "first",
        [
            "t01_fr\tFR.Jargon@aaaa:0-4#1\twrong\tmeaning\tr12-a",
            "t01_fr\tFR.Jargon@aaaa:0-4\tright\t\tr12-a",
            "t01_fr\tFR.Passif@bbbb:3-9\tright\t\tr12-a",
            "t01_fr\tFR.Passif@cccc:3-9\twrong\tnot_hard\tr12-a",
            "t11_nl\tNL.Jargon@dddd:0-4#2\tright\t\tr12-c",
            "t11_nl\tNL.Jargon@eeee:0-4#3\tright\t\tr12-c",
            "t03_fr\tFR.Jargon@ffff:0-4#4\tright\t\tr12-a",  # read once only
        ],
    )
    second = _folder(
        tmp_path,
        "second",
        [
            "t01_fr\tFR.Jargon@aaaa:0-4#1\twrong\tgrammar\tr12-b",
            "t01_fr\tFR.Jargon@aaaa:0-4\tright\t\tr12-b",
            "t01_fr\tFR.Passif@bbbb:3-9\twrong\tnot_hard\tr12-b",
            "t01_fr\tFR.Passif@cccc:3-9\twrong\tnot_hard\tr12-b",
            "t11_nl\tNL.Jargon@dddd:0-4#2\twrong\tmeaning\tr12-d",
            "t11_nl\tNL.Jargon@eeee:0-4#3\tright\t\tr12-d",
        ],
    )
    return first, second


def test_items_read_twice_are_compared_per_language_and_kind(tmp_path: Path) -> None:
    first, second = _readings(tmp_path)
    result = compare(load_verdicts(first), load_verdicts(second))
    findings, changes = result[("fr", "finding")], result[("fr", "change")]
    assert (findings.items, findings.same, findings.either_wrong) == (3, 2, 2)
    assert (changes.items, changes.same) == (1, 1)  # t03_fr was read once: not compared
    dutch = result[("nl", "change")]
    assert (dutch.items, dutch.same, dutch.first_wrong, dutch.second_wrong) == (2, 1, 0, 1)
    # observed 2/3; chance 1/3 * 2/3 + 2/3 * 1/3 = 4/9; kappa (6/9 - 4/9) / (5/9) = 0.4
    assert findings.kappa == pytest.approx(0.4)
    assert changes.kappa is None  # both said wrong of the only item: no chance to correct for


def test_the_command_prints_the_table_and_names_a_missing_folder(tmp_path: Path) -> None:
    first, second = _readings(tmp_path)
    command = [sys.executable, "-m", "simplifier", "eval", "real-agreement"]
    result = subprocess.run(
        [*command, str(second), "--first", str(first)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "| fr, finding | 3 | 2 / 3 (66.7 %) | 0.40 |" in result.stdout
    missing = subprocess.run(
        [*command, str(tmp_path / "nowhere"), "--first", str(first)],
        capture_output=True,
        text=True,
    )
    assert missing.returncode == 2
    assert "nowhere: no verdicts.tsv" in missing.stderr and "Traceback" not in missing.stderr


def test_a_verdicts_file_with_an_unknown_verdict_is_one_clear_line(tmp_path: Path) -> None:
    first, _ = _readings(tmp_path)
    bad = _folder(tmp_path, "bad", ["t01_fr\tFR.Jargon@aaaa:0-4\tmaybe\t\tr12-b"])
    command = [sys.executable, "-m", "simplifier", "eval", "real-agreement"]
    result = subprocess.run(
        [*command, str(bad), "--first", str(first)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "verdicts.tsv:2: verdict or reason not known" in result.stderr
    assert "Traceback" not in result.stderr
