"""The letter card at the top of the review page (AppTest), in French and in Dutch, and the
card's items among the suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplifier.i18n import t
from tests.app.test_app import DOCX, new_app, upload

ROOT = Path(__file__).parents[2]
UNCLEAR = ROOT / "samples" / "card" / "fr_carte_floue.docx"


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "reviews.sqlite"


def test_the_review_page_opens_with_the_letter_card(monkeypatch: pytest.MonkeyPatch, database):
    app = upload(new_app(monkeypatch, database), "lettre.docx", UNCLEAR.read_bytes(), DOCX)
    (label,) = [e.label for e in app.expander if e.label.startswith(t("card.title", "fr"))]
    # the message late, an action without a date, no contact, mixed address, vague subject,
    # laws before the message: six parts to look at
    assert label == t("card.to_check", "fr", title=t("card.title", "fr"), n=6)
    card = next(h.value for h in app.get("html") if 'class="lettercard"' in h.value)
    for key in ("card.message", "card.todo", "card.contact", "card.late", "card.no_contact"):
        assert t(key, "fr").replace("'", "&#39;") in card, key
    items = app.session_state["session"].items
    assert any(i.problem.lead.rule_id == "FR.LettreMessageTard" for i in items)
    app.radio(key="ui").set_value("nl").run()
    assert any(e.label.startswith(t("card.title", "nl")) for e in app.expander)
    card = next(h.value for h in app.get("html") if 'class="lettercard"' in h.value)
    assert t("card.late", "nl") in card


def test_the_reviewer_says_whether_it_is_a_letter_and_the_choice_is_kept(
    monkeypatch: pytest.MonkeyPatch, database
):
    brochure = ROOT / "samples" / "fr" / "brochure_mutualite.docx"
    app = upload(new_app(monkeypatch, database), "brochure.docx", brochure.read_bytes(), DOCX)
    assert not app.session_state["session"].report.card.letter  # no greeting, no closing
    app.button(key="letter-choice").click().run()
    assert app.button(key="letter-choice").label == t("card.app.not_a_letter", "fr")
    session = app.session_state["session"]
    assert session.report.card.letter
    # kept in the database: a reviewer who opens the letter later sees it as a letter too
    from simplifier.review.session import ReviewSession
    from simplifier.review.store import Store

    again = ReviewSession(Store(f"sqlite:///{database}"), session.review_id, "local", "Anne")
    assert again.report.card.letter
    app.button(key="letter-choice").click().run()
    assert not app.session_state["session"].report.card.letter
