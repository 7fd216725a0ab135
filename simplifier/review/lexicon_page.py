"""The maintainer's page of the review app: the team's open "I don't understand this"
proposals, a form to turn one into an entry of the team's lexicon (or to write one directly),
approve or refuse, the approved entries with who approved them and when, a way to take one
back, and the download of the team's lexicon folder. Every change goes through `teamlex`,
which checks the account's role itself; a change is said to be saved only once the database
confirmed it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import streamlit as st

from simplifier.i18n import t
from simplifier.review import teamlex
from simplifier.review.accounts import Account
from simplifier.review.store import Store, StoreUnavailable

PAGE = "lexicon"  # the value of `st.session_state.page` that shows this page
NEW = 0  # the form of a word written directly (no proposal)


def can_open(account: Account | None, team: str) -> bool:
    return account is not None and account.maintainer and account.team == team


def open_button(store: Store, account: Account | None, team: str, ui: str) -> None:
    """On the start page, for the team's maintainers only: the way to this page, with how many
    words wait for them."""
    if not can_open(account, team):
        return
    waiting = len(teamlex.open_proposals(store, account, team))
    label = t("teamlex.open_waiting", ui, n=waiting) if waiting else t("teamlex.open", ui)
    if st.button(label, key="teamlex-open"):
        st.session_state.page = PAGE
        st.rerun()


def _plain(text: str) -> str:
    """Reviewers' words shown as they typed them: no Markdown (a link, an image) made of them."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", " ".join(text.split()))


def _date(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y %H:%M}"


def _flash(kind: str, text: str) -> None:
    st.session_state.teamlex_flash = (kind, text)


def _saving(ui: str, work: Callable[[], str]) -> bool:
    """Run a change; say it is saved only when the database confirmed it."""
    try:
        _flash("success", work())
    except teamlex.EntryProblem as problem:
        st.error(t(problem.key, ui))  # the form stays as typed
        return False
    except teamlex.ProposalGone:
        _flash("warning", t("teamlex.gone", ui))
    except teamlex.NotMaintainer:
        _flash("error", t("teamlex.not_maintainer", ui))
    except StoreUnavailable:
        st.error(t("app.not_saved", ui))
        return False
    return True


def page(store: Store, account: Account | None, team: str, ui: str) -> None:
    state = st.session_state

    def T(key: str, **values: object) -> str:
        return t(key, ui, **values)

    if st.button(T("teamlex.back"), key="teamlex-back"):
        state.pop("page", None)
        st.rerun()
    st.title(T("teamlex.open"), anchor=False)
    if not can_open(account, team):
        st.error(T("teamlex.not_maintainer"))
        return
    st.caption(T("teamlex.intro"))
    if flash := state.pop("teamlex_flash", None):
        getattr(st, flash[0])(flash[1])

    proposals = teamlex.open_proposals(store, account, team)
    st.subheader(T("teamlex.proposals", n=len(proposals)), anchor=False)
    if not proposals:
        st.caption(T("teamlex.no_proposals"))
    for proposal in proposals:
        number = proposal.ids[0]
        with st.container(border=True):
            st.markdown(f"**{_plain(proposal.term)}** · {T(f'teamlex.lang_{proposal.lang}')}")
            who = ", ".join(_plain(" ".join(r.split())) for r in proposal.reviewers)
            st.caption(T("teamlex.asked", who=who, n=proposal.count, date=_date(proposal.last)))
            for context in proposal.contexts[:3]:
                st.markdown(f"{T('teamlex.in_letter')} « {_plain(context)} »")
            for comment in proposal.comments[:3]:
                st.markdown(f"{T('teamlex.remark')} {_plain(comment)}")
            write, refuse = st.columns(2)
            if write.button(T("teamlex.make_entry"), key=f"teamlex-edit-{number}"):
                state.teamlex_editing = number
            if refuse.button(T("teamlex.reject"), key=f"teamlex-reject-{number}"):

                def work(p: teamlex.OpenProposal = proposal) -> str:
                    teamlex.reject(store, account, team, p.ids)
                    return T("teamlex.rejected", term=_plain(p.term))

                if _saving(ui, work):
                    st.rerun()
            if state.get("teamlex_editing") == number:
                entry_form(store, account, team, ui, proposal)

    with st.expander(T("teamlex.new_word")):
        entry_form(store, account, team, ui, None)

    current = teamlex.entries(store, team)
    st.subheader(T("teamlex.entries", n=len(current)), anchor=False)
    if not current:
        st.caption(T("teamlex.no_entries"))
    for entry in current:
        line, take_back = st.columns([5, 1], vertical_alignment="center")
        advice = T("teamlex.kept") if entry.keep else " / ".join(map(_plain, entry.alternatives))
        approved = T("teamlex.approved_by", who=entry.approver, date=_date(entry.approved))
        line.markdown(
            f"**{_plain(entry.term)}** ({T(f'teamlex.lang_{entry.lang}')}) → {advice}  \n"
            f"{_plain(entry.explanation)}  \n{_plain(approved)}"
        )
        if take_back.button(T("teamlex.withdraw"), key=f"teamlex-withdraw-{entry.id}"):

            def withdraw(e: teamlex.TeamEntry = entry) -> str:
                teamlex.withdraw(store, account, team, e.id)
                return T("teamlex.withdrawn", term=_plain(e.term))

            if _saving(ui, withdraw):
                st.rerun()
    if current:
        st.download_button(
            T("teamlex.download"),
            teamlex.export_zip(store, team),
            file_name=f"lexicon-{teamlex.file_name(team).removesuffix('.yml')}.zip",
            mime="application/zip",
            key="teamlex-download",
        )


def entry_form(
    store: Store,
    account: Account | None,
    team: str,
    ui: str,
    proposal: teamlex.OpenProposal | None,
) -> None:
    """The entry made from `proposal` (None: a word written directly)."""

    def T(key: str, **values: object) -> str:
        return t(key, ui, **values)

    number = proposal.ids[0] if proposal else NEW
    langs = list(teamlex.LANGS)
    with st.form(f"teamlex-form-{number}"):
        lang = st.selectbox(
            T("teamlex.lang"),
            langs,
            index=langs.index(proposal.lang if proposal else ui if ui in langs else "fr"),
            format_func=lambda code: T(f"teamlex.lang_{code}"),
            key=f"teamlex-lang-{number}",
        )
        term = st.text_input(
            T("teamlex.term"), value=proposal.term if proposal else "", key=f"teamlex-term-{number}"
        )
        kind = st.radio(
            T("teamlex.kind"),
            ["replace", "keep"],
            format_func=lambda k: T(f"teamlex.kind_{k}"),
            key=f"teamlex-kind-{number}",
        )
        alternatives = st.text_area(
            T("teamlex.alternatives"), key=f"teamlex-alternatives-{number}", height=80
        )
        explanation = st.text_area(
            T("teamlex.explanation"), key=f"teamlex-explanation-{number}", height=80
        )
        if st.form_submit_button(
            T("teamlex.approve"), type="primary", key=f"teamlex-approve-{number}"
        ):
            draft = teamlex.Draft(
                lang,
                term,
                kind == "keep",
                tuple(line.strip() for line in alternatives.splitlines() if line.strip()),
                explanation,
            )

            def work() -> str:
                entry = teamlex.approve(
                    store, account, team, draft, proposal.ids if proposal else ()
                )
                return T("teamlex.approved", term=_plain(entry.term))

            if _saving(ui, work):
                st.session_state.pop("teamlex_editing", None)
                for name in ("term", "alternatives", "explanation"):  # an empty form again
                    st.session_state.pop(f"teamlex-{name}-{number}", None)
                st.rerun()
