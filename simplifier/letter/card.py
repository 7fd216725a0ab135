"""The letter card: built once per report from the parsed blocks, shown at the top of every
report, and the source of the letter items (findings of category "letter")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from simplifier.checks.base import BlockAnalysis
from simplifier.letter import actions as act
from simplifier.letter.address import SHOWN, address
from simplifier.letter.contact import REACH, contacts
from simplifier.letter.data import CardWords, contains, words
from simplifier.letter.detect import Layout, layout, paragraphs
from simplifier.letter.message import score
from simplifier.letter.subject import says_something, subject_text
from simplifier.models import Block, Finding, Protected, Rewrite

CATEGORY = "letter"
PREFIX = {"fr": "FR.Lettre", "nl": "NL.Brief"}
# rule ids of the card's items, after the language's prefix
RULES = {
    "late": "MessageTard",
    "no_deadline": "SansDelai",
    "relative": "DelaiSansDepart",
    "no_contact": "SansContact",
    "mixed_address": "AdresseMelangee",
    "subject": "Objet",
    "references": "References",
}
RULES_NL = {
    "late": "BoodschapLaat",
    "no_deadline": "GeenTermijn",
    "relative": "TermijnZonderBegin",
    "no_contact": "GeenContact",
    "mixed_address": "GemengdeAanspreking",
    "subject": "Onderwerp",
    "references": "Verwijzingen",
}
LEGAL = ("legal_reference", "law_title")
MAX_ADDRESS_ITEMS = 5
KINDS = ("date", "relative_from", "now", "event", "relative")  # which deadline is shown first


def rule_id(lang: str, key: str) -> str:
    return PREFIX[lang] + (RULES_NL if lang == "nl" else RULES)[key]


# Items shown only when an organisation asks for them (`[rules] on = [...]` in its settings):
# on letters written by others, read blind in three rounds (docs/quality.md), "an action
# without a date" was right 2 times in 10 (the date was there and the card had not tied it to
# the action); a reviewer shown such items learns to ignore the card.
OPT_IN = ("no_deadline",)


def all_rule_ids() -> frozenset[str]:
    """The ids of the card's items, which an organisation may switch off like a rule's."""
    return frozenset(rule_id(lang, key) for lang in PREFIX for key in RULES)


def opt_in_rule_ids() -> frozenset[str]:
    """The ids of the items shown only when the organisation's settings switch them on."""
    return frozenset(rule_id(lang, key) for lang in PREFIX for key in OPT_IN)


@dataclass
class Line:
    """A sentence of the letter: where it is and what it says."""

    block: int
    start: int
    end: int
    text: str


@dataclass
class Action:
    text: str  # the action in few words
    sentence: Line
    how: str  # modal | polite | imperative | to_do | request
    conditional: bool = False  # "si vous déménagez, vous devez ..."
    deadline: str = ""
    deadline_kind: str = ""  # one of KINDS, or "" (none)

    @property
    def needs_date(self) -> bool:
        """A task the reader must do by a date: not one for some cases only, nor a request
        for something the reader grants ("je sollicite une aide")."""
        return not self.conditional and self.how != "request"


@dataclass
class Contact:
    kind: str  # phone | email | url | postal | hours | service
    text: str


@dataclass
class LetterCard:
    lang: str
    letter: bool
    decided_by: str  # parts | user
    parts: list[str] = field(default_factory=list)
    message: list[Line] = field(default_factory=list)
    paragraph: int = 0  # where the message stands: paragraph n (1-based) of `paragraphs`
    paragraphs: int = 0
    late: bool = False
    actions: list[Action] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    address: str = ""  # the form used: vous | tu | u | je | ""
    address_mixed: bool = False
    address_counts: dict[str, int] = field(default_factory=dict)
    third_person: list[str] = field(default_factory=list)  # "l'assuré", as the rules found
    subject: str | None = None  # the subject line without its label; None: none found
    subject_says: bool | None = None
    references: int = 0
    references_before_message: int = 0
    findings: list[Finding] = field(default_factory=list)
    # relative deadlines outside the actions ("un recours dans le mois") with no start
    loose_deadlines: list[tuple[Line, str]] = field(default_factory=list)

    @property
    def no_deadline(self) -> bool:
        return any(a.deadline_kind in ("", "relative") and a.needs_date for a in self.actions)

    @property
    def no_contact(self) -> bool:
        return not any(c.kind in REACH for c in self.contacts)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        del data["findings"]
        data["loose_deadlines"] = [
            {"sentence": asdict(line), "deadline": text} for line, text in self.loose_deadlines
        ]
        data["findings"] = [f.id for f in self.findings]
        data["no_deadline"] = self.no_deadline
        data["no_contact"] = self.no_contact
        return data


def build(
    blocks: list[Block],
    analyses: list[BlockAnalysis],
    protected: list[Protected],
    lang: str,
    *,
    setting: str | None = None,
    findings: list[Finding] = (),  # type: ignore[assignment]
    letter: bool | None = None,
) -> LetterCard:
    """The card of a document in `lang`; `letter` is the user's word (True / False) when
    given, otherwise the letter's parts decide."""
    card = words(lang)
    found = layout(blocks, lang, card)
    result = LetterCard(
        lang=lang,
        letter=found.letter if letter is None else letter,
        decided_by="parts" if letter is None else "user",
        parts=sorted(found.parts),
    )
    if not result.letter:
        return result
    if not found.body:  # the user says it is a letter, but no salutation: all its text
        found = Layout(found.parts, body=[b for b in blocks if b.kind not in ("header", "footer")])
    by_block = {a.block.index: a for a in analyses}
    _message(result, found, by_block, protected, card)
    _actions(result, found, by_block, protected, card)
    own = [b for b in blocks if b.index not in found.recipient]
    mine = [
        p
        for p in protected
        if not any(blocks[i].start <= p.start < blocks[i].end for i in found.recipient)
    ]
    result.contacts = [Contact(k, t) for k, t in contacts(own, mine, card)]
    _address(result, found, by_block, card, setting)
    result.third_person = sorted(
        {f.match.lower() for f in findings if f.category == "third_person" and f.lang == lang}
    )
    _subject(result, blocks, found, card)
    _references(result, found, protected)
    result.findings = _items(result, found, blocks, card)
    result.__dict__.pop("_other", None)  # spaCy tokens: not kept with the report
    return result


def _sentences(
    blocks: list[Block], by_block: dict[int, BlockAnalysis], found: Layout | None = None
):
    """The sentences of the blocks; with `found`, only those of the body and after it (a
    block read from text with single line breaks may hold the salutation or the closing)."""
    body = {b.index for b in found.body} if found is not None else set()
    for block in blocks:
        analysis = by_block.get(block.index)
        if analysis is None:
            continue
        for sentence in analysis.sentences:
            span = sentence.span
            at = block.start + span.start_char
            end = at + len(span.text.rstrip())
            if block.index in body and (end <= found.body_start or at >= found.body_end):
                continue
            yield block, span


def _units(found: Layout) -> list[int]:
    """The document offsets where the body's paragraphs start, as a reader counts them: a
    list is one; in a block of several lines, a line after one that ends a sentence starts
    a paragraph of its own (text with single line breaks between paragraphs)."""
    starts: list[int] = []
    for group in paragraphs(found.body):
        block = group[0]
        previous = ""
        at = block.start
        for line in block.text.split("\n"):
            here = at + len(line) - len(line.lstrip())
            at += len(line) + 1
            if not line.strip() or here + len(line.strip()) <= found.body_start:
                continue
            if here >= found.body_end:
                break
            if not previous or previous.rstrip()[-1:] in ".!?:…":
                starts.append(here)
            previous = line
    return starts


def _line(block: Block, span) -> Line:
    text = span.text.strip()
    start = block.start + span.start_char
    return Line(block.index, start, start + len(text), text)


def _message(result, found, by_block, protected, card: CardWords) -> None:
    starts = _units(found)
    scored = [
        (score(span, protected, block.start, card), block, span)
        for block, span in _sentences(found.body, by_block, found)
    ]
    best = max((s for s, _, _ in scored), default=0)
    result.paragraphs = len(starts)
    if best < card.get("message", "min_score"):
        return
    top = [(b, s) for value, b, s in scored if value == best][:2]
    result.message = [_line(b, s) for b, s in top]
    at = result.message[0].start
    result.paragraph = max(1, sum(1 for s in starts if s <= at))
    # lateness only when the message is clear: a strong score, and one paragraph holds it
    sure = (
        best >= card.get("message", "late_min_score")
        and len({sum(1 for s in starts if s <= line.start) for line in result.message}) == 1
    )
    # late: not in the first paragraph, and after the first third of the body's words
    result.late = (
        sure and result.paragraph >= 2 and _share(found, at) >= card.get("message", "late_share")
    )


def _share(found: Layout, at: int) -> float:
    """The share of the body's words that come before document offset `at`."""
    before = total = 0
    for block in found.body:
        start = max(block.start, found.body_start)
        end = min(block.start + len(block.text), found.body_end)
        if end <= start:
            continue
        text = block.text[start - block.start : end - block.start]
        total += len(text.split())
        before += len(text[: max(0, at - start)].split())
    return before / total if total else 0.0


def _actions(result, found, by_block, protected, card: CardWords) -> None:
    blocks = found.body + found.after
    said: set[str] = set()
    starts = _units(found)
    for block, span in _sentences(blocks, by_block, found):
        demand = act.demand(span, card)
        if demand is None:
            continue
        if result.actions and contains(span.text, card.get("actions", "refer_back")):
            # "U moet dat doen ten laatste op: <date>": the date of the task asked just before
            before = result.actions[-1]
            here = _deadlines(span, block, blocks, by_block, found, protected, card, starts)
            if here and before.deadline_kind in ("", "relative"):
                best = min(here, key=lambda d: KINDS.index(d.kind))
                before.deadline, before.deadline_kind = best.text, best.kind
            continue
        action = Action(act.plain(span, demand), _line(block, span), demand.how, demand.conditional)
        if action.text.lower() in said:
            continue  # the same task asked twice
        said.add(action.text.lower())
        here = _deadlines(span, block, blocks, by_block, found, protected, card, starts)
        if here:
            best = min(here, key=lambda d: KINDS.index(d.kind))
            action.deadline, action.deadline_kind = best.text, best.kind
        result.actions.append(action)
    asked = {a.sentence.start for a in result.actions}
    for block, span in _sentences(found.body + found.after, by_block, found):
        line = _line(block, span)
        if line.start in asked:
            continue
        here = act.deadlines(span.text, line.start, protected, card)
        if any(d.kind == "date" for d in here):
            continue
        for deadline in here:
            if deadline.kind == "relative":
                result.loose_deadlines.append((line, deadline.text))
                break


def _deadlines(span, block, blocks, by_block, found, protected, card, starts) -> list:
    """The deadlines of an action: in its sentence, else in its paragraph, else on a short
    next line, else in a later "if not in time" sentence."""
    here = act.deadlines(span.text, block.start + span.start_char, protected, card)
    if not here:  # the same paragraph may give the date in the next sentence
        here = _paragraph_deadlines(span, block, starts, protected, card)
    following = next((b for b in blocks if b.index > block.index), None)
    if not here and following is not None and len(following.text.split()) <= 12:
        # the date on the next line: "Renvoyez le formulaire" / "avant le 3 mai."
        here = act.deadlines(following.text, following.start, protected, card)
        if not here:  # "vóór:" ending the paragraph, the date alone on the next line
            tail = block.text.rstrip()[-30:] + "\n" + following.text
            at = following.start - len(tail) + len(following.text)
            here = [d for d in act.deadlines(tail, at, protected, card) if d.kind == "date"]
    if not here:  # "if the sum is not paid within 10 days, ...": the term, said later
        here = _failing(span, block, blocks, by_block, found, protected, card)
    return here


def _paragraph_deadlines(span, block, starts: list[int], protected, card: CardWords) -> list:
    """The deadlines of the sentence's paragraph (from its line to the next paragraph's
    start), leaving out the sentences about interest or penalties: "ces pénalités courent
    dès réception" gives no term to the reader."""
    at = block.start + span.start_char
    first = max((s for s in starts if s <= at), default=block.start)
    last = min((s for s in starts if s > at), default=block.start + len(block.text))
    first, last = max(first, block.start), min(last, block.start + len(block.text))
    text = block.text[first - block.start : last - block.start]
    skip = card.get("deadlines", "not_terms")
    found = []
    for sentence in span.doc.sents:
        here = block.start + sentence.start_char
        if not (first <= here < last) or (here != at and contains(sentence.text, skip)):
            continue
        found += act.deadlines(sentence.text, here, protected, card)
    if not found and not contains(text, skip):  # a date on the line after "vóór:"
        found = act.deadlines(text, first, protected, card)
    return found


def _failing(span, block, blocks, by_block, found, protected, card: CardWords) -> list:
    """The deadline of a later sentence that says what happens when the reader does not act
    in time ("à défaut de paiement dans les 10 jours", "indien … niet binnen 10 dagen")."""
    failing = card.patterns("deadlines", "failing")
    start = block.start + span.start_char
    for other, sentence in _sentences(blocks, by_block, found):
        at = other.start + sentence.start_char
        if at <= start or not any(p.search(sentence.text) for p in failing):
            continue
        here = act.deadlines(sentence.text, at, protected, card)
        if here:
            return here
    return []


def _address(result, found, by_block, card: CardWords, setting: str | None) -> None:
    blocks = [b for b in found.body + found.after if b.index in by_block]
    said = address([by_block[b.index].doc for b in blocks], card, setting)
    of_doc = {id(by_block[b.index].doc): b for b in blocks}
    result.address_counts = {"formal": said.formal, "informal": said.informal}
    result.address = SHOWN[card.lang].get(said.main, "")
    result.address_mixed = said.mixed
    result._other = [(t, of_doc[id(t.doc)]) for t in said.other]  # type: ignore[attr-defined]


def _subject(result, blocks: list[Block], found: Layout, card: CardWords) -> None:
    index = found.parts.get("subject")
    if index is None:
        return
    result.subject = subject_text(found.subject_text or blocks[index].text, card)
    result.subject_says = says_something(result.subject, card)


def _references(result, found: Layout, protected: list[Protected]) -> None:
    spans = [
        p
        for p in protected
        if p.kind in LEGAL and any(b.start <= p.start < b.end for b in found.body + found.after)
    ]
    result.references = len(spans)
    if result.message:
        end = result.message[0].end
        result.references_before_message = sum(p.start < end for p in spans)


def _finding(
    card: CardWords,
    key: str,
    severity: str,
    where: Line | Block,
    match: str = "",
    rewrites: tuple[Rewrite, ...] = (),
    **params: object,
) -> Finding:
    start = where.start
    end = where.end if isinstance(where, Line) else where.start + len(where.text)
    block = where.block if isinstance(where, Line) else where.index
    text = match or (where.text if isinstance(where, Line) else where.text.strip())
    if match:
        end = start + len(match)
    lang = card.lang
    return Finding(
        rule_id=rule_id(lang, key),
        category=CATEGORY,
        severity=severity,  # type: ignore[arg-type]
        lang=lang,
        start=start,
        end=end,
        block=block,
        match=text,
        message=card.message(key, **params),
        explanation=card.message(f"{key}_explanation"),
        action="rephrase" if not rewrites else "replace",
        source="simplifier: issue 22, la fiche de la lettre / de brief in het kort",
        rewrites=rewrites,
    )


def _items(
    result: LetterCard, found: Layout, blocks: list[Block], card: CardWords
) -> list[Finding]:
    items: list[Finding] = []
    # Severity by measured trust: on 10 held-out letters written by others, a blind reader
    # found the "late" claims right 4 of 8 times and the "no deadline" items 1 of 4 (the
    # subject, form of address and contact items did better): those are suggestions, which
    # never fail a `--fail-on warning` run and come after the warnings (docs/quality.md).
    starts = _units(found)
    if result.late and result.message and starts:
        moved = " ".join(line.text for line in result.message)
        rewrite = Rewrite(starts[0], starts[0], moved + " ", confident=False, note="card.move_note")
        items.append(
            _finding(
                card,
                "late",
                "suggestion",
                result.message[0],
                rewrites=(rewrite,),
                n=result.paragraph,
                m=result.paragraphs,
            )
        )
    seen: set[int] = set()
    for action in result.actions:
        if not action.needs_date or action.sentence.start in seen:
            continue
        if action.deadline_kind == "":
            seen.add(action.sentence.start)
            items.append(
                _finding(card, "no_deadline", "suggestion", action.sentence, action=action.text)
            )
    for action in result.actions:
        if action.deadline_kind == "relative" and action.sentence.start not in seen:
            seen.add(action.sentence.start)
            items.append(
                _finding(card, "relative", "suggestion", action.sentence, deadline=action.deadline)
            )
    given = {a.deadline for a in result.actions}
    for line, deadline in result.loose_deadlines:
        if line.start not in seen and deadline not in given:
            seen.add(line.start)
            items.append(_finding(card, "relative", "suggestion", line, deadline=deadline))
    if result.no_contact:
        where = (
            blocks[found.parts["closing"]]
            if "closing" in found.parts
            else found.body[-1]
            if found.body
            else None
        )
        if where is not None:
            items.append(_finding(card, "no_contact", "warning", where))
    other = getattr(result, "_other", [])
    if result.address_mixed and other:
        main = result.address
        said: set[tuple[int, int]] = set()
        for token, block in other:
            key = (block.index, token.sent.start_char)
            if key in said or len(said) >= MAX_ADDRESS_ITEMS:
                continue
            said.add(key)
            start = block.start + token.idx
            line = Line(block.index, start, start + len(token.text), token.text)
            items.append(
                _finding(
                    card,
                    "mixed_address",
                    "warning",
                    line,
                    match=token.text,
                    other=token.lower_,
                    main=main,
                )
            )
    if result.subject is not None and result.subject_says is False:
        items.append(_finding(card, "subject", "suggestion", blocks[found.parts["subject"]]))
    if result.references_before_message and result.message:
        items.append(
            _finding(
                card,
                "references",
                "suggestion",
                result.message[0],
                n=result.references_before_message,
            )
        )
    return items
