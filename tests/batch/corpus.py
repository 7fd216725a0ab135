"""A mixed folder of real files for the batch tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from docx_builder import build_docx, build_ole, encrypted_copy, p

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

EXPLAINED_FR = [
    "Madame, Monsieur,",
    "L'Office national de l'emploi (ONEM) a bien reçu votre demande du 3 mars 2026.",
    "Vous recevrez bientôt votre avertissement-extrait de rôle (la feuille des impôts qui "
    "dit combien vous devez payer).",
    "L'ONEM vous paiera vos allocations chaque mois sur votre compte.",
    "Nous vous remercions pour votre confiance et restons à votre disposition.",
]


def make_corpus(folder: Path) -> Path:
    """French, Dutch and bilingual letters (.docx and .txt), one that explains its terms,
    and bad files: empty, corrupt, encrypted, legacy .doc; plus a hidden folder and a Word
    lock file that must be ignored."""
    (folder / "fr").mkdir(parents=True)
    (folder / "nl" / "archief").mkdir(parents=True)
    (folder / "bad").mkdir()
    for name in ("avertissement_extrait_de_role", "lettre_pension", "lettre_onem_allocations"):
        shutil.copy(SAMPLES / "fr" / f"{name}.docx", folder / "fr")
    shutil.copy(SAMPLES / "fr" / "lettre_cpas_revenu_integration.txt", folder / "fr")
    for name in ("brief_aanslagbiljet", "brief_pensioen"):
        shutil.copy(SAMPLES / "nl" / f"{name}.docx", folder / "nl")
    shutil.copy(SAMPLES / "nl" / "brief_groeipakket.docx", folder / "nl" / "archief")
    shutil.copy(SAMPLES / "bilingual" / "lettre_bilingue_brief_tweetalig.docx", folder)
    build_docx(folder / "fr" / "explique.docx", "".join(p(t) for t in EXPLAINED_FR))
    (folder / "bad" / "vide.docx").write_bytes(b"")
    good = (SAMPLES / "fr" / "lettre_pension.docx").read_bytes()
    (folder / "bad" / "abime.docx").write_bytes(good[:400])
    encrypted_copy(SAMPLES / "fr" / "lettre_pension.docx", folder / "bad" / "protege.docx")
    build_ole(folder / "bad" / "ancien.doc", "WordDocument")
    (folder / ".hidden").mkdir()
    shutil.copy(SAMPLES / "fr" / "lettre_pension.docx", folder / ".hidden")
    (folder / "fr" / "~$lettre_pension.docx").write_bytes(b"lock")
    return folder


GOOD = 9  # letters that can be checked in make_corpus
BAD = 4
