"""The language of the API's messages: the `ui_lang` parameter, else the caller's
`Accept-Language` header; None when neither names French, Dutch or English (then a report
speaks its document's language, as `simplifier check` does, and an error is in English)."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from simplifier.i18n import UI_LANGS


def from_accept_language(header: str) -> str | None:
    """The caller's most wanted language we speak ("nl-BE,nl;q=0.9,en;q=0.8" -> "nl")."""
    wanted: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                continue
        primary = tag.strip().split("-")[0].lower()
        if primary in UI_LANGS and quality > 0:
            wanted.append((-quality, position, primary))
    return min(wanted)[2] if wanted else None


def requested(connection: HTTPConnection) -> str | None:
    """The interface language a request asks for (an unknown `ui_lang` counts as none: the
    route's own validation refuses it)."""
    value = connection.query_params.get("ui_lang")
    if value in UI_LANGS:
        return value
    return from_accept_language(connection.headers.get("accept-language", ""))
