"""`simplifier serve` without accounts: a real server on 127.0.0.1 driven over HTTP, one for
the whole module. Its answers are the command line's own (same report, same decisions file,
same written document, same one-line errors), and its log holds no letter text."""

from __future__ import annotations

import hashlib
import json
import shutil
import socket
import zipfile
from collections.abc import Iterator
from importlib import resources
from io import BytesIO
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.i18n import t
from simplifier.io.limits import DEFAULT_LIMITS

from .server import Server, running_server

SCHEMA = json.loads(resources.files("simplifier.data").joinpath("report.schema.json").read_text())
LETTER = "lettre_intervention_majoree.docx"
# A sentence no rule or lexicon holds: if it shows in the log, the log holds letter text.
SECRET = "Madame Zoé Quarterbeeck-Olifantsvoet habite au numéro 17 de la rue des Myrtilles"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with running_server(tmp_path_factory.mktemp("serve")) as running:
        yield running


@pytest.fixture
def letter(tmp_path: Path, samples: Path) -> Path:
    path = tmp_path / LETTER
    shutil.copy(samples / "fr" / LETTER, path)
    return path


def _document_xml(content: bytes) -> str:
    with zipfile.ZipFile(BytesIO(content)) as docx:
        return docx.read("word/document.xml").decode("utf-8")


def _one_line_error(response, status: int) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error and "\n" not in error
    return error


def test_health_says_ok_once_loaded(server: Server) -> None:
    with server.client() as client:
        response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_docs_describe_the_api_without_a_cdn(server: Server) -> None:
    with server.client() as client:
        page = client.get("/docs")
        spec = client.get("/openapi.json").json()
    assert page.status_code == 200
    assert "cdn." not in page.text
    assert {"/check", "/suggest", "/apply", "/health"} <= set(spec["paths"])


def test_check_of_an_upload_is_the_cli_json_report(
    server: Server, letter: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with server.client() as client:
        response = client.post(
            "/check", params={"ui_lang": "fr"}, files={"file": (LETTER, letter.read_bytes())}
        )
    assert response.status_code == 200, response.text
    answer = response.json()
    jsonschema.validate(answer, SCHEMA)
    monkeypatch.chdir(letter.parent)  # the CLI names the file as it was given
    cli = CliRunner().invoke(app, ["check", LETTER, "--format", "json", "--ui-lang", "fr"])
    assert cli.exit_code == 0, cli.output
    assert answer == json.loads(cli.stdout)
    assert answer["source"] == LETTER and answer["findings"]


def test_check_of_a_text_speaks_the_callers_language(server: Server) -> None:
    text = "Gelieve het formulier in te vullen en terug te sturen naar het OCMW."
    with server.client() as client:
        dutch = client.post("/check", json={"text": text})
        english = client.post("/check", json={"text": text}, headers={"Accept-Language": "en"})
    assert dutch.status_code == english.status_code == 200
    report = dutch.json()
    jsonschema.validate(report, SCHEMA)
    assert report["lang"] == "nl" and report["source"] == "<text>"
    assert report["findings"]
    # the labels follow Accept-Language; without it, the document's language, as the CLI
    reasons = [r["text"] for r in report["readability"]["reasons"]]
    english_reasons = [r["text"] for r in english.json()["readability"]["reasons"]]
    assert [r["key"] for r in report["readability"]["reasons"]] == [
        r["key"] for r in english.json()["readability"]["reasons"]
    ]
    if reasons:
        assert reasons != english_reasons


def test_suggest_then_apply_gives_tracked_changes_or_a_clean_letter(
    server: Server, letter: Path
) -> None:
    content = letter.read_bytes()
    with server.client() as client:
        suggested = client.post(
            "/suggest",
            params={"accept_all": "true", "reviewer": "Marie"},
            files={"file": (LETTER, content)},
        )
        assert suggested.status_code == 200, suggested.text
        decisions = suggested.json()
        tracked = client.post(
            "/apply",
            files={"file": (LETTER, content), "decisions": ("decisions.json", suggested.content)},
        )
        clean = client.post(
            "/apply",
            params={"clean": "true"},
            files={"file": (LETTER, content), "decisions": ("decisions.json", suggested.content)},
        )
    assert decisions["source"] == LETTER
    assert decisions["source_sha256"] == hashlib.sha256(content).hexdigest()
    accepted = [d for d in decisions["decisions"] if d["status"] == "accepted"]
    assert accepted and all(d["reviewer"] == "Marie" for d in accepted)
    assert tracked.status_code == 200, tracked.text
    assert tracked.headers["content-type"] == DOCX
    assert int(tracked.headers["x-simplifier-changes"]) >= 1
    assert "<w:ins" in _document_xml(tracked.content)
    assert clean.status_code == 200, clean.text
    clean_xml = _document_xml(clean.content)
    assert "<w:ins" not in clean_xml and accepted[0]["text"].strip() in clean_xml


def test_a_pdf_or_a_broken_docx_gets_the_clis_one_line_error(server: Server) -> None:
    pdf = b"%PDF-1.7\n1 0 obj << >> endobj\n"
    with server.client() as client:
        as_pdf = client.post(
            "/check", files={"file": ("lettre.pdf", pdf)}, params={"ui_lang": "fr"}
        )
        named_docx = client.post(
            "/check", files={"file": ("lettre.docx", pdf)}, headers={"Accept-Language": "nl"}
        )
        broken = client.post(
            "/check", files={"file": ("lettre.docx", b"PK\x03\x04" + b"\x00" * 200)}
        )
    error = _one_line_error(as_pdf, 415)
    assert error == "lettre.pdf: " + t("err.unsupported", "fr", ext=".pdf")
    error = _one_line_error(named_docx, 415)
    assert error.startswith("lettre.docx: dit is geen Word-bestand") and "pdf" in error.lower()
    error = _one_line_error(broken, 422)
    assert error.startswith("lettre.docx: ") and broken.json()["code"] == "err.corrupt"


def test_bad_requests_are_refused_in_one_line(server: Server) -> None:
    with server.client() as client:
        nothing = client.post("/check")
        bad_lang = client.post("/check", json={"text": "Bonjour.", "lang": "de"})
        bad_ui = client.post("/check", json={"text": "Bonjour."}, params={"ui_lang": "de"})
        no_decisions = client.post("/apply", files={"file": ("a.docx", b"PK")})
    assert _one_line_error(nothing, 400) == t("api.no_input", "en")
    assert "'lang'" in _one_line_error(bad_lang, 422)
    assert "ui_lang" in _one_line_error(bad_ui, 422)
    assert _one_line_error(no_decisions, 400) == t("api.apply_input", "en")


def test_too_large_is_413(server: Server) -> None:
    limit = DEFAULT_LIMITS.max_file_bytes
    with server.client() as client:
        too_big = client.post(
            "/check", files={"file": ("lettre.txt", b"a" * (limit + 1))}, params={"ui_lang": "fr"}
        )
    error = _one_line_error(too_big, 413)
    assert error.startswith("lettre.txt: le fichier est trop grand")
    # a body announced larger than any document is refused before it is read
    port = int(server.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(
            b"POST /check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/octet-stream"
            b"\r\nContent-Length: %d\r\n\r\n" % (10 * limit)
        )
        received = b""
        while chunk := sock.recv(4096):  # the server closes the connection after its answer
            received += chunk
        answer = received.decode()
    assert answer.startswith("HTTP/1.1 413")
    assert '"code":"err.too_large"' in answer


def test_no_letter_text_in_the_log(server: Server, tmp_path: Path) -> None:
    with server.client() as client:
        as_text = client.post(
            "/check", json={"text": f"{SECRET}. Veuillez agréer nos salutations."}
        )
        as_file = client.post(
            "/check", files={"file": ("zoe.txt", f"{SECRET}.\n".encode())}, params={"x": SECRET}
        )
        refused = client.post("/check", json={"text": SECRET, "lang": "xx"})
    assert as_text.status_code == as_file.status_code == 200
    assert refused.status_code == 422
    log = server.logs()
    assert "POST /check 200" in log and "POST /check 422" in log
    for piece in (SECRET, "Quarterbeeck", "Myrtilles", "zoe.txt"):
        assert piece not in log
