"""`simplifier serve`: check the options, then run the API under uvicorn.

Without an accounts file anybody who can reach the server could use it, so it then listens
only on this machine (127.0.0.1); on another address it needs the accounts file's tokens.
uvicorn's own access log is off (it prints the query string and the client): the Guard logs
method, path, status and duration instead.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from pathlib import Path
from typing import Any

from simplifier.errors import SimplifierError
from simplifier.i18n import t, ui_lang_from_env
from simplifier.io.limits import DEFAULT_LIMITS, MB, Limits

LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "stream": "ext://sys.stderr",
        }
    },
    "loggers": {
        "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        "simplifier.api": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def body_limit(limits: Limits = DEFAULT_LIMITS) -> Callable[[str], int]:
    """Bytes a request may send: one document (two files for /apply), plus room for the form
    around it. Each file is then held to the readers' own limits."""

    def limit(path: str) -> int:
        files = 2 if path.rstrip("/") == "/apply" else 1
        return files * limits.max_file_bytes + MB

    return limit


def serve(
    host: str,
    port: int,
    accounts: Path | None,
    config: Path | None = None,
    database: str | None = None,
) -> None:
    from simplifier.api.tokens import TokenBook
    from simplifier.errors import InputError
    from simplifier.review.accounts import load_tokens
    from simplifier.settings import for_document, use

    lang = ui_lang_from_env() or "en"
    try:  # the organisation's settings, for every request of this server
        settings = for_document(None, config)
    except InputError as exc:
        raise SimplifierError(f"{exc.path}: {exc.describe(lang)}") from None
    use(settings)
    lang = ui_lang_from_env(settings.ui_lang) or "en"
    book = None
    if accounts is None:
        if not is_loopback(host):
            raise SimplifierError(t("serve.needs_accounts", lang, host=host))
    else:
        tokens = load_tokens(accounts)
        if not tokens:
            raise SimplifierError(t("serve.no_tokens", lang, path=accounts))
        book = TokenBook(tokens)
    store = None
    if book is not None and database:  # a team's token brings its lexicon from the app's database
        from simplifier.review.store import Store

        store = Store(database)
    import uvicorn  # the heavy imports only once the options are known to be right

    from simplifier.api.app import create_app
    from simplifier.api.guard import Guard

    app = Guard(create_app(book, store), body_limit(), DEFAULT_LIMITS.max_file_bytes)
    uvicorn.run(
        app,
        host=host,
        port=port,
        access_log=False,
        log_config=LOG_CONFIG,
        server_header=False,
        proxy_headers=False,
    )
