"""Hard words readers listed, found or missed by the analysis, on texts of our own written in
the shape of real pages, through the real engine and the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from simplifier.real_words import ListError, load_lists, recall

LETTER = (
    "Votre allocation\n\n"
    "Vous pouvez bénéficier d'une allocation si vos ressources sont trop basses. "
    "Le plafond de revenus est fixé chaque année. "
    "Nous examinons votre dossier avec soin et nous vous répondons vite.\n"
)
BRIEF = (
    "Uw premie\n\n"
    "U moet uw aanvraag uiterlijk op 30 juni indienen. "
    "Wij bekijken uw dossier en sturen u een brief.\n"
)


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x01_fr.txt").write_text(LETTER, "utf-8")
    (texts / "x11_nl.txt").write_text(BRIEF, "utf-8")
    return texts


def _lists(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "listed.tsv"
    path.write_text("".join(f"{line}\n" for line in lines), "utf-8")
    return path


def test_listed_words_are_found_missed_or_not_in_the_copy(folder: Path, tmp_path: Path) -> None:
    listed = load_lists(
        [
            _lists(
                tmp_path,
                [
                    "x01_fr\tplafond de revenus",  # a lexicon term: marked
                    "x01_fr\tdossier",  # an everyday word: no finding marks it
                    "x01_fr\tafférent",  # not in this copy
                    "x11_nl\tuiterlijk",
                    "x11_nl\tuiterlijk",  # listed twice: counted once
                ],
            )
        ]
    )
    results = recall(folder, listed)
    assert (results["fr"].listed, results["fr"].found, results["fr"].not_in_text) == (3, 1, 1)
    assert results["fr"].missed == {"dossier": 1}
    assert (results["nl"].listed, results["nl"].found) == (1, 1)


def test_a_list_line_without_a_word_is_one_clear_line(folder: Path, tmp_path: Path) -> None:
    bad = _lists(tmp_path, ["x01_fr\tplafond", "x01_fr"])
    with pytest.raises(ListError, match=r"listed\.tsv:2"):
        load_lists([bad])
    command = [sys.executable, "-m", "simplifier", "eval", "real-words", str(folder), str(bad)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 2
    assert "listed.tsv:2: expected 'file<TAB>word or phrase'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_prints_the_share_found_per_language(folder: Path, tmp_path: Path) -> None:
    good = _lists(tmp_path, ["x01_fr\tplafond de revenus", "x01_fr\tdossier"])
    command = [sys.executable, "-m", "simplifier", "eval", "real-words", str(folder), str(good)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "| fr | 2 | 1 (50.0 %) | 0 |" in result.stdout
    assert "Missed most often (fr): dossier (1)" in result.stdout
