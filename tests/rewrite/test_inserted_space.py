"""Words a change inserts stay apart from their neighbours even when the reviewer's edited text
lost its separating space: an explanation edited from " (…)" to "(…)" must not give
"aanslagbiljet(de brief…" in the tracked Word file, the clean one or the score after the
changes. Checked on a real letter through the review session and the real .docx writer, read
back with python-docx."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import docx
import pytest
from docx_builder import build_docx, p

from simplifier.io import read_file
from simplifier.io.ooxml import W_NS
from simplifier.models import BLOCK_SEPARATOR
from simplifier.review.decisions import Decision
from simplifier.review.session import ReviewSession
from simplifier.review.store import Store
from simplifier.rewrite.apply import apply_file
from simplifier.rewrite.edits import separated

SAMPLE = Path(__file__).parents[2] / "samples" / "nl" / "brief_verhoogde_tegemoetkoming.docx"
TEAM = "gent"
W = f"{{{W_NS}}}"


def accepted_text(data: bytes) -> str:
    """The document's body as Word shows it with every change accepted: inserted runs
    (w:ins) count, deleted ones (w:delText) do not."""
    document = docx.Document(io.BytesIO(data))
    return "\n".join(
        "".join(node.text or "" for node in paragraph._p.iter(f"{W}t"))
        for paragraph in document.paragraphs
    )


def test_an_edited_explanation_without_its_space_is_kept_apart_in_the_word_files(
    tmp_path: Path,
) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    review = store.create_review(TEAM, "Jan", SAMPLE.name, SAMPLE.read_bytes(), "nl")
    session = ReviewSession(store, review, TEAM, "Jan", ui_lang="nl")
    item = next(
        i
        for i in session.items
        if i.finding.action == "explain" and i.finding.match == "aanslagbiljet"
    )
    assert item.rewrite is not None and item.rewrite.start == item.rewrite.end
    assert item.rewrite.text.startswith(" (")  # the tool's own text has the space
    session.decide(item.id, "edited", "(de brief met de berekening van uw belasting)")

    for clean in (False, True):
        text = accepted_text(session.document_bytes(clean=clean))
        assert "aanslagbiljet (de brief met de berekening van uw belasting) personen" in text
        assert "aanslagbiljet(" not in text
    changed = next(b for b in session.new_blocks() if "aanslagbiljet" in b.text)
    assert "aanslagbiljet (de brief met" in changed.text


def test_inserted_words_are_separated_at_both_ends_and_nothing_else_changes(
    tmp_path: Path,
) -> None:
    letter = build_docx(
        tmp_path / "brief.docx",
        p("Vermeld uw rijksregisternummer op het formulier.")
        + p("Stuur het formulier terug binnen dertig dagen."),
    )
    text = BLOCK_SEPARATOR.join(b.text for b in read_file(letter))

    def insertion(after: str, new: str) -> Decision:
        at = text.index(after) + len(after)
        return Decision(
            id=f"explain@{at}",
            status="edited",
            start=at,
            end=at,
            original="",
            text=new,
            action="explain",
            reviewer="Jan",
            time="2026-11-23T10:00:00Z",
        )

    decisions = [
        insertion("rijksregisternummer", "(uw nummer bij de overheid)"),  # space lost
        insertion("formulier", " (het blad)"),  # as the tool writes it: no second space
        insertion("Stuur het ", "ingevulde"),  # in front of a word: a space after it
        insertion("binnen dertig dagen", ", dus vóór 1 juni"),  # punctuation: glued on purpose
    ]
    for clean in (False, True):
        output = tmp_path / f"out-{clean}.docx"
        apply_file(letter, decisions, output, clean=clean)
        assert accepted_text(output.read_bytes()) == (
            "Vermeld uw rijksregisternummer (uw nummer bij de overheid) op het formulier "
            "(het blad).\nStuur het ingevulde formulier terug binnen dertig dagen, dus vóór 1 juni."
        )
    replaced = replace(decisions[0], start=8, end=10, original="uw", text="(uw)")
    assert replaced.start != replaced.end  # a replacement is the reviewer's own text, as typed
    output = tmp_path / "replaced.docx"
    apply_file(letter, [replaced], output, clean=True)
    assert accepted_text(output.read_bytes()).startswith("Vermeld (uw) rijksregisternummer")


@pytest.mark.parametrize(
    ("before", "inserted", "after", "expected"),
    [
        ("r", "(uw nummer)", " ", " (uw nummer)"),
        (")", "zie hieronder", ".", " zie hieronder"),
        ("7", "bis", " ", " bis"),
        ("r", " (uw nummer)", " ", " (uw nummer)"),
        (" ", "(uw nummer)", "o", "(uw nummer) "),
        ("'", "administration", " ", "administration"),  # l'administration
        ("r", ", dus", " ", ", dus"),
        ("", "(uw nummer)", "", "(uw nummer)"),
        ("r", "", " ", ""),
    ],
)
def test_separated(before: str, inserted: str, after: str, expected: str) -> None:
    assert separated(before, inserted, after) == expected
