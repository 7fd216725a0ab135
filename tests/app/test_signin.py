"""Sign-in (issue 16): an unknown user name costs the same work as a known one, and repeated
failures slow down and then lock a user name and a client, in the real database and in the
real app."""

from __future__ import annotations

import hashlib
import statistics
import time
from pathlib import Path

import pytest

from simplifier.review.accounts import Account, hash_password, sign_in


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
