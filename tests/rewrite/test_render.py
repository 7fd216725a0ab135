"""The tracked changes and comments we write are what LibreOffice shows: the .docx is
converted by LibreOffice itself (Debian's libreoffice-writer-nogui) to flat OpenDocument, in
which every insertion, deletion and comment LibreOffice understood is spelled out."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from simplifier.engine import analyze_file
from simplifier.review.decisions import suggestions
from simplifier.rewrite.apply import apply_file

SAMPLES = Path(__file__).parents[2] / "samples"


def _render(document: Path, tmp_path: Path) -> str:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail("LibreOffice is missing: `make test` installs libreoffice-writer-nogui")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "fodt",
            "--outdir",
            str(tmp_path / "rendered"),
            str(document),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return (tmp_path / "rendered" / (document.stem + ".fodt")).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "sample", ["fr/lettre_intervention_majoree.docx", "nl/brief_aanslagbiljet.docx"]
)
def test_libreoffice_shows_insertions_deletions_and_comments(sample: str, tmp_path: Path) -> None:
    source = SAMPLES / sample
    report = analyze_file(source)
    decisions = suggestions(report, status="accepted", reviewer="Marie Dupont")
    output = tmp_path / "tracked.docx"
    edits = apply_file(source, decisions, output, blocks=report.blocks)
    rendered = _render(output, tmp_path)
    regions = re.findall(r"<text:(insertion|deletion)>", rendered)
    inserted = sum(1 for e in edits if e.text)
    deleted = sum(1 for e in edits if e.end > e.start)
    assert regions.count("insertion") == inserted > 10
    assert regions.count("deletion") == deleted
    annotations = re.findall(r"<office:annotation\b.*?</office:annotation>", rendered, re.S)
    body_comments = [e for e in edits if e.first and e.block.part == "word/document.xml"]
    assert len(annotations) == len(body_comments)
    assert all("<dc:creator>Marie Dupont</dc:creator>" in a for a in annotations)
    texts = [html.unescape(re.sub(r"<[^>]+>", "", a)) for a in annotations]
    assert all(e.decision.reason in " ".join(texts) for e in body_comments)
