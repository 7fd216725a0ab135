"""Where reviews are kept: an SQLite file by default, a server database by URL for a team
(SQLAlchemy). Documents, decisions and lexicon proposals are saved as the reviewer goes, so
that a browser refresh or a server restart loses nothing; a retention setting deletes them
after a number of days. Every read and write names the team: a reviewer never sees another
team's documents. Nothing here logs letter text."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import (
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    delete,
    event,
    select,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from simplifier.review.decisions import Decision


def default_database() -> Path:
    """The SQLite file used when no database is set: under $XDG_DATA_HOME (else
    ~/.local/share), read when called so that a changed environment is respected."""
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "simplifier" / "reviews.sqlite"


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str] = mapped_column(String(100), index=True)
    name: Mapped[str] = mapped_column(String(300))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReviewRow(Base):
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    team: Mapped[str] = mapped_column(String(100), index=True)
    reviewer: Mapped[str] = mapped_column(String(200))
    lang: Mapped[str] = mapped_column(String(8))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    total: Mapped[int] = mapped_column(Integer, default=0)
    decided: Mapped[int] = mapped_column(Integer, default=0)


class DecisionRow(Base):
    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("review_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)  # the Decision as JSON


class ProposalRow(Base):
    __tablename__ = "proposals"
    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str] = mapped_column(String(100), index=True)
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL"), nullable=True
    )
    lang: Mapped[str] = mapped_column(String(8))
    term: Mapped[str] = mapped_column(String(300))
    context: Mapped[str] = mapped_column(Text, default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True))


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
    """The review does not exist, or belongs to another team."""


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL; a plain path means an SQLite file there (created if needed)."""
    if value and "://" in value:
        return value
    path = Path(value) if value else default_database()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class Store:
    def __init__(self, url: str | None = None) -> None:
        self.url = database_url(url)
        self.engine = create_engine(self.url, future=True)
        if self.url.startswith("sqlite"):

            @event.listens_for(self.engine, "connect")
            def _sqlite_pragmas(connection, _record) -> None:
                cursor = connection.cursor()
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute("PRAGMA journal_mode=WAL")
                cursor.close()

        Base.metadata.create_all(self.engine)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    # --- documents and reviews ------------------------------------------------------------

    def create_review(self, team: str, reviewer: str, name: str, content: bytes, lang: str) -> int:
        now = _now()
        with self.sessions.begin() as session:
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
            )
            session.add(review)
            session.flush()
            return review.id

    def _review(self, session: Session, review_id: int, team: str) -> ReviewRow:
        review = session.get(ReviewRow, review_id)
        if review is None or review.team != team:
            raise NotAllowed(review_id)
        return review

    def document(self, review_id: int, team: str) -> StoredDocument:
        with self.sessions() as session:
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
            )

    def reviews(self, team: str) -> list[ReviewSummary]:
        with self.sessions() as session:
            rows = session.execute(
                select(ReviewRow, DocumentRow.name)
                .join(DocumentRow, DocumentRow.id == ReviewRow.document_id)
                .where(ReviewRow.team == team)
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
                    r.decided,
                    r.total,
                )
                for r, name in rows
            ]

    def set_progress(self, review_id: int, team: str, decided: int, total: int) -> None:
        with self.sessions.begin() as session:
            review = self._review(session, review_id, team)
            review.decided, review.total, review.updated = decided, total, _now()

    def delete_review(self, review_id: int, team: str) -> None:
        with self.sessions.begin() as session:
            review = self._review(session, review_id, team)
            _delete_review(session, review.id, review.document_id)

    # --- decisions ------------------------------------------------------------------------

    def save_decision(self, review_id: int, team: str, decision: Decision) -> None:
        with self.sessions.begin() as session:
            review = self._review(session, review_id, team)
            row = session.execute(
                select(DecisionRow).where(
                    DecisionRow.review_id == review_id, DecisionRow.key == decision.id
                )
            ).scalar_one_or_none()
            data = json.dumps(asdict(decision), ensure_ascii=False)
            if row is None:
                session.add(DecisionRow(review_id=review_id, key=decision.id, data=data))
            else:
                row.data = data
            review.updated = _now()

    def forget_decision(self, review_id: int, team: str, key: str) -> None:
        with self.sessions.begin() as session:
            self._review(session, review_id, team)
            session.execute(
                delete(DecisionRow).where(
                    DecisionRow.review_id == review_id, DecisionRow.key == key
                )
            )

    def decisions(self, review_id: int, team: str) -> list[Decision]:
        names = {f.name for f in fields(Decision)}
        with self.sessions() as session:
            self._review(session, review_id, team)
            rows = session.execute(
                select(DecisionRow.data).where(DecisionRow.review_id == review_id)
            ).scalars()
            result = []
            for data in rows:
                values = json.loads(data)
                result.append(Decision(**{k: v for k, v in values.items() if k in names}))
            return result

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
        with self.sessions.begin() as session:
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

    def proposals(self, team: str, lang: str | None = None) -> list[Proposal]:
        with self.sessions() as session:
            query = select(ProposalRow).where(ProposalRow.team == team)
            if lang:
                query = query.where(ProposalRow.lang == lang)
            return [
                Proposal(r.id, r.lang, r.term, r.context, r.comment, r.reviewer, _aware(r.created))
                for r in session.execute(query.order_by(ProposalRow.created)).scalars()
            ]

    # --- retention ------------------------------------------------------------------------

    def purge(self, days: int) -> int:
        """Delete documents, reviews, decisions and proposals older than `days` days (by last
        change); returns the number of reviews deleted."""
        limit = _now() - timedelta(days=days)
        with self.sessions.begin() as session:
            old = session.execute(
                select(ReviewRow.id, ReviewRow.document_id).where(ReviewRow.updated < limit)
            ).all()
            for review_id, document_id in old:
                _delete_review(session, review_id, document_id)
            session.execute(delete(ProposalRow).where(ProposalRow.created < limit))
            return len(old)


def _delete_review(session: Session, review_id: int, document_id: int) -> None:
    """A review, its decisions and its document (the letter itself) go together."""
    session.execute(delete(DecisionRow).where(DecisionRow.review_id == review_id))
    session.execute(delete(ReviewRow).where(ReviewRow.id == review_id))
    session.execute(delete(DocumentRow).where(DocumentRow.id == document_id))
