"""The HTML reports on a phone, in a real browser (issue 20): the page of one letter and the
batch report with a page per document, made by the real commands and opened in Debian's
chromium at 390x844 (playwright drives it and must never download a browser of its own). No
page may scroll sideways, text is at least 16 px and has a contrast of at least 4.5:1."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.app.browser import CHROMIUM, FLAGS

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "samples" / "fr" / "lettre_cpas_revenu_integration.txt"
DUTCH = ROOT / "samples" / "nl" / "brief_groeipakket.docx"
# A file name with no place to break it: the page must break it rather than grow sideways.
LONG_NAME = "lettre_du_service_des_allocations_familiales_concernant_votre_dossier_0123456789.txt"
PHONE = {"width": 390, "height": 844}
MIN_FONT_PX = 16
MIN_CONTRAST = 4.5

# What a reader meets on the page: the page's width, and every element that shows text of its
# own, with its size and the contrast of its colour on the background behind it.
MEASURE_PAGE = """() => {
  const rgba = (text) => {
    const v = text.match(/[\\d.]+/g).map(Number);
    return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
  };
  const background = (el) => {
    const layers = [];
    for (let node = el; node; node = node.parentElement) {
      const c = rgba(getComputedStyle(node).backgroundColor);
      if (c[3] > 0) { layers.push(c); if (c[3] >= 1) break; }
    }
    let out = [255, 255, 255];
    for (const c of layers.reverse()) out = out.map((v, i) => c[i] * c[3] + v * (1 - c[3]));
    return out;
  };
  const luminance = (c) => {
    const [r, g, b] = c.map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const texts = [];
  for (const el of document.body.querySelectorAll("*")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    const box = el.getBoundingClientRect();
    if (!own || box.width === 0 || box.height === 0) continue;
    const style = getComputedStyle(el);
    const bg = background(el);
    const colour = rgba(style.color);
    const mixed = colour.slice(0, 3).map((v, i) => v * colour[3] + bg[i] * (1 - colour[3]));
    const [hi, lo] = [luminance(mixed), luminance(bg)].sort((a, b) => b - a);
    texts.push({
      text: el.textContent.trim().slice(0, 40),
      tag: el.tagName,
      size: parseFloat(style.fontSize),
      contrast: (hi + 0.05) / (lo + 0.05),
    });
  }
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    texts,
  };
}"""


def run(*args: str) -> None:
    """The real command, as a user types it (`simplifier ...`)."""
    done = subprocess.run(
        [sys.executable, "-m", "simplifier", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]


@pytest.fixture
def pages(tmp_path: Path) -> list[Path]:
    """The report of one Dutch letter in Dutch, and a batch report in French of a French
    letter, a Dutch one and a French one with a long name, with one of its document pages."""
    single = tmp_path / "brief.html"
    run("check", str(DUTCH), "--format", "html", "--ui-lang", "nl", "--output", str(single))
    folder = tmp_path / "courrier_du_service_des_allocations_familiales_2024"
    folder.mkdir()
    shutil.copy(FRENCH, folder / FRENCH.name)
    shutil.copy(DUTCH, folder / DUTCH.name)
    # a letter of its own (pages are named by content), so that the long name is listed
    (folder / LONG_NAME).write_text(
        FRENCH.read_text(encoding="utf-8") + "\nNous vous remercions de votre attention.\n",
        encoding="utf-8",
    )
    out = tmp_path / "rapport"
    run(
        "batch",
        str(folder),
        "--out",
        str(out),
        "--format",
        "html",
        "--jobs",
        "1",
        "--ui-lang",
        "fr",
        "--no-progress",
    )
    assert LONG_NAME in (out / "index.html").read_text(encoding="utf-8")
    document_pages = sorted((out / "pages").glob("*.html"))
    assert len(document_pages) == 3
    return [single, out / "index.html", document_pages[0]]


def test_reports_fit_a_phone_screen(pages: list[Path], tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    problems = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        try:
            page = browser.new_page(viewport=PHONE)
            for path in pages:
                page.goto(path.as_uri())
                for details in page.locator("details").all():  # "Mesures": closed at first
                    details.evaluate("element => { element.open = true; }")
                seen = page.evaluate(MEASURE_PAGE)
                page.screenshot(path=str(tmp_path / f"{path.stem}-phone.png"), full_page=True)
                name = path.name
                if seen["scrollWidth"] > seen["innerWidth"]:
                    problems.append(f"{name}: {seen['scrollWidth']} px wide on a 390 px screen")
                assert len(seen["texts"]) > 20, name  # the page was read
                for text in seen["texts"]:
                    if text["size"] < MIN_FONT_PX:
                        problems.append(f"{name}: {text['size']} px: {text['text']!r}")
                    if text["contrast"] < MIN_CONTRAST:
                        problems.append(
                            f"{name}: contrast {text['contrast']:.2f}: {text['text']!r}"
                        )
        finally:
            browser.close()
    assert not problems, "\n".join(problems[:30])
