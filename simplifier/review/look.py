"""How the review app looks and speaks beyond its own words: the page's style (text a reviewer
who reads with difficulty can read, on a phone too) and a small script that puts Streamlit's
own English words (the uploader, "Running…", screen-reader labels) in the reviewer's language
and keeps the letter scrolled to the suggestion being decided.

Streamlit has no translation of its widgets; the script rewrites their words in the browser,
again whenever Streamlit draws them anew. Nothing here reads or sends the letter's text."""

from __future__ import annotations

import json

from simplifier.i18n import t

# Streamlit's English words as the browser shows them -> our i18n key for the same thing.
STREAMLIT_WORDS = {
    "Drag and drop file here": "widget.drop",
    "Drag and drop files here": "widget.drop",
    "Browse files": "widget.browse",
    "Upload": "widget.browse",
    "Skip to main content": "widget.skip",
    "Running...": "widget.running",
    "Stop": "widget.stop",
    "Connecting": "widget.connecting",
    "Please wait...": "widget.wait",
    "Close": "widget.close",
    "Delete": "widget.remove_file",
    "Remove file": "widget.remove_file",
    "Clear": "widget.clear",
    "Show password text": "widget.show_password",
    "Hide password text": "widget.hide_password",
    "Open": "widget.open",
    "Tooltip": "widget.help",
    "file upload": "widget.browse",
    "Add files": "widget.browse",
}
# Labels that start with Streamlit's English and end with the file's name.
STREAMLIT_PREFIXES = {"Remove ": "widget.remove_file"}

STYLE = """
<style>
html { font-size: 16px; }
/* Nothing under 16 px; what is larger (headings) stays larger. */
body *:not(:is(h1, h2, h3, h4, h5, h6, svg), :is(h1, h2, h3, h4, h5, h6, svg) *) {
  font-size: max(1rem, 1em) !important; }
kbd { color: #3d3d3d !important; opacity: 1 !important; }
button[kind="primary"] kbd, button[data-testid="stBaseButton-primary"] kbd {
  color: #ffffff !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] *,
.stMarkdown small, [data-testid="stFileUploaderDropzoneInstructions"] * {
  color: #3d3d3d !important; opacity: 1 !important; }
[data-testid="stProgress"] div[role="progressbar"] > div { height: 1rem !important; }
[data-testid="stProgress"] div[role="progressbar"] > div > div { height: 1rem !important; }
[data-testid="InputInstructions"] { display: none !important; }
[data-testid="stFileUploaderDropzoneInstructions"] small { color: #3d3d3d !important; }
.block-container { padding-top: 1.5rem !important; max-width: 100% !important; }
.sl-saved { color: #1b6e3a; font-weight: bold; margin: 0 0 .3rem; }
.sl-sentence { background: #f4f4f4; border-left: 4px solid #1f4e9c; padding: .4rem .7rem;
  margin: .3rem 0 .6rem; line-height: 1.6; }
.sl-sentence mark { background: #ffd6a5; outline: 2px solid #1f4e9c; color: inherit; }
@media (max-width: 640px) {
  h1 { font-size: 1.7rem !important; }
  h2, h3 { font-size: 1.35rem !important; }
  .block-container { padding-left: .75rem !important; padding-right: .75rem !important; }
  .sl-letter { max-height: 45vh !important; }
  [data-testid="stHeader"] { height: 0 !important; }
  kbd, [data-testid="stButtonShortcut"] { display: none !important; }
}
* { overflow-wrap: anywhere; }
</style>
"""


def words_for_script(ui_lang: str) -> dict[str, str]:
    """Streamlit's English words and what the reviewer reads instead."""
    return {english: t(key, ui_lang) for english, key in STREAMLIT_WORDS.items()}


SCRIPT = """
<script>
(function () {
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  const setup = JSON.parse(%(setup)s);
  window.slSetup = setup;
  doc.documentElement.lang = setup.lang;
  const limit = /^(?:Limit )?(\\d+(?:\\.\\d+)?)\\s*MB per file/;
  function fix(root) {
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    for (const node of nodes) {
      const text = node.nodeValue.trim();
      if (!text) continue;
      const words = window.slSetup.words;
      if (Object.prototype.hasOwnProperty.call(words, text)) {
        node.nodeValue = words[text];
      } else if (limit.test(text)) {
        const mb = text.match(limit)[1];
        node.nodeValue = window.slSetup.limit.replace("{n}", mb) + text.replace(limit, "")
          .replace(/^[^•]*/, "");
      }
    }
    for (const el of root.querySelectorAll ? root.querySelectorAll(
        "[aria-label],[title],[placeholder]") : []) {
      for (const name of ["aria-label", "title", "placeholder"]) {
        const value = el.getAttribute(name);
        if (!value) continue;
        if (Object.prototype.hasOwnProperty.call(window.slSetup.words, value)) {
          el.setAttribute(name, window.slSetup.words[value]);
          continue;
        }
        for (const [english, local] of Object.entries(window.slSetup.prefixes)) {
          if (value.startsWith(english)) {
            el.setAttribute(name, local + " " + value.slice(english.length));
          }
        }
      }
    }
    for (const box of root.querySelectorAll ? root.querySelectorAll(
        '[role="dialog"]:not([aria-label]), [role="alertdialog"]:not([aria-label])') : []) {
      box.setAttribute("aria-label", box.textContent.trim().slice(0, 80) || setup.lang);
    }
    for (const icon of root.querySelectorAll ? root.querySelectorAll(
        '[data-testid="stIconMaterial"], .material-symbols-rounded') : []) {
      icon.setAttribute("aria-hidden", "true");
    }
  }
  fix(doc.body);
  if (!window.slObserver) {
    window.slObserver = new MutationObserver((records) => {
      window.slObserver.disconnect();
      for (const r of records) {
        if (r.type === "characterData" && r.target.parentNode) fix(r.target.parentNode);
        for (const n of r.addedNodes) fix(n.nodeType === 1 ? n : (n.parentNode || doc.body));
      }
      window.slObserver.observe(doc.body, {childList: true, subtree: true, characterData: true});
    });
    window.slObserver.observe(doc.body, {childList: true, subtree: true, characterData: true});
  }
  function scrollLetter() {
    const box = doc.querySelector(".sl-letter");
    const current = box && box.querySelector(".sl-current");
    if (!box || !current) return false;
    const top = current.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += top - box.clientHeight / 3;
    return true;
  }
  // A new suggestion whose card starts off screen (a phone, after a tap further down): bring
  // the card's top into view, once per suggestion, so the reviewer never scrolls to find it.
  function showCard() {
    const top = doc.querySelector(".sl-card-top");
    if (!top) return false;
    const where = top.getBoundingClientRect().top;
    if (where < 0 || where > window.parent.innerHeight * 0.5) top.scrollIntoView({block: "start"});
    return true;
  }
  let tries = 0;
  (function again() { if (!scrollLetter() && tries++ < 40) setTimeout(again, 50); })();
  if (setup.current && window.slShown !== setup.current) {
    window.slShown = setup.current;
    let waits = 0;
    (function card() { if (!showCard() && waits++ < 40) setTimeout(card, 50); })();
  }
})();
</script>
"""


def page_script(ui_lang: str, current: str | None = None) -> str:
    """The script for one page view; `current` (the item shown) changes its text, so that
    Streamlit runs it again and the letter scrolls to the new item."""
    setup = {
        "lang": ui_lang,
        "words": words_for_script(ui_lang),
        "limit": t("widget.limit", ui_lang),
        "prefixes": {english: t(key, ui_lang) for english, key in STREAMLIT_PREFIXES.items()},
        "current": current or "",
    }
    encoded = json.dumps(json.dumps(setup, ensure_ascii=True)).replace("</", "<\\/")
    return SCRIPT % {"setup": encoded}
