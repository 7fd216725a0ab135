"""The review app, run by Streamlit's own test harness (AppTest) on a real SQLite database:
upload, decide, edit, comment, undo, language switch, resume after a restart, downloads,
bad uploads, team separation and lexicon proposals."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
import streamlit as st
from docx_builder import build_ole
from streamlit.testing.v1 import AppTest

from simplifier.i18n import t
from simplifier.review.accounts import hash_password
from simplifier.review.store import Store

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def new_app(monkeypatch: pytest.MonkeyPatch, database: Path, **env: str) -> AppTest:
    """A fresh app instance, as after a server restart: caches emptied, same database."""
    monkeypatch.setenv("SIMPLIFIER_DB", str(database))
    monkeypatch.setenv("SIMPLIFIER_LANG", "fr")
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    st.cache_resource.clear()
    from simplifier.review import session

    session.analysed.cache_clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception
    return app


def upload(app: AppTest, name: str, content: bytes, mime: str = DOCX) -> AppTest:
    app.text_input(key="reviewer").input("Marie")
    app.file_uploader(key="upload").set_value((name, content, mime))
    app.button(key="check").click().run()
    assert not app.exception, app.exception
    return app


@pytest.fixture
def database(tmp_path: Path) -> Path:
    return tmp_path / "reviews.sqlite"


def test_review_flow_is_saved_and_resumed(monkeypatch: pytest.MonkeyPatch, database: Path):
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    session = app.session_state["session"]
    assert session.total > 20 and session.decided == 0
    level = session.readability_before().level
    score_line = next(m.value for m in app.markdown if m.value.startswith("Score "))
    assert f"sur 100, niveau {level} ({t(f'level.{level}', 'fr')})" in score_line  # its meaning
    assert any("<mark" in h.value for h in app.get("html"))  # highlighted letter

    first = session.items[app.session_state["position"]].id
    app.button(key="accept").click().run()
    assert session.status(first) == "accepted"
    second = session.items[app.session_state["position"]].id
    assert second != first  # moved on to the next suggestion
    app.text_area(key=f"edit-{second}").input("mon texte à moi")
    app.text_input(key=f"comment-{second}").input("plus clair ainsi")
    app.button(key="save_edit").click().run()
    assert session.decisions[second].text == "mon texte à moi"
    assert session.decisions[second].comment == "plus clair ainsi"
    third = session.items[app.session_state["position"]].id
    app.button(key="reject").click().run()
    app.button(key="undo").click().run()  # takes the rejection back
    assert third not in session.decisions
    app.button(key="reject").click().run()
    assert session.decided == 3
    assert "3 sur" in app.get("progress")[0].proto.text

    # The database has it all, for another process too.
    store = Store(str(database))
    saved = {d.id: d for d in store.decisions(session.review_id, "local")}
    assert saved[first].status == "accepted" and saved[second].status == "edited"
    assert saved[third].status == "rejected" and saved[second].reviewer == "Marie"

    # Restart: a new app instance on the same database lists the review and resumes it.
    again = new_app(monkeypatch, database)
    lines = [m.value for m in again.markdown]
    assert any("lettre.docx" in line and "3 sur" in line for line in lines)
    again.button(key=f"open-{session.review_id}").click().run()
    resumed = again.session_state["session"]
    assert resumed is not session and resumed.decided == 3
    assert resumed.decisions[second].text == "mon texte à moi"

    # Deleting asks first; "no" keeps the letter.
    review = session.review_id
    again.button(key="back").click().run()
    again.button(key=f"delete-{review}").click().run()
    assert any("Supprimer « lettre.docx »" in w.value for w in again.warning)
    again.button(key=f"delete-no-{review}").click().run()
    assert [r.id for r in Store(str(database)).reviews("local")] == [review]
    # "Yes" deletes it, and it can be brought back with its decisions for a while.
    again.button(key=f"delete-{review}").click().run()
    again.button(key=f"delete-yes-{review}").click().run()
    assert Store(str(database)).reviews("local") == []
    assert any("récupérer" in i.value for i in again.info)
    again.button(key="restore").click().run()
    assert [(r.id, r.decided) for r in Store(str(database)).reviews("local")] == [(review, 3)]


def test_downloads_carry_the_approved_changes(monkeypatch: pytest.MonkeyPatch, database: Path):
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    session = app.session_state["session"]
    replacing = next(
        i for i in session.items if i.finding.action == "replace" and len(i.places) == 1
    )
    app.session_state["position"] = session.items.index(replacing)
    app.run()
    app.button(key="accept").click().run()
    app.button(key="prepare").click().run()
    files = app.session_state["downloads"]
    tracked = docx.Document(io.BytesIO(files["tracked"][1]))
    assert [c.author for c in tracked.comments] == ["Marie"]
    assert b"<w:ins " in _document_xml(files["tracked"][1])
    assert b"<w:ins " not in _document_xml(files["clean"][1])
    decisions = json.loads(files["decisions"][1])
    assert [d["status"] for d in decisions["decisions"]] == ["accepted"]
    assert "Modifications" in files["log_html"][1].decode()
    assert len(app.get("download_button")) == 5


def _document_xml(data: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml")


def test_interface_language_switch(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    assert app.button(key="accept").label == "Accepter"
    app.radio(key="ui").set_value("nl").run()
    assert app.button(key="accept").label == "Aanvaarden"
    assert app.query_params["lang"] in ("nl", ["nl"])  # a reload keeps it
    level = app.session_state["session"].readability_before().level
    score_line = next(m.value for m in app.markdown if m.value.startswith("Score "))
    assert f"op 100, niveau {level} ({t(f'level.{level}', 'nl')})" in score_line
    app.radio(key="ui").set_value("en").run()
    assert app.button(key="reject").label == "Reject"


def test_the_language_comes_from_the_address(monkeypatch: pytest.MonkeyPatch, database: Path):
    """A Dutch reviewer who reloads or reopens a letter stays in Dutch."""
    monkeypatch.setenv("SIMPLIFIER_DB", str(database))
    monkeypatch.setenv("SIMPLIFIER_LANG", "fr")
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.query_params["lang"] = "nl"
    app.run()
    assert app.radio(key="ui").value == "nl"
    assert app.button(key="check").label == "Deze brief nakijken"


def test_an_unsaved_comment_is_kept_when_moving_on(monkeypatch: pytest.MonkeyPatch, database: Path):
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    session = app.session_state["session"]
    first = session.items[app.session_state["position"]].id
    app.text_input(key=f"comment-{first}").input("à revoir avec Paul").run()
    assert any("Pas encore enregistré" in c.value for c in app.caption)
    app.button(key="next").click().run()
    assert app.session_state["position"] != session.items.index(session.item(first))
    app.button(key="previous").click().run()
    assert app.text_input(key=f"comment-{first}").value == "à revoir avec Paul"
    assert first not in session.decisions  # kept on screen, not saved behind the reviewer's back
    app.button(key="save_comment").click().run()
    assert session.decisions[first].comment == "à revoir avec Paul"
    assert not any("Pas encore enregistré" in c.value for c in app.caption)
    assert any("Commentaire enregistré" in h.value for h in app.get("html"))


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("kapot.docx", b"PK\x03\x04 not really a zip", "abîmé"),
        ("oud.doc", "ole", "ancien fichier Word"),
        ("photo.png", b"\x89PNG\r\n\x1a\n", "ne peuvent pas être lus"),
    ],
)
def test_bad_uploads_get_a_clear_message(
    monkeypatch: pytest.MonkeyPatch, database: Path, name: str, content: bytes | str, expected: str
) -> None:
    if content == "ole":
        content = build_ole(database.parent / name, "WordDocument").read_bytes()
    app = new_app(monkeypatch, database)
    app.text_input(key="reviewer").input("Marie")
    # The uploader takes any file, so that our reader can say what is wrong in French.
    app.file_uploader(key="upload").set_value((name, content, "application/octet-stream"))
    app.button(key="check").click().run()
    assert not app.exception
    assert any(expected in e.value and name in e.value for e in app.error), [
        e.value for e in app.error
    ]
    upload(app, "lettre.docx", SAMPLE.read_bytes())  # and the app keeps working
    assert app.session_state["session"].total > 0


@pytest.fixture
def one_mb_uploads() -> Iterator[None]:
    """Streamlit's own upload limit, the one the uploader and the app share, at 1 MB."""
    before = st.get_option("server.maxUploadSize")
    st.config.set_option("server.maxUploadSize", 1)
    yield
    st.config.set_option("server.maxUploadSize", before)


@pytest.mark.usefixtures("one_mb_uploads")
def test_upload_over_the_size_limit(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    app = new_app(monkeypatch, database)
    app.text_input(key="reviewer").input("Jan")
    app.radio(key="ui").set_value("nl").run()
    big = ("Dit is een zin. " * 80_000).encode()
    app.file_uploader(key="upload").set_value(("groot.txt", big, "text/plain"))
    app.button(key="check").click().run()
    assert any("te groot" in e.value for e in app.error)
    assert Store(str(database)).reviews("local") == []


def test_hard_words_become_lexicon_proposals(monkeypatch: pytest.MonkeyPatch, database: Path):
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    app.text_input(key="mark_words").input("plafond applicable")
    app.text_input(key="mark_comment").input("je ne sais pas ce que c'est")
    app.button(key="mark_save").click().run()
    assert any("Mots que des personnes n'ont pas compris" in s.value for s in app.success)
    proposals = Store(str(database)).proposals("local")
    assert [(p.term, p.lang, p.reviewer) for p in proposals] == [
        ("plafond applicable", "fr", "Marie")
    ]
    assert "plafond applicable" in proposals[0].context
    app.button(key="back").click().run()
    exported = [b for b in app.get("download_button") if b.proto.label.startswith("Télécharger")]
    assert exported


def test_a_reviewer_cannot_open_another_teams_review(
    monkeypatch: pytest.MonkeyPatch, database: Path, tmp_path: Path
) -> None:
    accounts = tmp_path / "accounts.yml"
    accounts.write_text(
        "accounts:\n"
        f"  - {{user: marie, name: Marie, team: namur, password: '{hash_password('secret-1')}'}}\n"
        f"  - {{user: jan, name: Jan, team: gent, password: '{hash_password('secret-2')}'}}\n",
        encoding="utf-8",
    )
    store = Store(str(database))
    other = store.create_review("gent", "Jan", "brief.txt", b"Gelieve te betalen.", "nl")
    app = new_app(monkeypatch, database, SIMPLIFIER_ACCOUNTS=str(accounts))
    app.text_input[0].input("marie")
    app.text_input[1].input("wrong")
    app.button[0].click().run()
    assert any("incorrect" in e.value for e in app.error)
    app.text_input[0].input("marie")
    app.text_input[1].input("secret-1")
    app.button[0].click().run()
    assert app.session_state["account"].team == "namur"
    assert not [m for m in app.markdown if "brief.txt" in m.value]  # not listed
    app.session_state["review_id"] = other  # and not opened by id either
    app.run()
    assert any("autre équipe" in e.value for e in app.error)
    assert "session" not in app.session_state


def test_refresh_keeps_the_name_and_the_open_letter(
    monkeypatch: pytest.MonkeyPatch, database: Path
) -> None:
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    review_id = app.session_state["review_id"]
    assert app.query_params["review"] == str(review_id)
    assert app.query_params["reviewer"] == "Marie"
    # A refresh is a new browser session with the same address.
    monkeypatch.setenv("SIMPLIFIER_DB", str(database))
    fresh = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    fresh.query_params["review"] = str(review_id)
    fresh.query_params["reviewer"] = "Marie"
    fresh.run()
    assert fresh.session_state["reviewer"] == "Marie"
    assert fresh.session_state["session"].review_id == review_id


def test_go_to_a_paragraph(monkeypatch: pytest.MonkeyPatch, database: Path) -> None:
    app = upload(new_app(monkeypatch, database), "lettre.docx", SAMPLE.read_bytes())
    session = app.session_state["session"]
    item = session.items[app.session_state["position"]]
    later = max(i.finding.block for i in session.items)
    app.selectbox(key=f"paragraph-{item.id}").select(later).run()
    assert session.items[app.session_state["position"]].finding.block == later


def test_a_term_that_comes_back_is_one_card_with_its_places(
    monkeypatch: pytest.MonkeyPatch, database: Path
) -> None:
    from tests.test_items import LETTER

    app = upload(new_app(monkeypatch, database), "lettre.txt", LETTER.encode(), "text/plain")
    session = app.session_state["session"]
    octroi = next(i for i in session.items if i.finding.match.lower() == "octroi")
    app.session_state["position"] = session.items.index(octroi)
    app.run()
    assert any("sont 3 fois" in c.value for c in app.caption)
    second = octroi.places[1].id
    app.button(key=f"place-reject-{second}").click().run()
    assert not app.exception
    assert session.place_status(second) == "rejected" and session.status(octroi.id) == "pending"
    app.button(key="accept").click().run()  # the item: every place, this one included
    assert {session.place_status(p.id) for p in octroi.places} == {"accepted"}
