"""The review app's settings, from the environment (or `.streamlit/secrets.toml` through
Streamlit): where reviews are kept, who may sign in, how long documents are kept."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    database: str | None  # SQLAlchemy URL or SQLite path; None: the default SQLite file
    accounts: str | None  # accounts file: when set, reviewers sign in and see their team only
    retention_days: int  # stored documents and reviews are deleted after this many days


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    return Settings(
        database=env.get("SIMPLIFIER_DB") or None,
        accounts=env.get("SIMPLIFIER_ACCOUNTS") or None,
        retention_days=int(env.get("SIMPLIFIER_RETENTION_DAYS", "30")),
    )
