"""The review app: experts go through the suggestions for a letter and approve, change or
refuse each one, in French or Dutch; everything is saved as they go.

Run: `streamlit run app.py` (or `make run`). Settings come from the environment:
SIMPLIFIER_DB (SQLite path or SQLAlchemy URL), SIMPLIFIER_ACCOUNTS (accounts file: sign-in and
one team's letters per reviewer), SIMPLIFIER_RETENTION_DAYS, SIMPLIFIER_MAX_UPLOAD_MB.
The logic lives in `simplifier.review`; this file only lays it out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from simplifier.errors import InputError
from simplifier.i18n import category_label, t, ui_lang_from_env
from simplifier.review.accounts import LOCAL_TEAM, load_accounts
from simplifier.review.proposals import proposals_yaml
from simplifier.review.session import Item, ReviewSession, analysed
from simplifier.review.settings import load_settings
from simplifier.review.signin import SignInGuard, until_text  # its tables: before the store's
from simplifier.review.store import DecisionRefused, NotAllowed, Store, StoreUnavailable
from simplifier.review.view import conflict_text, legend_html, letter_html, refusal_text

# Letters hold personal data: the app never logs their text, and quietens libraries that might.
logging.getLogger("streamlit").setLevel(logging.WARNING)
LANGUAGES = {"fr": "Français", "nl": "Nederlands", "en": "English"}
MB = 1024 * 1024


@st.cache_resource
def get_store(url: str | None, retention_days: int) -> Store:
    """One database connection pool per server; old letters are deleted when it starts."""
    store = Store(url)
    store.purge(retention_days)
    return store


@st.cache_resource
def warm_up() -> None:
    """Pipelines and rules load once per server, not once per visitor."""
    from simplifier.engine import get_analyzer

    get_analyzer("fr")
    get_analyzer("nl")


st.set_page_config(page_title="Simplifier", page_icon="📝", layout="wide")
settings = load_settings()
state = st.session_state
state.setdefault("ui", ui_lang_from_env() or "fr")
try:
    store = get_store(settings.database, settings.retention_days)
except StoreUnavailable:
    st.error(t("app.store_down", state.ui))
    st.stop()
warm_up()

ui = st.sidebar.selectbox(
    "Langue / Taal / Language",
    list(LANGUAGES),
    format_func=LANGUAGES.get,
    key="ui",
)


def T(key: str, **values: object) -> str:
    return t(key, ui, **values)


# --- who is reviewing ---------------------------------------------------------------------


def browser_time_zone() -> ZoneInfo | None:
    """The reviewer's time zone (from the browser), to say when they may try again."""
    name = getattr(st.context, "timezone", None)
    try:
        return ZoneInfo(name) if isinstance(name, str) else None
    except (ValueError, ZoneInfoNotFoundError):
        return None  # unknown: the server's own time


def client_address() -> str | None:
    """The browser's IP address as the server sees it; None on this machine (Streamlit gives
    no address for 127.0.0.1). Behind a reverse proxy, see FORWARDED_ALLOW_IPS in README."""
    address = getattr(st.context, "ip_address", None)
    return address if isinstance(address, str) else None


accounts = load_accounts(settings.accounts) if settings.accounts else None
if accounts is not None:
    if "account" not in state:
        st.title(T("app.title"))
        with st.form("sign_in"):
            user = st.text_input(T("app.user"))
            password = st.text_input(T("app.password"), type="password")
            if st.form_submit_button(T("app.sign_in")):
                # Failures are counted in the database, per user name and per client.
                guard = SignInGuard(store.engine)
                outcome = guard.sign_in(accounts, user, password, client_address())
                if outcome.account is not None:
                    state.account = outcome.account
                    state.reviewer = outcome.account.name
                    st.rerun()
                if not outcome.refused:
                    st.error(T("app.sign_in_failed"))
                if outcome.wait is not None:
                    when = until_text(outcome.wait, guard.now(), browser_time_zone())
                    locked = "app.sign_in_locked" if outcome.wait.locked else "app.sign_in_wait"
                    st.error(T(locked, time=when))
        st.stop()
    team = state.account.team
    if st.sidebar.button(T("app.sign_out")):
        for key in ("account", "review_id", "session"):
            state.pop(key, None)
        st.rerun()
else:
    team = LOCAL_TEAM

# The name and the open letter live in the address too, so that a browser refresh keeps them.
params = st.query_params
if "reviewer" not in state and params.get("reviewer"):
    state.reviewer = params["reviewer"]
if "review_id" not in state and params.get("review", "").isdigit():
    state.review_id = int(params["review"])
reviewer = st.sidebar.text_input(T("app.your_name"), key="reviewer").strip()
if reviewer and params.get("reviewer") != reviewer:
    params["reviewer"] = reviewer
st.sidebar.caption(T("app.privacy", days=settings.retention_days))


def open_review(review_id: int) -> None:
    state.review_id = review_id
    st.query_params["review"] = str(review_id)
    state.pop("session", None)
    state.pop("position", None)
    state.pop("downloads", None)


# --- start page -----------------------------------------------------------------------------


def start_page() -> None:
    st.title(T("app.title"))
    st.subheader(T("app.new"))
    # No type filter here: Streamlit would refuse other files in English; our reader says
    # what is wrong in the reviewer's language (an old .doc, a PDF, a damaged file).
    upload = st.file_uploader(T("app.upload"), key="upload")
    pasted = st.text_area(T("app.paste"), key="pasted", height=120)
    if st.button(T("app.check"), type="primary", key="check"):
        if not reviewer:
            st.warning(T("app.name_needed"))
        elif upload is None and not pasted.strip():
            st.warning(T("app.nothing"))
        else:
            name, content = (
                (upload.name, upload.getvalue())
                if upload is not None
                else ("texte.txt", pasted.encode("utf-8"))
            )
            if len(content) > settings.max_upload_mb * MB:
                st.error(
                    T(
                        "app.too_large",
                        size=round(len(content) / MB, 1),
                        limit=settings.max_upload_mb,
                    )
                )
            else:
                try:
                    lang = analysed(name, content)[0].lang  # kept for the review (cached)
                except InputError as exc:
                    st.error(f"{name}: {exc.describe(ui)}")
                else:
                    open_review(store.create_review(team, reviewer, name, content, lang))
                    st.rerun()

    st.subheader(T("app.reviews"))
    summaries = store.reviews(team)
    if not summaries:
        st.caption(T("app.no_reviews"))
    for summary in summaries:
        left, right, remove = st.columns([6, 1, 1])
        left.write(
            T(
                "app.review_line",
                document=summary.document,
                reviewer=summary.reviewer,
                date=f"{summary.updated:%d/%m/%Y %H:%M}",
                done=summary.decided,
                total=summary.total,
            )
        )
        if right.button(T("app.open"), key=f"open-{summary.id}"):
            open_review(summary.id)
            st.rerun()
        if remove.button(T("app.delete"), key=f"delete-{summary.id}"):
            store.delete_review(summary.id, team)  # the letter and its decisions, now
            st.rerun()

    with st.expander(T("app.proposals")):
        proposals = store.proposals(team)
        if not proposals:
            st.caption(T("app.proposals_none"))
        for proposal in proposals:
            st.write(
                f"**{proposal.term}** ({proposal.lang}) – {proposal.reviewer}: {proposal.comment}"
            )
        for lang in sorted({p.lang for p in proposals}):
            st.download_button(
                f"{T('app.proposals_export')} – {lang}",
                proposals_yaml(proposals, lang),
                file_name=f"proposals_{lang}.yml",
                key=f"proposals-{lang}",
            )


# --- review page ----------------------------------------------------------------------------


def get_session() -> ReviewSession | None:
    session = state.get("session")
    if session is None or session.review_id != state.review_id:
        try:
            session = ReviewSession(store, state.review_id, team, reviewer or "?")
        except NotAllowed:
            st.error(T("app.not_allowed"))
            state.pop("review_id", None)
            st.query_params.pop("review", None)
            return None
        state.session = session
    session.reviewer = reviewer or session.reviewer
    session.ui_lang = ui
    return session


def act(session: ReviewSession, action: Callable[[], object], *, advance: bool = True) -> None:
    """Run a decision and show the next suggestion. Only what the database confirmed counts:
    a refused decision (somebody else's is in the way) or a database that does not answer is
    said in plain words, the card stays where it is and the reviewer's text is kept."""
    try:
        action()
    except DecisionRefused as refused:
        state.flash = refusal_text(refused, ui)
    except StoreUnavailable:
        state.flash = T("app.not_saved")
    else:
        state.pop("downloads", None)  # the files to download are stale
        following = session.next_pending(state.position) if advance else None
        if following is not None:
            state.position = following
    st.rerun()


def review_page() -> None:
    session = get_session()
    if session is None:
        return
    try:
        for who, count in session.sync().items():  # what others decided meanwhile
            st.info(T("app.others_decided", who=who, n=count))
    except StoreUnavailable:  # keep the card and the reviewer's words; say what is shown
        st.warning(T("app.store_stale"))
    if st.button(T("app.back"), key="back"):
        state.pop("review_id", None)
        st.query_params.pop("review", None)
        st.rerun()
    st.title(session.name)
    before, after = session.readability_before(), session.readability_after()
    a, b, c = st.columns(3)
    a.metric(
        T("app.score_before"), f"{before.score:.0f} ({before.level})", help=T("app.score_help")
    )
    b.metric(
        T("app.score_after"),
        f"{after.score:.0f} ({after.level})",
        delta=f"{after.score - before.score:+.0f}",
        help=T("app.score_help"),
    )
    a.caption(T(f"level.{before.level}"))
    b.caption(T(f"level.{after.level}"))
    c.progress(
        session.decided / max(session.total, 1),
        text=T("app.progress", done=session.decided, total=session.total),
    )
    if session.conflicts:
        numbers = [i + 1 for i, it in enumerate(session.items) if it.id in session.conflicts]
        st.error(
            T(
                "app.conflicts_found",
                n=len(session.conflicts),
                numbers=", ".join(map(str, numbers)),
            )
        )
    if before.reasons:
        with st.expander(T("app.hard"), expanded=False):
            for reason in before.reasons[:5]:
                st.write(f"- {reason.text(ui)}")

    if "position" not in state:
        state.position = session.next_pending() or 0
    letter_column, card_column = st.columns([3, 2])
    item = session.items[state.position] if session.items else None
    with letter_column:
        st.subheader(T("app.letter"))
        st.html(legend_html(session.report, ui))
        replaced = {d.id: (d.original, d.text) for d in session.applied}
        st.html(letter_html(session.report, item.id if item else None, replaced))
    with card_column:
        if item is None:
            st.success(T("app.all_done"))
        else:
            suggestion_card(session, item)
        mark_hard(session)
    downloads(session)


def suggestion_card(session: ReviewSession, item: Item) -> None:
    finding = item.finding
    st.subheader(T("app.suggestion", n=state.position + 1, total=session.total))
    if flash := state.pop("flash", None):
        st.warning(flash)
    st.caption(category_label(finding.category, ui))
    st.markdown(f"**{finding.message}**")
    if finding.explanation:
        st.write(finding.explanation)
    others = [f for f in item.problem.findings if f is not finding]
    if item.problem.kind == "sentence" and others:  # one sentence, several reasons
        st.markdown(T("app.also") + "\n" + "\n".join(f"- {f.message}" for f in others))
    if len(item.places) > 1:
        st.caption(T("app.places", n=len(item.places)))
    status = session.status(item.id)
    st.caption(T("app.status", status=t(f"status.{status}", ui)))
    if (earlier := session.conflicts.get(item.id)) is not None:
        st.error(conflict_text(earlier, ui))
    original = session.report.text[
        (item.rewrite.start if item.rewrite else finding.start) : (
            item.rewrite.end if item.rewrite else finding.end
        )
    ]
    decision = session.decisions.get(item.id)
    if item.rewrite is not None:
        if original:
            st.markdown(f"{T('app.was')} : ~~{original}~~")
        st.markdown(f"{T('app.becomes')} : **{item.rewrite.text.strip()}**")
        if not item.rewrite.confident and item.rewrite.note:
            st.info(f"{T('app.not_sure')} {t(item.rewrite.note, ui)}")
        proposal = decision.text if decision and decision.applied else item.rewrite.text
    else:
        st.markdown(f"{T('app.was')} : {original}")
        st.info(T("app.hint_only"))
        proposal = decision.text if decision else original
    key = item.id
    version = st.text_area(T("app.edit_label"), value=proposal, key=f"edit-{key}", height=90)
    comment = st.text_input(
        T("app.comment_label"), value=decision.comment if decision else "", key=f"comment-{key}"
    )
    wide = {"width": "stretch", "wrap": True}
    one, two = st.columns(2)
    # The version of this suggestion's decision the reviewer was shown before clicking: the
    # rerun that handles the click has already brought in the others' decisions.
    seen = state.get("shown", {}).get(item.id, session.versions.get(item.id))
    if item.rewrite is not None and one.button(
        T("app.accept"), type="primary", key="accept", shortcut="Alt+A", **wide
    ):
        act(session, lambda: session.decide(item.id, "accepted", comment=comment, seen=seen))
    if two.button(T("app.reject"), key="reject", shortcut="Alt+N", **wide):
        act(session, lambda: session.decide(item.id, "rejected", comment=comment, seen=seen))
    three, four = st.columns(2)
    if three.button(T("app.save_edit"), key="save_edit", **wide):
        act(
            session,
            lambda: session.decide(item.id, "edited", text=version, comment=comment, seen=seen),
        )
    if four.button(T("app.save_comment"), key="save_comment", **wide):
        act(session, lambda: session.comment(item.id, comment, seen=seen), advance=False)
    state.shown = {item.id: session.versions.get(item.id)}
    if session.undo_stack and st.button(T("app.undo"), key="undo", shortcut="Alt+Z", **wide):
        undo(session)
    if len(item.places) > 1:
        places(session, item)
    paragraphs = sorted({it.finding.block for it in session.items})
    chosen = st.selectbox(
        T("app.paragraph"),
        paragraphs,
        index=paragraphs.index(finding.block),
        format_func=lambda b: f"{b + 1}. {session.report.blocks[b].text[:60]}…",
        key=f"paragraph-{item.id}",
    )
    if chosen != finding.block:
        state.position = next(i for i, it in enumerate(session.items) if it.finding.block == chosen)
        st.rerun()
    back, forward = st.columns(2)
    if back.button(
        T("app.previous"),
        key="previous",
        disabled=state.position == 0,
        shortcut="Alt+Left",
        **wide,
    ):
        state.position -= 1
        st.rerun()
    if forward.button(
        T("app.next"),
        key="next",
        disabled=state.position >= session.total - 1,
        shortcut="Alt+Right",
        **wide,
    ):
        state.position += 1
        st.rerun()


def places(session: ReviewSession, item: Item) -> None:
    """A term's places, to decide one by one when one of them needs something else."""
    text = session.report.text
    with st.expander(T("app.place_by_place")):
        for number, place in enumerate(item.places, start=1):
            sentence = next(
                (s for s in session.report.sentences if s.start <= place.start < s.end), None
            )
            start, end = (sentence.start, sentence.end) if sentence else (place.start, place.end)
            shown = (
                text[start : place.start]
                + f"**{text[place.start : place.end]}**"
                + text[place.end : end]
            )
            status = t(f"status.{session.place_status(place.id)}", ui)
            st.markdown(f"{number}. {' '.join(shown.split())} — *{status}*")
            left, right = st.columns(2)
            if place.rewrites and left.button(T("app.accept"), key=f"place-accept-{place.id}"):
                act(
                    session,
                    lambda p=place: session.decide(item.id, "accepted", place=p.id),
                    advance=False,
                )
            if right.button(T("app.reject"), key=f"place-reject-{place.id}"):
                act(
                    session,
                    lambda p=place: session.decide(item.id, "rejected", place=p.id),
                    advance=False,
                )


def undo(session: ReviewSession) -> None:
    """Take back this reviewer's last change and show its suggestion again."""
    try:
        undone = session.undo()
    except DecisionRefused as refused:
        state.flash = refusal_text(refused, ui, undo=True)
    except StoreUnavailable:
        state.flash = T("app.not_saved")
    else:
        state.pop("downloads", None)
        if undone is not None:
            state.position = next(i for i, it in enumerate(session.items) if it.id == undone)
    st.rerun()


def mark_hard(session: ReviewSession) -> None:
    with st.expander(T("app.mark_title")):
        words = st.text_input(T("app.mark_words"), key="mark_words")
        why = st.text_input(T("app.mark_comment"), key="mark_comment")
        if st.button(T("app.mark_save"), key="mark_save") and words.strip():
            context = next(
                (s.text for s in session.report.sentences if words.strip() in s.text), ""
            )
            store.add_proposal(
                team, session.review_id, session.report.lang, words, context, why, reviewer
            )
            st.success(T("app.marked"))


def downloads(session: ReviewSession) -> None:
    st.subheader(T("app.downloads"))
    glossary = st.checkbox(T("app.glossary_option"), key="glossary")
    if st.button(T("app.prepare"), key="prepare"):
        stem = Path(session.name).stem
        suffix = Path(session.name).suffix or ".txt"
        state.downloads = {
            "tracked": (f"{stem}-revu{suffix}", session.document_bytes(glossary=glossary)),
            "clean": (
                f"{stem}-simplifie{suffix}",
                session.document_bytes(clean=True, glossary=glossary),
            ),
            "log_csv": (f"{stem}-changements.csv", session.changelog("csv", ui)),
            "log_html": (f"{stem}-changements.html", session.changelog("html", ui)),
            "decisions": (f"{stem}-decisions.json", session.decision_set().to_json().encode()),
        }
    for key, (file_name, data) in state.get("downloads", {}).items():
        st.download_button(T(f"app.download_{key}"), data, file_name=file_name, key=f"dl-{key}")


try:
    if state.get("review_id") is None:
        start_page()
    else:
        review_page()
except StoreUnavailable:  # nothing was saved or shown as saved: say so, no traceback
    st.error(T("app.store_down"))
