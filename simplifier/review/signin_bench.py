"""Benchmark: can a user name be told apart by the time a sign-in takes, and what do 20 wrong
passwords in a row get an attacker?

    python -m simplifier.review.signin_bench [--rounds 11] [--attempts 20]

First, `sign_in` with a wrong password is timed for a known and for an unknown user name
(`--rounds` calls each, in turn; real PBKDF2 hashes with the default iterations). Then the real
app (`app.py`, Streamlit's test harness, an accounts file and an SQLite database in a
temporary folder) gets `--attempts` wrong passwords for a known user, then the right one; the
time taken and what the form answered are printed.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def time_sign_in(rounds: int) -> dict[str, list[float]]:
    """Seconds of each wrong-password sign-in, for a known and an unknown user name. The two
    are called in turn, so that a busy machine slows both alike."""
    from simplifier.review.accounts import Account, hash_password, sign_in

    accounts = {"marie": Account("marie", "Marie", "t", hash_password("right password"))}
    result: dict[str, list[float]] = {"known user": [], "unknown user": []}
    for _ in range(rounds):
        for label, user in (("known user", "marie"), ("unknown user", "nobody")):
            start = time.perf_counter()
            sign_in(accounts, user, "wrong password")
            result[label].append(time.perf_counter() - start)
    return result


def hammer_the_app(attempts: int) -> None:
    """`attempts` wrong passwords through the app's sign-in form, then the right one."""
    from streamlit.testing.v1 import AppTest

    from simplifier.review.accounts import hash_password

    logging.getLogger("simplifier.signin").setLevel(logging.ERROR)  # one line per attempt
    with tempfile.TemporaryDirectory() as folder:
        accounts = Path(folder) / "accounts.yml"
        stored = hash_password("right password")
        accounts.write_text(
            f"accounts:\n  - {{user: marie, name: Marie, team: t, password: '{stored}'}}\n",
            encoding="utf-8",
        )
        os.environ["SIMPLIFIER_ACCOUNTS"] = str(accounts)
        os.environ["SIMPLIFIER_DB"] = str(Path(folder) / "bench.sqlite")
        os.environ["SIMPLIFIER_LANG"] = "en"
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        app.run()
        answers: Counter[str] = Counter()
        start = time.perf_counter()
        for _ in range(attempts):
            app.text_input[0].input("marie")
            app.text_input[1].input("wrong password")
            app.button[0].click().run()
            answers.update(e.value for e in app.error)
        took = time.perf_counter() - start
        app.text_input[0].input("marie")
        app.text_input[1].input("right password")
        app.button[0].click().run()
        signed_in = "account" in app.session_state
        last = [e.value for e in app.error]
    print(f"{attempts} wrong passwords through the form: {took:.1f} s; answers:")
    for text, count in answers.most_common():
        print(f"  {count:3d} x {text}")
    print(f"then the right password: {'accepted' if signed_in else 'refused'} {last}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11)
    parser.add_argument("--attempts", type=int, default=20)
    args = parser.parse_args()
    for label, times in time_sign_in(args.rounds).items():
        print(
            f"sign-in with a wrong password, {label}: median {statistics.median(times) * 1000:.1f}"
            f" ms, fastest {min(times) * 1000:.1f} ms ({len(times)} calls)"
        )
    hammer_the_app(args.attempts)


if __name__ == "__main__":
    main()
