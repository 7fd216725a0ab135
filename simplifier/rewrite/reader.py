"""Speak to the reader: "vous" or "u" in place of the words that name them in the third person
("le demandeur", "de rechthebbende"). The rest of the sentence follows: the verb of which they
are the subject takes the form that goes with the pronoun ("Le demandeur doit" -> "Vous devez",
"De rechthebbende is" -> "U bent"), and a French object pronoun moves before its verb ("Nous
informons le bénéficiaire" -> "Nous vous informons"), and a possessive takes the place of an
owner ("la demande du bénéficiaire" -> "votre demande", "het dossier van de aanvrager" -> "uw
dossier"). Where the sentence is built otherwise, the reviewer is asked to rewrite it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from simplifier.rewrite import dutch, french
from simplifier.rewrite.clauses import HELPERS, finite_verbs
from simplifier.rewrite.fitted import NOTE_GRAMMAR, CannotFit, Fitted, doc_text

PRONOUNS = {"fr": "vous", "nl": "u"}
_SUBJECTS = ("nsubj", "nsubj:pass")
_FRENCH_REFLEXIVE = ("se", "s'", "s’")
_OF = {"fr": ("de", "d'", "d’", "du", "des"), "nl": ("van",)}
_THE = {"fr": ("le", "la", "les", "l'", "l’"), "nl": ("de", "het")}


def names_the_reader(alternative: str, lang: str) -> bool:
    return alternative.strip().lower() == PRONOUNS.get(lang)


def fit_reader(doc: Doc, span: Span, lang: str) -> Fitted:
    """The pronoun in place of the noun phrase `span` is part of; CannotFit when its role in
    the sentence is not one handled here."""
    head = span.root
    if head.pos_ not in ("NOUN", "PROPN", "ADJ"):
        raise CannotFit()
    # the preposition ("du", "aan") stays, and a verb's helper hung on the subject is a parse
    # error, not part of the noun phrase
    words = [t for t in head.subtree if not t.is_punct and t.dep_ not in (*HELPERS, "case")]
    first = min(t.i for t in words)
    if words[-1].i >= span.end or (first < span.start and not _only_determiners(doc, first, span)):
        raise CannotFit()  # "le demandeur de la prime", "le seul demandeur": rewrite by hand
    start = doc[first].idx
    pronoun = PRONOUNS[lang]
    if head.dep_ in _SUBJECTS:
        return _subject(doc, start, span, head, lang)
    if head.dep_ == "nmod":
        possessive = _possessive(doc, span, head, lang)
        if possessive is not None:
            return possessive
    if lang == "nl" and head.dep_ in ("obj", "iobj", "obl"):
        return Fitted(start, span.end_char, pronoun)  # "wij informeren u", "aan u"
    if lang == "nl" and head.dep_ == "nmod":
        # "het gezin van u" is Dutch, "uw gezin" is what people say: the reviewer decides
        return Fitted(start, span.end_char, pronoun, confident=False, note=NOTE_GRAMMAR)
    if lang == "fr" and head.dep_ == "obj":
        return _french_object(doc, start, span, head)
    raise CannotFit()


def _possessive(doc: Doc, span: Span, head: Token, lang: str) -> Fitted | None:
    """ "la demande du bénéficiaire" -> "votre demande", "het dossier van de aanvrager" -> "uw
    dossier": the thing owned takes the possessive in place of its article; None when the
    words are not built that way."""
    owner = head.head
    case = next((c for c in head.children if c.dep_ == "case" and c.i < span.start), None)
    article = next((c for c in owner.lefts if c.dep_ == "det"), None)
    if (
        owner.pos_ != "NOUN"
        or case is None
        or case.lower_ not in _OF[lang]
        or article is None
        or article.lower_ not in _THE[lang]
        or not article.i < owner.i < case.i
        # "de inkomsten van het gezin van de rechthebbende": whose is "uw"? not said
        or any(t.pos_ == "ADP" or t.lower_ in _OF[lang] for t in doc[article.i + 1 : case.i])
    ):
        return None
    if lang == "fr":
        plural = article.lower_ == "les" or "Plur" in owner.morph.get("Number")
        possessive = "vos" if plural else "votre"
    else:
        possessive = "uw"
    words = doc_text(doc)[doc[article.i + 1].idx : case.idx].rstrip()
    return Fitted(article.idx, span.end_char, f"{possessive} {words}")


def _only_determiners(doc: Doc, first: int, span: Span) -> bool:
    return all(t.dep_ == "det" for t in doc[first : span.start])


def _subject(doc: Doc, start: int, span: Span, head: Token, lang: str) -> Fitted:
    finite = finite_verbs(head.head, head)
    if not finite:
        raise CannotFit()
    form = _pronoun_form(finite[0], lang)
    if form is None:
        raise CannotFit()
    if finite[0].i < span.start:
        if lang == "fr":
            raise CannotFit()  # "Doit le demandeur...": rewrite by hand
        # "Daarna is de aanvrager" -> "Daarna bent u"
        words = doc_text(doc)[finite[0].idx + len(finite[0].text) : start]
        return Fitted(finite[0].idx, span.end_char, form + words + "u")
    last = finite[0]
    if lang == "fr":
        last = _last_reflexive(head.head, finite[0]) or last
    words = [
        form + t.whitespace_ if t == finite[0] else _with_vous(t, lang)
        for t in doc[span.end : last.i + 1]
    ]
    text = PRONOUNS[lang] + doc[span.end - 1].whitespace_ + "".join(words)
    if last.whitespace_:  # the space after the last word changed is not part of the change
        text = text[: -len(last.whitespace_)]
    return Fitted(start, last.idx + len(last.text), text)


def _last_reflexive(clause: Token, finite: Token) -> Token | None:
    """The reflexive pronoun of an infinitive that goes with the subject: "Le demandeur est
    invité à se présenter" -> "Vous êtes invité à vous présenter"."""
    found = None
    for token in clause.doc[finite.i + 1 : clause.sent.end]:
        verb = token.head
        infinitive = "Inf" in verb.morph.get("VerbForm")
        if token.lower_ in _FRENCH_REFLEXIVE and infinitive and clause in (verb, verb.head):
            found = token
    return found


def _with_vous(token: Token, lang: str) -> str:
    """A word between the subject and the last word that changes: a French reflexive pronoun
    goes with "vous" ("s'engage" -> "vous engagez"), the others stay."""
    if lang == "fr" and token.lower_ in _FRENCH_REFLEXIVE:
        return "vous "
    return token.text_with_ws


def _pronoun_form(verb: Token, lang: str) -> str | None:
    if lang == "nl":
        return dutch.polite_verb(verb.text)
    verbs = french.likely_infinitives(verb.text, verb.lemma_)
    return french.other_person(verbs, verb.text, ("3s", "3p"), "2p")


def _french_object(doc: Doc, start: int, span: Span, head: Token) -> Fitted:
    """ "Nous informons le bénéficiaire" -> "Nous vous informons": the pronoun goes before the
    verb, or before its auxiliary in a compound tense ("nous vous avons informé")."""
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > span.start:
        raise CannotFit()
    helpers = [c for c in verb.children if c.dep_ in HELPERS and c.i < verb.i]
    target = min([verb, *helpers], key=lambda t: t.i)
    before = doc[target.i - 1] if target.i else None
    if before is not None and before.pos_ == "PRON" and before.dep_ not in _SUBJECTS:
        raise CannotFit()  # another object pronoun already there ("le lui"): by hand
    words = doc_text(doc)[target.idx : start].rstrip()
    if before is not None and before.lower_ in ("n'", "n’"):
        # "nous n'informons pas le bénéficiaire" -> "nous ne vous informons pas"
        return Fitted(before.idx, span.end_char, f"ne vous {words}")
    return Fitted(target.idx, span.end_char, f"vous {words}")
