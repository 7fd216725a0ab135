"""The main review flow in a real browser: Streamlit started on 127.0.0.1, Debian's chromium
driven by playwright (which must never download a browser of its own). Upload a sample
letter, accept two suggestions, edit one, download the .docx and find the tracked changes in
it; a screenshot is saved in the test's output folder."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from tests.app.browser import (
    CHROMIUM,
    FLAGS,
    ROOT,
    STEP_BUDGET_MS,
    app_server,
    click_until,
    need_chromium,
    upload_until,
)
from tests.app.browser import idle as _idle

SAMPLE = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"


def _decided(page, expect, count: int) -> None:
    """Wait for the counter of decisions and for the next card. (Waiting for "2 sur" alone
    was met at once by the old card's "Proposition 2 sur …", and the test then typed into a
    card that the rerun was about to replace.)"""
    counter = page.get_by_text(re.compile(rf"Déjà décidé : {count} sur \d+"))
    expect(counter.first).to_be_visible(timeout=STEP_BUDGET_MS)
    card = page.get_by_text(re.compile(rf"Proposition {count + 1} sur \d+"))
    expect(card.first).to_be_visible(timeout=STEP_BUDGET_MS)
    _idle(page)


def test_review_in_a_real_browser(tmp_path: Path) -> None:
    need_chromium()
    from playwright.sync_api import expect, sync_playwright

    with app_server(tmp_path) as running, sync_playwright() as playwright:
        server = running.url
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
        page.set_default_timeout(STEP_BUDGET_MS)
        page.goto(server)
        name = page.get_by_label("Votre nom")
        expect(name).to_be_visible(timeout=STEP_BUDGET_MS)
        name.fill("Marie")
        name.press("Enter")
        _idle(page)
        upload_until(page, SAMPLE, page.get_by_text("39.2KB", exact=False))
        _idle(page)
        first_card = page.get_by_text("Proposition 1 sur", exact=False).first
        click_until(page, page.get_by_role("button", name="Vérifier cette lettre"), first_card)

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
        page.get_by_role("button", name="Choisir ma version").click()
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
