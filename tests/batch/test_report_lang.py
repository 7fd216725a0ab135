import shutil
from pathlib import Path

from simplifier.batch.discovery import discover
from simplifier.batch.report_lang import report_language

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _folder(tmp_path: Path, *names: str) -> Path:
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SAMPLES / name, tmp_path / name)
    return tmp_path


def test_the_language_of_most_letters_documentation_aside(tmp_path: Path):
    folder = _folder(tmp_path, "fr/lettre_pension.txt", "nl/brief_pensioen.docx")
    for copy in ("nl/a.docx", "nl/b.docx"):
        shutil.copy(SAMPLES / "nl" / "brief_groeipakket.docx", folder / copy)
    shutil.copy(SAMPLES / "README.md", folder / "fr" / "README.txt")  # English: no vote
    shutil.copy(SAMPLES / "README.md", folder / "fr" / "LISEZMOI.txt")
    assert report_language(discover([folder])) == "nl"
    assert report_language(discover([folder]), "en") == "en"  # --ui-lang or the environment


def test_as_many_french_as_dutch_letters_give_french(tmp_path: Path):
    folder = _folder(tmp_path, "fr/lettre_pension.txt", "nl/brief_pensioen.txt")
    assert report_language(discover([folder])) == "fr"
