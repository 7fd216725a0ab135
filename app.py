"""The review app: experts go through the suggestions for a letter and approve, change or
refuse each one, in French or Dutch; everything is saved as they go.

Run: `streamlit run app.py` (or `make run`). Settings come from the environment:
SIMPLIFIER_DB (SQLite path or SQLAlchemy URL), SIMPLIFIER_ACCOUNTS (accounts file: sign-in and
one team's letters per reviewer), SIMPLIFIER_RETENTION_DAYS. The largest upload is Streamlit's
`server.maxUploadSize` (.streamlit/config.toml), the one limit the uploader and the app share.
The logic lives in `simplifier.review`; this file only lays it out.

Nothing waits for the language pipelines: they load in the background when the server starts,
and only reading a letter waits for them. A decision reruns only the review's fragment, and
its buttons act in callbacks, bound to the item they were drawn for.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from html import escape
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from simplifier.errors import InputError
from simplifier.i18n import category_label, t, ui_lang_from_env
from simplifier.letter.view import CARD_STYLE
from simplifier.letter.view import as_html as letter_card_html
from simplifier.letter.view import label as letter_card_label
from simplifier.review import lexicon_page
from simplifier.review.accounts import LOCAL_TEAM, load_accounts, local_account
from simplifier.review.look import STYLE, page_script
from simplifier.review.proposals import proposals_yaml
from simplifier.review.session import Item, ReviewSession, analysed
from simplifier.review.settings import load_settings
from simplifier.review.signin import SignInGuard, until_text  # its tables: before the store's
from simplifier.review.store import (
    UNDO_WINDOW,
    DecisionRefused,
    NotAllowed,
    Store,
    StoreUnavailable,
    TooLateToRestore,
)
from simplifier.review.teamlex import team_settings
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


def _load_pipelines() -> None:
    from simplifier.engine import get_analyzer

    get_analyzer("fr")
    get_analyzer("nl")


@st.cache_resource(show_spinner=False)
def pipelines() -> Future[None]:
    """Pipelines and rules load once per server, in the background, from the first visit."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="pipelines").submit(_load_pipelines)


st.set_page_config(
    page_title="Simplifier", page_icon="📝", layout="wide", initial_sidebar_state="collapsed"
)
settings = load_settings()
state = st.session_state
params = st.query_params
if "ui" not in state:  # the address first: a reload or a reopened letter keeps the language
    asked = params.get("lang")
    state.ui = asked if asked in LANGUAGES else ui_lang_from_env(settings.ui_lang) or "fr"
st.html(STYLE)
try:
    store = get_store(settings.database, settings.retention_days)
except StoreUnavailable:
    st.error(t("app.store_down", state.ui))
    st.stop()
UPLOAD_LIMIT_MB = int(st.get_option("server.maxUploadSize"))


def language_choice() -> str:
    """Language first and in plain sight (a phone hides sidebars); kept in the address."""
    chosen = st.radio(
        "Langue / Taal / Language",
        list(LANGUAGES),
        format_func=LANGUAGES.get,
        key="ui",
        horizontal=True,
        label_visibility="collapsed",
    )
    if params.get("lang") != chosen:
        params["lang"] = chosen
    return chosen


top_language, top_name = st.columns([1, 1], vertical_alignment="bottom")
with top_language:
    ui = language_choice()


def T(key: str, **values: object) -> str:
    return t(key, ui, **values)


st.html(page_script(ui), unsafe_allow_javascript=True)


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
        st.title(T("app.title"), anchor=False)
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
        pipelines()  # ready by the time the reviewer has signed in
        st.stop()
    team = state.account.team
    if st.button(T("app.sign_out"), key="sign_out"):
        for key in ("account", "review_id", "session", "page"):
            state.pop(key, None)
        st.rerun()
else:
    team = LOCAL_TEAM

# The name and the open letter live in the address too, so that a browser refresh keeps them.
if "reviewer" not in state and params.get("reviewer"):
    state.reviewer = params["reviewer"]
if "review_id" not in state and params.get("review", "").isdigit():
    state.review_id = int(params["review"])
with top_name:
    reviewer = st.text_input(T("app.your_name"), key="reviewer").strip()
if reviewer and params.get("reviewer") != reviewer:
    params["reviewer"] = reviewer
# Who acts: the signed-in account, or the one local user (who keeps the local team's lexicon).
if accounts is not None:
    account = state.get("account")
else:
    account = local_account(reviewer) if reviewer else None


# --- start page -----------------------------------------------------------------------------


def start_page() -> None:
    st.title(T("app.title"), anchor=False)
    st.caption(T("app.privacy", days=settings.retention_days))
    lexicon_page.open_button(store, account, team, ui)  # for the team's lexicon maintainers
    st.subheader(T("app.new"), anchor=False)
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
                else (T("app.pasted_name"), pasted.encode("utf-8"))
            )
            check_letter(name, content)
    compare_versions()
    letters_started()


def compare_versions() -> None:
    """French/Dutch parity: both versions uploaded, the differences listed (simplifier.parity)."""
    from simplifier.parity.compare import compare_files
    from simplifier.parity.render import difference_text, render_html

    with st.expander(T("parity.app.title")):
        french = st.file_uploader(T("parity.app.fr_upload"), key="parity_fr")
        dutch = st.file_uploader(T("parity.app.nl_upload"), key="parity_nl")
        if st.button(T("parity.app.compare"), key="parity_compare"):
            if french is None or dutch is None:
                st.warning(T("parity.app.need_both"))
                return
            pipelines_ready()
            try:
                with st.spinner(T("app.reading")):
                    state.parity = compare_files(
                        french.name, dutch.name, contents=(french.getvalue(), dutch.getvalue())
                    )
            except InputError as exc:
                state.pop("parity", None)
                st.error(f"{exc.path}: {exc.describe(ui)}")
        result = state.get("parity")
        if result is None:
            return
        for side in ("fr", "nl"):
            level = result.levels.get(side)
            source = result.fr_source if side == "fr" else result.nl_source
            if level is not None:
                label = T(f"batch.lang.{side}")
                st.write(f"{label} – {source}: **{level.level}** ({level.score:.0f}/100)")
        if result.differences:
            st.warning(T("parity.found", n=len(result.differences)))
            st.markdown("\n".join(f"1. {difference_text(d, ui)}" for d in result.differences))
        else:
            st.success(T("parity.agree"))
        state.parity_html = render_html(result, ui)
        st.download_button(
            T("parity.app.download"), state.parity_html, file_name="parity.html", key="parity_dl"
        )


def pipelines_ready() -> None:
    """Wait for the pipelines loading in the background, saying so if they are not ready."""
    loading = pipelines()
    if not loading.done():
        with st.spinner(T("app.preparing")):
            loading.result()


def check_letter(name: str, content: bytes) -> None:
    if len(content) > UPLOAD_LIMIT_MB * MB:
        size = round(len(content) / MB, 1)
        st.error(T("app.too_large", size=size, limit=UPLOAD_LIMIT_MB))
        return
    pipelines_ready()
    try:
        with st.spinner(T("app.reading")):
            # with the team's own lexicon as it is now; kept for the review (cached)
            lang = analysed(name, content, team_settings(store, team))[0].lang
    except InputError as exc:
        st.error(f"{name}: {exc.describe(ui)}")
    else:
        open_review(store.create_review(team, reviewer, name, content, lang))
        st.rerun()


def letters_started() -> None:
    """The team's letters; deleting one asks first and can be taken back for a while."""
    st.subheader(T("app.reviews"), anchor=False)
    if state.pop("restored", None):
        st.success(T("app.restored"))
    deleted = state.get("deleted")
    if deleted is not None:
        review_id, document, when = deleted
        if time.time() - when < UNDO_WINDOW.total_seconds():
            note, undo_button = st.columns([3, 1], vertical_alignment="center")
            minutes = int(UNDO_WINDOW.total_seconds() // 60)
            note.info(T("app.deleted", document=document, minutes=minutes))
            if undo_button.button(T("app.restore"), key="restore"):
                state.pop("deleted", None)
                try:
                    store.restore_review(review_id, team)
                except TooLateToRestore as late:
                    st.error(late.describe(ui))
                except NotAllowed:  # gone
                    st.error(T("app.restore_late"))
                else:
                    state.restored = True
                    st.rerun()
        else:
            state.pop("deleted", None)
    summaries = store.reviews(team)
    if not summaries:
        st.caption(T("app.no_reviews"))
    for summary in summaries:
        line, open_column, remove = st.columns([6, 2, 2], vertical_alignment="center")
        line.write(
            T(
                "app.review_line",
                document=summary.document,
                reviewer=summary.reviewer,
                date=f"{summary.updated:%d/%m/%Y %H:%M}",
                done=summary.decided,
                total=summary.total,
            )
        )
        if open_column.button(T("app.open"), key=f"open-{summary.id}", type="primary"):
            open_review(summary.id)
            st.rerun()
        if state.get("confirm_delete") == summary.id:
            st.warning(T("app.delete_ask", document=summary.document))
            yes, no = st.columns(2)
            if yes.button(T("app.delete_yes"), key=f"delete-yes-{summary.id}"):
                store.delete_review(summary.id, team)  # kept for the undo, then purged
                state.pop("confirm_delete", None)
                state.deleted = (summary.id, summary.document, time.time())
                st.rerun()
            if no.button(T("app.delete_no"), key=f"delete-no-{summary.id}"):
                state.pop("confirm_delete", None)
                st.rerun()
        elif remove.button(T("app.delete"), key=f"delete-{summary.id}", type="tertiary"):
            state.confirm_delete = summary.id
            st.rerun()

    with st.expander(T("app.proposals")):
        proposals = store.proposals(team, open_only=True)  # decided ones are in the lexicon
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


def open_review(review_id: int) -> None:
    state.review_id = review_id
    st.query_params["review"] = str(review_id)
    for key in ("session", "position", "downloads", "drafts"):
        state.pop(key, None)


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


def visible(session: ReviewSession, position: int) -> bool:
    """Whether the reviewer goes through this item (notes can be skipped)."""
    return not state.get("skip_notes") or session.items[position].rewrite is not None


def following(session: ReviewSession, position: int, step: int = 1) -> int | None:
    """The next (or previous) item the reviewer goes through from `position`."""
    index = position + step
    while 0 <= index < session.total:
        if visible(session, index):
            return index
        index += step
    return None


def next_to_decide(session: ReviewSession, after: int = -1) -> int | None:
    index = session.next_pending(after)
    seen: set[int] = set()
    while index is not None and not visible(session, index) and index not in seen:
        seen.add(index)
        index = session.next_pending(index)
    return index if index is not None and visible(session, index) else None


# Drafts: what the reviewer typed for an item and has not saved, kept when they move on
# (Streamlit forgets a widget's value once it is no longer drawn).
def draft(kind: str, item_id: str, default: str) -> str:
    return state.setdefault("drafts", {}).get((kind, item_id), default)


def keep_draft(kind: str, item_id: str) -> None:
    state.setdefault("drafts", {})[(kind, item_id)] = state.get(f"{kind}-{item_id}", "")


def forget_drafts(item_id: str) -> None:
    for kind in ("edit", "comment"):
        state.get("drafts", {}).pop((kind, item_id), None)


def act(
    session: ReviewSession, item_id: str, action: Callable[[], object], *, advance: bool = True
):
    """Run a decision (in a button's callback, bound to the item the button was drawn for)
    and show the next suggestion. Only what the database confirmed counts: a refused
    decision (somebody else's is in the way) or a database that does not answer is said in
    plain words, the card stays where it is and the reviewer's text is kept."""
    try:
        action()
    except DecisionRefused as refused:
        state.flash = refusal_text(refused, ui)
    except StoreUnavailable:
        state.flash = T("app.not_saved")
    else:
        state.pop("downloads", None)  # the files to download are stale
        forget_drafts(item_id)
        state.saved = T("app.saved", status=t(f"status.{session.status(item_id)}", ui))
        if advance:
            position = session.items.index(session.item(item_id))
            nxt = next_to_decide(session, position)
            if nxt is not None:
                state.position = nxt


def review_page() -> None:
    session = get_session()
    if session is None:
        return
    if st.button(T("app.back"), key="back"):
        state.pop("review_id", None)
        st.query_params.pop("review", None)
        st.rerun()
    name_column, card_column = st.columns([3, 2], vertical_alignment="center")
    name_column.subheader(session.name, anchor=False)
    if session.report.card is not None:  # the letter card (issue 22): what the letter says
        # beside the name and closed, its title says how much to look at (open above the
        # suggestion, it slowed every decision by 0.3 s and pushed the buttons below the fold)
        with card_column.expander(letter_card_label(session.report.card, ui), expanded=False):
            st.html(CARD_STYLE + letter_card_html(session.report.card, ui, title=False))
            letter_choice(session)
    review_body(session)


def letter_choice(session: ReviewSession) -> None:
    """The reviewer says whether the document is a letter when its parts told it wrong; the
    choice is the letter's (kept in the database) and the analysis is made again with it."""
    is_letter = session.report.card is not None and session.report.card.letter
    key = "card.app.not_a_letter" if is_letter else "card.app.is_a_letter"
    if st.button(T(key), key="letter-choice", type="tertiary"):
        try:
            store.set_letter(session.review_id, team, not is_letter)
        except StoreUnavailable:
            st.error(T("app.not_saved"))
            return
        state.pop("session", None)  # analysed again with the reviewer's word
        st.rerun()


@st.fragment
def review_body(session: ReviewSession) -> None:
    """Everything a decision changes: a click reruns only this."""
    try:
        for who, count in session.sync().items():  # what others decided meanwhile
            st.info(T("app.others_decided", who=who, n=count))
    except StoreUnavailable:  # keep the card and the reviewer's words; say what is shown
        st.warning(T("app.store_stale"))
    before, after = session.readability_before(), session.readability_after()
    st.markdown(
        T(
            "app.score_line",
            before=f"{before.score:.0f}",
            level_before=f"{before.level} ({T(f'level.{before.level}')})",
            after=f"{after.score:.0f}",
            level_after=after.level,
        ),
        help=T("app.score_help"),
    )
    st.progress(
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
    if "position" not in state:
        state.position = next_to_decide(session) or session.next_pending() or 0
    item = session.items[state.position] if session.items else None
    card_column, letter_column = st.columns([2, 3])
    with card_column:
        if item is None or session.decided == session.total:
            st.success(T("app.all_done"))
        if item is not None:
            suggestion_card(session, item)
        mark_hard(session)
    with letter_column:
        st.subheader(T("app.letter"), anchor=False)
        st.html(legend_html(session.report, ui))
        replaced = {d.id: (d.original, d.text) for d in session.applied}
        refused = frozenset(k for k, d in session.decisions.items() if d.status == "rejected")
        current = item.id if item else None
        st.html(letter_html(session.report, current, replaced, refused, T("app.letter")))
        st.html(page_script(ui, item.id if item else None), unsafe_allow_javascript=True)
        if before.reasons:
            with st.expander(T("app.hard"), expanded=False):
                for reason in before.reasons[:5]:
                    st.write(f"- {reason.text(ui)}")
    downloads(session)


def sentence_html(session: ReviewSession, item: Item) -> str:
    """The sentence the suggestion is about, its words marked: the reviewer sees the place
    next to the buttons, on a phone too."""
    finding = item.finding
    text = session.report.text
    sentence = next((s for s in session.report.sentences if s.start <= finding.start < s.end), None)
    start, end = (sentence.start, sentence.end) if sentence else (finding.start, finding.end)
    if finding.start <= start and finding.end >= end:  # about the whole sentence
        inner = f"<mark>{escape(text[start:end])}</mark>"
    else:
        inner = (
            escape(text[start : finding.start])
            + f"<mark>{escape(text[finding.start : finding.end])}</mark>"
            + escape(text[finding.end : end])
        )
    return f'<div class="sl-sentence">{" ".join(inner.split())}</div>'


def suggestion_card(session: ReviewSession, item: Item) -> None:
    """What to decide, the sentence it is about and the two main buttons first (on a phone
    they fit one screen), then the explanation, the reviewer's own version and comment."""
    finding = item.finding
    st.html('<div class="sl-card-top"></div>')  # where a phone scrolls to after a decision
    st.subheader(T("app.suggestion", n=state.position + 1, total=session.total), anchor=False)
    if flash := state.pop("flash", None):
        st.warning(flash)
    if saved := state.pop("saved", None):  # said in the card, where the eyes are, and aloud
        st.html(f'<p class="sl-saved" role="status">✓ {escape(saved)}</p>')
    st.markdown(f"**{finding.message}**")
    st.html(sentence_html(session, item))
    original = session.report.text[
        (item.rewrite.start if item.rewrite else finding.start) : (
            item.rewrite.end if item.rewrite else finding.end
        )
    ]
    decision = session.decisions.get(item.id)
    if item.rewrite is not None:
        if original:
            st.markdown(f"{T('app.was')} ~~{original}~~")
        st.markdown(f"{T('app.becomes')} **{item.rewrite.text.strip()}**")
        if not item.rewrite.confident and item.rewrite.note:
            st.info(t(item.rewrite.note, ui))  # each note says what to check
        proposal = decision.text if decision and decision.applied else item.rewrite.text
    else:
        st.info(T("app.hint_only"))
        proposal = decision.text if decision else original
    key = item.id
    # The version of this suggestion's decision the reviewer was shown: what a click decides
    # against (the rerun that handles the click has already brought in the others').
    seen = session.versions.get(key)
    wide = {"width": "stretch"}

    def decide(status: str, with_text: bool = False) -> Callable[[], None]:
        def run() -> None:
            text = state.get(f"edit-{key}", proposal) if with_text else None
            comment = state.get(f"comment-{key}", "")
            act(
                session,
                key,
                lambda: session.decide(key, status, text=text, comment=comment, seen=seen),
            )

        return run

    one, two = st.columns(2)
    if item.rewrite is not None:
        one.button(
            T("app.accept"),
            type="primary",
            key="accept",
            shortcut="Alt+A",
            on_click=decide("accepted"),
            **wide,
        )
    two.button(T("app.reject"), key="reject", shortcut="Alt+N", on_click=decide("rejected"), **wide)
    status = T("app.status", status=t(f"status.{session.status(item.id)}", ui))
    st.caption(f"{category_label(finding.category, ui)} · {status}")
    if (earlier := session.conflicts.get(item.id)) is not None:
        st.error(conflict_text(earlier, ui))
    if finding.explanation:
        st.write(finding.explanation)
    others = [f for f in item.problem.findings if f is not finding]
    if item.problem.kind == "sentence" and others:  # one sentence, several reasons
        st.markdown(T("app.also") + "\n" + "\n".join(f"- {f.message}" for f in others))
    if len(item.places) > 1:
        st.caption(T("app.places", n=len(item.places)))
    st.text_area(
        T("app.edit_label"),
        value=draft("edit", key, proposal),
        key=f"edit-{key}",
        height=90,
        on_change=keep_draft,
        args=("edit", key),
    )
    st.button(T("app.save_edit"), key="save_edit", on_click=decide("edited", True), **wide)
    comment = st.text_input(
        T("app.comment_label"),
        value=draft("comment", key, decision.comment if decision else ""),
        key=f"comment-{key}",
        on_change=keep_draft,
        args=("comment", key),
    )
    saved_comment = decision.comment if decision else ""
    if comment != saved_comment:
        st.caption(T("app.draft_kept"))

    def save_comment() -> None:
        text = state.get(f"comment-{key}", "")
        act(session, key, lambda: session.comment(key, text, seen=seen), advance=False)
        if "flash" not in state:
            state.saved = T("app.comment_saved")

    st.button(T("app.save_comment"), key="save_comment", on_click=save_comment, **wide)
    if session.undo_stack:
        st.button(T("app.undo"), key="undo", shortcut="Alt+Z", on_click=undo, args=(session,))
    if len(item.places) > 1:
        places(session, item)
    navigation(session, item)


def navigation(session: ReviewSession, item: Item) -> None:
    def go(step: int) -> None:
        target = following(session, state.position, step)
        if target is not None:
            state.position = target

    back, forward = st.columns(2)
    back.button(
        T("app.previous"),
        key="previous",
        disabled=following(session, state.position, -1) is None,
        shortcut="Alt+Left",
        on_click=go,
        args=(-1,),
        width="stretch",
    )
    forward.button(
        T("app.next"),
        key="next",
        disabled=following(session, state.position, 1) is None,
        shortcut="Alt+Right",
        on_click=go,
        args=(1,),
        width="stretch",
    )
    st.checkbox(T("app.skip_notes"), key="skip_notes")
    paragraphs = sorted({it.finding.block for it in session.items})
    chosen = st.selectbox(
        T("app.paragraph"),
        paragraphs,
        index=paragraphs.index(item.finding.block),
        format_func=lambda b: f"{b + 1}. {session.report.blocks[b].text[:60]}…",
        key=f"paragraph-{item.id}",
    )
    if chosen != item.finding.block:
        state.position = next(i for i, it in enumerate(session.items) if it.finding.block == chosen)
        st.rerun(scope="fragment")


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
            columns = st.columns(2)
            choices = (("accepted", "app.accept"), ("rejected", "app.reject"))
            for column, (status, label) in zip(columns, choices, strict=True):
                if status == "accepted" and not place.rewrites:
                    continue  # a note: nothing to accept
                column.button(
                    T(label),
                    key=f"place-{label.removeprefix('app.')}-{place.id}",
                    on_click=act,
                    args=(
                        session,
                        item.id,
                        lambda s=status, p=place: session.decide(item.id, s, place=p.id),
                    ),
                    kwargs={"advance": False},
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
    st.subheader(T("app.downloads"), anchor=False)
    glossary = st.checkbox(T("app.glossary_option"), key="glossary")
    if st.button(T("app.prepare"), key="prepare"):
        stem = Path(session.name).stem
        suffix = Path(session.name).suffix or ".txt"
        state.downloads = {
            "tracked": (
                T("app.file_tracked", stem=stem, suffix=suffix),
                session.document_bytes(glossary=glossary),
            ),
            "clean": (
                T("app.file_clean", stem=stem, suffix=suffix),
                session.document_bytes(clean=True, glossary=glossary),
            ),
            "log_csv": (T("app.file_log", stem=stem, suffix=".csv"), session.changelog("csv", ui)),
            "log_html": (
                T("app.file_log", stem=stem, suffix=".html"),
                session.changelog("html", ui),
            ),
            "decisions": (
                T("app.file_decisions", stem=stem, suffix=".json"),
                session.decision_set().to_json().encode(),
            ),
        }
    for key, (file_name, data) in state.get("downloads", {}).items():
        st.download_button(T(f"app.download_{key}"), data, file_name=file_name, key=f"dl-{key}")


try:
    if state.get("review_id") is None and state.get("page") == lexicon_page.PAGE:
        lexicon_page.page(store, account, team, ui)
    elif state.get("review_id") is None:
        start_page()
    else:
        review_page()
except StoreUnavailable:  # nothing was saved or shown as saved: say so, no traceback
    st.error(T("app.store_down"))
pipelines()  # after the page is drawn: loading them does not slow the first page down
