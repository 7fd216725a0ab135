"""The review app's settings, from the environment (or `.streamlit/secrets.toml` through
Streamlit): where reviews are kept, who may sign in, how long documents are kept, and the
organisation's settings file (`SIMPLIFIER_CONFIG`, see `simplifier.settings`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from simplifier import settings as org
from simplifier.errors import InputError, SimplifierError
from simplifier.i18n import ui_lang_from_env


@dataclass(frozen=True)
class Settings:
    database: str | None  # SQLAlchemy URL or SQLite path; None: the default SQLite file
    accounts: str | None  # accounts file: when set, reviewers sign in and see their team only
    retention_days: int  # stored documents and reviews are deleted after this many days
    ui_lang: str | None = None  # the organisation's interface language, from SIMPLIFIER_CONFIG


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Also makes the organisation's settings those of every analysis in this process."""
    env = os.environ if environ is None else environ
    organisation = use_organisation(env.get("SIMPLIFIER_CONFIG") or None)
    return Settings(
        database=env.get("SIMPLIFIER_DB") or None,
        accounts=env.get("SIMPLIFIER_ACCOUNTS") or None,
        retention_days=int(env.get("SIMPLIFIER_RETENTION_DAYS", "30")),
        ui_lang=organisation.ui_lang,
    )


def use_organisation(path: str | None) -> org.Settings:
    """Read the settings file (at every run of the page: cheap, and an edited file or lexicon
    applies to the next analysis) and use it for the analyses; a mistake stops the app with
    the one-line message naming the file and the key."""
    try:
        settings = org.load(Path(path)) if path else org.NONE
    except InputError as exc:
        raise SimplifierError(exc.line(ui_lang_from_env() or "en")) from None
    if settings.key != org.current().key:  # analyses made under other settings are stale
        from simplifier.review import session

        session.analysed.cache_clear()
        session._block_counts.cache_clear()
    org.use(settings)
    return settings
