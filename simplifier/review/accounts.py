"""Sign-in for a team deployment: a list of accounts with hashed passwords (PBKDF2-SHA256,
from the standard library), each in a team. Without an accounts file the app runs for one
person on one machine and everything belongs to the team "local"."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from simplifier.errors import RuleError

ITERATIONS = 600_000
LOCAL_TEAM = "local"
# What an account may do besides reviewing: a lexicon maintainer turns the team's "I don't
# understand this" proposals into the team's own lexicon entries.
REVIEWER, MAINTAINER = "reviewer", "maintainer"
ROLES = (REVIEWER, MAINTAINER)


@dataclass(frozen=True)
class Account:
    user: str
    name: str
    team: str
    password: str  # pbkdf2_sha256$iterations$salt$hash
    roles: frozenset[str] = frozenset({REVIEWER})

    @property
    def maintainer(self) -> bool:
        return MAINTAINER in self.roles


def local_account(name: str) -> Account:
    """The one person of an app without an accounts file: they review, and keep the lexicon
    of the team "local"."""
    return Account(name, name, LOCAL_TEAM, "", frozenset(ROLES))


def pbkdf2_sha256(password: bytes, salt: bytes, iterations: int) -> bytes:
    """The key derivation every sign-in pays for. hashlib's function is looked up at each call,
    so that a test can count the iterations performed (or pass its own `derive`)."""
    return hashlib.pbkdf2_hmac("sha256", password, salt, iterations)


Derive = Callable[[bytes, bytes, int], bytes]


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = pbkdf2_sha256(password.encode(), salt, iterations)
    encode = base64.b64encode
    return f"pbkdf2_sha256${iterations}${encode(salt).decode()}${encode(digest).decode()}"


def parse_hash(stored: str) -> tuple[int, bytes, bytes] | None:
    """(iterations, salt, digest) of a `pbkdf2_sha256$iterations$salt$hash` string, or None."""
    try:
        scheme, iterations, salt, digest = stored.split("$")
        if scheme != "pbkdf2_sha256" or int(iterations) < 1:
            return None
        return int(iterations), base64.b64decode(salt), base64.b64decode(digest)
    except (ValueError, binascii.Error):
        return None


def verify_password(password: str, stored: str, derive: Derive | None = None) -> bool:
    parsed = parse_hash(stored)
    if parsed is None:
        return False
    iterations, salt, digest = parsed
    computed = (derive or pbkdf2_sha256)(password.encode(), salt, iterations)
    return hmac.compare_digest(computed, digest)


@cache
def dummy_hash(iterations: int) -> str:
    """A stored hash that no password matches, made once per iteration count: checking a
    password against it costs exactly what checking a real account's password costs, so that
    the time of a refusal does not tell whether the user name exists."""
    encode = base64.b64encode
    salt, digest = secrets.token_bytes(16), secrets.token_bytes(32)
    return f"pbkdf2_sha256${iterations}${encode(salt).decode()}${encode(digest).decode()}"


def typical_iterations(accounts: dict[str, Account]) -> int:
    """The iteration count most accounts' hashes use (ITERATIONS when there are none): what an
    unknown user name must cost to look like a known one."""
    counts = Counter(
        parsed[0] for a in accounts.values() if (parsed := parse_hash(a.password)) is not None
    )
    return counts.most_common(1)[0][0] if counts else ITERATIONS


def _read(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot be read: {exc}") from exc


def _roles(path: Path, number: int, entry: dict) -> frozenset[str]:
    """`role: maintainer` or `roles: [reviewer, maintainer]`; reviewer when neither is given.
    A maintainer also reviews."""
    where = f"{path}: account {number} ({entry['user']})"
    if "role" in entry and "roles" in entry:
        raise RuleError(f"{where}: give 'role' or 'roles', not both")
    given = entry.get("roles", entry.get("role", REVIEWER))
    listed = [given] if isinstance(given, str) else given
    if not isinstance(listed, list) or not listed:
        raise RuleError(f"{where}: 'roles' must be a list such as [reviewer, maintainer]")
    for role in listed:
        if role not in ROLES:
            raise RuleError(f"{where}: unknown role {role!r} (known: {', '.join(ROLES)})")
    return frozenset({REVIEWER, *listed})


def load_accounts(path: str | Path) -> dict[str, Account]:
    """`accounts: [{user, name, team, password, role}]`; errors name the file and the entry."""
    path = Path(path)
    data = _read(path)
    accounts: dict[str, Account] = {}
    for number, entry in enumerate(data.get("accounts") or [], start=1):
        missing = {"user", "team", "password"} - set(entry or {})
        if missing:
            raise RuleError(f"{path}: account {number}: missing '{sorted(missing)[0]}'")
        if parse_hash(str(entry["password"])) is None:
            raise RuleError(
                f"{path}: account {number} ({entry['user']}): 'password' is not a hash made by "
                "`simplifier hash-password` (pbkdf2_sha256$iterations$salt$hash)"
            )
        accounts[entry["user"]] = Account(
            entry["user"],
            entry.get("name", entry["user"]),
            entry["team"],
            entry["password"],
            _roles(path, number, entry),
        )
    return accounts


def sign_in(
    accounts: dict[str, Account], user: str, password: str, derive: Derive | None = None
) -> Account | None:
    """The account when the password is right. An unknown user name costs the same key
    derivation as a known one (same iterations as a typical account's hash)."""
    account = accounts.get(user.strip())
    if account is None:
        verify_password(password, dummy_hash(typical_iterations(accounts)), derive)
        return None
    return account if verify_password(password, account.password, derive) else None


@dataclass(frozen=True)
class Token:
    """An API token's hash (made like a password's) and whose it is: a team's, or a user's,
    which then acts for that user's team."""

    team: str
    user: str  # "" for a token of the whole team
    hash: str


def load_tokens(path: str | Path) -> list[Token]:
    """The `tokens:` lists of the accounts file, under an account (`accounts: [{user, team,
    tokens}]`) or a team (`teams: [{team, tokens}]`); only hashes are accepted, so that the
    file never holds a token that works. Errors name the file and the entry."""
    path = Path(path)
    data = _read(path)
    tokens: list[Token] = []
    for section, owner in (("accounts", "user"), ("teams", "team")):
        for number, entry in enumerate(data.get(section) or [], start=1):
            entry = entry or {}
            where = f"{section[:-1]} {number}"
            if "team" not in entry:
                raise RuleError(f"{path}: {where}: missing 'team'")
            listed = entry.get("tokens") or []
            if not isinstance(listed, list):
                raise RuleError(f"{path}: {where}: 'tokens' must be a list of hashes")
            for stored in listed:
                if parse_hash(str(stored)) is None:
                    raise RuleError(
                        f"{path}: {where} ({entry.get(owner)}): a token is not a hash made by "
                        "`python -m simplifier.api.tokens` (pbkdf2_sha256$iterations$salt$hash)"
                    )
                user = str(entry.get("user", "")) if section == "accounts" else ""
                tokens.append(Token(str(entry["team"]), user, str(stored)))
    return tokens
