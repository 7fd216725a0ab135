"""What a request sends: a text in JSON, documents in a multipart form, or a document as the
raw body (as `simplifier check -` reads standard input). Uploaded documents are copied, under
the name the caller gave, into a private temporary folder that the route removes when it has
answered, so that the readers see a file exactly as on the command line."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from starlette.datastructures import FormData, UploadFile
from starlette.requests import Request

from simplifier.api.errors import ApiError

FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass
class Submitted:
    text: str | None = None  # pasted text (JSON or a form field)
    body: bytes | None = None  # a raw body: a .docx or text, told from its content
    files: dict[str, UploadFile] = field(default_factory=dict)
    fields: dict[str, str] = field(default_factory=dict)  # other JSON or form fields
    form: FormData | None = None  # closed by `close`, which removes the spooled uploads

    async def close(self) -> None:
        if self.form is not None:
            await self.form.close()


async def read_submission(request: Request) -> Submitted:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "application/json":
        return _from_json(await request.body())
    if kind in FORM_TYPES:
        form = await request.form()
        files = {k: v for k, v in form.multi_items() if isinstance(v, UploadFile)}
        fields = {k: v for k, v in form.multi_items() if isinstance(v, str)}
        return Submitted(text=fields.pop("text", None), files=files, fields=fields, form=form)
    body = await request.body()
    return Submitted(body=body) if body else Submitted()


def _from_json(raw: bytes) -> Submitted:
    try:
        data = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ApiError(400, "api.bad_request", problem="the body is not JSON") from exc
    if not isinstance(data, dict):
        raise ApiError(400, "api.bad_request", problem="a JSON object is expected")
    text = data.get("text")
    if text is not None and not isinstance(text, str):
        raise ApiError(400, "api.bad_request", problem="'text' must be a string")
    fields = {k: v for k, v in data.items() if k != "text" and isinstance(v, str)}
    return Submitted(text=text, fields=fields)


def safe_name(filename: str | None) -> str:
    """The file's own name without any folder the client put in it ("document" if none)."""
    name = Path((filename or "").replace("\\", "/")).name.strip()
    return name if name not in ("", ".", "..") else "document"


def save(upload: UploadFile, folder: Path) -> Path:
    """A private copy of an upload under its own name, in a folder of its own (a document
    and its decisions file may have the same name)."""
    own = folder / str(len(list(folder.iterdir())))
    own.mkdir()
    path = own / safe_name(upload.filename)
    upload.file.seek(0)
    with path.open("wb") as out:
        shutil.copyfileobj(upload.file, out)
    return path
