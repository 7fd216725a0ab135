"""The HTML report's "Measures" in the reader's words: plain French or Dutch names and rounded
figures, never the engine's English keys with six decimals (issue 20)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from simplifier import analyze_file
from simplifier.features import Counts
from simplifier.models import Report
from simplifier.readability import measures
from simplifier.render.html import HIDDEN_MEASURES, MEASURES, measure_value, render_html

ROOT = Path(__file__).resolve().parent.parent
FRENCH = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"
DUTCH = ROOT / "samples" / "nl" / "brief_groeipakket.docx"


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {"fr": analyze_file(FRENCH), "nl": analyze_file(DUTCH)}


def measures_section(page: str) -> list[tuple[str, str]]:
    """The (name, value) rows of the page's "Measures" table, as a reader sees them."""
    section = page[page.index('id="measures"') :]
    section = section[: section.index("</details>")]
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", section, re.S)
    text = [html.unescape(re.sub(r"<[^>]+>", "", cell)).strip() for cell in cells]
    return list(zip(text[::2], text[1::2], strict=True))


@pytest.mark.parametrize(("doc", "ui"), [("fr", "fr"), ("nl", "nl"), ("fr", "nl"), ("nl", "fr")])
def test_measures_have_plain_names_and_rounded_values(
    reports: dict[str, Report], doc: str, ui: str
) -> None:
    report = reports[doc]
    rows = measures_section(render_html(report, ui))
    assert len(rows) >= 20
    shown = " ".join(name + " " + value for name, value in rows)
    for key in report.readability.measures:
        assert key not in shown  # no engine key ("words_per_sentence", "lix"...)
    assert not re.search(r"[a-z]_[a-z]", shown)
    for name, value in rows:
        assert re.fullmatch(r"-?\d+(,\d)?(\u00a0%)?", value), (name, value)  # 0-1 decimal
    names = dict(rows)
    if ui == "nl":
        assert (
            "Woorden per zin, gemiddeld" in names and "Lange woorden (meer dan 6 letters)" in names
        )
        assert not any(name.startswith(("Mots", "Phrases", "Words")) for name in names)
    else:
        assert "Mots par phrase, en moyenne" in names and "Mots longs (plus de 6 lettres)" in names
        assert not any(name.startswith(("Woorden", "Zinnen", "Words")) for name in names)
    assert names["Woorden" if ui == "nl" else "Mots"] == str(
        int(report.readability.measures["words"])
    )


def test_every_measure_the_engine_makes_has_a_plain_name() -> None:
    """A new measure without a place in MEASURES would silently vanish from the report."""
    named = {key for key, _ in MEASURES}
    for lang in ("fr", "nl"):
        made = set(measures(Counts(words=10, sentences=1), lang))
        assert made - HIDDEN_MEASURES <= named


def test_values_are_written_as_the_reader_writes_them() -> None:
    assert measure_value(0.0742, "share", "nl") == "7,4\u00a0%"
    assert measure_value(0.234, "share", "fr") == "23\u00a0%"
    assert measure_value(0.234, "share", "en") == "23%"
    assert measure_value(13.0857142, "average", "fr") == "13,1"
    assert measure_value(0.0, "average", "nl") == "0"
    assert measure_value(58.37, "score", "en") == "58"


def test_the_json_report_keeps_every_measure(reports: dict[str, Report]) -> None:
    from simplifier.render import render_json

    data = render_json(reports["nl"])
    assert '"words_per_sentence"' in data and '"log_words_per_sentence"' in data
