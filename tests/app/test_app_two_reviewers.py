"""Two reviewers on one letter in the real app (two AppTest sessions on one SQLite file), and
a PostgreSQL server that goes down while a reviewer works: what the reviewer reads, and that
nothing is shown as saved that the database did not confirm."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplifier.review.store import Store
from tests.app.test_app import SAMPLE, new_app, upload


def current(app) -> str:
    session = app.session_state["session"]
    return session.items[app.session_state["position"]].id


def messages(app) -> list[str]:
    return [m.value for m in [*app.warning, *app.info, *app.error]]


def test_a_click_on_a_suggestion_decided_meanwhile_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = tmp_path / "reviews.sqlite"
    marie = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    review = marie.session_state["review_id"]
    jan = new_app(monkeypatch, database)
    jan.text_input(key="reviewer").input("Jan").run()
    jan.button(key=f"open-{review}").click().run()
    item = current(marie)
    assert current(jan) == item  # both look at the same first suggestion

    marie.button(key="accept").click().run()
    jan.button(key="reject").click().run()  # Jan had not seen Marie's decision
    assert not jan.exception
    assert any(
        "Entre-temps, Marie a décidé pour cette proposition (accepté)" in m for m in messages(jan)
    ), messages(jan)
    session = jan.session_state["session"]
    assert session.status(item) == "accepted" and current(jan) == item
    saved = [d for d in Store(str(database)).decisions(review, "local") if d.id == item]
    assert [(d.status, d.reviewer) for d in saved] == [("accepted", "Marie")]

    # Marie goes on; Jan is told what she did when his page next runs
    marie.button(key="accept").click().run()
    jan.run()
    assert any("Entre-temps, Marie a décidé pour 1 proposition(s)" in m for m in messages(jan))
    assert jan.session_state["session"].decided == 2
    assert "2 sur" in jan.get("progress")[0].proto.text


def test_a_decision_the_database_did_not_take_is_not_shown_as_saved(
    monkeypatch: pytest.MonkeyPatch, postgres
) -> None:
    url = postgres.new_database()
    app = new_app(monkeypatch, Path("unused"), SIMPLIFIER_DB=url)
    upload(app, "lettre.docx", SAMPLE.read_bytes())
    item = current(app)
    app.text_area(key=f"edit-{item}").input("ma version à moi")

    postgres.stop()
    try:
        app.button(key="save_edit").click().run()
        assert not app.exception
        assert any("Pas enregistré" in m for m in messages(app)), messages(app)
        session = app.session_state["session"]
        assert session.status(item) == "pending" and session.decided == 0
        assert current(app) == item  # the card stays, with the reviewer's own words
        assert app.text_area(key=f"edit-{item}").value == "ma version à moi"
    finally:
        postgres.start()

    app.button(key="save_edit").click().run()  # the same click once the server is back
    assert app.session_state["session"].status(item) == "edited"
    [saved] = Store(url).decisions(app.session_state["review_id"], "local")
    assert saved.text == "ma version à moi"
