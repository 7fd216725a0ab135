"""The outermost layer of the server: one log line per request, the request-size limit, and
no exception text in the logs.

Letters hold personal data, so the log line has the method, the path (no query string),
the status and the duration, never the body, the client or an exception's message (which may
quote the text): a failure is logged by its exception's type only. A body larger than any
document the readers accept is refused with 413 from its Content-Length, before it is read,
or as soon as a body sent in chunks passes the limit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from starlette.requests import HTTPConnection
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from simplifier.api.errors import error_response
from simplifier.api.languages import requested
from simplifier.i18n import t
from simplifier.io.limits import MB

LOG = logging.getLogger("simplifier.api")


class BodyTooLarge(Exception):
    """Raised from `receive` once a body passes the limit; the guard then answers 413."""


class Guard:
    def __init__(self, app: ASGIApp, body_limit: Callable[[str], int], file_limit: int) -> None:
        self.app = app
        self.body_limit = body_limit  # bytes a request to this path may send
        self.file_limit = file_limit  # the readers' file-size limit, named in the message

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        method, path = scope["method"], scope["path"]
        limit = self.body_limit(path)
        state = {"status": 500, "started": False, "received": 0, "too_large": False}
        declared = _content_length(scope)
        if declared is not None and declared > limit:
            await self._refuse_large(scope, send, declared)
            _log(method, path, 413, start)
            return

        async def limited_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                state["received"] += len(message.get("body", b""))
                if state["received"] > limit:
                    state["too_large"] = True
                    raise BodyTooLarge
            return message

        async def watched_send(message: Message) -> None:
            if state["too_large"]:
                return  # whatever the app makes of the cut body, the answer is 413
            if message["type"] == "http.response.start":
                state["status"], state["started"] = message["status"], True
            await send(message)

        try:
            await self.app(scope, limited_receive, watched_send)
        except Exception as exc:  # logged by type only: its message may quote the letter
            if not state["too_large"]:
                LOG.error("%s %s failed: %s", method, path, type(exc).__name__)
                if not state["started"]:
                    lang = requested(HTTPConnection(scope)) or "en"
                    await error_response(500, t("api.internal", lang), "api.internal")(
                        scope, receive, send
                    )
        if state["too_large"]:
            await self._refuse_large(scope, send, state["received"])
            state["status"] = 413
        _log(method, path, int(state["status"]), start)

    async def _refuse_large(self, scope: Scope, send: Send, size: int) -> None:
        lang = requested(HTTPConnection(scope)) or "en"
        message = t("err.too_large", lang, size=round(size / MB, 1), limit=self.file_limit // MB)
        response = error_response(413, message, "err.too_large", {"Connection": "close"})

        async def nothing() -> Message:
            return {"type": "http.disconnect"}

        await response(scope, nothing, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _log(method: str, path: str, status: int, start: float) -> None:
    LOG.info("%s %s %d %.0f ms", method, path, status, (time.perf_counter() - start) * 1000)
