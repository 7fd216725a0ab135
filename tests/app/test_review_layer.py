"""The review layer without Streamlit: the store (teams, retention), accounts, the letter
view, the session's score after changes, and that no letter text reaches the logs."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from simplifier.review.accounts import hash_password, load_accounts, sign_in, verify_password
from simplifier.review.proposals import proposals_yaml
from simplifier.review.session import ReviewSession
from simplifier.review.store import NotAllowed, ReviewRow, Store
from simplifier.review.view import letter_html

SAMPLE = Path(__file__).parents[2] / "samples" / "nl" / "brief_aanslagbiljet.docx"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(str(tmp_path / "reviews.sqlite"))


def test_teams_see_only_their_reviews(store: Store) -> None:
    mine = store.create_review("namur", "Marie", "a.txt", b"Texte.", "fr")
    theirs = store.create_review("gent", "Jan", "b.txt", b"Tekst.", "nl")
    assert [r.id for r in store.reviews("namur")] == [mine]
    with pytest.raises(NotAllowed):
        store.document(theirs, "namur")
    with pytest.raises(NotAllowed):
        store.decisions(theirs, "namur")


def test_retention_deletes_old_reviews_and_their_documents(store: Store) -> None:
    old = store.create_review("local", "Marie", "old.txt", b"Ancien.", "fr")
    new = store.create_review("local", "Marie", "new.txt", b"Nouveau.", "fr")
    store.add_proposal("local", old, "fr", "mot", "", "", "Marie")
    with store.sessions.begin() as session:
        session.execute(
            update(ReviewRow)
            .where(ReviewRow.id == old)
            .values(updated=datetime.now(UTC) - timedelta(days=40))
        )
    assert store.purge(30) == 1
    assert [r.id for r in store.reviews("local")] == [new]
    with pytest.raises(NotAllowed):
        store.document(old, "local")


def test_accounts_hash_and_check_passwords(tmp_path: Path) -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("pbkdf2_sha256$") and "correct horse" not in stored
    assert verify_password("correct horse", stored) and not verify_password("wrong", stored)
    path = tmp_path / "accounts.yml"
    path.write_text(
        f"accounts:\n  - {{user: ann, name: Ann, team: t1, password: '{stored}'}}\n",
        encoding="utf-8",
    )
    accounts = load_accounts(path)
    assert sign_in(accounts, "ann", "correct horse").team == "t1"
    assert sign_in(accounts, "ann", "nope") is None and sign_in(accounts, "bob", "x") is None


def test_session_scores_changes_and_keeps_letters_out_of_logs(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    review = store.create_review("local", "Jan", SAMPLE.name, SAMPLE.read_bytes(), "nl")
    session = ReviewSession(store, review, "local", "Jan")
    before = session.readability_after()
    assert before.score == pytest.approx(session.readability_before().score)
    replacing = [
        i for i in session.items if i.rewrite is not None and i.finding.action == "replace"
    ]
    for item in replacing:
        session.decide(item.id, "accepted")
    after = session.readability_after()
    assert after.score > before.score  # plainer words make an easier letter
    assert 0 < session.decided <= len(replacing)
    html = letter_html(session.report, None, {d.id: (d.original, d.text) for d in session.applied})
    assert html.count('class="sl-new"') >= len(session.applied) - 2
    sentences = [s.text for s in session.report.sentences if len(s.text) > 30]
    logged = caplog.text
    assert not any(sentence in logged for sentence in sentences)


def test_proposals_export_as_draft_lexicon_entries(store: Store) -> None:
    import yaml

    store.add_proposal("local", None, "fr", "plafond applicable", "le plafond applicable", "?", "M")
    store.add_proposal("local", None, "fr", "Plafond applicable", "", "pas clair", "N")
    store.add_proposal("local", None, "nl", "aanslagjaar", "", "", "J")
    text = proposals_yaml(store.proposals("local"), "fr")
    data = yaml.safe_load(text)
    assert [e["term"] for e in data["entries"]] == ["plafond applicable"]
    assert len(data["entries"][0]["notes"]) == 2 and text.startswith("# Draft entries")
