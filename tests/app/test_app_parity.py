"""The French/Dutch comparison on the app's start page (AppTest): both sample versions
uploaded, the differences listed in the reviewer's language, the page ready to download."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).parents[2]
PAIRS = ROOT / "samples" / "parity"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_both_versions_uploaded_are_compared(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("SIMPLIFIER_DB", str(tmp_path / "reviews.sqlite"))
    monkeypatch.setenv("SIMPLIFIER_LANG", "fr")
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert not app.exception
    app.button(key="parity_compare").click().run()
    assert any("les deux versions" in w.value for w in app.warning)
    for key, name in (
        ("parity_fr", "mutualite_ecart_fr.docx"),
        ("parity_nl", "mutualite_ecart_nl.docx"),
    ):
        app.file_uploader(key=key).set_value((name, (PAIRS / name).read_bytes(), DOCX))
    app.button(key="parity_compare").click().run()
    assert not app.exception, app.exception
    result = app.session_state["parity"]
    assert len(result.differences) == 3 and set(result.levels) == {"fr", "nl"}
    assert any("Différences à vérifier : 3." in w.value for w in app.warning)
    listed = "\n".join(m.value for m in app.markdown)
    assert "Montant 1.250,00 € au paragraphe" in listed and "1.205,00 euro" in listed
    assert "1.205,00 euro" in app.session_state["parity_html"]
