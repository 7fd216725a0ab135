import os
import shutil
import threading
from pathlib import Path

import pytest

from simplifier.batch.cache import NotAFile, file_digest
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


def test_links_out_of_the_folders_and_links_to_nothing_are_rows_not_crashes(tmp_path: Path):
    folder, outside = tmp_path / "letters", tmp_path / "outside"
    folder.mkdir()
    outside.mkdir()
    (outside / "b.txt").write_text("Bonjour.")
    (folder / "a.txt").write_text("Bonjour.")
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "b.txt").symlink_to(outside / "b.txt")
    (folder / "out").symlink_to(outside)
    (folder / "again.txt").symlink_to(folder / "a.txt")
    items = {i.rel: i for i in discover([folder])}
    assert set(items) == {"a.txt", "loop.txt", "passwd.txt", "b.txt", "out/"}
    assert items["a.txt"].result is None
    assert items["loop.txt"].result.error_code == "batch.skip.broken_link"
    for name in ("passwd.txt", "b.txt", "out/"):
        assert items[name].result.skipped and "outside" in items[name].result.error_code
    # both folders given: a link from one to the other is followed
    both = {i.rel for i in discover([folder, outside])}
    assert "letters/b.txt" not in both and "outside/b.txt" in both  # once, by its own name


def test_a_folder_that_cannot_be_opened_is_a_row(tmp_path: Path):
    (tmp_path / "ok.txt").write_text("Bonjour.")
    closed = tmp_path / "closed"
    closed.mkdir()
    (closed / "x.txt").write_text("Bonjour.")
    closed.chmod(0)
    try:
        if os.access(closed, os.R_OK):
            pytest.skip("this user reads every folder (root)")
        items = {i.rel: i for i in discover([tmp_path])}
    finally:
        closed.chmod(0o755)
    assert items["closed/"].result.error_code == "batch.err.folder"
    assert not items["closed/"].result.skipped  # not read: the exit code says so


def test_a_named_pipe_is_not_waited_for(tmp_path: Path):
    os.mkfifo(tmp_path / "x.txt")
    outcome: list[BaseException | str] = []

    def digest() -> None:
        try:
            outcome.append(file_digest(tmp_path / "x.txt"))
        except BaseException as exc:
            outcome.append(exc)

    thread = threading.Thread(target=digest, daemon=True)  # a hang must not hang the tests
    thread.start()
    thread.join(timeout=5)
    assert outcome and isinstance(outcome[0], NotAFile)
