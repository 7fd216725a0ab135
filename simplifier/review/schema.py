"""The review database's tables, and bringing a database made by an older version up to date.

Decisions carry a `version` (bumped at every write) so that two reviewers on one letter never
overwrite each other unseen, and their `status` and `reviewer` as columns so that progress is
counted from the decisions themselves. A review's `revision` tells a reviewer's session, with
one cheap read, whether anybody changed a decision since it last looked; its `deleted` moment
hides a letter a reviewer deleted while the deletion can still be undone."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    inspect,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


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
    total: Mapped[int] = mapped_column(Integer, default=0)  # suggestions in the letter
    revision: Mapped[int] = mapped_column(Integer, default=0)  # bumped at every decision
    # When a reviewer deleted the letter: it is hidden at once but can be brought back for a
    # while (a click by mistake), and only then really removed.
    deleted: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    # The reviewer's word on whether the document is a letter (it then gets the letter card);
    # NULL: its parts decide (greeting, closing, subject line).
    letter: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class DecisionRow(Base):
    __tablename__ = "decisions"
    __table_args__ = (UniqueConstraint("review_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    data: Mapped[str] = mapped_column(Text)  # the Decision as JSON
    status: Mapped[str] = mapped_column(String(16), default="pending")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The decision is about an item a reviewer goes through (not another place of a term
    # that occurs several times): progress counts these.
    lead: Mapped[bool] = mapped_column(Boolean, default=True)


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
    # What the team's lexicon maintainer did with it: open, approved (an entry was made from
    # it) or rejected; by whom and when.
    status: Mapped[str] = mapped_column(String(16), default="open")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class TeamEntryRow(Base):
    """An entry of a team's own lexicon, approved by one of its maintainers: it applies to the
    team's next analyses until it is withdrawn (kept, with who withdrew it and when)."""

    __tablename__ = "team_lexicon"
    id: Mapped[int] = mapped_column(primary_key=True)
    team: Mapped[str] = mapped_column(String(100), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    term: Mapped[str] = mapped_column(String(300))
    keep: Mapped[bool] = mapped_column(Boolean, default=False)
    alternatives: Mapped[str] = mapped_column(Text, default="[]")  # JSON list, best first
    explanation: Mapped[str] = mapped_column(Text)
    approver: Mapped[str] = mapped_column(String(200))
    approved: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # The proposal it was made from (None: written directly, or the proposal was purged).
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("proposals.id", ondelete="SET NULL"), nullable=True
    )
    withdrawn_by: Mapped[str] = mapped_column(String(200), default="")
    withdrawn: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


# Columns added since the first version, with what fills them in existing rows.
_ADDED = {
    "decisions": {
        "status": "VARCHAR(16) NOT NULL DEFAULT 'pending'",
        "reviewer": "VARCHAR(200) NOT NULL DEFAULT ''",
        "version": "INTEGER NOT NULL DEFAULT 1",
        "lead": "BOOLEAN NOT NULL DEFAULT TRUE",
    },
    "reviews": {
        "revision": "INTEGER NOT NULL DEFAULT 0",
        "deleted": "TIMESTAMP WITH TIME ZONE",  # NULL: not deleted
        "letter": "BOOLEAN",  # NULL: the document's parts decide
    },
    "proposals": {
        "status": "VARCHAR(16) NOT NULL DEFAULT 'open'",
        "decided_by": "VARCHAR(200) NOT NULL DEFAULT ''",
        "decided": "TIMESTAMP WITH TIME ZONE",  # NULL: not decided
    },
}
# Columns that are gone: progress was stored beside the decisions and could disagree.
_DROPPED = {"reviews": ("decided",)}
ONE_IN_FORCE = "team_lexicon_one_in_force"
_SCHEMA_LOCK = 7_316_001  # any fixed number: PostgreSQL advisory lock for creating tables


def prepare(connection: Connection) -> None:
    """Create the tables, or bring an older database up to date, inside the caller's
    transaction. Two servers starting at once on PostgreSQL take turns (advisory lock);
    on SQLite the transaction itself holds the write lock."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK})
    Base.metadata.create_all(connection)
    found = inspect(connection)
    for table, columns in _ADDED.items():
        present = {c["name"] for c in found.get_columns(table)}
        missing = [name for name in columns if name not in present]
        for name in missing:
            connection.execute(text(f"ALTER TABLE {table} ADD COLUMN {name} {columns[name]}"))
        if missing and table == "decisions":
            _fill_from_json(connection)
    for table, names in _DROPPED.items():
        present = {c["name"] for c in found.get_columns(table)}
        for name in names:
            if name in present:
                connection.execute(text(f"ALTER TABLE {table} DROP COLUMN {name}"))
    _one_entry_in_force(connection)


def _one_entry_in_force(connection: Connection) -> None:
    """A team has at most one entry in force per language and term (whatever its case): the
    database says so itself, so that two maintainers approving the same word at the same
    instant cannot both win (`teamlex.approve` then tries again and replaces the other's).
    A database from before this rule keeps the latest of such entries in force."""
    # (SQLAlchemy's inspector does not list an index on an expression: ask the catalogue)
    catalogue = (
        "SELECT 1 FROM pg_indexes WHERE indexname = :name"
        if connection.dialect.name == "postgresql"
        else "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = :name"
    )
    if connection.execute(text(catalogue), {"name": ONE_IN_FORCE}).first():
        return
    rows = connection.execute(
        text(
            "SELECT id, team, lang, lower(term), approver, approved FROM team_lexicon "
            "WHERE withdrawn IS NULL ORDER BY id DESC"
        )
    ).all()
    latest: dict[tuple[str, str, str], tuple[str, object]] = {}
    for row_id, team, lang, term, approver, approved in rows:
        key = (team, lang, term)
        if key not in latest:  # the latest entry of its term: it stays in force
            latest[key] = (approver, approved)
            continue
        who, at = latest[key]  # replaced by it, as `teamlex.approve` records a replacement
        connection.execute(
            text("UPDATE team_lexicon SET withdrawn = :at, withdrawn_by = :who WHERE id = :id"),
            {"at": at, "who": who, "id": row_id},
        )
    connection.execute(
        text(
            f"CREATE UNIQUE INDEX {ONE_IN_FORCE} ON team_lexicon "
            "(team, lang, lower(term)) WHERE withdrawn IS NULL"
        )
    )


def _fill_from_json(connection: Connection) -> None:
    """Status and reviewer of decisions saved before they had columns of their own."""
    rows = connection.execute(text("SELECT id, data FROM decisions")).all()
    for row_id, data in rows:
        values = json.loads(data)
        connection.execute(
            text("UPDATE decisions SET status = :status, reviewer = :reviewer WHERE id = :id"),
            {
                "status": values.get("status", "pending"),
                "reviewer": values.get("reviewer", ""),
                "id": row_id,
            },
        )
