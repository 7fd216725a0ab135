"""Every kind of bad input gets one clear line naming the file, exit code 2, no traceback,
and nothing is written next to the input."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from docx_builder import build_docx, build_ole, encrypted_copy, p
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.errors import InputError
from simplifier.io import read_file
from simplifier.io.limits import Limits

runner = CliRunner()


def make_zip_bomb(path: Path) -> Path:
    """A few hundred KB on disk that would unpack to 320 MB."""
    chunk = b"\0" * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for number in range(4):
            with archive.open(f"word/media/image{number}.bin", "w") as handle:
                for _ in range(80):
                    handle.write(chunk)
    return path


BILLION_LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = build_docx(tmp_path / "good.docx", p("Bonjour, voici votre lettre."))
    pdf = tmp_path / "lettre.docx"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n")
    corrupt = tmp_path / "abime.docx"
    corrupt.write_bytes(good.read_bytes()[:300])
    empty = tmp_path / "vide.docx"
    empty.write_bytes(b"")
    empty_txt = tmp_path / "vide.txt"
    empty_txt.write_bytes(b"")
    xlsx = tmp_path / "tableur.docx"
    with zipfile.ZipFile(xlsx, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    binary_txt = tmp_path / "image.txt"
    binary_txt.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    no_text = build_docx(tmp_path / "sans_texte.docx", p("   "))
    return {
        "encrypted": (encrypted_copy(good, tmp_path / "protege.docx"), "password"),
        "legacy_doc": (build_ole(tmp_path / "ancien.doc", "WordDocument"), "old Word file"),
        "legacy_doc_renamed": (
            build_ole(tmp_path / "ancien_renomme.docx", "WordDocument"),
            "old Word file",
        ),
        "pdf_named_docx": (pdf, "it is a PDF"),
        "spreadsheet_named_docx": (xlsx, "spreadsheet"),
        "corrupt_zip": (corrupt, "damaged"),
        "empty_file": (empty, "empty"),
        "empty_txt": (empty_txt, "empty"),
        "no_text": (no_text, "no text"),
        "zip_bomb": (make_zip_bomb(tmp_path / "bombe.docx"), "far too much data"),
        "entities": (
            build_docx(tmp_path / "entites.docx", p("&lol2;"), doctype=BILLION_LAUGHS),
            "declarations",
        ),
        "binary_txt": (binary_txt, "not a text file"),
        "unsupported": (
            shutil.copy(good, tmp_path / "lettre.odt") and tmp_path / "lettre.odt",
            "cannot be read",
        ),
        "missing": (tmp_path / "absent.docx", "not found"),
    }


@pytest.mark.parametrize(
    "case",
    [
        "encrypted",
        "legacy_doc",
        "legacy_doc_renamed",
        "pdf_named_docx",
        "spreadsheet_named_docx",
        "corrupt_zip",
        "empty_file",
        "empty_txt",
        "no_text",
        "zip_bomb",
        "entities",
        "binary_txt",
        "unsupported",
        "missing",
    ],
)
def test_bad_input_gives_one_clear_line_and_exit_2(tmp_path, case):
    path, expected = bad_inputs(tmp_path)[case]
    before = sorted(tmp_path.iterdir())
    result = runner.invoke(app, ["check", str(path)], env={"SIMPLIFIER_LANG": "en"})
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"simplifier: {path}: ")
    assert expected in lines[0]
    assert "Traceback" not in result.output
    assert sorted(tmp_path.iterdir()) == before  # nothing written next to the input


def test_too_large_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "grand.txt"
    path.write_text("mot " * 3000, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(path, Limits(max_file_bytes=1000))
    assert caught.value.code == "err.too_large"
    assert "12000" not in str(caught.value)


def test_error_messages_follow_the_interface_language(tmp_path):
    path = tmp_path / "vide.docx"
    path.write_bytes(b"")
    fr = runner.invoke(app, ["check", str(path), "--ui-lang", "fr"])
    nl = runner.invoke(app, ["check", str(path), "--ui-lang", "nl"])
    assert "le fichier est vide" in fr.stderr
    assert "het bestand is leeg" in nl.stderr


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    good = tmp_path / "bon.txt"
    good.write_text(
        "Nous avons bien reçu votre demande. Merci pour votre lettre.", encoding="utf-8"
    )
    bad = tmp_path / "vide.txt"
    bad.write_bytes(b"")
    result = runner.invoke(app, ["check", str(bad), str(good), "--lang", "fr"])
    assert result.exit_code == 2
    assert "Lisibilit" in result.stdout or "Readability" in result.stdout


def test_real_process_prints_no_traceback(tmp_path):
    path = build_ole(tmp_path / "ancien.doc", "WordDocument")
    done = subprocess.run(
        [sys.executable, "-m", "simplifier", "check", str(path)],
        capture_output=True,
        text=True,
        env={"SIMPLIFIER_LANG": "fr", "PATH": ""},
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"simplifier: {path}: c'est un ancien fichier Word (.doc). "
        "Ouvrez-le dans Word ou LibreOffice et enregistrez-le en .docx."
    )
    assert done.stdout == ""
