"""Where reviews are kept: an SQLite file by default, a server database by URL for a team
(SQLAlchemy). Documents, decisions and lexicon proposals are saved as the reviewer goes, so
that a browser refresh or a server restart loses nothing; a retention setting deletes them
after a number of days. Every read and write names the team: a reviewer never sees another
team's documents. Nothing here logs letter text.

Deleting a letter hides it at once (it can no longer be listed, opened or decided on) but keeps
it for `UNDO_WINDOW`, during which its team can bring it back with all its decisions; `purge`
then removes the letter itself, its document and its decisions.

Several reviewers may work on one letter at once (two browser tabs, two people of a team).
A decision is checked and written in one transaction against what the database holds, not
against what a session remembers: a decision on an item somebody else decided meanwhile, or
one that changes words another accepted change already changes, is refused and says whose
decision is in the way. A connection that the server dropped (a restart) is replaced before
use and a failed transaction is tried once more; after that `StoreUnavailable` is raised, and
nothing may be shown as saved."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, delete, event, func, select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from simplifier.i18n import t
from simplifier.review.decisions import Decision
from simplifier.review.schema import (
    Base,
    DecisionRow,
    DocumentRow,
    ProposalRow,
    ReviewRow,
    prepare,
)

__all__ = [
    "UNDO_WINDOW",
    "Base",
    "DecisionRefused",
    "NotAllowed",
    "Store",
    "StoreUnavailable",
    "TooLateToRestore",
]

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_PAUSE = 0.5  # seconds before the one retry (a restarting server, a busy SQLite file)
SQLITE_BUSY_TIMEOUT = 15  # seconds a writer waits for another one on the same SQLite file
# Decisions that count as done in the progress of a letter.
DONE = ("accepted", "edited", "rejected")
READ_ONLY = "simplifier_read_only"  # execution option: this transaction only reads
# How long a deleted letter can be brought back; `purge` removes it for good afterwards.
UNDO_WINDOW = timedelta(minutes=15)


def default_database() -> Path:
    """The SQLite file used when no database is set: under $XDG_DATA_HOME (else
    ~/.local/share), read when called so that a changed environment is respected."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "simplifier" / "reviews.sqlite"


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    document: str
    reviewer: str
    lang: str
    created: datetime
    updated: datetime
    decided: int
    total: int


@dataclass(frozen=True)
class StoredDocument:
    review_id: int
    name: str
    content: bytes
    sha256: str
    lang: str
    reviewer: str
    letter: bool | None = None  # the reviewers' word on whether it is a letter


@dataclass(frozen=True)
class Proposal:
    id: int
    lang: str
    term: str
    context: str
    comment: str
    reviewer: str
    created: datetime


class NotAllowed(LookupError):
    """The review does not exist, belongs to another team, or was deleted."""


class TooLateToRestore(NotAllowed):
    """A deleted review whose undo window is over: it is about to be removed for good."""

    def __init__(self, review_id: int, deleted: datetime) -> None:
        self.review_id = review_id
        self.deleted = deleted
        super().__init__(review_id)

    def describe(self, lang: str = "en") -> str:
        """What the reviewer reads, in their language."""
        minutes = int(UNDO_WINDOW.total_seconds() // 60)
        return t("store.too_late_to_restore", lang, minutes=minutes)


class StoreUnavailable(RuntimeError):
    """The database did not answer, even on a second try: nothing was saved."""


class DecisionRefused(Exception):
    """A decision that would contradict what the database holds. `other` is the decision in
    the way (None when the one the reviewer saw was withdrawn meanwhile); `overlap` tells
    whether it changes the same words (True) or is about the same suggestion (False)."""

    def __init__(self, other: Decision | None, *, overlap: bool = False) -> None:
        self.other = other
        self.overlap = overlap
        super().__init__(other.id if other else "withdrawn")


@dataclass(frozen=True)
class DecisionState:
    """All decisions of a letter as stored, with the version of each and the letter's
    revision (bumped at every change)."""

    revision: int
    decisions: dict[str, Decision]
    versions: dict[str, int]


@dataclass(frozen=True)
class Saved:
    """What a write left in the database: the decision's version and the letter's revision."""

    version: int
    revision: int


# A check of a new decision against the other applied ones: the one it clashes with, if any.
OverlapCheck = Callable[[Decision, list[Decision]], Decision | None]


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


_DECISION_FIELDS = {f.name for f in fields(Decision)}


def _decision(row: DecisionRow) -> Decision:
    values = json.loads(row.data)
    return Decision(**{k: v for k, v in values.items() if k in _DECISION_FIELDS})


def _same_choice(a: Decision, b: Decision) -> bool:
    return (a.status, a.text, a.comment, a.reviewer, a.time) == (
        b.status,
        b.text,
        b.comment,
        b.reviewer,
        b.time,
    )


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL; a plain path means an SQLite file there (created if needed)."""
    if value and "://" in value:
        return value
    path = Path(value) if value else default_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _lost_connection(exc: DBAPIError) -> bool:
    """A dropped connection, a server that is down or restarting, a busy SQLite file."""
    return isinstance(exc, OperationalError | InterfaceError) or exc.connection_invalidated


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        # pre_ping: a connection the server dropped (a restart) is replaced before use.
        self.engine = create_engine(self.url, pool_pre_ping=True)
        if self.engine.dialect.name == "sqlite":
            _serialise_sqlite_writers(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.readers = sessionmaker(
            self.engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        self._run(lambda session: prepare(session.connection()))

    def _run(
        self,
        work: Callable[[Session], T],
        *,
        read_only: bool = False,
        retry_on_conflict: bool = False,
    ) -> T:
        """`work` in one transaction, tried a second time when the connection failed (or,
        when asked, when a simultaneous insert of the same key won)."""
        sessions = self.readers if read_only else self.sessions
        for attempt in (1, 2):
            try:
                with sessions.begin() as session:
                    return work(session)
            except IntegrityError:
                if not retry_on_conflict or attempt == 2:
                    raise
            except DBAPIError as exc:
                if not _lost_connection(exc):
                    raise
                log.warning("database did not answer (%s), attempt %d", type(exc).__name__, attempt)
                if attempt == 2:
                    raise StoreUnavailable(str(exc.orig)[:200]) from exc
                self.engine.dispose()
                time.sleep(RETRY_PAUSE)
        raise AssertionError("unreachable")

    # --- documents and reviews ------------------------------------------------------------

    def create_review(self, team: str, reviewer: str, name: str, content: bytes, lang: str) -> int:
        def work(session: Session) -> int:
            now = _now()
            document = DocumentRow(
                team=team,
                name=name,
                content=content,
                sha256=hashlib.sha256(content).hexdigest(),
                created=now,
            )
            session.add(document)
            session.flush()
            review = ReviewRow(
                document_id=document.id,
                team=team,
                reviewer=reviewer,
                lang=lang,
                created=now,
                updated=now,
                total=0,
                revision=0,
            )
            session.add(review)
            session.flush()
            return review.id

        return self._run(work)

    def _review(
        self,
        session: Session,
        review_id: int,
        team: str,
        *,
        lock: bool = False,
        deleted: bool = False,
    ) -> ReviewRow:
        """The review, checked to be the team's and not deleted (unless `deleted`: restoring
        it); `lock` makes other writers of the same letter wait until this transaction ends
        (SQLite: the whole file is locked anyway)."""
        query = select(ReviewRow).where(ReviewRow.id == review_id)
        review = session.execute(query.with_for_update() if lock else query).scalar_one_or_none()
        if review is None or review.team != team or (review.deleted is not None and not deleted):
            raise NotAllowed(review_id)
        return review

    def document(self, review_id: int, team: str) -> StoredDocument:
        def work(session: Session) -> StoredDocument:
            review = self._review(session, review_id, team)
            document = session.get(DocumentRow, review.document_id)
            assert document is not None
            return StoredDocument(
                review.id,
                document.name,
                document.content,
                document.sha256,
                review.lang,
                review.reviewer,
                review.letter,
            )

        return self._run(work, read_only=True)

    def set_letter(self, review_id: int, team: str, letter: bool | None) -> None:
        """Say the document is (True) or is not (False) a letter; None: its parts decide.
        Returns only once the database has it."""

        def work(session: Session) -> None:
            review = self._review(session, review_id, team, lock=True)
            review.letter = letter

        self._run(work)

    def reviews(self, team: str) -> list[ReviewSummary]:
        """The team's letters, newest change first, with progress counted from the decisions
        themselves (never a stored copy that could disagree)."""
        done = (
            select(DecisionRow.review_id, func.count().label("done"))
            .where(DecisionRow.status.in_(DONE), DecisionRow.lead.is_(True))
            .group_by(DecisionRow.review_id)
            .subquery()
        )

        def work(session: Session) -> list[ReviewSummary]:
            rows = session.execute(
                select(ReviewRow, DocumentRow.name, func.coalesce(done.c.done, 0))
                .join(DocumentRow, DocumentRow.id == ReviewRow.document_id)
                .outerjoin(done, done.c.review_id == ReviewRow.id)
                .where(ReviewRow.team == team, ReviewRow.deleted.is_(None))
                .order_by(ReviewRow.updated.desc())
            ).all()
            return [
                ReviewSummary(
                    r.id,
                    name,
                    r.reviewer,
                    r.lang,
                    _aware(r.created),
                    _aware(r.updated),
                    min(decided, r.total) if r.total else decided,
                    r.total,
                )
                for r, name, decided in rows
            ]

        return self._run(work, read_only=True)

    def set_total(self, review_id: int, team: str, total: int) -> None:
        """How many suggestions the letter has (a property of its analysis)."""

        def work(session: Session) -> None:
            review = self._review(session, review_id, team)
            if review.total != total:
                review.total = total

        self._run(work)

    def delete_review(self, review_id: int, team: str) -> datetime:
        """Hide the letter from its team at once; it can be brought back (`restore_review`)
        until the moment returned, after which `purge` removes it for good. Letters deleted
        earlier whose window is over are removed now, so that none piles up between server
        starts. Raises `NotAllowed` when it is not the team's (or already deleted)."""

        def work(session: Session) -> tuple[datetime, int]:
            review = self._review(session, review_id, team, lock=True)
            now = _now()
            review.deleted = now
            return now + UNDO_WINDOW, _purge(session, deleted_before=now - UNDO_WINDOW)

        until, purged = self._run(work)
        if purged:
            self._wipe_freed_space()
        return until

    def restore_review(self, review_id: int, team: str) -> None:
        """Bring back a letter its team deleted, with all its decisions, while within
        `UNDO_WINDOW`. Restoring one that is not deleted does nothing (a second click).
        Raises `TooLateToRestore` after the window, `NotAllowed` when it does not exist (or
        no longer) or belongs to another team."""

        def work(session: Session) -> None:
            review = self._review(session, review_id, team, lock=True, deleted=True)
            if review.deleted is None:
                return
            deleted = _aware(review.deleted)
            if _now() - deleted > UNDO_WINDOW:
                raise TooLateToRestore(review_id, deleted)
            review.deleted = None

        self._run(work)

    # --- decisions ------------------------------------------------------------------------

    def revision(self, review_id: int, team: str) -> int:
        """The letter's revision: changes whenever anybody changes one of its decisions."""
        return self._run(
            lambda session: self._review(session, review_id, team).revision, read_only=True
        )

    def state(self, review_id: int, team: str) -> DecisionState:
        def work(session: Session) -> DecisionState:
            review = self._review(session, review_id, team)
            rows = session.execute(
                select(DecisionRow).where(DecisionRow.review_id == review_id)
            ).scalars()
            decisions, versions = {}, {}
            for row in rows:
                decisions[row.key] = _decision(row)
                versions[row.key] = row.version
            return DecisionState(review.revision, decisions, versions)

        return self._run(work, read_only=True)

    def decisions(self, review_id: int, team: str) -> list[Decision]:
        return list(self.state(review_id, team).decisions.values())

    def put_decision(
        self,
        review_id: int,
        team: str,
        decision: Decision,
        *,
        seen: int | None,
        overlaps: OverlapCheck | None = None,
        lead: bool = True,
    ) -> Saved:
        """Save `decision` if the stored one for its suggestion is still the version the
        reviewer saw (`seen`; None: none was stored) and, when it changes the text, if no
        other applied decision changes the same words (`overlaps`). Otherwise
        `DecisionRefused` names the decision in the way, and nothing is written."""

        def work(session: Session) -> Saved:
            review = self._review(session, review_id, team, lock=True)
            rows = {
                row.key: row
                for row in session.execute(
                    select(DecisionRow).where(DecisionRow.review_id == review_id)
                ).scalars()
            }
            current = rows.get(decision.id)
            if (current.version if current else None) != seen:
                stored = _decision(current) if current else None
                if current is not None and stored is not None and _same_choice(stored, decision):
                    # Our own write, whose answer was lost with the connection.
                    return Saved(current.version, review.revision)
                raise DecisionRefused(stored)
            if decision.applied and overlaps is not None:
                others = [
                    d
                    for key, row in rows.items()
                    if key != decision.id and (d := _decision(row)).applied
                ]
                if (other := overlaps(decision, others)) is not None:
                    raise DecisionRefused(other, overlap=True)
            data = json.dumps(asdict(decision), ensure_ascii=False)
            if current is None:
                current = DecisionRow(review_id=review_id, key=decision.id, version=0)
                session.add(current)
            current.data, current.status = data, decision.status
            current.reviewer, current.version = decision.reviewer, current.version + 1
            current.lead = lead
            review.revision, review.updated = review.revision + 1, _now()
            session.flush()
            return Saved(current.version, review.revision)

        return self._run(work, retry_on_conflict=True)

    def remove_decision(self, review_id: int, team: str, key: str, *, seen: int) -> Saved:
        """Remove the decision on `key` if it is still the version the reviewer saw."""

        def work(session: Session) -> Saved:
            review = self._review(session, review_id, team, lock=True)
            current = session.execute(
                select(DecisionRow).where(
                    DecisionRow.review_id == review_id, DecisionRow.key == key
                )
            ).scalar_one_or_none()
            if current is None:  # already gone (our own earlier try, or somebody else)
                return Saved(0, review.revision)
            if current.version != seen:
                raise DecisionRefused(_decision(current))
            session.delete(current)
            review.revision, review.updated = review.revision + 1, _now()
            session.flush()
            return Saved(0, review.revision)

        return self._run(work)

    # --- lexicon proposals ----------------------------------------------------------------

    def add_proposal(
        self,
        team: str,
        review_id: int | None,
        lang: str,
        term: str,
        context: str,
        comment: str,
        reviewer: str,
    ) -> int:
        def work(session: Session) -> int:
            row = ProposalRow(
                team=team,
                review_id=review_id,
                lang=lang,
                term=term.strip(),
                context=context,
                comment=comment,
                reviewer=reviewer,
                created=_now(),
            )
            session.add(row)
            session.flush()
            return row.id

        return self._run(work)

    def proposals(
        self, team: str, lang: str | None = None, *, open_only: bool = False
    ) -> list[Proposal]:
        """The team's proposals; `open_only`: those its lexicon maintainer has not decided."""

        def work(session: Session) -> list[Proposal]:
            query = select(ProposalRow).where(ProposalRow.team == team)
            if open_only:
                query = query.where(ProposalRow.status == "open")
            if lang:
                query = query.where(ProposalRow.lang == lang)
            return [
                Proposal(r.id, r.lang, r.term, r.context, r.comment, r.reviewer, _aware(r.created))
                for r in session.execute(query.order_by(ProposalRow.created)).scalars()
            ]

        return self._run(work, read_only=True)

    # --- retention ------------------------------------------------------------------------

    def purge(self, days: int | None = None) -> int:
        """Remove for good the letters deleted more than `UNDO_WINDOW` ago and, with `days`,
        documents, reviews, decisions and proposals older than `days` days (by last change);
        returns the number of reviews removed."""
        now = _now()
        limit = now - timedelta(days=days) if days is not None else None

        def work(session: Session) -> int:
            count = _purge(session, deleted_before=now - UNDO_WINDOW, updated_before=limit)
            if limit is not None:
                session.execute(delete(ProposalRow).where(ProposalRow.created < limit))
            return count

        purged = self._run(work)
        if purged:
            self._wipe_freed_space()
        return purged

    def _wipe_freed_space(self) -> None:
        """SQLite: move the write-ahead log into the file and empty it, so that the removed
        letters' pages (zeroed by secure_delete) leave no copy in the log. Best effort: a
        busy reader only delays it to the next automatic checkpoint."""
        if self.engine.dialect.name != "sqlite":
            return
        # The driver's own connection: outside a transaction, which a checkpoint needs.
        connection = self.engine.raw_connection()
        try:
            busy, _, _ = connection.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                log.warning("the SQLite log is in use: it is emptied at a later checkpoint")
        except sqlite3.Error as exc:
            log.warning("could not empty the SQLite log (%s)", type(exc).__name__)
        finally:
            connection.close()


def _serialise_sqlite_writers(engine) -> None:
    """SQLite: a transaction that may write takes the write lock when it begins (BEGIN
    IMMEDIATE), so that a check and the write that follows it see the same file, and a
    second writer waits (up to SQLITE_BUSY_TIMEOUT) instead of failing half-way; reads take
    no lock (WAL). pysqlite's own transaction handling is switched off for that
    (SQLAlchemy's documented recipe)."""

    @event.listens_for(engine, "connect")
    def _connect(connection, _record) -> None:
        connection.isolation_level = None
        cursor = connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        # Deleted rows are overwritten with zeros: a purged letter leaves no text in the file.
        cursor.execute("PRAGMA secure_delete=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT * 1000)}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection) -> None:
        reading = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")


def _purge(
    session: Session, *, deleted_before: datetime, updated_before: datetime | None = None
) -> int:
    """Remove the reviews deleted before `deleted_before` and, when given, those last changed
    before `updated_before`; returns how many."""
    expired = ReviewRow.deleted.is_not(None) & (ReviewRow.deleted < deleted_before)
    if updated_before is not None:
        expired = expired | (ReviewRow.updated < updated_before)
    old = session.execute(select(ReviewRow.id, ReviewRow.document_id).where(expired)).all()
    for review_id, document_id in old:
        _delete_review(session, review_id, document_id)
    return len(old)


def _delete_review(session: Session, review_id: int, document_id: int) -> None:
    """A review, its decisions and its document (the letter itself) go together."""
    session.execute(delete(DecisionRow).where(DecisionRow.review_id == review_id))
    session.execute(delete(ReviewRow).where(ReviewRow.id == review_id))
    session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
