import shutil
from pathlib import Path

from simplifier.batch.discovery import discover
from tests.batch.corpus import BAD, GOOD


def test_finds_documents_recursively_and_skips_hidden_lock_and_report_files(
    corpus_dir: Path, tmp_path: Path
):
    corpus_dir = Path(shutil.copytree(corpus_dir, tmp_path / "letters"))
    (corpus_dir / "rapport").mkdir()
    (corpus_dir / "rapport" / "old.docx").write_bytes(b"x")
    items = discover([corpus_dir], exclude=[corpus_dir / "rapport"])
    names = [i.rel for i in items]
    assert len(names) == GOOD + BAD
    assert "nl/archief/brief_groeipakket.docx" in names
    assert "bad/ancien.doc" in names  # reported as a legacy Word file, not skipped silently
    assert "fr/lettre_cpas_revenu_integration.txt" in names
    assert not any(".hidden" in n or "~$" in n or n.startswith("rapport") for n in names)
    assert names == sorted(names, key=names.index)  # stable order
    assert [i.index for i in items] == list(range(len(items)))


def test_several_inputs_get_unique_names(tmp_path: Path):
    for folder in ("a/lettres", "b/lettres"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "x.docx").write_bytes(b"x")
    (tmp_path / "x.txt").write_text("Bonjour.")
    items = discover([tmp_path / "a/lettres", tmp_path / "b/lettres", tmp_path / "x.txt"])
    assert [i.rel for i in items] == ["lettres/x.docx", "lettres-2/x.docx", "x.txt"]


def test_the_same_file_given_twice_is_checked_once(tmp_path: Path):
    (tmp_path / "x.docx").write_bytes(b"x")
    items = discover([tmp_path, tmp_path / "x.docx"])
    assert len(items) == 1
