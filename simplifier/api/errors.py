"""Errors as the API answers them: an HTTP status and `{"error": "<one line>", "code": key}`,
with the same one-line messages as the command line (`InputError.describe`)."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from simplifier.api.languages import requested
from simplifier.errors import InputError
from simplifier.i18n import t

# A document over one of the reader's limits is "content too large"; one we cannot read at
# all is of an unsupported type; any other unreadable document is unprocessable.
TOO_LARGE = frozenset(
    {
        "err.too_large",
        "err.zip_bomb",
        "err.too_many_elements",
        "err.too_many_paragraphs",
        "err.too_long",
        "err.paragraph_too_long",
    }
)
UNSUPPORTED = frozenset(
    {"err.unsupported", "err.not_document", "err.not_docx", "err.legacy_doc", "err.binary"}
)


class ApiError(Exception):
    """A request the API refuses, with an `i18n` key for its one-line message."""

    def __init__(
        self, status: int, key: str, headers: dict[str, str] | None = None, **params: object
    ) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.headers = headers
        self.params = params


def status_of(error: InputError) -> int:
    if error.code in TOO_LARGE:
        return 413
    return 415 if error.code in UNSUPPORTED else 422


def error_response(
    status: int, message: str, code: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": message, "code": code}, status_code=status, headers=headers)


def input_error_response(error: InputError, lang: str | None) -> JSONResponse:
    """The CLI's line without its "simplifier: " prefix: the document's name, then what is
    wrong and what to do."""
    message = f"{error.path}: {error.describe(lang or 'en')}"
    return error_response(status_of(error), message, error.code)


def install(app: FastAPI) -> None:
    """Every refusal in the same JSON shape; a validation error never echoes the request."""

    @app.exception_handler(InputError)
    async def _input(request: Request, exc: InputError) -> JSONResponse:
        return input_error_response(exc, requested(request))

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        message = " ".join(t(exc.key, requested(request) or "en", **exc.params).split())
        return error_response(exc.status, message, exc.key, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()))
        problem = f"{where}: {first.get('msg', 'invalid')}"
        message = t("api.bad_request", requested(request) or "en", problem=problem)
        return error_response(422, message, "api.bad_request")

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), "http", exc.headers)
