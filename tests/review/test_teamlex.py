"""A team's own lexicon (issue 21): roles in the accounts file, the maintainer's functions on a
real SQLite file and a real PostgreSQL server (approve, refuse, take back, who and when, one
team never sees another's entries, a reviewer cannot change anything), an older database
brought up to date, the team's entries in the analysis (winning over built-in and settings-file
entries), and the exported folder read by a real `simplifier.toml` through `simplifier check`."""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from simplifier import settings as org
from simplifier.engine import analyze
from simplifier.errors import RuleError
from simplifier.review import teamlex
from simplifier.review.accounts import Account, hash_password, load_accounts, local_account
from simplifier.review.schema import ONE_IN_FORCE, ProposalRow, TeamEntryRow
from simplifier.review.store import Store

CLI = Path(sys.executable).with_name("simplifier")
HARD = "Le plafond applicable est fixé à 1.200 euros par an."
MAINTAINER = Account("luc", "Luc Peeters", "namur", "", frozenset({"reviewer", "maintainer"}))
REVIEWER = Account("marie", "Marie Dupont", "namur", "")
OTHER_MAINTAINER = Account("jan", "Jan", "gent", "", frozenset({"reviewer", "maintainer"}))
PLAFOND = teamlex.Draft(
    "fr",
    "plafond applicable",
    False,
    ("montant maximum",),
    "Le montant le plus haut que vous pouvez recevoir.",
)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Store:
    if request.param == "sqlite":
        return Store(str(tmp_path / "reviews.sqlite"))
    return Store(request.getfixturevalue("postgres").new_database())


def propose(store: Store, team: str = "namur", term: str = "plafond applicable", who="Marie"):
    return store.add_proposal(team, None, "fr", term, HARD, "je ne comprends pas", who)


def matches(report) -> dict[str, tuple[str, ...]]:
    return {f.match: f.replacements for f in report.findings if f.category == "jargon"}


# --- accounts ----------------------------------------------------------------------------


def write_accounts(path: Path, extra: str) -> Path:
    password = hash_password("secret", 1000)
    path.write_text(
        "accounts:\n"
        f"  - {{user: marie, team: namur, password: '{password}'}}\n"
        f"  - {{user: luc, team: namur, password: '{password}', {extra}}}\n",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize("extra", ["role: maintainer", "roles: [reviewer, maintainer]"])
def test_a_role_in_the_accounts_file(tmp_path: Path, extra: str) -> None:
    accounts = load_accounts(write_accounts(tmp_path / "accounts.yml", extra))
    assert not accounts["marie"].maintainer  # reviewer by default
    assert accounts["luc"].maintainer and "reviewer" in accounts["luc"].roles
    assert local_account("Anne").maintainer and local_account("Anne").team == "local"


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        ("role: boss", "account 2 (luc): unknown role 'boss' (known: reviewer, maintainer)"),
        ("roles: maintainer, role: reviewer", "account 2 (luc): give 'role' or 'roles'"),
        ("roles: []", "account 2 (luc): 'roles' must be a list"),
    ],
)
def test_a_wrong_role_is_one_line_naming_the_file_and_the_entry(
    tmp_path: Path, extra: str, says: str
) -> None:
    path = write_accounts(tmp_path / "accounts.yml", extra)
    with pytest.raises(RuleError) as error:
        load_accounts(path)
    assert str(error.value).startswith(f"{path}: {says}")
    assert "\n" not in str(error.value)


# --- the store ---------------------------------------------------------------------------


def test_a_maintainer_turns_proposals_into_an_entry(store: Store) -> None:
    first, second = propose(store), propose(store, term="Plafond  applicable ", who="Anne")
    propose(store, team="gent")
    [open_one] = teamlex.open_proposals(store, MAINTAINER, "namur")
    assert open_one.term == "plafond applicable" and open_one.count == 2
    assert open_one.reviewers == ("Marie", "Anne") and open_one.contexts == (HARD,)
    assert open_one.comments == ("je ne comprends pas",)

    entry = teamlex.approve(store, MAINTAINER, "namur", PLAFOND, open_one.ids)
    assert (entry.approver, entry.proposal_id, entry.alternatives) == (
        "Luc Peeters",
        first,
        ("montant maximum",),
    )
    assert teamlex.open_proposals(store, MAINTAINER, "namur") == []
    assert store.proposals("namur", open_only=True) == []  # the start page's list
    assert len(store.proposals("namur")) == 2
    assert teamlex.entries(store, "namur") == [entry]
    assert teamlex.entries(store, "gent") == []  # another team's
    with pytest.raises(teamlex.ProposalGone):  # a second maintainer's click, too late
        teamlex.approve(store, MAINTAINER, "namur", PLAFOND, [second])
    # the proposals say who decided and when
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(
                ProposalRow.id, ProposalRow.status, ProposalRow.decided_by, ProposalRow.decided
            ).where(ProposalRow.team == "namur")
        ).all()
    assert {(r.id, r.status, r.decided_by) for r in rows} == {
        (first, "approved", "Luc Peeters"),
        (second, "approved", "Luc Peeters"),
    }
    assert all(r.decided is not None for r in rows)


def test_only_the_teams_maintainers_change_its_lexicon(store: Store) -> None:
    proposal = propose(store)
    for who in (REVIEWER, OTHER_MAINTAINER, None):
        with pytest.raises(teamlex.NotMaintainer):
            teamlex.open_proposals(store, who, "namur")
        with pytest.raises(teamlex.NotMaintainer):
            teamlex.approve(store, who, "namur", PLAFOND, [proposal])
        with pytest.raises(teamlex.NotMaintainer):
            teamlex.reject(store, who, "namur", [proposal])
    entry = teamlex.approve(store, MAINTAINER, "namur", PLAFOND, [proposal])
    with pytest.raises(teamlex.NotMaintainer):
        teamlex.withdraw(store, REVIEWER, "namur", entry.id)
    with pytest.raises(teamlex.ProposalGone):  # a proposal of another team
        teamlex.approve(store, OTHER_MAINTAINER, "gent", PLAFOND, [proposal])
    assert [e.id for e in teamlex.entries(store, "namur")] == [entry.id]
    assert teamlex.entries(store, "gent") == []


def test_refuse_take_back_and_replace(store: Store) -> None:
    refused = propose(store, term="ad hoc")
    teamlex.reject(store, MAINTAINER, "namur", [refused])
    assert teamlex.open_proposals(store, MAINTAINER, "namur") == []
    first = teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    better = teamlex.Draft("fr", "Plafond applicable", True, (), "Le montant le plus haut.")
    second = teamlex.approve(store, MAINTAINER, "namur", better)  # replaces the first
    assert [e.id for e in teamlex.entries(store, "namur")] == [second.id]
    history = {e.id: e for e in teamlex.entries(store, "namur", withdrawn=True)}
    assert history[first.id].withdrawn_by == "Luc Peeters" and history[first.id].withdrawn
    teamlex.withdraw(store, MAINTAINER, "namur", second.id)
    teamlex.withdraw(store, MAINTAINER, "namur", second.id)  # a second click: nothing more
    assert teamlex.entries(store, "namur") == []


@pytest.mark.parametrize(
    ("draft", "problem"),
    [
        (teamlex.Draft("fr", " ", False, ("x",), "y"), "teamlex.need_term"),
        (teamlex.Draft("fr", "plafond", False, (" ",), "y"), "teamlex.need_alternative"),
        (teamlex.Draft("fr", "plafond", True, (), " "), "teamlex.need_explanation"),
        (teamlex.Draft("de", "plafond", True, (), "y"), "teamlex.need_lang"),
    ],
)
def test_an_incomplete_entry_is_not_saved(tmp_path: Path, draft, problem: str) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    with pytest.raises(teamlex.EntryProblem) as error:
        teamlex.approve(store, MAINTAINER, "namur", draft)
    assert error.value.key == problem
    assert teamlex.entries(store, "namur") == []


def test_an_older_database_gets_the_new_columns_and_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as old:
        old.execute(
            "CREATE TABLE proposals (id INTEGER PRIMARY KEY, team VARCHAR(100), review_id "
            "INTEGER, lang VARCHAR(8), term VARCHAR(300), context TEXT, comment TEXT, "
            "reviewer VARCHAR(200), created TIMESTAMP)"
        )
        old.execute(
            "INSERT INTO proposals VALUES (1, 'namur', NULL, 'fr', 'plafond applicable', '', "
            "'', 'Marie', '2026-11-01 10:00:00')"
        )
    store = Store(str(path))
    [still_open] = teamlex.open_proposals(store, MAINTAINER, "namur")
    teamlex.approve(store, MAINTAINER, "namur", PLAFOND, still_open.ids)
    assert len(teamlex.entries(store, "namur")) == 1


def in_force(term: str) -> TeamEntryRow:
    """An entry in force for Namur, written straight into the table."""
    return TeamEntryRow(
        team="namur",
        lang="fr",
        term=term,
        explanation="x",
        approver="Jan",
        approved=datetime.now(UTC),
    )


def test_two_entries_in_force_for_one_term_are_refused_by_the_database(store: Store) -> None:
    first = teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    with pytest.raises(IntegrityError), store.sessions.begin() as session:
        session.add(in_force("PLAFOND applicable"))
    assert [e.id for e in teamlex.entries(store, "namur")] == [first.id]


def test_an_approval_that_read_before_another_was_saved_replaces_it(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two maintainers approve the same word at the same instant: the second read the entries
    # in force before the first was saved (here: its first reading finds none). The database
    # refuses its entry; it reads again and replaces the first, as one after the other would.
    first = teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    reads = []
    real_active = teamlex._active

    def stale_once(session, team, lang=None):
        reads.append(team)
        return [] if len(reads) == 1 else real_active(session, team, lang)

    monkeypatch.setattr(teamlex, "_active", stale_once)
    second = teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    assert len(reads) == 2
    assert [e.id for e in teamlex.entries(store, "namur")] == [second.id]
    history = {e.id: e for e in teamlex.entries(store, "namur", withdrawn=True)}
    assert history[first.id].withdrawn


def test_an_older_database_with_two_entries_in_force_keeps_the_latest(tmp_path: Path) -> None:
    path = tmp_path / "reviews.sqlite"
    Store(str(path)).engine.dispose()
    with sqlite3.connect(path) as old:
        old.execute(f"DROP INDEX {ONE_IN_FORCE}")
        for number, who in ((1, "Luc"), (2, "Anne")):
            old.execute(
                "INSERT INTO team_lexicon (id, team, lang, term, keep, alternatives, "
                "explanation, approver, approved, withdrawn_by) VALUES (?, 'namur', 'fr', ?, "
                "0, '[\"montant maximum\"]', 'x', ?, ?, '')",
                (number, "Plafond" if number == 1 else "plafond", who, f"2026-11-0{number} 10:00"),
            )
    store = Store(str(path))
    [kept] = teamlex.entries(store, "namur")
    assert (kept.id, kept.approver) == (2, "Anne")
    history = {e.id: e for e in teamlex.entries(store, "namur", withdrawn=True)}
    assert history[1].withdrawn_by == "Anne" and history[1].withdrawn
    with pytest.raises(IntegrityError), store.sessions.begin() as session:  # and from now on
        session.add(in_force("plafond"))


# --- in the analysis ---------------------------------------------------------------------


def test_the_teams_entries_apply_to_its_next_analysis_only(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    before = teamlex.team_settings(store, "namur")
    assert before == org.current()  # no entries: the organisation's settings as they are
    assert "plafond applicable" not in matches(analyze(HARD, "fr", settings=before))
    teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    # a built-in term: the team's entry takes its place, as a settings-file entry would
    own = teamlex.Draft("fr", "nonobstant", False, ("malgré tout",), "Cela veut dire : malgré.")
    teamlex.approve(store, MAINTAINER, "namur", own)
    after = teamlex.team_settings(store, "namur")
    assert after.key != before.key and after.lang_key("fr") != before.lang_key("fr")
    assert after.lang_key("nl") == before.lang_key("nl")
    found = matches(analyze(f"{HARD} Nous paierons nonobstant le retard.", "fr", settings=after))
    assert found["plafond applicable"] == ("montant maximum",)
    assert found["nonobstant"] == ("malgré tout",)
    other = teamlex.team_settings(store, "gent")
    assert "plafond applicable" not in matches(analyze(HARD, "fr", settings=other))


def test_a_team_entry_wins_over_the_settings_files_entry(tmp_path: Path) -> None:
    folder = tmp_path / "org"
    (folder / "termes" / "fr").mkdir(parents=True)
    (folder / "termes" / "fr" / "org.yml").write_text(
        "domain: general\nentries:\n  - term: plafond applicable\n    alternatives: [limite]\n"
        "    explanation: La limite.\n",
        encoding="utf-8",
    )
    (folder / "simplifier.toml").write_text('lexicons = ["termes"]\n', encoding="utf-8")
    base = org.load(folder / "simplifier.toml")
    assert matches(analyze(HARD, "fr", settings=base))["plafond applicable"] == ("limite",)
    store = Store(str(tmp_path / "reviews.sqlite"))
    teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    team = teamlex.team_settings(store, "namur", base)
    assert matches(analyze(HARD, "fr", settings=team))["plafond applicable"] == ("montant maximum",)


def test_the_exported_folder_is_read_by_a_settings_file_and_used_by_check(
    tmp_path: Path,
) -> None:
    database = tmp_path / "reviews.sqlite"
    store = Store(str(database))
    teamlex.approve(store, MAINTAINER, "namur", PLAFOND, [propose(store)])
    kept = teamlex.Draft("nl", "leefloon", True, (), "Geld van het OCMW om van te leven.")
    teamlex.approve(store, MAINTAINER, "namur", kept)
    org_folder = tmp_path / "org"
    org_folder.mkdir()
    # the command line writes the folder; the zip of the app holds the same files
    done = subprocess.run(
        [str(CLI), "export-lexicon", str(org_folder / "equipe"), "--team", "namur",
         "--db", str(database)],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env={**os.environ},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = sorted(org_folder.glob("equipe/*/*.yml"))
    assert [p.relative_to(org_folder).as_posix() for p in written] == [
        "equipe/fr/namur.yml",
        "equipe/nl/namur.yml",
    ]
    french = yaml.safe_load(written[0].read_text("utf-8"))
    assert french["entries"] == [
        {
            "term": "plafond applicable",
            "alternatives": ["montant maximum"],
            "explanation": "Le montant le plus haut que vous pouvez recevoir.",
        }
    ]
    assert "approved by Luc Peeters" in written[0].read_text("utf-8")
    with zipfile.ZipFile(io.BytesIO(teamlex.export_zip(store, "namur"))) as archive:
        assert archive.read("lexicon-namur/fr/namur.yml") == written[0].read_bytes()

    (org_folder / "simplifier.toml").write_text('lexicons = ["equipe"]\n', encoding="utf-8")
    letter = org_folder / "lettre.txt"
    letter.write_text(HARD + "\n", encoding="utf-8")
    checked = subprocess.run(
        [str(CLI), "check", str(letter), "--format", "json", "--lang", "fr"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env={**os.environ},
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    report = json.loads(checked.stdout)
    assert report["settings"]["file"] == str((org_folder / "simplifier.toml").resolve())
    jargon = {f["match"]: f["replacements"] for f in report["findings"]}
    assert jargon["plafond applicable"] == ["montant maximum"]


def test_only_the_latest_team_analyzers_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simplifier import engine

    monkeypatch.setattr(engine, "TEXT_ANALYZERS", 1)
    store = Store(str(tmp_path / "reviews.sqlite"))
    teamlex.approve(store, MAINTAINER, "namur", PLAFOND)
    first = teamlex.team_settings(store, "namur")
    analyze(HARD, "fr", settings=first)
    own = teamlex.Draft("fr", "nonobstant", False, ("malgré tout",), "Cela veut dire : malgré.")
    teamlex.approve(store, MAINTAINER, "namur", own)
    second = teamlex.team_settings(store, "namur")
    analyze(HARD, "fr", settings=second)
    assert ("fr", first.lang_key("fr")) not in engine._analyzers
    assert ("fr", second.lang_key("fr")) in engine._analyzers
    again = matches(analyze(HARD, "fr", settings=first))  # built again when asked again
    assert again["plafond applicable"] == ("montant maximum",)


def test_a_name_with_a_line_break_stays_in_its_comment(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    teamlex.approve(store, local_account("Anne\nentries: []"), "local", PLAFOND)
    [(_name, text)] = teamlex.lexicon_texts("local", teamlex.entries(store, "local"))["fr"]
    assert yaml.safe_load(text)["entries"][0]["term"] == "plafond applicable"
