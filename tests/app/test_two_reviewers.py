"""Two reviewers on one letter, on a real SQLite file and a real PostgreSQL server: decisions
are checked against what the database holds, refusals name who decided what, undo takes back
only one's own change, progress is counted from the decisions, a letter holding clashing
decisions from an older version still opens, and a database that restarts or does not answer
never leaves a decision shown as saved that was not."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from simplifier.review.session import Item, ReviewSession
from simplifier.review.store import DecisionRefused, Store, StoreUnavailable
from simplifier.rewrite.edits import first_overlap, overlapping

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"
TEAM = "local"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "reviews.sqlite")
    return request.getfixturevalue("postgres").new_database()


def open_letter(database: str) -> tuple[Store, int]:
    store = Store(database)
    return store, store.create_review(TEAM, "Marie", SAMPLE.name, SAMPLE.read_bytes(), "fr")


def replaceable(session: ReviewSession) -> list[Item]:
    """Items that change words at one place (a term that comes back is one item of several
    decisions, tested on its own)."""
    return [
        i
        for i in session.items
        if i.rewrite is not None and i.finding.action == "replace" and len(i.places) == 1
    ]


def word_inside_sentence(session: ReviewSession) -> tuple[Item, Item, str]:
    """A word change, and a rewrite of the whole sentence around it that changes the same
    word otherwise: two decisions on the same words."""
    for sentence in session.items:
        if sentence.rewrite is None or sentence.finding.action not in ("split", "rephrase"):
            continue
        start, end = sentence.rewrite.start, sentence.rewrite.end
        for word in replaceable(session):
            if start <= word.rewrite.start and word.rewrite.end <= end:
                text = session.report.text
                edited = (
                    text[start : word.rewrite.start] + "MOT-DE-JAN" + text[word.rewrite.end : end]
                )
                return word, sentence, edited
    raise AssertionError("the sample letter has no word change inside a long sentence")


def test_a_change_on_words_another_reviewer_changed_is_refused(database: str) -> None:
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    jan = ReviewSession(store, review, TEAM, "Jan")  # opened before Marie decides anything
    word, sentence, edited = word_inside_sentence(marie)

    marie.decide(word.id, "accepted")
    with pytest.raises(DecisionRefused) as refused:
        jan.decide(sentence.id, "edited", text=edited)
    assert refused.value.overlap and refused.value.other.reviewer == "Marie"
    assert refused.value.other.id == word.id
    # Jan's session now shows Marie's decision and does not count his own as made
    assert jan.status(word.id) == "accepted" and jan.status(sentence.id) == "pending"
    stored = {d.id: d for d in store.decisions(review, TEAM)}
    assert set(stored) == {word.id}
    # the letter still opens, and its score with the changes can be computed
    again = ReviewSession(store, review, TEAM, "Anne")
    assert not again.conflicts and again.readability_after().score > 0


def test_a_suggestion_decided_meanwhile_is_not_overwritten(database: str) -> None:
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    jan = ReviewSession(store, review, TEAM, "Jan")
    item = replaceable(marie)[0]

    marie.decide(item.id, "accepted")
    with pytest.raises(DecisionRefused) as refused:
        jan.decide(item.id, "rejected")
    assert not refused.value.overlap
    assert (refused.value.other.reviewer, refused.value.other.status) == ("Marie", "accepted")
    assert jan.status(item.id) == "accepted"  # reloaded: Jan sees Marie's decision
    # having seen it, Jan may change it; Marie is told when she looks again
    jan.decide(item.id, "rejected")
    assert marie.sync() == {"Jan": 1}
    assert marie.status(item.id) == "rejected"
    assert [d.status for d in store.decisions(review, TEAM)] == ["rejected"]


def test_undo_takes_back_only_ones_own_change(database: str) -> None:
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    jan = ReviewSession(store, review, TEAM, "Jan")
    first, second = replaceable(marie)[:2]

    marie.decide(first.id, "accepted")
    jan.decide(second.id, "accepted")
    assert marie.undo() == first.id
    assert {d.id: d.reviewer for d in store.decisions(review, TEAM)} == {second.id: "Jan"}

    marie.decide(first.id, "accepted")
    jan.sync()
    jan.decide(first.id, "rejected")  # Jan changes Marie's decision, knowingly
    with pytest.raises(DecisionRefused) as refused:
        marie.undo()
    assert refused.value.other.reviewer == "Jan"
    stored = {d.id: (d.status, d.reviewer) for d in store.decisions(review, TEAM)}
    assert stored == {first.id: ("rejected", "Jan"), second.id: ("accepted", "Jan")}
    assert marie.status(first.id) == "rejected"


def test_progress_is_counted_from_the_decisions(database: str) -> None:
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    jan = ReviewSession(store, review, TEAM, "Jan")
    items = replaceable(marie)
    for item in items[:3]:
        marie.decide(item.id, "accepted")
    for item in items[3:5]:
        jan.decide(item.id, "rejected")
    marie.comment(items[6].id, "à revoir")  # a comment alone decides nothing
    jan.sync()
    [summary] = store.reviews(TEAM)
    assert summary.decided == 5 == jan.decided and summary.total == marie.total
    assert marie.sync() == {"Jan": 2} and marie.decided == 5


def test_two_reviewers_in_two_processes_race_through_one_letter(database: str) -> None:
    store, review = open_letter(database)
    script = Path(__file__).with_name("reviewer_process.py")
    processes = [
        subprocess.Popen(
            [sys.executable, str(script), database, str(review), name, order],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, order in (("Marie", "forward"), ("Jan", "backward"))
    ]
    for process in processes:
        assert process.stdout.readline().strip() == "ready", process.stderr.read()
    for process in processes:  # both start deciding at the same moment
        process.stdin.write("go\n")
        process.stdin.flush()
    results = {}
    for name, process in zip(("Marie", "Jan"), processes, strict=True):
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        results[name] = json.loads(out.strip().splitlines()[-1])
    print({n: (len(r["saved"]), len(r["refused"])) for n, r in results.items()})

    session = ReviewSession(store, review, TEAM, "Anne")  # the letter still opens
    leads = {item.id for item in session.items}
    stored = {d.id: d for d in store.decisions(review, TEAM) if d.id in leads}
    for name, result in results.items():
        for key in result["saved"]:  # confirmed means stored, and never overwritten
            assert stored[key].reviewer == name
        assert not set(result["saved"]) & set(
            results["Jan" if name == "Marie" else "Marie"]["saved"]
        )
    assert set(stored) == set(results["Marie"]["saved"]) | set(results["Jan"]["saved"])
    applied = sorted(session.applied, key=lambda d: (d.time, d.id))
    assert overlapping(session.report.text, session.report.blocks, applied) == {}
    [summary] = store.reviews(TEAM)
    assert (
        summary.decided == len(stored) == results["Marie"]["decided"] == results["Jan"]["decided"]
    )


OLD_SCHEMA = """
CREATE TABLE documents (id INTEGER PRIMARY KEY, team VARCHAR(100) NOT NULL,
  name VARCHAR(300) NOT NULL, content BLOB NOT NULL, sha256 VARCHAR(64) NOT NULL,
  created DATETIME NOT NULL);
CREATE TABLE reviews (id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id)
  ON DELETE CASCADE, team VARCHAR(100) NOT NULL, reviewer VARCHAR(200) NOT NULL,
  lang VARCHAR(8) NOT NULL, created DATETIME NOT NULL, updated DATETIME NOT NULL,
  total INTEGER NOT NULL, decided INTEGER NOT NULL);
CREATE TABLE decisions (id INTEGER PRIMARY KEY, review_id INTEGER NOT NULL REFERENCES reviews(id)
  ON DELETE CASCADE, key VARCHAR(200) NOT NULL, data TEXT NOT NULL, UNIQUE (review_id, key));
CREATE TABLE proposals (id INTEGER PRIMARY KEY, team VARCHAR(100) NOT NULL, review_id INTEGER
  REFERENCES reviews(id) ON DELETE SET NULL, lang VARCHAR(8) NOT NULL, term VARCHAR(300) NOT NULL,
  context TEXT NOT NULL, comment TEXT NOT NULL, reviewer VARCHAR(200) NOT NULL,
  created DATETIME NOT NULL);
"""


def test_a_letter_with_clashing_decisions_from_an_older_version_still_opens(
    tmp_path: Path,
) -> None:
    """An older version checked each reviewer against their own decisions only, so a
    database may hold two decisions on the same words: the letter opens, the earlier
    decision counts, the later one is shown as a conflict and left out of the files."""
    path = tmp_path / "old.sqlite"
    probe_store, probe_review = open_letter(str(tmp_path / "probe.sqlite"))
    probe = ReviewSession(probe_store, probe_review, TEAM, "Marie")
    word, sentence, edited = word_inside_sentence(probe)
    first = probe._decision(word.finding, "accepted", None, "")
    later = probe._decision(sentence.finding, "edited", edited, "")
    from dataclasses import asdict, replace

    first = replace(first, reviewer="Marie", time="2026-11-20T10:00:00Z")
    later = replace(later, reviewer="Jan", time="2026-11-20T10:05:00Z")
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute(
            "INSERT INTO documents VALUES (1, ?, ?, ?, ?, '2026-11-20 09:00:00')",
            (TEAM, SAMPLE.name, SAMPLE.read_bytes(), "0" * 64),
        )
        db.execute(
            "INSERT INTO reviews VALUES (1, 1, ?, 'Marie', 'fr', '2026-11-20 09:00:00', "
            "'2099-01-01 00:00:00', 91, 46)",
            (TEAM,),
        )
        for number, decision in enumerate((first, later), start=1):
            db.execute(
                "INSERT INTO decisions VALUES (?, 1, ?, ?)",
                (number, decision.id, json.dumps(asdict(decision))),
            )

    store = Store(str(path))  # brings the database up to date
    session = ReviewSession(store, 1, TEAM, "Anne")
    assert session.conflicts == {later.id: first}
    assert [d.id for d in session.applied] == [first.id]
    assert session.readability_after().score > 0
    assert later.id not in {d.id for d in session.decision_set().decisions}
    assert session.document_bytes()[:2] == b"PK"
    [summary] = store.reviews(TEAM)
    assert summary.decided == 2  # counted from the decisions, not the stored 46
    # changing one of the two settles it
    session.decide(sentence.id, "rejected")
    assert session.conflicts == {}


def test_a_restarted_database_loses_nothing_and_a_dead_one_saves_nothing(postgres) -> None:
    store, review = open_letter(postgres.new_database())
    session = ReviewSession(store, review, TEAM, "Marie")
    first, second, third = replaceable(session)[:3]
    session.decide(first.id, "accepted")

    postgres.restart()  # the pool's connections are now dead
    session.decide(second.id, "accepted")
    assert {d.id for d in Store(store.url).decisions(review, TEAM)} == {first.id, second.id}

    postgres.stop()
    try:
        with pytest.raises(StoreUnavailable):
            session.decide(third.id, "rejected")
        assert session.status(third.id) == "pending" and session.decided == 2
        assert len(session.undo_stack) == 2
    finally:
        postgres.start()
    session.decide(third.id, "rejected")  # the same click, once the server is back
    assert {d.id: d.status for d in Store(store.url).decisions(review, TEAM)} == {
        first.id: "accepted",
        second.id: "accepted",
        third.id: "rejected",
    }


def test_a_locked_sqlite_file_saves_nothing_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from simplifier.review import store as store_module

    monkeypatch.setattr(store_module, "SQLITE_BUSY_TIMEOUT", 0.2)
    monkeypatch.setattr(store_module, "RETRY_PAUSE", 0.05)
    path = tmp_path / "reviews.sqlite"
    store, review = open_letter(str(path))
    session = ReviewSession(store, review, TEAM, "Marie")
    item = replaceable(session)[0]
    store.engine.dispose()  # new connections, with the short timeout
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process holds the file
    try:
        with pytest.raises(StoreUnavailable):
            session.decide(item.id, "accepted")
        assert session.status(item.id) == "pending" and not session.undo_stack
    finally:
        other.execute("ROLLBACK")
        other.close()
    session.decide(item.id, "accepted")
    assert [d.id for d in store.decisions(review, TEAM)] == [item.id]


def test_a_term_refused_at_one_place_keeps_none_of_its_places(database: str) -> None:
    """A term's second place touches words another reviewer has changed: deciding the term
    is refused as a whole, and its first place is not left accepted behind the refusal (the
    race below found « procédé à » stored while both reviewers were told it was not)."""
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    jan = ReviewSession(store, review, TEAM, "Jan")
    text, blocks = marie.report.text, marie.report.blocks

    def accepted(finding):
        return marie._decision(finding, "accepted", None, "")

    pairs = [
        (term, other)
        for term in marie.items
        if term.rewrite is not None and len(term.places) > 1
        for other in marie.items
        if other is not term
        and other.rewrite is not None
        and first_overlap(text, blocks, accepted(term.finding), [accepted(other.finding)]) is None
        and any(
            first_overlap(text, blocks, accepted(place), [accepted(other.finding)])
            for place in term.places[1:]
        )
    ]
    assert pairs, "the sample letter has a term whose later place touches another change"
    term, other = pairs[0]

    jan.decide(other.id, "accepted")
    marie.sync()
    with pytest.raises(DecisionRefused) as refused:
        marie.decide(term.id, "accepted")
    assert refused.value.overlap
    assert marie.status(term.id) == "pending"
    assert {d.id for d in store.decisions(review, TEAM)} == {other.id}
    assert marie.undo() is None  # nothing of the refused action is left to take back


def test_a_term_is_stored_by_its_own_place_last(database: str) -> None:
    """Others see a term as decided by its own (first) place: it is saved after the others, so
    a refusal at a later place never lets the other reviewer see it accepted for a moment (the
    race through one letter counted such a term, undone just after, as decided)."""
    store, review = open_letter(database)
    marie = ReviewSession(store, review, TEAM, "Marie")
    term = next(i for i in marie.items if i.rewrite is not None and len(i.places) > 1)
    written: list[str] = []
    put = store.put_decision

    def recording(review_id, team, decision, **options):
        written.append(decision.id)
        return put(review_id, team, decision, **options)

    store.put_decision = recording  # type: ignore[method-assign]
    marie.decide(term.id, "accepted")
    assert written[-1] == term.id
    assert sorted(written) == sorted(place.id for place in term.places)
