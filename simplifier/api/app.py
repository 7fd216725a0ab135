"""The routes of the HTTP API and what the server does at start (load both languages)."""

from __future__ import annotations

import tempfile
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.responses import Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from simplifier import __version__
from simplifier.api import errors, work
from simplifier.api.errors import ApiError
from simplifier.api.inputs import Submitted, read_submission
from simplifier.api.tokens import TokenBook
from simplifier.settings import Settings

if TYPE_CHECKING:
    from simplifier.review.store import Store

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
WARM_UP = {
    "fr": "Nous vous prions de bien vouloir nous renvoyer le formulaire complété.",
    "nl": "Gelieve het ingevulde formulier zo spoedig mogelijk terug te sturen.",
}


class Lang(StrEnum):
    fr = "fr"
    nl = "nl"


class UiLang(StrEnum):
    fr = "fr"
    nl = "nl"
    en = "en"


def warm_up() -> None:
    """Load both pipelines, their checks and the language detector, and run each once, so
    that the first request costs what the others do. /health answers only after this."""
    from simplifier.engine import analyze

    for lang, sentence in WARM_UP.items():
        analyze(sentence, lang)
        analyze(sentence)  # the language detector


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    await run_in_threadpool(warm_up)
    yield


DOCUMENT_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "description": "The letter's text."},
                        "lang": {"type": "string", "enum": ["fr", "nl"]},
                    },
                }
            },
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "lang": {"type": "string", "enum": ["fr", "nl"]},
                    },
                }
            },
            "application/octet-stream": {
                "schema": {"type": "string", "format": "binary"},
            },
        },
    }
}
APPLY_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file", "decisions"],
                    "properties": {
                        "file": {"type": "string", "format": "binary"},
                        "decisions": {"type": "string", "format": "binary"},
                    },
                }
            }
        },
    }
}


BEARER = HTTPBearer(auto_error=False, description="A token made by simplifier.api.tokens")


def bearer(book: TokenBook) -> Callable[..., Coroutine[Any, Any, None]]:
    """A dependency that lets through only requests with a token of the accounts file."""

    async def require(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        holder = None
        if credentials is not None:
            holder = await run_in_threadpool(book.holder, credentials.credentials)
        if holder is None:
            raise ApiError(401, "api.unauthorized", headers={"WWW-Authenticate": "Bearer"})
        request.state.team = holder.team

    return require


def _lang(sent: Submitted, lang: Lang | None) -> str | None:
    """The document's language, from the query or from the body's 'lang' field."""
    value = lang.value if lang else sent.fields.get("lang") or None
    if value not in (None, "fr", "nl"):
        raise ApiError(422, "api.bad_option", name="lang", choices="fr, nl")
    return value


async def _run(request: Request, job: Callable[[Submitted, Path], Any]) -> Any:
    """Read the request, run `job` on it in a worker thread, and remove every copy made."""
    sent = await read_submission(request)
    try:
        with tempfile.TemporaryDirectory(prefix="simplifier-api-") as folder:
            return await run_in_threadpool(job, sent, Path(folder))
    finally:
        await sent.close()


def team_settings_of(request: Request, store: Store | None) -> Settings | None:
    """The settings of a request made with a team's token when the server has the review
    database: the server's own with the team's approved lexicon entries (`teamlex`), read at
    each request so that an entry approved in the app applies to the next one."""
    team = getattr(request.state, "team", None)
    if store is None or team is None:
        return None
    from simplifier.review.store import StoreUnavailable
    from simplifier.review.teamlex import team_settings

    try:
        return team_settings(store, team)
    except StoreUnavailable:
        raise ApiError(503, "teamlex.store_down") from None


def create_app(tokens: TokenBook | None = None, store: Store | None = None) -> FastAPI:
    """The API; with `tokens`, every route but /health and the documentation needs one; with
    `store` too (the review database), a team's token brings the team's own lexicon."""
    app = FastAPIOffline(
        title="simplifier",
        version=__version__,
        description="Plain-language checks for French and Dutch administrative letters: the "
        "reports, decisions files and documents of `simplifier check`, `suggest` and `apply`.",
        lifespan=_lifespan,
        redoc_url=None,
    )
    errors.install(app)
    guarded = [Depends(bearer(tokens))] if tokens is not None else []

    @app.get("/health")
    async def health() -> dict[str, str]:
        """ "ok" once the language pipelines are loaded (the server answers only then)."""
        return {"status": "ok"}

    @app.post("/check", dependencies=guarded, openapi_extra=DOCUMENT_BODY)
    async def check(
        request: Request, lang: Lang | None = None, ui_lang: UiLang | None = None
    ) -> Response:
        """The report of `simplifier check --format json` (schema
        `simplifier/data/report.schema.json`) on a text or a .docx/.txt upload."""
        ui = _ui(request, ui_lang)

        def job(sent: Submitted, folder: Path) -> str:
            settings = team_settings_of(request, store)
            return work.check(sent, folder, _lang(sent, lang), ui, settings)

        return Response(await _run(request, job), media_type="application/json")

    @app.post("/suggest", dependencies=guarded, openapi_extra=DOCUMENT_BODY)
    async def suggest(
        request: Request,
        lang: Lang | None = None,
        ui_lang: UiLang | None = None,
        accept_all: bool = False,
        unsure_too: bool = False,
        reviewer: str = "",
    ) -> Response:
        """The decisions file of `simplifier suggest` (to review, then send to /apply)."""
        ui = _ui(request, ui_lang)

        def job(sent: Submitted, folder: Path) -> str:
            return work.suggest(
                sent,
                folder,
                _lang(sent, lang),
                ui,
                accept_all=accept_all,
                unsure_too=unsure_too,
                reviewer=reviewer,
                settings=team_settings_of(request, store),
            )

        return Response(await _run(request, job), media_type="application/json")

    @app.post("/apply", dependencies=guarded, openapi_extra=APPLY_BODY)
    async def apply(
        request: Request,
        clean: bool = False,
        glossary: bool = False,
        author: str = "",
        ui_lang: UiLang | None = None,
    ) -> Response:
        """The document with the accepted and edited changes as Word tracked changes with
        comments (or made, `clean=true`), as `simplifier apply` writes it. The header
        X-Simplifier-Changes says how many changes were made."""

        def job(sent: Submitted, folder: Path) -> tuple[bytes, str, int]:
            return work.apply(sent, folder, clean=clean, glossary=glossary, author=author)

        content, name, count = await _run(request, job)
        media = DOCX if name.lower().endswith(".docx") else "text/plain; charset=utf-8"
        headers = {
            "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}",
            "X-Simplifier-Changes": str(count),
        }
        return Response(content, media_type=media, headers=headers)

    return app


def _ui(request: Request, ui_lang: UiLang | None) -> str | None:
    from simplifier.api.languages import requested

    return ui_lang.value if ui_lang else requested(request)
