"""The message: the sentence(s) that carry the decision, the answer or the request."""

from __future__ import annotations

import re

from spacy.tokens import Span

from simplifier.letter.data import CardWords, compiled, contains
from simplifier.models import Protected


def score(sentence: Span, protected: list[Protected], offset: int, card: CardWords) -> int:
    """How much the sentence sounds like the letter's message: its decision words, phrases
    and amounts, each counted once."""
    text = sentence.text
    if contains(text, card.get("message", "pointers")):
        return 0  # "veuillez trouver ci-joint la décision": the decision is elsewhere
    if sum(1 for t in sentence if t.is_alpha) < 4 or contains(text, card.get("parts", "closing")):
        return 0
    lower = text.lower()
    total = 0
    for phrase, weight in card.get("message", "phrases").items():
        if contains(lower, [phrase]):
            total += weight
    if not text.rstrip().endswith("?"):
        for pattern, weight in card.get("message", "patterns").items():
            if compiled(pattern, re.I).search(text.strip()):
                total += weight
    lemmas = card.get("message", "lemmas")
    first = {w.lower() for w in card.get("message", "first_person")}
    seen = set()
    performed = False
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ in ("VERB", "AUX") and lemma in lemmas and lemma not in seen:
            seen.add(lemma)
            total += lemmas[lemma]
            performed = performed or _by_writer(token, first)
    if performed:  # "je suis amené à demander", "wij zullen terugvorderen": the writer acts
        total += card.get("message", "first_person_bonus")
    start, end = offset + sentence.start_char, offset + sentence.end_char
    if any(p.kind == "amount" and start <= p.start < end for p in protected):
        total += card.get("message", "amount")
    if total and any(p.search(text) for p in card.patterns("message", "side")):
        # "si vous …, contactez-nous", a list's bullet: a side sentence, not the message
        total = max(0, total - card.get("message", "side_penalty"))
    return total


def _by_writer(verb, first: set[str]) -> bool:
    """The verb's subject, or that of the verb it depends on ("je suis conduit à demander"),
    is the writer: "je", "nous", "ik", "wij"."""
    for head in (verb, verb.head, verb.head.head):
        if any(c.dep_.startswith("nsubj") and c.lower_ in first for c in head.children):
            return True
        if head.dep_ not in ("xcomp", "advcl", "aux", "aux:pass", "ccomp"):
            break
    return False
