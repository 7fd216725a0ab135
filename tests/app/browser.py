"""What the real-browser tests share: the Streamlit server on 127.0.0.1 with its own database,
Debian's chromium driven by playwright (which must never download a browser of its own), and
ways to read a page as a reviewer and a screen reader meet it."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "build" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
SERVER_BUDGET_S = 240  # the process answering at all, on a loaded machine
STEP_BUDGET_MS = 60_000  # any other wait: a rerun on a busy machine


@dataclass(frozen=True)
class Server:
    url: str
    started: float  # time.monotonic() when the process was launched


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def app_server(tmp_path: Path, **env: str) -> Iterator[Server]:
    """`streamlit run app.py` with a private database, stopped afterwards."""
    port = _free_port()
    environment = {
        **os.environ,
        "SIMPLIFIER_DB": str(tmp_path / "reviews.sqlite"),
        "SIMPLIFIER_LANG": "fr",
        **env,
    }
    started = time.monotonic()
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
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_BUDGET_S
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("the app did not start")
        yield Server(url, started)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def need_chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is missing: `make test` installs Debian's chromium")


def idle(page) -> None:
    """Wait until Streamlit has finished running the script (a click during a rerun is lost)
    and has taken away what the run did not draw again (the previous card's fields)."""
    page.wait_for_timeout(150)
    settled(page)


def settled(page) -> None:
    """No script running or asked for, and nothing stale on the page (no fixed wait: what
    timings use). Streamlit says its script's state on the app's root element."""
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=120_000)
    page.wait_for_function(
        "() => !document.querySelector('[data-stale=\"true\"]') && "
        "document.querySelector('[data-testid=\"stApp\"]')"
        "?.getAttribute('data-test-script-state') !== 'running'",
        timeout=120_000,
    )


def click_until(page, button, shown, *, tries: int = 3, wait_ms: int = 30_000) -> None:
    """Click `button` until `shown` appears: on a loaded machine a click that lands while
    Streamlit is still taking in an upload can be dropped (the page then simply stays)."""
    for _ in range(tries):
        button.click()
        try:
            shown.wait_for(state="visible", timeout=wait_ms)
            return
        except Exception:  # playwright's TimeoutError: click again
            idle(page)
    shown.wait_for(state="visible", timeout=wait_ms)


def upload_until(page, path: Path, shown, *, tries: int = 3, wait_ms: int = 20_000) -> None:
    """Give the letter's uploader (the first on the page) a file until `shown` (its name or
    size) appears: a rerun that redraws the page just then (the name typed a moment before)
    can replace the input the file was given to."""
    for _ in range(tries):
        idle(page)
        page.locator("input[type=file]").first.set_input_files(str(path))
        try:
            shown.wait_for(state="visible", timeout=wait_ms)
            return
        except Exception:  # playwright's TimeoutError: give it again
            continue
    shown.wait_for(state="visible", timeout=wait_ms)


# The text a reviewer reads or a screen reader says: visible text nodes (not inside hidden or
# aria-hidden elements), and the accessible labels, titles and placeholders.
READ_TEXT = """() => {
  const hidden = (el) => {
    for (let e = el; e; e = e.parentElement) {
      if (e.getAttribute && e.getAttribute('aria-hidden') === 'true') return true;
      const style = getComputedStyle(e);
      if (style.display === 'none' || style.visibility === 'hidden') return true;
    }
    return false;
  };
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.nodeValue.trim();
    const parent = node.parentElement;
    if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT'].includes(parent.tagName)) continue;
    if (!hidden(parent)) out.push(text);
  }
  for (const el of document.querySelectorAll('[aria-label],[title],[placeholder],[alt]')) {
    for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
      const value = el.getAttribute(name);
      if (value && !hidden(el)) out.push(value);
    }
  }
  return out;
}"""

# English a French or Dutch reviewer met in the app (Streamlit's own words among them).
ENGLISH = (
    "Upload",
    "Drag and drop",
    "per file",
    "Browse files",
    "Press Enter",
    "Press Ctrl+Enter",
    "to apply",
    "Running",
    "warm_up",
    "Skip to main content",
    "keyboard_arrow",
    "Deploy",
    "Stop",
    "Rerun",
    "Connecting",
    "Please wait",
    "Delete",
    "Close",
    "Clear",
    "password text",
    "Tooltip",
    "Link to heading",
    "file upload",
    "Remove ",
    "Add files",
    " icon",
)


def english_on(page) -> list[str]:
    """The English strings from `ENGLISH` found in what the page says."""
    texts = page.evaluate(READ_TEXT)
    return sorted({word for text in texts for word in ENGLISH if word in text})


def serious_accessibility_problems(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is now."""
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core from the npm registry")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,"
        " where: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))"
    )
    return [
        f"{v['id']} ({v['impact']}, {v['nodes']}×): {v['help']} — {v['where']}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]
