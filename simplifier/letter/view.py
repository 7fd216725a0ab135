"""The card as plain sections in the reader's interface language, for the text and HTML
reports, the review app and the batch pages: one heading and its lines per part."""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from simplifier.i18n import t
from simplifier.letter.card import LetterCard

SHOWN_CONTACTS = 8
# for a page that has not the HTML report's style (the review app)
CARD_STYLE = Markup(
    "<style>.lettercard dt{font-weight:700;margin-top:.5rem}.lettercard dt.warn{color:#7a1020}"
    ".lettercard dd{margin-left:1.2rem}</style>"
)
MAX_CHARS = 220


@dataclass
class Section:
    title: str
    lines: list[str] = field(default_factory=list)
    warn: bool = False  # something the reviewer should look at


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CHARS else text[: MAX_CHARS - 1] + "…"


def _deadline(action, ui: str) -> str:
    if action.deadline_kind == "relative":
        return t("card.no_start", ui, deadline=action.deadline)
    if action.deadline:
        return t("card.by", ui, deadline=action.deadline)
    return t("card.by", ui, deadline=t("card.no_date", ui))


def sections(card: LetterCard | None, ui: str) -> list[Section]:
    """Nothing for a report without a card; one line for a document that is not a letter."""
    if card is None:
        return []
    if not card.letter:
        return [Section(t("card.title", ui), [t("card.not_letter", ui)])]
    result = []
    message = Section(t("card.message", ui))
    if card.message:
        for line in card.message:
            message.lines.append(f"« {_short(line.text)} »")
        message.lines.append(t("card.message_at", ui, n=card.paragraph, m=card.paragraphs))
        if card.late:
            message.lines.append(t("card.late", ui))
            message.warn = True
    else:
        message.lines.append(t("card.no_message", ui))
        message.warn = True
    result.append(message)
    todo = Section(t("card.todo", ui))
    for action in card.actions:
        extra = f" ({t('card.if', ui)})" if action.conditional else ""
        todo.lines.append(f"{action.text} — {_deadline(action, ui)}{extra}")
        todo.warn |= action.deadline_kind in ("", "relative") and action.needs_date
    if not card.actions:
        todo.lines.append(t("card.nothing_to_do", ui))
    result.append(todo)
    contact = Section(t("card.contact", ui))
    for found in card.contacts[:SHOWN_CONTACTS]:
        sep = " : " if ui == "fr" else ": "
        contact.lines.append(f"{t(f'card.kind.{found.kind}', ui)}{sep}{found.text}")
    if card.no_contact:
        contact.lines.insert(0, t("card.no_contact", ui))
        contact.warn = True
    result.append(contact)
    address = Section(t("card.address", ui))
    formal, informal = ("vous", "tu") if card.lang == "fr" else ("u", "je")
    counts = card.address_counts
    if card.address_mixed:
        address.lines.append(
            t(
                "card.address_mixed",
                ui,
                formal=formal,
                informal=informal,
                a=counts.get("formal", 0),
                b=counts.get("informal", 0),
            )
        )
        address.warn = True
    elif card.address and (counts.get("formal") or counts.get("informal")):
        address.lines.append(t("card.address_one", ui, form=card.address))
    else:
        address.lines.append(t("card.address_none", ui))
    if card.third_person:
        names = ", ".join(f"« {name} »" for name in card.third_person)
        address.lines.append(t("card.third_person", ui, names=names))
        address.warn = True
    result.append(address)
    subject = Section(t("card.subject", ui))
    if card.subject is None:
        subject.lines.append(t("card.no_subject", ui))
    else:
        verdict = "card.subject_ok" if card.subject_says else "card.subject_vague"
        sep = " : " if ui == "fr" else ": "
        subject.lines.append(f"« {_short(card.subject)} »{sep}{t(verdict, ui)}")
        subject.warn = not card.subject_says
    result.append(subject)
    if card.references:
        references = Section(t("card.references", ui))
        references.lines.append(
            t("card.references_count", ui, n=card.references, before=card.references_before_message)
        )
        references.warn = card.references_before_message > 0
        result.append(references)
    return result


def label(card: LetterCard, ui: str) -> str:
    """A one-line title: the card's name and how many of its parts to look at ("Fiche de la
    lettre : 3 points à vérifier"), for a heading that opens the card."""
    title = t("card.title", ui)
    if not card.letter:
        return title
    parts = [part.title for part in sections(card, ui) if part.warn]
    if not parts:
        return title
    key = "card.to_check_one" if len(parts) == 1 else "card.to_check"
    return t(key, ui, title=title, n=len(parts))


def as_text(card: LetterCard | None, ui: str) -> list[str]:
    """The card as lines of a text report (empty without a card)."""
    if card is None:
        return []
    lines = [f"== {t('card.title', ui)} =="]
    if not card.letter:
        return [*lines, t("card.not_letter", ui), ""]
    for part in sections(card, ui):
        lines.append(f"{'!' if part.warn else '-'} {part.title}")
        lines += [f"    {line}" for line in part.lines]
    if card.decided_by == "user":
        lines.append(t("card.user_letter", ui))
    return [*lines, ""]


def as_html(card: LetterCard | None, ui: str, *, title: bool = True) -> Markup:
    """The card as an HTML section (escaped), or nothing without a card; `title=False`
    when the page gives it its own heading (the review app's expander)."""
    if card is None:
        return Markup("")
    out = [f'<section class="lettercard" aria-label="{escape(t("card.title", ui))}">']
    if title:
        out.append(f"<h2>{escape(t('card.title', ui))}</h2>")
    if not card.letter:
        out.append(f"<p>{escape(t('card.not_letter', ui))}</p></section>")
        return Markup("".join(out))
    out.append("<dl>")
    for part in sections(card, ui):
        mark = ' class="warn"' if part.warn else ""
        sign = "⚠ " if part.warn else ""
        out.append(f"<dt{mark}>{sign}{escape(part.title)}</dt>")
        out += [f"<dd>{escape(line)}</dd>" for line in part.lines]
    out.append("</dl>")
    if card.decided_by == "user":
        out.append(f"<p>{escape(t('card.user_letter', ui))}</p>")
    out.append("</section>")
    return Markup("".join(out))
