"""Sign-in for a team deployment: a list of accounts with hashed passwords (PBKDF2-SHA256,
from the standard library), each in a team. Without an accounts file the app runs for one
person on one machine and everything belongs to the team "local"."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

import yaml

from simplifier.errors import RuleError

ITERATIONS = 600_000
LOCAL_TEAM = "local"


@dataclass(frozen=True)
class Account:
    user: str
    name: str
    team: str
    password: str  # pbkdf2_sha256$iterations$salt$hash


def hash_password(password: str, iterations: int = ITERATIONS) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    encode = base64.b64encode
    return f"pbkdf2_sha256${iterations}${encode(salt).decode()}${encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    computed = hashlib.pbkdf2_hmac(
        "sha256", password.encode(), base64.b64decode(salt), int(iterations)
    )
    return hmac.compare_digest(computed, base64.b64decode(digest))


def load_accounts(path: str | Path) -> dict[str, Account]:
    """`accounts: [{user, name, team, password}]`; errors name the file and the entry."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: cannot be read: {exc}") from exc
    accounts: dict[str, Account] = {}
    for number, entry in enumerate(data.get("accounts") or [], start=1):
        missing = {"user", "team", "password"} - set(entry or {})
        if missing:
            raise RuleError(f"{path}: account {number}: missing '{sorted(missing)[0]}'")
        accounts[entry["user"]] = Account(
            entry["user"], entry.get("name", entry["user"]), entry["team"], entry["password"]
        )
    return accounts


def sign_in(accounts: dict[str, Account], user: str, password: str) -> Account | None:
    account = accounts.get(user.strip())
    if account is None:
        verify_password(password, hash_password("x", 1000))  # same work whether or not known
        return None
    return account if verify_password(password, account.password) else None
