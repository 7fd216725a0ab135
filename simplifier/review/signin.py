"""Throttled sign-in: repeated wrong passwords first slow down, then lock a user name and a
client (an IP address) for a while, whichever server process or browser tab they come from.

Failed attempts are rows in the review database (not in a session), so that a page refresh, a
new tab or another server process sees them. Policy (`Policy()`, counted over a sliding
15-minute window):

- per user name: from the 5th failure, each next attempt waits 2, 4, 8, 16, 32 s; the 10th
  locks the name for 15 minutes. A successful sign-in clears the name's failures.
- per client: from the 10th failure (any user names), each next attempt waits 2 s, doubling
  up to 30 s; the 30th locks the client for 15 minutes. A success does not clear it (else an
  attacker with an account of their own could reset it), so one address can lock at most
  three names per 15 minutes.

While a wait or a lock runs, attempts are refused without checking the password (even the
right one) and are not counted, so the lock ends when it said it would. Unknown user names are
counted exactly like known ones: a lock must not tell which names exist.

User names are stored and compared as a keyed hash (HMAC-SHA256 with a random secret kept in
the same database), never in clear: a "user name" that matches no account is often a password
typed in the wrong field. The log (`simplifier.signin`) names a known account's user name (the
administrator must know which account is attacked; it is in the accounts file anyway) and an
unknown one only by the first 12 characters of that hash, with the client and the time; it
never holds a password.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from sqlalchemy import DateTime, Engine, Index, Integer, String, delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column, sessionmaker

from simplifier.review.accounts import Account, Derive, sign_in
from simplifier.review.store import Base

log = logging.getLogger("simplifier.signin")
LOCAL_CLIENT = "local"  # no address known: the same machine, or Streamlit's test harness


class SignInFailure(Base):
    """One failed (or still running) attempt, once for the user name and once for the client."""

    __tablename__ = "signin_failures"
    __table_args__ = (Index("ix_signin_failures_lookup", "kind", "key", "time"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(8))  # "user" or "client"
    key: Mapped[str] = mapped_column(String(128))  # keyed hash of the name, or the address
    time: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SignInSecret(Base):
    """The key of the user-name hash, made once per database and shared by every process."""

    __tablename__ = "signin_secret"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(String(64))


@dataclass(frozen=True)
class Limit:
    slow_after: int  # failures in the window after which each attempt must wait
    lock_after: int  # failures in the window that lock
    first_delay: timedelta = timedelta(seconds=2)  # doubled at each further failure
    max_delay: timedelta = timedelta(seconds=60)  # keep the lock reachable within the window


@dataclass(frozen=True)
class Policy:
    window: timedelta = timedelta(minutes=15)
    lock: timedelta = timedelta(minutes=15)
    user: Limit = field(default_factory=lambda: Limit(slow_after=5, lock_after=10))
    client: Limit = field(
        default_factory=lambda: Limit(slow_after=10, lock_after=30, max_delay=timedelta(seconds=30))
    )


@dataclass(frozen=True)
class Wait:
    until: datetime  # the next attempt is accepted from this moment (UTC)
    locked: bool  # a lock (minutes), not a short slow-down


@dataclass(frozen=True)
class Outcome:
    account: Account | None  # signed in when set
    wait: Wait | None = None  # the next attempt must wait (after a failure, or refused now)
    refused: bool = False  # refused without checking the password: a wait was running


def utc_now() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def normalise_user(user: str) -> str:
    """The form a user name is counted under: "Marie ", "marie" and "ＭＡＲＩＥ" are one name."""
    return unicodedata.normalize("NFKC", user).strip().casefold()


class SignInGuard:
    """Sign-in with throttling, on the review database (the store's engine).

    `clock` returns the current UTC time; without it `utc_now` is looked up at each call, so
    that tests can move time instead of sleeping."""

    def __init__(
        self,
        engine: Engine,
        policy: Policy | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.policy = policy or Policy()
        self.clock = clock
        # Usually created with the store's tables already; this covers a store made before
        # this module was imported.
        Base.metadata.create_all(engine, tables=[SignInFailure.__table__, SignInSecret.__table__])
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self._secret = self._load_secret()

    def now(self) -> datetime:
        """In UTC whatever the clock gives: SQLite compares the stored times as text."""
        return _aware(self.clock() if self.clock else utc_now()).astimezone(UTC)

    def _load_secret(self) -> bytes:
        with self.sessions() as session:
            row = session.get(SignInSecret, 1)
            if row is not None:
                return bytes.fromhex(row.value)
        try:
            with self.sessions.begin() as session:
                session.add(SignInSecret(id=1, value=secrets.token_hex(32)))
        except IntegrityError:
            pass  # another process made it first: use theirs
        with self.sessions() as session:
            row = session.get(SignInSecret, 1)
            assert row is not None
            return bytes.fromhex(row.value)

    def user_key(self, user: str) -> str:
        name = normalise_user(user).encode()
        return hmac.new(self._secret, name, hashlib.sha256).hexdigest()

    # --- the policy ---------------------------------------------------------------------------

    def _wait(self, kind: str, key: str, limit: Limit, now: datetime) -> Wait | None:
        """When the next attempt for this user name or client may run; None: now."""
        policy = self.policy
        horizon = now - policy.window - max(policy.lock, limit.max_delay)
        with self.sessions() as session:
            times = [
                _aware(t)
                for t in session.execute(
                    select(SignInFailure.time)
                    .where(
                        SignInFailure.kind == kind,
                        SignInFailure.key == key,
                        SignInFailure.time > horizon,
                    )
                    .order_by(SignInFailure.time.desc())
                    .limit(limit.lock_after)
                ).scalars()
            ]
        if not times:
            return None
        last = times[0]
        # The failures of the streak that ends with the last one (not "the last 15 minutes
        # from now": a lock must not end early because its first failures grew old).
        count = sum(1 for t in times if t > last - policy.window)
        if count >= limit.lock_after:
            wait = Wait(last + policy.lock, locked=True)
        elif count >= limit.slow_after:
            delay = min(limit.first_delay * 2 ** (count - limit.slow_after), limit.max_delay)
            wait = Wait(last + delay, locked=False)
        else:
            return None
        return wait if wait.until > now else None

    def wait(self, user: str, client: str | None) -> Wait | None:
        """The wait in force for this user name or this client (the longer), if any."""
        now = self.now()
        waits = [
            w
            for w in (
                self._wait("user", self.user_key(user), self.policy.user, now),
                self._wait("client", client or LOCAL_CLIENT, self.policy.client, now),
            )
            if w is not None
        ]
        return max(waits, key=lambda w: w.until) if waits else None

    # --- signing in ---------------------------------------------------------------------------

    def sign_in(
        self,
        accounts: dict[str, Account],
        user: str,
        password: str,
        client: str | None,
        derive: Derive | None = None,
    ) -> Outcome:
        """Check the password unless a wait is running; count a failure for the user name and
        for the client; clear the name's failures on success."""
        client = client or LOCAL_CLIENT
        who = self._who(accounts, user)
        waiting = self.wait(user, client)
        if waiting is not None:
            log.warning(
                "sign-in refused without checking the password (too many failures) for %s "
                "from %s at %s; accepted again from %s",
                who,
                client,
                self.now().isoformat(timespec="milliseconds"),
                waiting.until.isoformat(timespec="milliseconds"),
            )
            return Outcome(None, waiting, refused=True)

        # Counted before the password is checked, so that parallel attempts (other tabs,
        # other processes) see each other during the slow key derivation.
        now = self.now()
        user_key = self.user_key(user)
        with self.sessions.begin() as session:
            session.execute(
                delete(SignInFailure).where(SignInFailure.time < now - self._keep_for())
            )
            user_row = SignInFailure(kind="user", key=user_key, time=now)
            client_row = SignInFailure(kind="client", key=client, time=now)
            session.add_all([user_row, client_row])

        account = sign_in(accounts, user, password, derive)
        if account is not None:
            with self.sessions.begin() as session:
                session.execute(
                    delete(SignInFailure).where(
                        SignInFailure.kind == "user", SignInFailure.key == user_key
                    )
                )
                session.execute(delete(SignInFailure).where(SignInFailure.id == client_row.id))
            log.info("signed in: %s from %s", who, client)
            return Outcome(account)

        waiting = self.wait(user, client)
        log.warning(
            "sign-in failed (wrong user name or password) for %s from %s at %s%s",
            who,
            client,
            now.isoformat(timespec="milliseconds"),
            ""
            if waiting is None
            else f"; {'locked' if waiting.locked else 'slowed down'} until "
            f"{waiting.until.isoformat(timespec='milliseconds')}",
        )
        return Outcome(None, waiting)

    def _keep_for(self) -> timedelta:
        """Failures older than this can no longer weigh on any decision."""
        policy = self.policy
        longest = max(policy.lock, policy.user.max_delay, policy.client.max_delay)
        return policy.window + longest

    def _who(self, accounts: dict[str, Account], user: str) -> str:
        if user.strip() in accounts:
            return f"user {user.strip()!r}"
        return f"unknown user name #{self.user_key(user)[:12]}"


def until_text(wait: Wait, now: datetime, zone: tzinfo | None = None) -> str:
    """The clock time the reviewer can try again, in their time zone (else the server's):
    "14:32" for a lock (rounded up to the minute), "14:31:07" for a wait under a minute."""
    until = wait.until.astimezone(zone) if zone else wait.until.astimezone()
    if wait.until - now < timedelta(minutes=1):
        rounded = until.replace(microsecond=0)
        if rounded < until:
            rounded += timedelta(seconds=1)
        return f"{rounded:%H:%M:%S}"
    rounded = until.replace(second=0, microsecond=0)
    if rounded < until:
        rounded += timedelta(minutes=1)
    return f"{rounded:%H:%M}"
