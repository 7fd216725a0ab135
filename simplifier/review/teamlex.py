"""A team's own lexicon, kept in the review database.

Reviewers mark words they do not understand ("Je ne comprends pas / Ik begrijp dit niet"); a
lexicon maintainer of the team (`role: maintainer` in the accounts file; without one, the
app's single user) turns such a proposal into an entry (plain alternatives, or an official term
kept and explained) and approves it, or rejects it. Approved entries apply at once to every new
analysis of that team: `team_settings` adds them to the organisation's settings as lexicon text,
merged like a settings-file lexicon folder (a team entry wins over a built-in or organisation
entry for the same term), and the settings' keys change with them, so no analysis or compiled
rules made without them are reused. Who approved or withdrew what, and when, is kept.

The entries export as a lexicon folder (`fr/<team>.yml`, `nl/<team>.yml`) that a
`simplifier.toml` accepts as it is (`lexicons = ["folder"]`), to share with other tools or to
contribute back to `lexicons/`.

Every function that changes the lexicon, or shows the proposals, checks the account's role and
team itself: the app's page is not the only guard."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from simplifier import settings as org
from simplifier.errors import RuleError
from simplifier.loader import validate_lexicon
from simplifier.review.accounts import Account
from simplifier.review.schema import ProposalRow, TeamEntryRow
from simplifier.review.store import Proposal, Store, _aware, _now

LANGS = ("fr", "nl")
DOMAIN = "general"  # the team's entries are words to avoid in any letter (FR.Jargon, NL.Jargon)


class NotMaintainer(PermissionError):
    """The account may not keep this team's lexicon."""


class ProposalGone(LookupError):
    """The proposal was decided meanwhile (another maintainer), or is not the team's."""


class EntryProblem(ValueError):
    """A draft entry that cannot be approved; `key` is an i18n key saying why."""

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(key)


@dataclass(frozen=True)
class OpenProposal:
    """Reviewers' proposals of one term in one language, not decided yet."""

    lang: str
    term: str
    ids: tuple[int, ...]
    contexts: tuple[str, ...]
    comments: tuple[str, ...]
    reviewers: tuple[str, ...]
    first: datetime
    last: datetime

    @property
    def count(self) -> int:
        return len(self.ids)


@dataclass(frozen=True)
class Draft:
    """What a maintainer writes: keep (an official term, explained) or replace (by the plain
    alternatives, best first)."""

    lang: str
    term: str
    keep: bool
    alternatives: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class TeamEntry:
    id: int
    team: str
    lang: str
    term: str
    keep: bool
    alternatives: tuple[str, ...]
    explanation: str
    approver: str
    approved: datetime
    proposal_id: int | None
    withdrawn_by: str = ""
    withdrawn: datetime | None = None


def check_maintainer(account: Account | None, team: str) -> Account:
    if account is None or not account.maintainer or account.team != team:
        raise NotMaintainer(team)
    return account


def draft_problem(draft: Draft) -> str | None:
    """What is missing from a draft, as an i18n key (None: it can be approved). The lexicon
    loader checks it again, exactly as it checks a lexicon file."""
    if draft.lang not in LANGS:
        return "teamlex.need_lang"
    if not draft.term.strip():
        return "teamlex.need_term"
    if not draft.keep and not [a for a in draft.alternatives if a.strip()]:
        return "teamlex.need_alternative"
    if not draft.explanation.strip():
        return "teamlex.need_explanation"
    try:
        validate_lexicon({"domain": DOMAIN, "entries": [_entry_dict(draft)]}, "draft")
    except RuleError:
        return "teamlex.bad_entry"
    return None


def _entry(row: TeamEntryRow) -> TeamEntry:
    return TeamEntry(
        row.id,
        row.team,
        row.lang,
        row.term,
        row.keep,
        tuple(json.loads(row.alternatives)),
        row.explanation,
        row.approver,
        _aware(row.approved),
        row.proposal_id,
        row.withdrawn_by,
        _aware(row.withdrawn) if row.withdrawn else None,
    )


# --- proposals -------------------------------------------------------------------------------


def open_proposals(store: Store, account: Account | None, team: str) -> list[OpenProposal]:
    """The team's proposals nobody decided yet, one per term and language, most asked first."""
    check_maintainer(account, team)
    groups: dict[tuple[str, str], list[Proposal]] = {}
    for proposal in store.proposals(team, open_only=True):  # oldest first
        key = (proposal.lang, " ".join(proposal.term.split()).casefold())
        groups.setdefault(key, []).append(proposal)
    found = [
        OpenProposal(
            lang,
            rows[0].term.strip(),
            tuple(r.id for r in rows),
            tuple(dict.fromkeys(r.context for r in rows if r.context)),
            tuple(dict.fromkeys(r.comment for r in rows if r.comment)),
            tuple(dict.fromkeys(r.reviewer for r in rows)),
            rows[0].created,
            rows[-1].created,
        )
        for (lang, _), rows in groups.items()
    ]
    return sorted(found, key=lambda p: (-p.count, p.first))


def _decide_proposals(
    session: Session, team: str, ids: Iterable[int], status: str, who: str
) -> None:
    ids = list(ids)
    if not ids:
        return
    rows = list(
        session.execute(
            select(ProposalRow).where(ProposalRow.id.in_(ids)).with_for_update()
        ).scalars()
    )
    if len(rows) != len(set(ids)) or any(r.team != team or r.status != "open" for r in rows):
        raise ProposalGone(ids)
    now = _now()
    for row in rows:
        row.status, row.decided_by, row.decided = status, who, now


def reject(store: Store, account: Account | None, team: str, proposal_ids: Iterable[int]) -> None:
    """The proposals will not become an entry (kept, with who decided and when)."""
    who = check_maintainer(account, team).name
    ids = list(proposal_ids)
    store._run(lambda session: _decide_proposals(session, team, ids, "rejected", who))


# --- entries ---------------------------------------------------------------------------------


def approve(
    store: Store,
    account: Account | None,
    team: str,
    draft: Draft,
    proposal_ids: Iterable[int] = (),
) -> TeamEntry:
    """Save the entry for the team, in one transaction with its proposals marked approved;
    an earlier entry of the team for the same term and language is withdrawn (replaced).
    Raises `EntryProblem` for an incomplete draft, `ProposalGone` when a proposal was decided
    meanwhile, `NotMaintainer`, and `StoreUnavailable` when nothing could be saved."""
    who = check_maintainer(account, team).name
    problem = draft_problem(draft)
    if problem is not None:
        raise EntryProblem(problem)
    ids = list(proposal_ids)
    term = " ".join(draft.term.split())
    alternatives = [" ".join(a.split()) for a in draft.alternatives if a.strip()]

    def work(session: Session) -> TeamEntry:
        _decide_proposals(session, team, ids, "approved", who)
        now = _now()
        for row in _active(session, team, draft.lang):
            if row.term.casefold() == term.casefold():
                row.withdrawn_by, row.withdrawn = who, now
        row = TeamEntryRow(
            team=team,
            lang=draft.lang,
            term=term,
            keep=draft.keep,
            alternatives=json.dumps([] if draft.keep else alternatives, ensure_ascii=False),
            explanation=" ".join(draft.explanation.split()),
            approver=who,
            approved=now,
            proposal_id=ids[0] if ids else None,
        )
        session.add(row)
        session.flush()
        return _entry(row)

    # Another maintainer's entry for the same term, saved after this one read the entries in
    # force, makes the database refuse the second entry in force: read again and replace it.
    return store._run(work, retry_on_conflict=True)


def withdraw(store: Store, account: Account | None, team: str, entry_id: int) -> None:
    """The entry no longer applies to new analyses (it stays in the history)."""
    who = check_maintainer(account, team).name

    def work(session: Session) -> None:
        row = session.get(TeamEntryRow, entry_id)
        if row is None or row.team != team:
            raise ProposalGone(entry_id)
        if row.withdrawn is None:  # a second click changes nothing
            row.withdrawn_by, row.withdrawn = who, _now()

    store._run(work)


def _active(session: Session, team: str, lang: str | None = None) -> list[TeamEntryRow]:
    query = select(TeamEntryRow).where(TeamEntryRow.team == team, TeamEntryRow.withdrawn.is_(None))
    if lang is not None:
        query = query.where(TeamEntryRow.lang == lang)
    return list(session.execute(query.order_by(TeamEntryRow.approved, TeamEntryRow.id)).scalars())


def entries(store: Store, team: str, *, withdrawn: bool = False) -> list[TeamEntry]:
    """The team's approved entries in force (with `withdrawn`, the withdrawn ones too), in
    the order they were approved. Anyone of the team may read them: they shape its analyses."""

    def work(session: Session) -> list[TeamEntry]:
        if not withdrawn:
            return [_entry(row) for row in _active(session, team)]
        query = select(TeamEntryRow).where(TeamEntryRow.team == team)
        rows = session.execute(query.order_by(TeamEntryRow.approved, TeamEntryRow.id)).scalars()
        return [_entry(row) for row in rows]

    return store._run(work, read_only=True)


# --- as a lexicon ----------------------------------------------------------------------------


def _entry_dict(entry: Draft | TeamEntry) -> dict:
    values: dict = {"term": " ".join(entry.term.split())}
    if entry.keep:
        values["keep"] = True
    else:
        values["alternatives"] = [" ".join(a.split()) for a in entry.alternatives if a.strip()]
    values["explanation"] = " ".join(entry.explanation.split())
    return values


def _yaml(items: list[dict], header: str, notes: list[str] | None = None) -> str:
    lines = [*([header] if header else []), f"domain: {DOMAIN}", "entries:"]
    for number, values in enumerate(items):
        if notes:
            lines.append(f"# {notes[number]}")
        dumped = yaml.safe_dump([values], allow_unicode=True, sort_keys=False, width=100)
        lines.append(dumped.rstrip("\n"))
    return "\n".join(lines) + "\n"


def lexicon_yaml(team: str, entries_: list[TeamEntry], lang: str) -> str:
    """The entries of one language as a lexicon file (`lexicons/<lang>/*.yml` format), each
    with who approved it and when, as a comment; "" when there are none."""
    mine = [e for e in entries_ if e.lang == lang and e.withdrawn is None]
    if not mine:
        return ""
    header = (
        f"# Lexicon of the team {' '.join(team.split())!r}, approved in the simplifier "
        "review app.\n"
        '# Use it with `lexicons = ["<this folder>"]` in simplifier.toml.'
    )
    notes = [  # one line each, whatever a name holds: a comment, never YAML
        " ".join(
            (
                f"approved by {e.approver}, {e.approved:%Y-%m-%d %H:%M} UTC"
                + (f" (proposal {e.proposal_id})" if e.proposal_id else "")
            ).split()
        )
        for e in mine
    ]
    return _yaml([_entry_dict(e) for e in mine], header, notes)


def file_name(team: str) -> str:
    """The lexicon file's name for a team: letters, digits, - and _ only."""
    return (re.sub(r"[^A-Za-z0-9_-]+", "_", team).strip("_") or "team") + ".yml"


def lexicon_texts(team: str, entries_: list[TeamEntry]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Per language, the lexicon text the analyses use (the exported file, byte for byte)."""
    texts = {}
    for lang in LANGS:
        text = lexicon_yaml(team, entries_, lang)
        if text:
            texts[lang] = ((f"team:{team}/{lang}/{file_name(team)}", text),)
    return texts


def team_settings(store: Store, team: str, base: org.Settings | None = None) -> org.Settings:
    """The settings of the team's next analysis: the organisation's (the process's own when
    `base` is None) with the team's approved entries. Read from the database each time (one
    small query), so an entry approved a moment ago applies at once."""
    base = base if base is not None else org.current()
    return org.with_lexicons(base, lexicon_texts(team, entries(store, team)))


def export_folder(store: Store, team: str, folder: str | Path) -> list[Path]:
    """Write the team's entries as a lexicon folder (`folder/fr/<team>.yml`,
    `folder/nl/<team>.yml`) that `lexicons = ["folder"]` in simplifier.toml reads as it is;
    returns the files written."""
    folder = Path(folder)
    written = []
    current = entries(store, team)
    for lang in LANGS:
        text = lexicon_yaml(team, current, lang)
        if text:
            path = folder / lang / file_name(team)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(path)
    return written


def export_zip(store: Store, team: str) -> bytes:
    """The same folder as a zip (`lexicon-<team>/fr/<team>.yml`, ...), for a download."""
    buffer = io.BytesIO()
    current = entries(store, team)
    top = "lexicon-" + file_name(team).removesuffix(".yml")
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for lang in LANGS:
            text = lexicon_yaml(team, current, lang)
            if text:
                archive.writestr(f"{top}/{lang}/{file_name(team)}", text)
    return buffer.getvalue()
