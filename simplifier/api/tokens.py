"""API tokens: made here, stored in the accounts file only as hashes (the passwords' PBKDF2
format, `simplifier.review.accounts`), checked on each request.

A token is 256 random bits, which no one can guess, so it does not need the 600,000
iterations that slow down guessing a person's password: its hash only keeps the accounts file
from holding a token that works. Fewer iterations keep every request (and a refused one, which
is checked against every hash) cheap; a token that passed once is remembered by its SHA-256 so
that the next requests skip the key derivation.

`python -m simplifier.api.tokens` prints a new token (to give to the program that calls the
API) and its hash (to put in the accounts file).
"""

from __future__ import annotations

import hashlib
import secrets
import threading

from simplifier.review.accounts import Token, hash_password, verify_password

TOKEN_ITERATIONS = 1_000
PREFIX = "smp_"  # tells a token apart in a configuration file or a secret store


def new_token() -> tuple[str, str]:
    """(token, hash): the token goes to the caller, the hash into the accounts file."""
    token = PREFIX + secrets.token_urlsafe(32)
    return token, hash_password(token, TOKEN_ITERATIONS)


class TokenBook:
    """The tokens of an accounts file; `holder` tells whose a presented token is."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = list(tokens)
        self._known: dict[bytes, Token] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._tokens)

    def holder(self, presented: str) -> Token | None:
        key = hashlib.sha256(presented.encode()).digest()
        with self._lock:
            known = self._known.get(key)
        if known is not None:
            return known
        for token in self._tokens:
            if verify_password(presented, token.hash):
                with self._lock:
                    self._known[key] = token
                return token
        return None


def main() -> None:
    token, stored = new_token()
    print(f"token (give it to the calling program): {token}")
    print(f"hash (add it to a 'tokens:' list in the accounts file): {stored}")


if __name__ == "__main__":
    main()
