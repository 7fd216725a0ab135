"""A second reviewer in a process of its own, for the tests of two reviewers on one letter.

Usage: python reviewer_process.py DATABASE REVIEW_ID NAME forward|backward
Opens the letter, prints "ready", waits for a line "go" on standard input, then goes through
the suggestions as the app does (bring in the others' decisions, skip what is decided, accept
the rest) and prints one JSON line: what the database confirmed, what was refused, and the
progress the session shows at the end."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))

from simplifier.review.session import ReviewSession
from simplifier.review.store import DecisionRefused, Store


def main() -> None:
    database, review_id, name, order = sys.argv[1:5]
    session = ReviewSession(Store(database), int(review_id), "local", name)
    print("ready", flush=True)
    assert sys.stdin.readline().strip() == "go"
    items = [item for item in session.items if item.rewrite is not None]
    if order == "backward":
        items.reverse()
    saved, refused = [], []
    for item in items:
        session.sync()
        if session.status(item.id) != "pending":
            continue
        try:
            session.decide(item.id, "accepted")
        except DecisionRefused as exc:
            refused.append([item.id, exc.other.reviewer if exc.other else None, exc.overlap])
        else:
            saved.append(item.id)
    session.sync()
    print(json.dumps({"saved": saved, "refused": refused, "decided": session.decided}))


if __name__ == "__main__":
    main()
