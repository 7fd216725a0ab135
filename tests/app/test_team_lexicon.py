"""The team's lexicon in the review app (Streamlit's AppTest, a real SQLite file, the real
analysis): a reviewer marks a word she does not understand, the team's maintainer approves it
as an entry with a plainer word, and the team's next letter gets that word as a suggestion;
another team's letter does not, and a reviewer can neither see the maintainer's page nor
approve anything."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from simplifier.i18n import t
from simplifier.review import teamlex
from simplifier.review.accounts import hash_password
from simplifier.review.store import Store

ROOT = Path(__file__).parents[2]
LETTER = (
    "Madame, Monsieur,\n\n"
    "Le plafond applicable pour votre intervention est fixé à 1.200 euros par an. "
    "Vous recevrez le montant sur votre compte.\n"
)


@pytest.fixture
def setup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    password = hash_password("secret", 1000)
    accounts = tmp_path / "accounts.yml"
    accounts.write_text(
        "accounts:\n"
        f"  - {{user: marie, name: Marie, team: namur, password: '{password}'}}\n"
        f"  - {{user: luc, name: Luc, team: namur, password: '{password}', role: maintainer}}\n"
        f"  - {{user: jan, name: Jan, team: gent, password: '{password}', role: maintainer}}\n",
        encoding="utf-8",
    )
    database = tmp_path / "reviews.sqlite"
    monkeypatch.setenv("SIMPLIFIER_DB", str(database))
    monkeypatch.setenv("SIMPLIFIER_LANG", "fr")
    monkeypatch.setenv("SIMPLIFIER_ACCOUNTS", str(accounts))
    st.cache_resource.clear()
    from simplifier.review import session

    session.analysed.cache_clear()
    return database


def signed_in(user: str) -> AppTest:
    """A new browser session of `user`."""
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    app.text_input[0].input(user)
    app.text_input[1].input("secret")
    app.button[0].click().run()
    assert not app.exception, app.exception
    assert app.session_state["account"].user == user
    return app


def check(app: AppTest, text: str = LETTER) -> AppTest:
    app.file_uploader(key="upload").set_value(("lettre.txt", text.encode(), "text/plain"))
    app.button(key="check").click().run()
    assert not app.exception, app.exception
    return app


def suggestion_for(app: AppTest, words: str) -> str | None:
    """The change the letter's card offers for `words`, shown as the reviewer sees it."""
    session = app.session_state["session"]
    for position, item in enumerate(session.items):
        if item.finding.match == words and item.rewrite is not None:
            app.session_state["position"] = position
            app.run()
            shown = [m.value for m in app.markdown if m.value.startswith(t("app.becomes", "fr"))]
            return shown[0] if shown else None
    return None


def buttons(app: AppTest) -> set[str]:
    return {b.key for b in app.button if b.key}


def test_a_maintainer_approves_a_word_and_the_next_letter_uses_it(setup: Path) -> None:
    store = Store(str(setup))
    # Marie does not understand "plafond applicable": nothing suggests anything for it yet.
    marie = check(signed_in("marie"))
    assert suggestion_for(marie, "plafond applicable") is None
    marie.text_input(key="mark_words").input("plafond applicable")
    marie.text_input(key="mark_comment").input("je ne sais pas ce que c'est")
    marie.button(key="mark_save").click().run()
    assert not marie.exception, marie.exception

    # A reviewer has no maintainer's page, and cannot reach it by the address either.
    marie.button(key="back").click().run()
    assert "teamlex-open" not in buttons(marie)
    marie.session_state["page"] = "lexicon"
    marie.run()
    assert any("Seules les personnes" in e.value for e in marie.error)
    assert not {k for k in buttons(marie) if k.startswith("teamlex-approve")}
    with pytest.raises(teamlex.NotMaintainer):  # nor by calling the function
        teamlex.approve(store, marie.session_state["account"], "namur", teamlex.Draft(
            "fr", "plafond applicable", False, ("montant maximum",), "Le plus haut montant."
        ))  # fmt: skip

    # Luc, the team's maintainer, sees the proposal and approves it with a plainer word.
    luc = signed_in("luc")
    assert luc.button(key="teamlex-open").label == t("teamlex.open_waiting", "fr", n=1)
    luc.button(key="teamlex-open").click().run()
    assert not luc.exception, luc.exception
    assert any("plafond applicable" in m.value for m in luc.markdown)
    assert any("Marie" in c.value and "1 fois" in c.value for c in luc.caption)
    [proposal] = teamlex.open_proposals(store, luc.session_state["account"], "namur")
    number = proposal.ids[0]
    luc.button(key=f"teamlex-edit-{number}").click().run()
    luc.button(key=f"teamlex-approve-{number}").click().run()  # nothing written yet
    assert any("au moins un mot plus simple" in e.value for e in luc.error)
    assert teamlex.entries(store, "namur") == []
    luc.text_area(key=f"teamlex-alternatives-{number}").input("montant maximum")
    luc.text_area(key=f"teamlex-explanation-{number}").input(
        "Le montant le plus haut que vous pouvez recevoir."
    )
    luc.button(key=f"teamlex-approve-{number}").click().run()
    assert not luc.exception, luc.exception
    assert any("Enregistré" in s.value and "plafond applicable" in s.value for s in luc.success)
    [entry] = teamlex.entries(store, "namur")
    assert (entry.term, entry.alternatives, entry.approver) == (
        "plafond applicable",
        ("montant maximum",),
        "Luc",
    )
    assert any("Approuvé par Luc" in m.value for m in luc.markdown)
    assert "teamlex-download" in {b.key for b in luc.get("download_button")}

    # The team's next letter gets the new word as a suggestion, at once.
    marie = check(signed_in("marie"))
    shown = suggestion_for(marie, "plafond applicable")
    assert shown is not None and "montant maximum" in shown

    # Another team's letter does not.
    jan = check(signed_in("jan"))
    assert suggestion_for(jan, "plafond applicable") is None

    # Taken back: the team's next letter no longer gets it.
    luc.button(key=f"teamlex-withdraw-{entry.id}").click().run()
    assert any("ne compte plus" in s.value for s in luc.success)
    marie = check(signed_in("marie"))
    assert suggestion_for(marie, "plafond applicable") is None


def test_without_accounts_the_one_user_keeps_the_local_lexicon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SIMPLIFIER_DB", str(tmp_path / "reviews.sqlite"))
    monkeypatch.setenv("SIMPLIFIER_LANG", "nl")
    monkeypatch.delenv("SIMPLIFIER_ACCOUNTS", raising=False)
    st.cache_resource.clear()
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    app.run()
    assert "teamlex-open" not in buttons(app)  # a name first: it says who approved
    app.text_input(key="reviewer").input("Anne").run()
    app.button(key="teamlex-open").click().run()
    assert not app.exception, app.exception
    assert app.title[0].value == t("teamlex.open", "nl")
    app.text_input(key="teamlex-term-0").input("leefloon")
    app.radio(key="teamlex-kind-0").set_value("keep")
    app.text_area(key="teamlex-explanation-0").input("Geld van het OCMW om van te leven.")
    app.button(key="teamlex-approve-0").click().run()
    assert not app.exception, app.exception
    [entry] = teamlex.entries(Store(str(tmp_path / "reviews.sqlite")), "local")
    assert (entry.lang, entry.term, entry.keep, entry.approver) == ("nl", "leefloon", True, "Anne")
    assert app.text_input(key="teamlex-term-0").value == ""  # the form is empty again
