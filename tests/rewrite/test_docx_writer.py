"""Writing approved changes into a .docx: native tracked changes with comments, clean output,
formatting kept, only the edited runs touched, the input never modified."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import docx
import pytest
from docx_builder import build_docx, p, runs, table
from lxml import etree

from simplifier.errors import InputError
from simplifier.io import read_file
from simplifier.io.ooxml import W_NS, all_paragraphs
from simplifier.models import BLOCK_SEPARATOR
from simplifier.review.decisions import Decision
from simplifier.rewrite.apply import apply_file

SAMPLES = Path(__file__).parents[2] / "samples"
W = f"{{{W_NS}}}"


def _decision(text: str, original: str, new: str, occurrence: int = 0, **extra: str) -> Decision:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(original, start + 1)
    values = {
        "reason": "Écrivez plutôt plus simple.",
        "reviewer": "Marie Dupont",
        "status": "accepted",
    }
    values.update(extra)
    return Decision(
        id=f"test@{start}",
        start=start,
        end=start + len(original),
        original=original,
        text=new,
        time="2026-11-23T10:00:00Z",
        **values,
    )


def _text(path: Path) -> str:
    return BLOCK_SEPARATOR.join(b.text for b in read_file(path))


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    body = (
        p("Objet : décision d'octroi de l'intervention majorée")
        + runs("Nous vous prions de bien ", "vouloir", " acquitter le montant dû.")
        + table([["Quote-part personnelle", "4,00 EUR"], ["Statut", "ordinaire"]])
        + p("Le titulaire est tenu de communiquer toute modification.")
    )
    return build_docx(
        tmp_path / "lettre.docx",
        body,
        header=p("Mutualité – service des indemnités"),
        footer=p("Veuillez mentionner la référence en toute correspondance."),
    )


def test_no_accepted_change_gives_identical_parts(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    rejected = [_decision(text, "octroi", "accord", status="rejected")]
    output = tmp_path / "out.docx"
    apply_file(letter, rejected, output)
    assert _parts(output) == _parts(letter)  # every part, byte for byte


def test_tracked_changes_touch_only_edited_paragraphs(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    before = hashlib.sha256(letter.read_bytes()).hexdigest()
    decisions = [
        _decision(text, "octroi", "accord"),
        _decision(text, "Le titulaire", "Vous"),
    ]
    output = tmp_path / "out.docx"
    apply_file(letter, decisions, output)
    assert hashlib.sha256(letter.read_bytes()).hexdigest() == before  # input untouched
    old, new = _parts(letter), _parts(output)
    assert {n for n in old if old[n] != new.get(n)} == {
        "word/document.xml",
        "[Content_Types].xml",
        "word/_rels/document.xml.rels",
    }
    assert "word/comments.xml" in new
    old_paragraphs = all_paragraphs(etree.fromstring(old["word/document.xml"]))
    new_paragraphs = all_paragraphs(etree.fromstring(new["word/document.xml"]))
    changed = [
        i
        for i, (a, b) in enumerate(zip(old_paragraphs, new_paragraphs, strict=True))
        if etree.tostring(a) != etree.tostring(b)
    ]
    assert changed == [0, 6]  # the subject line and the last paragraph, nothing else
    root = etree.fromstring(new["word/document.xml"])
    deletions = root.findall(f".//{W}del")
    insertions = root.findall(f".//{W}ins")
    assert [d.findtext(f".//{W}delText") for d in deletions] == ["octroi", "Le titulaire"]
    assert ["".join(i.itertext()) for i in insertions] == ["accord", "Vous"]
    assert {d.get(f"{W}author") for d in deletions + insertions} == {"Marie Dupont"}
    assert {d.get(f"{W}date") for d in deletions} == {"2026-11-23T10:00:00Z"}
    comments = etree.fromstring(new["word/comments.xml"]).findall(f"{W}comment")
    assert ["".join(c.itertext()) for c in comments] == ["Écrivez plutôt plus simple."] * 2
    # python-docx opens it and reads the comments with their author
    opened = docx.Document(str(output))
    assert [(c.author, c.text) for c in opened.comments] == [
        ("Marie Dupont", "Écrivez plutôt plus simple.")
    ] * 2


def test_clean_output_has_the_new_text_and_no_marks(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    decisions = [
        _decision(text, "octroi", "accord"),
        _decision(text, "Quote-part personnelle", "Votre part"),
        _decision(text, "Mutualité", "Votre mutualité"),
        _decision(text, "toute correspondance", "vos lettres"),
    ]
    output = tmp_path / "clean.docx"
    apply_file(letter, decisions, output, clean=True)
    expected = text
    for decision in sorted(decisions, key=lambda d: -d.start):
        expected = expected[: decision.start] + decision.text + expected[decision.end :]
    assert _text(output) == expected  # header, table and footer edited too
    document = _parts(output)["word/document.xml"]
    assert b"w:del " not in document and b"w:ins " not in document
    assert "word/comments.xml" not in _parts(output)


def test_edit_across_runs_keeps_the_first_runs_formatting(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    # "bien vouloir acquitter" spans a plain, a bold and a plain run
    decision = _decision(text, "bien vouloir acquitter", "payer")
    output = tmp_path / "clean.docx"
    apply_file(letter, [decision], output, clean=True)
    paragraph = docx.Document(str(output)).paragraphs[1]
    assert paragraph.text == "Nous vous prions de payer le montant dû."
    texts = [(r.text, bool(r.bold)) for r in paragraph.runs if r.text]
    assert texts == [("Nous vous prions de ", False), ("payer", False), (" le montant dû.", False)]

    tracked = tmp_path / "tracked.docx"
    apply_file(letter, [_decision(text, "vouloir acquitter", "payer")], tracked)
    root = etree.fromstring(_parts(tracked)["word/document.xml"])
    inserted = root.find(f".//{W}ins/{W}r")
    assert inserted is not None and inserted.find(f"{W}rPr/{W}b") is not None  # bold like "vouloir"
    deleted = ["".join(r.itertext()) for r in root.findall(f".//{W}del/{W}r")]
    assert deleted == ["vouloir", " acquitter"]


def test_word_level_pieces_leave_unchanged_words_alone(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    decision = _decision(
        text, "Le titulaire est tenu de communiquer", "Vous êtes tenu de communiquer"
    )
    output = tmp_path / "out.docx"
    apply_file(letter, [decision], output)
    root = etree.fromstring(_parts(output)["word/document.xml"])
    assert [d.findtext(f".//{W}delText") for d in root.findall(f".//{W}del")] == [
        "Le titulaire est"
    ]
    assert len(root.findall(f".//{W}commentRangeStart")) == 1  # one comment per decision


def test_refusals(letter: Path, tmp_path: Path) -> None:
    text = _text(letter)
    with pytest.raises(InputError) as error:
        apply_file(letter, [_decision(text, "octroi", "accord")], letter)
    assert error.value.code == "err.output_is_input"
    wrong = _decision(text, "octroi", "accord")
    wrong = Decision(**{**wrong.__dict__, "original": "autre"})
    with pytest.raises(InputError) as error:
        apply_file(letter, [wrong], tmp_path / "x.docx")
    assert error.value.code == "err.decision_mismatch"
    overlapping = [
        _decision(text, "décision d'octroi", "décision"),
        _decision(text, "octroi", "accord"),
    ]
    with pytest.raises(InputError) as error:
        apply_file(letter, overlapping, tmp_path / "x.docx")
    assert error.value.code == "err.decision_overlap"
    assert not (tmp_path / "x.docx").exists()  # nothing half-written


def test_sample_letter_round_trip_with_every_suggestion(tmp_path: Path) -> None:
    from simplifier.engine import analyze_file
    from simplifier.review.decisions import suggestions
    from simplifier.rewrite.apply import apply

    source = SAMPLES / "fr" / "lettre_intervention_majoree.docx"
    report = analyze_file(source)
    decisions = suggestions(report, status="accepted", reviewer="Marie", unsure_too=True)
    assert len(decisions.applied) >= 30
    clean = tmp_path / "clean.docx"
    apply_file(source, decisions, clean, clean=True, blocks=report.blocks)
    assert _text(clean) == apply(report, decisions)
    tracked = tmp_path / "tracked.docx"
    apply_file(source, decisions, tracked, blocks=report.blocks)
    document = docx.Document(str(tracked))  # python-docx opens the result
    assert document.paragraphs
