"""French and Dutch versions of the same text land on the same level: a pair of our own
writing, and the parallel-pairs evaluation on a folder of pairs (level agreement, gaps, the
Dutch shift fitted on the other pairs, and saved only where it is told to)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import simplifier
from simplifier import parallel

FRENCH = """Madame, Monsieur,

Nous avons reçu votre demande d'allocation le 3 mars. Nous avons vérifié vos revenus. Vous avez \
droit à une allocation de 120 euros par mois. Nous payons l'allocation à partir du 1er avril sur \
votre compte.

Vous ne devez rien faire. Si votre situation change, par exemple si vous trouvez un travail, \
prévenez-nous dans le mois. Vous pouvez nous appeler du lundi au vendredi, de 9 à 12 heures, au \
02 123 45 67.
"""
DUTCH = """Geachte mevrouw, geachte heer,

Wij hebben uw aanvraag voor een uitkering op 3 maart gekregen. Wij hebben uw inkomen nagekeken. \
U hebt recht op een uitkering van 120 euro per maand. Wij betalen de uitkering vanaf 1 april op \
uw rekening.

U hoeft niets te doen. Als uw situatie verandert, bijvoorbeeld als u werk vindt, laat het ons \
dan binnen de maand weten. U kunt ons bellen van maandag tot vrijdag, van 9 tot 12 uur, op \
02 123 45 67.
"""
# The same notice written the hard way in both languages.
FRENCH_HARD = (
    "Nous vous informons que, conformément aux dispositions réglementaires en vigueur, "
    "l'octroi de l'allocation sollicitée est subordonné à la production, endéans le délai "
    "imparti, des pièces justificatives afférentes à la situation de l'intéressé."
)
DUTCH_HARD = (
    "Wij delen u mee dat, overeenkomstig de vigerende reglementaire bepalingen, de toekenning "
    "van de aangevraagde uitkering afhankelijk is van de voorlegging, binnen de gestelde "
    "termijn, van de bewijsstukken met betrekking tot de toestand van de betrokkene."
)


def test_a_letter_of_our_own_in_both_languages_lands_on_the_same_level() -> None:
    """Before the Dutch scale was anchored on parallel texts, the Dutch letter scored about 14
    points lower (B1 against the French A2)."""
    for fr, nl in ((FRENCH, DUTCH), (FRENCH_HARD, DUTCH_HARD)):
        french = simplifier.analyze(fr, lang="fr").readability
        dutch = simplifier.analyze(nl, lang="nl").readability
        assert french.level == dutch.level
        assert abs(french.score - dutch.score) <= 6


@pytest.fixture
def model_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The evaluation writes the model only where it is told to: a copy here."""
    copy = tmp_path / "model.json"
    shutil.copy(parallel.MODEL_PATH, copy)
    monkeypatch.setattr(parallel, "MODEL_PATH", copy)
    return copy


def test_the_parallel_evaluation_reports_gaps_and_saves_the_shift_only_when_told(
    tmp_path: Path, model_copy: Path
) -> None:
    folder = tmp_path / "pairs"
    folder.mkdir()
    for name, fr, nl in (("a", FRENCH, DUTCH), ("b", FRENCH_HARD, DUTCH_HARD)):
        (folder / f"{name}_fr.txt").write_text(fr, encoding="utf-8")
        (folder / f"{name}_nl.txt").write_text(nl, encoding="utf-8")
    (folder / "c_fr.txt").write_text(FRENCH, encoding="utf-8")  # no Dutch: left out
    before = model_copy.read_text(encoding="utf-8")
    report = parallel.evaluate_parallel(folder)
    assert "(2 pairs in pairs)" in report and "| a |" in report and "| c |" not in report
    assert "As the model gives them: same level ± 1 step:" in report
    assert "leave one out" in report
    assert model_copy.read_text(encoding="utf-8") == before
    saved = parallel.evaluate_parallel(folder, refit=True)
    assert "Dutch rating line shifted by" in saved
    model = json.loads(model_copy.read_text(encoding="utf-8"))
    assert "2 French/Dutch parallel texts" in model["nl"]["anchor"]
    pairs = parallel.score_pairs(folder)
    shift = parallel.fit_shift(pairs, model)
    assert abs(shift) < 1e-6  # after saving, the two languages agree on average


def test_a_folder_without_pairs_is_one_clear_line(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="fewer than two"):
        parallel.evaluate_parallel(tmp_path)
