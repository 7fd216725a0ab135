"""Sign-in (issue 16): an unknown user name costs the same work as a known one, and repeated
failures slow down and then lock a user name and a client, in the real database and in the
real app."""

from __future__ import annotations

import hashlib
import logging
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import streamlit as st
from sqlalchemy import inspect, select

from simplifier.i18n import t
from simplifier.review import signin
from simplifier.review.accounts import Account, hash_password, sign_in
from simplifier.review.signin import SignInFailure, SignInGuard, Wait, until_text
from simplifier.review.store import Store


def accounts_with(*iterations: int) -> dict[str, Account]:
    return {
        f"user{i}": Account(f"user{i}", f"User {i}", "t", hash_password(f"secret-{i}", count))
        for i, count in enumerate(iterations)
    }


@pytest.fixture
def iterations_done(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every PBKDF2 derivation's iteration count, from hashlib itself (whatever calls it)."""
    done: list[int] = []
    real = hashlib.pbkdf2_hmac

    def counting(name: str, password: bytes, salt: bytes, iterations: int, *args) -> bytes:
        done.append(iterations)
        return real(name, password, salt, 1)  # the count is what matters, not the cost

    monkeypatch.setattr(hashlib, "pbkdf2_hmac", counting)
    return done


def test_unknown_user_costs_the_same_iterations_as_a_known_one(
    iterations_done: list[int],
) -> None:
    accounts = accounts_with(600_000)
    iterations_done.clear()
    assert sign_in(accounts, "user0", "wrong") is None
    known = list(iterations_done)
    iterations_done.clear()
    assert sign_in(accounts, "nobody", "wrong") is None
    assert iterations_done == known == [600_000]


def test_unknown_user_costs_what_a_typical_account_costs(iterations_done: list[int]) -> None:
    # An accounts file whose hashes were made with another count: the dummy follows them.
    accounts = accounts_with(310_000, 310_000, 720_000)
    iterations_done.clear()
    sign_in(accounts, "nobody", "x")
    sign_in(accounts, "someone else", "y")
    assert iterations_done == [310_000, 310_000]


def test_known_and_unknown_user_take_comparable_time() -> None:
    """Wall time, with real hashing at a lower cost than production and generous bounds."""
    accounts = accounts_with(100_000)

    def median_time(user: str) -> float:
        times = []
        for _ in range(5):
            start = time.perf_counter()
            sign_in(accounts, user, "wrong")
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    ratio = median_time("nobody") / median_time("user0")
    assert 0.33 < ratio < 3, ratio


def test_a_password_in_clear_in_the_accounts_file_is_refused_at_load(tmp_path: Path) -> None:
    from simplifier.errors import RuleError
    from simplifier.review.accounts import load_accounts

    path = tmp_path / "accounts.yml"
    path.write_text("accounts:\n  - {user: ann, team: t, password: hunter2}\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"accounts.yml: account 1 \(ann\): 'password'"):
        load_accounts(path)


# --- throttling, on a real SQLite file ---------------------------------------------------------

T0 = datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


class Clock:
    """Time that tests move by hand."""

    def __init__(self, start: datetime = T0) -> None:
        self.time = start

    def __call__(self) -> datetime:
        return self.time

    def advance(self, **delta: float) -> None:
        self.time += timedelta(**delta)


@pytest.fixture
def accounts() -> dict[str, Account]:
    # A low iteration count keeps these tests fast; the throttle does not depend on it.
    return {
        "marie": Account("marie", "Marie", "namur", hash_password("right", 1000)),
        "jan": Account("jan", "Jan", "gent", hash_password("juist", 1000)),
    }


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgresql"])
def guard(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> SignInGuard:
    """The guard on a real SQLite file, and on a real PostgreSQL server."""
    if request.param == "sqlite":
        database = str(tmp_path / "reviews.sqlite")
    else:
        database = request.getfixturevalue("postgres").new_database()
    return SignInGuard(Store(database).engine, clock=clock)


def test_failures_slow_down_then_lock_the_user_name(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    for _ in range(4):
        outcome = guard.sign_in(accounts, "marie", "wrong", "10.0.0.1")
        assert outcome.account is None and outcome.wait is None
    # 5th failure: the next attempt must wait 2 s, then 4, 8, 16, 32.
    for delay in (2, 4, 8, 16, 32):
        outcome = guard.sign_in(accounts, "marie", "wrong", "10.0.0.1")
        assert outcome.wait == Wait(clock.time + timedelta(seconds=delay), locked=False)
        assert not outcome.refused
        clock.advance(seconds=delay - 1)
        too_soon = guard.sign_in(accounts, "marie", "right", "10.0.0.1")
        assert too_soon.refused and too_soon.account is None  # not checked, not counted
        clock.advance(seconds=1)
    # The 10th failure locks the name for 15 minutes; even the right password is refused.
    outcome = guard.sign_in(accounts, "marie", "wrong", "10.0.0.1")
    locked_at = clock.time
    assert outcome.wait == Wait(locked_at + timedelta(minutes=15), locked=True)
    for minutes in (1, 10, 14.9):
        clock.time = locked_at + timedelta(minutes=minutes)
        refused = guard.sign_in(accounts, "marie", "right", "10.0.0.1")
        assert refused.account is None and refused.refused and refused.wait == outcome.wait
    # From another machine too: the lock is on the user name.
    assert guard.sign_in(accounts, "marie", "right", "10.0.0.2").refused
    clock.time = locked_at + timedelta(minutes=15)
    assert guard.sign_in(accounts, "marie", "right", "10.0.0.1").account == accounts["marie"]
    # A success clears the name's failures: the next mistake is a first one again.
    assert guard.sign_in(accounts, "marie", "wrong", "10.0.0.1").wait is None
    assert guard.wait("marie", "10.0.0.1") is None


def test_the_lock_holds_for_other_tabs_and_processes(
    tmp_path: Path, accounts: dict[str, Account], clock: Clock
) -> None:
    """Two guards on two connections to one file: like two Streamlit server processes."""
    database = str(tmp_path / "reviews.sqlite")
    first = SignInGuard(Store(database).engine, clock=clock)
    second = SignInGuard(Store(database).engine, clock=clock)
    for attempt in range(10):
        guard = first if attempt % 2 else second
        outcome = guard.sign_in(accounts, "marie", "wrong", None)
        clock.advance(minutes=1)
    assert outcome.wait is not None and outcome.wait.locked
    assert second.sign_in(accounts, "marie", "right", None).refused
    assert first.user_key("marie") == second.user_key("marie")  # one secret per database


def test_the_lock_does_not_end_early_when_its_first_failures_grow_old(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    for _ in range(10):
        outcome = guard.sign_in(accounts, "marie", "wrong", None)
        clock.advance(seconds=80)  # the ten failures span 12 minutes
    assert outcome.wait is not None and outcome.wait.locked
    clock.time = outcome.wait.until - timedelta(seconds=1)  # the first ones are 26 min old
    assert guard.sign_in(accounts, "marie", "right", None).refused


def test_user_names_are_counted_normalised_and_unknown_ones_alike(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    for name in ("marie", "Marie ", "MARIE", "ｍａｒｉｅ", " marie"):
        guard.sign_in(accounts, name, "wrong", None)
    assert guard.wait("marie", None) is not None  # five failures on one name
    # An unknown name gets exactly the same answers, so a lock does not reveal who exists.
    for _ in range(10):
        known = guard.sign_in(accounts, "jan", "wrong", "10.0.0.7")
        unknown = guard.sign_in(accounts, "nobody", "wrong", "10.0.0.8")
        assert (known.wait is None) == (unknown.wait is None)
        if known.wait:
            assert known.wait.locked == unknown.wait.locked
            clock.advance(seconds=(known.wait.until - clock.time).total_seconds())
    assert known.wait.locked and unknown.wait.locked


def test_one_client_trying_many_names_is_locked(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    """An attacker who waits as told and tries one password on many names: after 30 failures
    from one address the address itself is locked; other machines are not affected."""
    names = [f"name{i}" for i in range(10)]
    outcome = None
    for attempt in range(30):
        outcome = guard.sign_in(accounts, names[attempt % 10], "guess", "203.0.113.9")
        assert not outcome.refused, attempt
        if outcome.wait is not None and attempt < 29:
            clock.time = outcome.wait.until
    assert outcome.wait is not None and outcome.wait.locked
    assert clock.time - T0 < timedelta(minutes=15)  # the lock is reachable within the window
    refused = guard.sign_in(accounts, "marie", "right", "203.0.113.9")
    assert refused.refused and refused.account is None
    assert guard.sign_in(accounts, "marie", "right", "198.51.100.4").account is not None
    clock.time = outcome.wait.until
    assert guard.sign_in(accounts, "jan", "juist", "203.0.113.9").account is not None


def test_one_client_can_lock_at_most_three_names(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    client = "203.0.113.9"
    for name in ("marie", "jan", "someone"):
        for _ in range(10):
            waiting = guard.wait(name, client)
            if waiting is not None:
                clock.time = waiting.until  # waits as told, never refused
            assert not guard.sign_in(accounts, name, "guess", client).refused
        assert guard.wait(name, "198.51.100.4").locked  # the name is locked everywhere
    assert clock.time - T0 < timedelta(minutes=15)
    assert guard.wait("fourth", client).locked  # and the address too: no fourth name
    assert guard.sign_in(accounts, "fourth", "guess", client).refused


def test_a_success_does_not_clear_the_clients_failures(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    for attempt in range(9):
        guard.sign_in(accounts, f"guess{attempt}", "x", "203.0.113.9")
    # An attacker's own account does not wipe the address's record...
    assert guard.sign_in(accounts, "jan", "juist", "203.0.113.9").account is not None
    assert guard.sign_in(accounts, "guess9", "x", "203.0.113.9").wait is not None  # 10th
    assert guard.wait("someone", "203.0.113.9") is not None
    # ...and the slow-down passes with time.
    clock.advance(seconds=2)
    assert guard.wait("someone", "203.0.113.9") is None


def test_failed_attempts_are_logged_without_the_password(
    guard: SignInGuard, accounts: dict[str, Account], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="simplifier.signin")
    guard.sign_in(accounts, "marie", "Hunter2-secret", "10.0.0.1")
    guard.sign_in(accounts, "Tr0ub4dor&3", "whatever-pw", "10.0.0.1")  # a password as name
    guard.sign_in(accounts, "marie", "right", "10.0.0.1")
    failed, unknown, success = caplog.records
    assert failed.levelno == logging.WARNING and failed.name == "simplifier.signin"
    assert "'marie'" in failed.getMessage() and "10.0.0.1" in failed.getMessage()
    assert T0.isoformat(timespec="milliseconds") in failed.getMessage()
    assert f"#{guard.user_key('Tr0ub4dor&3')[:12]}" in unknown.getMessage()
    assert "signed in: user 'marie'" in success.getMessage()
    for secret in ("Hunter2-secret", "Tr0ub4dor&3", "whatever-pw", "right"):
        assert secret not in caplog.text
    # The database holds no user name in clear either.
    with guard.sessions() as session:
        keys = set(session.execute(select(SignInFailure.key)).scalars())
    assert not any("Tr0ub4dor" in k or k == "marie" for k in keys)


def test_a_clock_in_another_time_zone_counts_the_same(
    guard: SignInGuard, accounts: dict[str, Account], clock: Clock
) -> None:
    """Times are compared as text in SQLite: a local-time clock must not shift the window."""
    for _ in range(5):
        guard.sign_in(accounts, "marie", "wrong", None)
    clock.time = clock.time.astimezone(ZoneInfo("Asia/Tokyo"))  # same instant, UTC+9
    assert guard.wait("marie", None) == Wait(T0 + timedelta(seconds=2), locked=False)


def test_the_table_is_created_with_the_stores(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    assert {"signin_failures", "signin_secret"} <= set(inspect(store.engine).get_table_names())


def test_until_text_in_the_reviewers_time_zone() -> None:
    brussels = ZoneInfo("Europe/Brussels")  # UTC+1 in December
    lock = Wait(T0 + timedelta(minutes=15, seconds=20), locked=True)
    assert until_text(lock, T0, brussels) == "14:16"  # rounded up: never too early
    short = Wait(T0 + timedelta(seconds=4.2), locked=False)
    assert until_text(short, T0, brussels) == "14:00:05"


# --- the real app's sign-in form ---------------------------------------------------------------

ROOT = Path(__file__).parents[2]


def signin_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, lang: str, fresh: bool = True):
    """The app with an accounts file and a database in tmp_path. `fresh=False` opens another
    browser tab (or refreshes the page) on the same server: a new session, same caches."""
    from streamlit.testing.v1 import AppTest

    accounts = tmp_path / "accounts.yml"
    if not accounts.exists():
        stored = hash_password("right password", 1000)
        accounts.write_text(
            f"accounts:\n  - {{user: marie, name: Marie, team: namur, password: '{stored}'}}\n",
            encoding="utf-8",
        )
    monkeypatch.setenv("SIMPLIFIER_ACCOUNTS", str(accounts))
    monkeypatch.setenv("SIMPLIFIER_DB", str(tmp_path / "reviews.sqlite"))
    monkeypatch.setenv("SIMPLIFIER_LANG", lang)
    if fresh:
        st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception
    return app


def submit(app, user: str, password: str) -> list[str]:
    """Fill in the sign-in form and send it; the error messages shown."""
    app.text_input[0].input(user)
    app.text_input[1].input(password)
    app.button[0].click().run()
    assert not app.exception, app.exception
    return [e.value for e in app.error]


@pytest.fixture
def app_clock(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> Clock:
    """The app's guard reads `signin.utc_now` at each call: move it instead of sleeping."""
    monkeypatch.setattr(signin, "utc_now", clock)
    return clock


def test_sign_in_form_locks_the_name_and_refuses_even_the_right_password(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, app_clock: Clock
) -> None:
    app = signin_app(monkeypatch, tmp_path, "fr")
    wrong = "Nom d'utilisateur ou mot de passe incorrect."
    for attempt in range(1, 11):
        app_clock.advance(minutes=1)  # longer than any slow-down: only the lock is left
        errors = submit(app, "marie", f"guess {attempt}")
        assert errors[0] == wrong
        if attempt < 5:
            assert errors == [wrong]
    until = Wait(app_clock.time + timedelta(minutes=15), locked=True)
    locked = t("app.sign_in_locked", "fr", time=until_text(until, app_clock.time))
    assert errors == [wrong, locked]
    assert locked.startswith("Trop d'essais. Réessayez après ")

    app_clock.advance(minutes=5)
    assert submit(app, "marie", "right password") == [locked]  # not even checked
    assert "account" not in app.session_state
    # A refresh or a new tab is a new session: the lock is in the database, not in it.
    tab = signin_app(monkeypatch, tmp_path, "fr", fresh=False)
    assert submit(tab, "marie", "right password") == [locked]
    assert "account" not in tab.session_state

    app_clock.time = until.until  # the lock is over
    assert submit(tab, "marie", "right password") == []
    assert tab.session_state["account"].team == "namur"


def test_sign_in_form_slows_down_in_the_reviewers_language(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, app_clock: Clock
) -> None:
    app = signin_app(monkeypatch, tmp_path, "nl")
    wrong = "Verkeerde gebruikersnaam of wachtwoord."
    for _ in range(4):
        assert submit(app, "marie", "fout") == [wrong]
    wait = t(
        "app.sign_in_wait",
        "nl",
        time=until_text(Wait(app_clock.time + timedelta(seconds=2), False), app_clock.time),
    )
    assert submit(app, "marie", "fout") == [wrong, wait]
    assert wait.startswith("Te veel pogingen. Probeer opnieuw na ")
    for _ in range(15):  # hammering on: refused at once, the password not even checked
        assert submit(app, "marie", "right password") == [wait]
    assert "account" not in app.session_state
    app_clock.advance(seconds=2)
    assert submit(app, "marie", "right password") == []
    assert app.session_state["account"].name == "Marie"
