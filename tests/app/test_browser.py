"""The main review flow in a real browser: Streamlit started on 127.0.0.1, Debian's chromium
driven by playwright (which must never download a browser of its own). Upload a sample
letter, accept two suggestions, edit one, download the .docx and find the tracked changes in
it; a screenshot is saved in the test's output folder."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# A cold start on a loaded 2-core machine: the server answers its health check at once, but
# the first page waits for the pipelines to load ("Running warm_up()", 24-34 s seen while
# other tests ran). Readiness is the name field being there, within this budget.
COLD_START_BUDGET_MS = 240_000
STEP_BUDGET_MS = 60_000  # any other wait: a rerun on a busy machine
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    port = _free_port()
    env = {
        **os.environ,
        "SIMPLIFIER_DB": str(tmp_path / "reviews.sqlite"),
        "SIMPLIFIER_LANG": "fr",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.address",
            "127.0.0.1",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + COLD_START_BUDGET_MS / 1000
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("the app did not start")
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def _idle(page) -> None:
    """Wait until Streamlit has finished running the script (a click during a rerun is lost)."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=120_000)


def _decided(page, expect, count: int) -> None:
    """Wait for the counter of decisions and for the next card. (Waiting for "2 sur" alone
    was met at once by the old card's "Proposition 2 sur …", and the test then typed into a
    card that the rerun was about to replace.)"""
    counter = page.get_by_text(re.compile(rf"\b{count} sur \d+ décidées"))
    expect(counter.first).to_be_visible(timeout=STEP_BUDGET_MS)
    card = page.get_by_text(re.compile(rf"Proposition {count + 1} sur \d+"))
    expect(card.first).to_be_visible(timeout=STEP_BUDGET_MS)
    _idle(page)


def test_review_in_a_real_browser(server: str, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is missing: `make test` installs Debian's chromium")
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(STEP_BUDGET_MS)
        page.goto(server)
        name = page.get_by_label("Votre nom")
        expect(name).to_be_visible(timeout=COLD_START_BUDGET_MS)
        name.fill("Marie")
        name.press("Enter")
        _idle(page)
        page.locator("input[type=file]").set_input_files(str(SAMPLE))
        expect(page.get_by_text("39.2KB", exact=False)).to_be_visible(timeout=STEP_BUDGET_MS)
        _idle(page)
        page.get_by_role("button", name="Vérifier cette lettre").click()
        expect(page.get_by_text("Proposition 1 sur", exact=False)).to_be_visible(timeout=120_000)

        for number in (1, 2):  # accept two suggestions
            _idle(page)
            accept = page.get_by_role("button", name=re.compile(r"^Accepter(?! partout)"))
            expect(accept).to_have_count(1, timeout=STEP_BUDGET_MS)  # the previous card is gone
            accept.click()
            _decided(page, expect, number)
        _idle(page)
        version = page.get_by_label("Votre version")  # edit the third one
        expect(version).to_have_count(1, timeout=STEP_BUDGET_MS)  # the previous card is gone
        version.fill("texte revu par Marie")
        version.press("Control+Enter")  # commits the text (a rerun) before the click
        page.wait_for_timeout(1_000)
        _idle(page)
        expect(page.get_by_label("Votre version")).to_have_value("texte revu par Marie")
        page.get_by_role("button", name="Garder ma version").click()
        _decided(page, expect, 3)
        # the approved words are shown in the letter
        expect(page.get_by_text("texte revu par Marie", exact=True)).to_be_visible(
            timeout=STEP_BUDGET_MS
        )

        _idle(page)
        page.get_by_role("button", name="Préparer les fichiers").click()
        button = page.get_by_role("button", name="Lettre avec les changements à vérifier")
        expect(button).to_be_visible(timeout=STEP_BUDGET_MS)
        with page.expect_download() as event:
            button.click()
        downloaded = tmp_path / "revue.docx"
        event.value.save_as(downloaded)
        page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
        browser.close()

    with zipfile.ZipFile(downloaded) as archive:
        parts = {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.startswith("word/") and name.endswith(".xml")
        }
    marked = "".join(text for name, text in parts.items() if name != "word/comments.xml")
    assert marked.count("<w:ins ") >= 3  # two accepted, one edited (headers count too)
    assert "texte revu par Marie" in marked
    comments = parts["word/comments.xml"]  # Word anchors comments in the body only
    assert comments.count("<w:comment ") >= 1 and 'w:author="Marie"' in comments
    assert (tmp_path / "review.png").stat().st_size > 10_000
