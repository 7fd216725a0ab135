"""Deleting a letter can be undone for a while, on a real SQLite file and a real PostgreSQL
server: the letter disappears at once for everybody, comes back with all its decisions for
its own team within `UNDO_WINDOW`, is refused after it, and is then removed for good (its
text gone from the database file). A database made before deletion could be undone opens
and gains the column."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text, update

from simplifier.review.decisions import Decision
from simplifier.review.schema import Base, DecisionRow, DocumentRow, ReviewRow
from simplifier.review.session import ReviewSession
from simplifier.review.store import UNDO_WINDOW, NotAllowed, Store, TooLateToRestore

TEAM = "namur"
# A letter with personal data that must not outlive its purge.
LETTER = "Madame Jeanne Marchal, numéro national 85.07.30-123.45, rue des Tilleuls 12.\n"
MARKER = b"Jeanne Marchal"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "reviews.sqlite")
    return request.getfixturevalue("postgres").new_database()


def letter_with_decision(store: Store) -> tuple[int, Decision]:
    review = store.create_review(TEAM, "Marie", "lettre.txt", LETTER.encode(), "fr")
    decision = Decision(
        id="f1",
        status="edited",
        start=0,
        end=14,
        original="Madame Jeanne ",
        text="Chère Madame Jeanne ",
        reviewer="Marie",
        time="2026-11-20T10:00:00Z",
    )
    store.put_decision(review, TEAM, decision, seen=None)
    return review, decision


def deleted_long_ago(store: Store, review: int) -> None:
    """As if the letter had been deleted just over the undo window ago."""
    with store.sessions.begin() as session:
        session.execute(
            update(ReviewRow)
            .where(ReviewRow.id == review)
            .values(deleted=datetime.now(UTC) - UNDO_WINDOW - timedelta(seconds=5))
        )


def rows(store: Store) -> tuple[int, int, int]:
    with store.sessions.begin() as session:
        return tuple(  # type: ignore[return-value]
            session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (ReviewRow, DocumentRow, DecisionRow)
        )


def test_a_deleted_letter_is_hidden_then_restored_with_its_decisions(database: str) -> None:
    store = Store(database)
    review, decision = letter_with_decision(store)
    kept = store.create_review(TEAM, "Marie", "autre.txt", b"Autre lettre.", "fr")

    until = store.delete_review(review, TEAM)
    assert until - datetime.now(UTC) > UNDO_WINDOW - timedelta(minutes=1)
    assert [r.id for r in store.reviews(TEAM)] == [kept]
    for opening in (
        lambda: store.document(review, TEAM),
        lambda: store.state(review, TEAM),
        lambda: store.put_decision(review, TEAM, decision, seen=1),
        lambda: ReviewSession(store, review, TEAM, "Jan"),
        lambda: store.delete_review(review, TEAM),
    ):
        with pytest.raises(NotAllowed):
            opening()
    assert rows(store) == (2, 2, 1)  # nothing is removed yet

    with pytest.raises(NotAllowed):  # another team cannot bring it back, nor learn it exists
        store.restore_review(review, "gent")
    assert [r.id for r in store.reviews(TEAM)] == [kept]

    store.restore_review(review, TEAM)
    store.restore_review(review, TEAM)  # a second click changes nothing
    assert {r.id for r in store.reviews(TEAM)} == {review, kept}
    assert store.decisions(review, TEAM) == [decision]
    assert store.document(review, TEAM).content == LETTER.encode()
    [summary] = [r for r in store.reviews(TEAM) if r.id == review]
    assert summary.decided == 1


def test_after_the_undo_window_a_deleted_letter_is_refused_then_removed(database: str) -> None:
    store = Store(database)
    review, _ = letter_with_decision(store)
    recent, _ = letter_with_decision(store)
    store.delete_review(review, TEAM)
    deleted_long_ago(store, review)

    with pytest.raises(TooLateToRestore) as refused:
        store.restore_review(review, TEAM)
    assert (
        "15" in refused.value.describe("fr") and "trop tard" in refused.value.describe("fr").lower()
    )
    assert "te laat" in refused.value.describe("nl").lower()

    store.delete_review(recent, TEAM)  # removes the expired one on the way, not itself
    assert rows(store) == (1, 1, 1)
    with pytest.raises(NotAllowed):
        store.restore_review(review, TEAM)
    assert store.purge(30) == 0  # the recent one stays restorable
    store.restore_review(recent, TEAM)
    assert [r.id for r in store.reviews(TEAM)] == [recent]


def test_purge_removes_expired_deleted_letters(database: str) -> None:
    """Server start: retention and the deletions whose window is over."""
    store = Store(database)
    review, _ = letter_with_decision(store)
    store.delete_review(review, TEAM)
    assert store.purge(30) == 0
    deleted_long_ago(store, review)
    assert store.purge(30) == 1
    assert rows(store) == (0, 0, 0)


def test_a_purged_letter_leaves_no_text_in_the_sqlite_files(tmp_path: Path) -> None:
    """Personal data: the letter's words are neither in the database file nor in its log
    once it is purged (SQLite would otherwise keep deleted pages as they were)."""
    path = tmp_path / "reviews.sqlite"
    store = Store(str(path))
    review, _ = letter_with_decision(store)
    store.delete_review(review, TEAM)
    files = sorted(tmp_path.iterdir())
    assert any(MARKER in f.read_bytes() for f in files)  # the probe sees the letter
    deleted_long_ago(store, review)
    assert store.purge() == 1  # the server goes on: its log file stays
    found = [f.name for f in sorted(tmp_path.iterdir()) if MARKER in f.read_bytes()]
    assert found == []


def test_a_database_from_before_undoable_deletion_opens_and_gains_it(database: str) -> None:
    """The reviews table as the previous version made it, without `deleted`."""
    url = database if "://" in database else f"sqlite:///{database}"
    engine = create_engine(url)
    with engine.begin() as connection:
        Base.metadata.create_all(connection)
        connection.execute(text("ALTER TABLE reviews DROP COLUMN deleted"))
        connection.execute(
            text(
                "INSERT INTO documents (id, team, name, content, sha256, created) "
                "VALUES (1, :team, 'old.txt', :content, '', :now)"
            ),
            {"team": TEAM, "content": LETTER.encode(), "now": datetime.now(UTC)},
        )
        connection.execute(
            text(
                "INSERT INTO reviews (id, document_id, team, reviewer, lang, created, updated, "
                "total, revision) VALUES (1, 1, :team, 'Marie', 'fr', :now, :now, 3, 0)"
            ),
            {"team": TEAM, "now": datetime.now(UTC)},
        )
    engine.dispose()

    store = Store(database)
    assert [r.id for r in store.reviews(TEAM)] == [1]
    assert store.document(1, TEAM).content == LETTER.encode()
    store.delete_review(1, TEAM)
    assert store.reviews(TEAM) == []
    store.restore_review(1, TEAM)
    assert [r.id for r in store.reviews(TEAM)] == [1]
    assert Store(database).reviews(TEAM)[0].id == 1  # opening it again changes nothing
