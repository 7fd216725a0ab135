"""What the reader must do (demands found from the parse: imperatives, "vous devez / u
moet", "veuillez / gelieve", "à renvoyer / terug te sturen"), and by when."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from simplifier.letter.data import CardWords, contains
from simplifier.models import Protected

MAX_WORDS = 14
_PRONOUNS = {"vous", "tu", "u", "je", "jij"}


@dataclass
class Demand:
    verb: Token | None  # the verb of the action, when the parse gives it
    how: str  # modal | polite | imperative | to_do | request
    conditional: bool
    to_end: bool = False  # the action's words run from the verb to the sentence's end


NEGATION = {"pas", "rien", "jamais", "niet", "niets", "geen", "nooit"}
MIN_WORDS = 4  # "Solde à payer", a table's heading: not a sentence that asks something
HELPERS = {"vouloir", "willen"}  # "veuillez bien vouloir renvoyer", "te willen terugsturen"


def _negated(token: Token) -> bool:
    near = [token, *token.children]
    near += [g for c in token.children if c.dep_ == "xcomp" for g in c.children]
    return any(t.lower_ in NEGATION for t in near)


def _modal(sentence: Span, card: CardWords) -> Token | None:
    modals = set(card.get("actions", "modal_lemmas"))
    for token in sentence:
        if token.lemma_.lower() not in modals:
            continue
        verb = token.head if token.dep_.startswith("aux") else token
        heads = {token, verb}
        subject = [c for h in heads for c in h.children if c.dep_.startswith("nsubj")]
        doc = token.doc
        # the small parses miss some subjects ("Tu" read as a determiner): the pronoun just
        # before the modal, or just after it in Dutch ("moet u")
        subject += [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
        if not any(s.lower_ in _PRONOUNS for s in subject):
            continue
        if any(_negated(h) for h in heads) or sentence.text.rstrip().endswith("?"):
            continue
        if verb is token:  # French: "vous devez renvoyer": the infinitive
            verb = next((c for c in token.children if c.dep_ == "xcomp"), token)
        low, high = sorted((token.i, verb.i))
        window = doc[max(low - 2, sentence.start) : min(high + 2, sentence.end)]
        if any(t.lower_ in NEGATION or t.lower_ in ("ne", "n'", "n’") for t in window):
            continue  # "vous ne devez rien faire", "moet je geen aanvraag indienen"
        if verb.lemma_.lower() in set(card.get("actions", "modal_not")):
            continue  # "vous devez avoir 18 ans": a condition, not an action
        if verb is not token and (
            verb.pos_ not in ("VERB",)
            or any(c.dep_ == "cop" for c in verb.children)
            or any(
                c.dep_.startswith("aux") and c.lemma_ in ("hebben", "avoir") for c in verb.children
            )
        ):
            continue  # "je moet meerderjarig zijn", "moet u werk hebben uitgevoerd": a state
        before = doc[max(low - 3, sentence.start) : low]
        if any(t.lower_ in set(card.get("actions", "relative")) for t in before):
            continue  # "la part que vous devez payer"
        return verb
    return None


def _polite(sentence: Span, card: CardWords) -> Token | None:
    phrase = contains(sentence.text, card.get("actions", "polite"))
    if phrase:
        words = [re.escape(w) for w in phrase.lower().split()]
        where = re.search(r"(?<!\w)" + r"\s+".join(words), sentence.text.lower())
    else:  # "nous vous proposons, par conséquent, de": words between
        where = next(
            (
                m
                for p in card.patterns("actions", "polite_patterns")
                if (m := p.search(sentence.text))
            ),
            None,
        )
        if where is None:
            return None
    at = where.start() if where else 0
    refused = set(card.get("actions", "not_demands"))
    helper = None
    for token in sentence:
        if token.idx - sentence.start_char <= at:
            continue
        if token.lower_ in NEGATION:
            return None  # "nous vous prions de ne pas nous téléphoner"
        if token.pos_ in ("VERB", "AUX") and "Inf" in token.morph.get("VerbForm"):
            if token.lemma_.lower() in HELPERS:
                helper = helper or token
                continue
            return None if token.lemma_.lower() in refused else token
    return helper


def _imperative(sentence: Span, card: CardWords) -> Token | None:
    """A sentence that opens with a verb and has no subject: "Renvoyez le formulaire",
    "Stuur het formulier terug" (the parse often tags these badly: the form decides)."""
    words = [
        t for t in sentence if not (t.is_punct or t.is_space or t.lower_ in ("ne", "n'", "n’"))
    ]
    if len(words) < 3 or sentence.text.rstrip().endswith("?"):
        return None
    if any(t.lower_ in NEGATION for t in words[:4]):
        return None  # "Ne payez pas deux fois": a warning, not an action
    first = words[0]
    if any(t.dep_.startswith("nsubj") for t in sentence):
        return None
    refused = set(card.get("actions", "imperative_not"))
    if first.lemma_.lower() in refused or first.lower_ in refused:
        return None
    mood = first.morph.get("Mood")
    if card.lang == "fr":
        if "Imp" in mood or (
            first.lower_.endswith("ez") and first.pos_ in ("VERB", "PROPN", "NOUN")
        ):
            return None if first.lower_[:-2] + "er" in refused else first
        return None
    # Dutch: the bare stem opens the sentence and is the root, with an object or a particle
    if (
        first.dep_ == "ROOT"
        and first.pos_ in ("VERB", "NOUN", "PROPN")
        and first.text[:1].isupper()
    ) and any(c.dep_ in ("obj", "compound:prt", "obl", "iobj") for c in first.children):
        return first
    return None


def demand(sentence: Span, card: CardWords) -> Demand | None:
    if sum(1 for t in sentence if t.is_alpha) < MIN_WORDS:
        return None
    if contains(sentence.text, card.get("actions", "void")):
        return None  # "if you have already paid, ignore this letter"
    conditional = bool(contains(sentence.text, card.get("actions", "conditional")))
    # "nous vous invitons à": the reader may, a date is not expected
    conditional = conditional or bool(contains(sentence.text, card.get("actions", "invite")))
    for how, find in (("modal", _modal), ("polite", _polite), ("imperative", _imperative)):
        verb = find(sentence, card)
        if verb is not None:
            if how == "polite" and verb.lemma_.lower() in set(card.get("actions", "request_verbs")):
                how = "request"  # "nous vous saurions gré de nous accorder un délai"
            return Demand(verb, how, conditional)
    if contains(sentence.text, card.get("actions", "to_do")):
        return Demand(None, "to_do", conditional)
    return _request(sentence, card, conditional)


def _request(sentence: Span, card: CardWords, conditional: bool) -> Demand | None:
    """The writer asks the reader for something ("je sollicite une aide exceptionnelle",
    "ik verzoek om een afbetalingsplan"): the verb of the request, when the parse has it."""
    phrase = contains(sentence.text, card.get("actions", "request"))
    if not phrase or sentence.text.rstrip().endswith("?"):
        return None
    lemmas = set(card.get("actions", "request_lemmas"))
    verb = next((t for t in sentence if t.lemma_.lower() in lemmas), None)
    if verb is None:  # the parse took the verb for a noun ("verzoek"): the phrase's verb
        where = re.search(r"(?<!\w)" + re.escape(phrase.lower()), sentence.text.lower())
        at = sentence.start_char + (where.start() if where else 0)
        people = _PRONOUNS | {"ik", "wij", "we", "nous"}
        verb = next(
            (t for t in sentence if t.idx >= at and t.is_alpha and t.lower_ not in people), None
        )
    if verb is None or any(t.lower_ in NEGATION for t in verb.children):
        return None
    return Demand(verb, "request", conditional, to_end=True)


def plain(sentence: Span, found: Demand) -> str:
    """The action in few words: the verb and what depends on it, else the sentence."""
    if found.verb is None:
        words = sentence.text.split()
    elif found.to_end:
        # "je sollicite pour mon fils une bourse": the thing asked, to the end
        words = sentence.doc[found.verb.i : sentence.end].text.split()
    else:
        verb = found.verb
        end = max(verb.right_edge.i, max((c.right_edge.i for c in verb.children), default=verb.i))
        start = verb.i
        for child in verb.children:  # the particle or object before a Dutch infinitive
            if (
                child.i < verb.i
                and child.dep_ in ("obj", "compound:prt", "obl")
                and child.i > sentence.start
            ):
                start = min(start, child.left_edge.i)
        words = sentence.doc[start : end + 1].text.split()
    text = " ".join(words).strip(" .;:,")
    cut = text.split()
    return " ".join(cut[:MAX_WORDS]) + (" …" if len(cut) > MAX_WORDS else "")


@dataclass
class Deadline:
    text: str
    kind: str  # date | relative | relative_from | now | event
    start: int  # offsets in the document
    end: int


def deadlines(
    text: str, offset: int, protected: list[Protected], card: CardWords
) -> list[Deadline]:
    """The deadlines said in a stretch of text (a sentence or a paragraph) that starts at
    document offset `offset`."""
    end_at = offset + len(text)
    spans = [p for p in protected if offset <= p.start < end_at]
    found: list[Deadline] = []
    dates = [p for p in spans if p.kind == "date"]
    relatives = [(p.start, p.end) for p in spans if p.kind == "deadline"]
    for pattern in card.patterns("deadlines", "relative"):
        for match in pattern.finditer(text):
            start, end = offset + match.start(), offset + match.end()
            if not any(s < end and start < e for s, e in relatives):
                relatives.append((start, end))
    anchors = card.get("deadlines", "anchors")
    for start, end in sorted(relatives):
        # "binnen 8 dagen na ontvangst", "dans les 8 jours qui suivent", "binnen de 8
        # volgende dagen": the start is said, after the term or inside it
        after = text[end - offset : end - offset + 70]
        inside = text[start - offset : end - offset + 12]  # "dans les 8 jours suivants"
        anchored = (
            bool(contains(after, anchors))
            or bool(contains(inside, card.get("deadlines", "anchors_inside")))
            or any(d.start >= end for d in dates)
        )
        kind = "relative_from" if anchored else "relative"
        found.append(Deadline(text[start - offset : end - offset], kind, start, end))
    before = card.get("deadlines", "before_date")
    for date in dates:
        lead = text[max(0, date.start - offset - 20) : date.start - offset]
        phrase = next((p for p in before if lead.lower().rstrip().endswith(p)), "")
        if phrase or not found:
            found.append(Deadline((phrase + " " + date.text).strip(), "date", date.start, date.end))
    slot = re.compile(card.get("deadlines", "slot"), re.I)
    for phrase in before:  # a model letter's "avant le (date)": the writer fills the date in
        for match in re.finditer(
            r"(?<!\w)" + re.escape(phrase) + r"\s*:?\s*" + slot.pattern, text, re.I
        ):
            if not any(d.kind == "date" for d in found):
                at = offset + match.start()
                said = " ".join(match.group().split())
                found.append(Deadline(said, "date", at, offset + match.end()))
    for kind in ("now", "event"):
        phrase = contains(text, card.get("deadlines", kind))
        if phrase:
            at = text.lower().find(phrase.split()[0])
            found.append(Deadline(phrase, kind, offset + at, offset + at + len(phrase)))
    return found
