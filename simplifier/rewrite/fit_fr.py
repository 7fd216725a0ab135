"""Fit a French alternative into its sentence: the article and its contraction ("du", "au"),
agreement of the words that depend on a replaced noun (gender, number), the conjugation of a
replaced verb, and the agreement of a replaced adjective or participle."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from simplifier.nlp import get_pipeline
from simplifier.rewrite import french
from simplifier.rewrite.clauses import finite_verbs
from simplifier.rewrite.context import tag_in_place
from simplifier.rewrite.fit_common import (
    KNOWN_ZIPF,
    alt_noun,
    case_like,
    join_following,
    known_form,
    parse_alone,
    parse_noun_phrase,
    replace_words,
    root_token,
    sentence_start,
)
from simplifier.rewrite.fitted import NOTE_ORDER, CannotFit, Fitted
from simplifier.rewrite.fitted import doc_text as _doc_text
from simplifier.rewrite.fitted import morph as _morph
from simplifier.words import zipf


def fit_fr(doc: Doc, span: Span, alternative: str) -> Fitted:
    head = span.root
    alt = parse_alone(alternative, "fr")
    pronominal = alt[0].lower_ in ("se", "s'", "s’")
    alt_verb = _alt_verb(alt)
    has_aux = any(c.dep_ in ("aux", "aux:tense", "aux:pass") for c in head.children)
    has_det = any(c.dep_ == "det" for c in head.children)
    verbal = (
        head.pos_ in ("VERB", "AUX")
        or has_aux
        or (head.pos_ in ("NOUN", "PROPN") and not has_det and bool(_fr_verb_cells(head)))
    )
    if alt_verb is not None or pronominal:
        finite = [t for t in span if _finite(t)]
        if not verbal and head.pos_ != "ADJ" and finite:
            head, verbal = finite[0], True  # "prendra effet": the parser missed the verb
        if verbal or head.pos_ == "ADJ":
            if pronominal or not _fr_verb_cells(head):
                raise CannotFit()  # a form we cannot read (passé simple), or "se" to add
            return _fit_fr_verb(doc, span, head, alt, alt_verb)
    function_words = span[-1].pos_ in ("ADP", "SCONJ", "DET") or span[-1].lower_ in (
        "de",
        "d'",
        "d’",
        "à",
        "que",
        "qu'",
        "où",
        *_BARE_ARTICLE,
    )
    # A whole formula with its own subject ("nous vous prions de bien vouloir" -> "merci de")
    # or opening the sentence ("veuillez trouver" -> "voici") is replaced as it is.
    formula = len(span) > 1 and (
        any(t.dep_.startswith("nsubj") and t.head in span for t in span)
        or (sentence_start(doc, span.start_char) and head.pos_ not in ("NOUN", "PROPN"))
    )
    if len(span) > 1 and (function_words or (formula and alt_verb is None)):
        pass  # "en vue de", "quant au", "dans l'hypothèse où": replaced as they are
    elif _qualifies_a_noun(span, head, alt):
        return _fit_fr_qualifier(span, head, alternative)
    elif head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.dep_ in ("nsubj", "obj")):
        return _fit_fr_noun(doc, span, head, parse_noun_phrase(alternative, "fr"))
    elif head.pos_ == "ADJ" or (
        head.pos_ == "VERB" and _morph(head, "VerbForm") == "Part" and head.dep_ in ("amod", "acl")
    ):
        return _fit_fr_adjective(doc, span, head, alt)
    elif head.pos_ in ("VERB", "AUX"):
        raise CannotFit()
    following = doc[span.end] if span.end < len(doc) else None
    if (
        head.pos_ == "ADV"
        and len(alt) > 1
        and following is not None
        and head.head == following
        and (following.pos_ == "ADJ" or _morph(following, "VerbForm") == "Part")
    ):
        # an adverb of several words goes after the participle it qualifies: "indûment
        # perçues" -> "perçues à tort", not "à tort perçues"
        return Fitted(
            span.start_char, following.idx + len(following.text), f"{following.text} {alternative}"
        )
    if alternative.lower() == "si" and _mood_follows(span, ("conditionnel", "subjonctif")):
        # "si" takes neither the conditional nor the subjunctive ("pour autant que la demande
        # soit motivée" -> "si la demande est motivée"): the verb must change too
        raise CannotFit()
    text = _tail_article(span, alternative)
    text, end = join_following(doc, span.end_char, text, "fr")
    start, text = _fr_leading(doc, span.start_char, text)
    return Fitted(start, end, text)


def _qualifies_a_noun(span: Span, head: Token, alt: Doc) -> bool:
    """ "les dispositions en vigueur": a phrase with a preposition after a noun, which one word
    replaces ("actuel")."""
    governor = head.head
    return (
        len(span) > 1
        and span[0].pos_ == "ADP"
        and len(alt) == 1
        and governor.pos_ == "NOUN"
        and governor.i < span.start
        and head.dep_ in ("nmod", "amod", "obl")
    )


def _fit_fr_qualifier(span: Span, head: Token, alternative: str) -> Fitted:
    """The word agrees with the noun like an adjective ("aux dispositions actuelles"); a word
    that is not an adjective in the sentence ("par ailleurs" -> "aussi") is left to the
    reviewer."""
    if tag_in_place(span, alternative, "fr") != "ADJ":
        raise CannotFit()
    governor = head.head
    gender = _morph(governor, "Gender") or french.gender_from_ending(governor.text)
    number = _morph(governor, "Number") or "Sing"
    if not gender:
        raise CannotFit()
    form = known_form(french.inflect_adjective(alternative, gender, number), "fr")
    return Fitted(span.start_char, span.end_char, form)


def _alt_verb(alt: Doc) -> Token | None:
    """The verb of the alternative: its first word when it is an infinitive we can conjugate,
    or a finite verb in it ("il faut")."""
    if french.conjugation(alt[0].lower_):
        return alt[0]
    if alt[0].pos_ != "PRON" or len(alt) < 2:
        return None  # "la part que vous payez": a noun, even with a verb inside
    for token in alt[1:2]:
        cells = (
            french.analyse_form(token.lemma_, token.text) if token.pos_ in ("VERB", "AUX") else []
        )
        if any(c.startswith(("present", "imparfait", "futur", "conditionnel")) for c in cells):
            return token
    return None


def _mood_follows(span: Span, moods: tuple[str, ...]) -> bool:
    """True when the first verb after the span can only be read in one of these moods."""
    for token in span.doc[span.end : span.sent.end]:
        cells = _fr_verb_cells(token) if token.pos_ in ("VERB", "AUX") else []
        if cells:
            return all(c.startswith(moods) for c in cells)
    return False


_BARE_ARTICLE = {form: article for form, (_, article) in french.CONTRACTED.items()}


def _tail_article(span: Span, text: str) -> str:
    """A term ending in a contracted article ("quant au") leaves its article behind:
    "à propos de" + "le" -> "à propos du"; "sauf" + "les" -> "sauf les"."""
    last = span[-1].lower_
    words = text.split(" ")
    if last not in _BARE_ARTICLE or words[-1].lower() in ("le", "la", "les", "l'"):
        return text  # "en date du" -> "le": the alternative has its article
    if len(words) > 1 and words[-1].lower() in ("de", "à"):
        article = _contract(words[-1].lower(), _BARE_ARTICLE[last] + " ").strip()
        return " ".join([*words[:-1], article])
    return f"{text} {_BARE_ARTICLE[last]}"


def _finite(token: Token) -> bool:
    return any(
        c.startswith(("present", "imparfait", "futur", "conditionnel", "subjonctif"))
        for c in _fr_verb_cells(token)
    )


@lru_cache(maxsize=1)
def _fr_lookup() -> dict[str, str]:
    """spaCy's French form -> lemma table, a second opinion when the parser's lemma is wrong."""
    table = get_pipeline("fr").get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    return table  # type: ignore[return-value]


def fr_lemma(token: Token) -> str:
    """The verb a French word is a form of: the parser's lemma, else spaCy's lookup table."""
    if french.analyse_form(token.lemma_.lower(), token.text):
        return token.lemma_.lower()
    looked_up = _fr_lookup().get(token.text.lower(), "")
    if isinstance(looked_up, list):
        looked_up = looked_up[0] if looked_up else ""
    if looked_up and french.analyse_form(looked_up, token.text):
        return looked_up
    return token.lemma_.lower()


def _fr_verb_cells(token: Token) -> list[str]:
    """The forms ("present.2p", ...) the word can be, from its lemma or, when the parser's
    lemma is wrong, from the verbs it may come from."""
    cells = french.analyse_form(fr_lemma(token), token.text)
    if cells:
        return cells
    for verb in french.infinitives_of(token.text):
        if zipf(verb, "fr") >= 1.5:
            return french.analyse_form(verb, token.text)
    return []


def _fr_leading(doc: Doc, start: int, text: str) -> tuple[int, str]:
    """Elide or restore the little word before the replacement: "d'octroi" -> "de décision",
    "de demande" -> "d'aide", "que" -> "qu'"."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None or token[0].i == 0:
        return start, text
    previous = doc[token[0].i - 1]
    word = french.normalise_apostrophe(previous.text).lower()
    vowel = french.starts_with_vowel(text)
    if word in french.ELIDED and not vowel and not previous.whitespace_:
        full = french.ELIDED[word]
        return previous.idx, case_like(full, previous.text) + " " + text
    if word in ("de", "que", "je", "ne", "me", "te", "se") and vowel and previous.whitespace_:
        return previous.idx, case_like(word[:-1] + "'", previous.text) + text
    return start, text


def _determiner_of(head: Token, span: Span) -> Token | None:
    """The article, demonstrative or possessive of the noun, or a contracted "du"/"au" before
    it, when it comes right before the span (adjectives may sit between)."""
    for child in head.lefts:
        if child.i >= span.start:
            continue
        form = french.normalise_apostrophe(child.text).lower()
        if (child.dep_ == "det" or child.dep_ == "case") and french.is_determiner(form):
            return child
    if span.start > 0:
        previous = span.doc[span.start - 1]
        form = french.normalise_apostrophe(previous.text).lower()
        # Right before the span, an elided article is the noun's whatever the parse says:
        # « la date de l’accusé de réception » parsed with « l’ » on « date » gave « l’preuve ».
        if form in ("du", "au", "aux", "des", "l'"):
            return previous
    return None


def _fr_gender(noun: Token, own_article: Token | None) -> str:
    if own_article is not None:
        form = own_article.text.lower()
        if form in ("la", "une", "cette", "ma", "ta", "sa"):
            return "Fem"
        if form in ("le", "un", "ce", "cet"):
            return "Masc"
    return french.gender_from_ending(noun.text) or _morph(noun, "Gender")


# Words before a French noun whose plural also shows its gender.
_GENDERED_QUANTIFIERS = frozenset(
    "certain certaine certains certaines nombreux nombreuses divers diverses différents "
    "différentes".split()
)

# Nouns used in the plural only ("des frais", never "un frais"), and nouns that have no plural
# in these letters ("l'argent": "vos indemnités" cannot become "vos argents").
_PLURAL_ONLY = frozenset("frais gens honoraires environs dépens arrhes obsèques vivres".split())
_MASS_NOUNS = frozenset("argent aide santé travail logement courrier".split())


def _fit_fr_noun(doc: Doc, span: Span, head: Token, alt: Doc) -> Fitted:
    number = _morph(head, "Number") or "Sing"
    determiner = _determiner_of(head, span)
    if determiner is not None and french.normalise_apostrophe(determiner.text).lower() in (
        "les",
        "des",
        "aux",
        "ces",
        "mes",
        "tes",
        "ses",
        "nos",
        "vos",
        "leurs",
    ):
        number = "Plur"
    original_gender = _original_gender(head)
    noun = alt_noun(alt)
    own_article = alt[0] if alt[0].pos_ == "DET" and alt[0].head == noun else None
    gender = _fr_gender(noun, own_article)
    if (
        gender
        and gender != original_gender
        and any(t.lower_ in _GENDERED_QUANTIFIERS for t in head.lefts if t.i < span.start)
    ):
        raise CannotFit()  # "certaines prestations" -> "certains soins": not in our tables
    if number == "Plur" and noun.lower_ in _MASS_NOUNS:
        raise CannotFit()  # "vos indemnités" -> not "vos argents que vous recevez"
    number_changed = False
    plural_noun = _morph(noun, "Number") == "Plur" or noun.lower_ in _PLURAL_ONLY
    if plural_noun and noun.text.lower().endswith(("s", "x")):
        number_changed = number != "Plur"
        number = "Plur"  # "la réglementation" -> "les règles"
        if number_changed and head.dep_.startswith("nsubj"):
            raise CannotFit()  # its verb would have to change too: "des frais ... est ajouté"
    words: dict[int, str] = {}
    if number == "Plur":
        words[noun.i] = known_form(french.plural(noun.text), "fr")
        for child in noun.children:
            participle = child.dep_ == "acl" and _morph(child, "VerbForm") == "Part"
            if (child.dep_ == "amod" and child.pos_ in ("ADJ", "VERB")) or participle:
                words[child.i] = known_form(french.plural(child.text), "fr")  # "périodes comptées"
        if _morph(noun, "Number") != "Plur":
            _fr_plural_clause(noun, words)
    if own_article is not None:
        if number == "Plur":
            words[own_article.i] = french.determiner(own_article.text, gender, "Plur", "")
        body = replace_words(alt, words)
        start = span.start_char
        if determiner is not None:
            start = determiner.idx
            form = french.normalise_apostrophe(determiner.text).lower()
            preposition = french.CONTRACTED.get(form, ("", ""))[0]
            if preposition:
                body = _contract(preposition, body)
        text, end = join_following(doc, span.end_char, body, "fr")
        fitted = Fitted(start, end, text)
        if gender and gender != original_gender:
            fitted = _agree_after(doc, fitted, head, span, gender, number)
        return fitted
    body = replace_words(alt, words)
    start = span.start_char
    needs_gender = gender != original_gender or number_changed
    if determiner is not None:
        if not gender and number == "Sing":
            raise CannotFit()
        form = french.determiner(determiner.text, gender, number, body)
        start = determiner.idx
        before = doc[determiner.i - 1] if determiner.i else None
        merged = (
            french.CONTRACTIONS.get((french.straight(before.text), french.straight(form)))
            if before is not None
            else None
        )
        if merged and before is not None and before.whitespace_:
            form, start = case_like(merged, before.text), before.idx
        between = _doc_text(doc)[determiner.idx + len(determiner.text) : span.start_char]
        prenominal = _agree_between(doc, determiner, span, head, gender, number)
        if form.endswith(("'", "’")):
            body = form + prenominal + body.lstrip()
        else:
            body = form + (" " + prenominal if prenominal else between or " ") + body
    else:
        start, body = _fr_leading(doc, start, body)
    text, end = join_following(doc, span.end_char, body, "fr")
    fitted = Fitted(start, end, text)
    if needs_gender and (gender or original_gender):
        fitted = _agree_after(doc, fitted, head, span, gender or original_gender, number)
    return fitted


def _original_gender(noun: Token) -> str:
    """The gender of the replaced noun, from its ending first (the small parse often leaves it
    out or gets it wrong)."""
    return (
        french.gender_from_ending(noun.lemma_)
        or french.gender_from_ending(noun.text)
        or _morph(noun, "Gender")
    )


def _fr_plural_clause(noun: Token, words: dict[int, str]) -> None:
    """A "qui" clause on a noun made plural agrees with it: "personne qui signe" ->
    "personnes qui signent", "document qui est demandé" -> "documents qui sont demandés"."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.lower_ != "qui":
        return
    clause = following.head
    verbs = finite_verbs(clause)
    plural = _fr_third_plural(verbs[0]) if len(verbs) == 1 else None
    if plural is None:
        raise CannotFit()
    words[verbs[0].i] = case_like(plural, verbs[0].text)
    if verbs[0] is not clause and verbs[0].lemma_ == "être" and clause.pos_ in ("VERB", "ADJ"):
        words[clause.i] = known_form(french.plural(clause.text), "fr")  # "sont demandés"


def _fr_third_plural(verb: Token) -> str | None:
    """The third person plural of a verb in the third person singular, same tense."""
    verbs = french.likely_infinitives(verb.text, verb.lemma_)
    return french.other_person(verbs, verb.text, ("3s",), "3p")


def _contract(preposition: str, body: str) -> str:
    article, space, rest = body.partition(" ")
    merged = french.CONTRACTIONS.get((preposition, article.lower()))
    if merged and space:
        return f"{merged} {rest}"  # "de le document" -> "du document"
    if preposition == "de" and french.starts_with_vowel(body):
        return "d'" + body
    return f"{preposition} {body}"


def _agree_between(
    doc: Doc, determiner: Token, span: Span, head: Token, gender: str, number: str
) -> str:
    """Adjectives between the article and the noun ("le nouveau document")."""
    words = [t for t in doc[determiner.i + 1 : span.start] if not t.is_space]
    if not words:
        return ""
    result = []
    was = _original_gender(head)
    for token in words:
        if token.pos_ == "ADJ" and token.head == head:
            result.append(_agree_word(token, gender, number, was))
        else:
            result.append(token.text)
    return " ".join(result) + " "


def _agree_word(token: Token, gender: str, number: str, was: str = "") -> str:
    """An adjective or participle agreeing with a new noun; the original must be reproducible
    from its base form, else we did not understand it and stop. `was`: the gender of the noun
    it agreed with, for words whose parse does not say ("prestations indues")."""
    cells = [c for c in _fr_verb_cells(token) if c.startswith("participe.")]
    if cells:
        verb = fr_lemma(token)
        if not french.analyse_form(verb, token.text):
            verb = next(v for v in french.infinitives_of(token.text) if zipf(v, "fr") >= 1.5)
        forms = french.conjugation(verb)
        assert forms is not None
        return case_like(forms[f"participe.{gender}.{number}"], token.text)
    original_gender = _morph(token, "Gender") or was or "Masc"
    original_number = _morph(token, "Number") or "Sing"
    written = token.text.lower()
    # the lemma of a word the parse took for a noun is feminine ("paramédicale"): try the
    # written form without its endings too
    stripped = written.removesuffix("s").removesuffix("e")
    candidates = [stripped] if zipf(stripped, "fr") >= KNOWN_ZIPF else []
    candidates += [token.lemma_.lower(), written]
    base = next(
        (
            c
            for c in candidates
            if c and french.inflect_adjective(c, original_gender, original_number) == written
        ),
        None,
    )
    if base is None:
        raise CannotFit()
    form = known_form(french.inflect_adjective(base, gender, number), "fr")
    return case_like(form, token.text)


def _first_token_from(doc: Doc, char: int) -> int:
    """The index of the first token starting at `char` or later (bisection: walking the
    whole doc for every fit made a long paragraph cost the square of its length)."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < char:
            low = middle + 1
        else:
            high = middle
    return low


def _no_adjective_left_behind(doc: Doc, end: int, head: Token) -> None:
    """ "des soins médicaux et paramédicales": an adjective after "et" that the parse hung
    elsewhere kept the old gender; CannotFit then."""
    first = _first_token_from(doc, end)
    following = list(doc[first : first + 2])
    old_gender = _morph(head, "Gender")
    if (
        len(following) == 2
        and following[0].pos_ == "CCONJ"
        and old_gender
        and _morph(following[1], "Gender") == old_gender
        and not any(c.dep_ == "det" for c in following[1].children)
    ):
        raise CannotFit()


def _agree_after(
    doc: Doc, fitted: Fitted, head: Token, span: Span, gender: str, number: str
) -> Fitted:
    """Adjectives after the noun and the participle or adjective of "être" whose subject it is
    ("Le document est envoyé" -> "La lettre est envoyée"): the fit grows to include them."""
    targets = [
        t
        for t in head.rights
        if t.i >= span.end
        and (t.dep_ == "amod" or (t.dep_ == "acl" and _morph(t, "VerbForm") == "Part"))
        and t.pos_ != "PROPN"
        and not (t.text.isupper() and len(t.text) > 1)  # "NISS" is not an adjective
        and not any(c.dep_ in ("aux", "aux:tense") for c in t.children)
    ]
    # "soins médicaux et paramédicaux": an adjective joined to one of them agrees too
    targets += [
        c
        for t in targets
        for c in t.children
        if c.dep_ == "conj" and (c.pos_ in ("ADJ", "NOUN") or _morph(c, "VerbForm") == "Part")
    ]
    governor = head.head
    subject = head.dep_ in ("nsubj", "nsubj:pass") and not any(
        c.dep_ == "case" for c in head.children
    )
    if subject and governor.i > head.i:  # ("des prestations ... est prévu": not the subject)
        has_etre = any(
            c.dep_ in ("cop", "aux:pass") or (c.dep_ == "aux" and c.lemma_ == "être")
            for c in governor.children
        )
        if has_etre and (governor.pos_ == "ADJ" or _morph(governor, "VerbForm") == "Part"):
            targets.append(governor)
        # "… ne peuvent plus être modifiées", "doit être signée": through a modal verb
        for child in governor.children:
            if (
                child.dep_ == "xcomp"
                and _morph(child, "VerbForm") == "Part"
                and any(c.dep_ in ("aux:pass", "cop") for c in child.children)
            ):
                targets.append(child)
    if not targets:
        return fitted
    was = _original_gender(head)
    sentence_end = head.sent.end_char
    text = fitted.text
    end = fitted.end
    for token in sorted(targets, key=lambda t: t.i):
        if token.idx < end or token.idx + len(token.text) > sentence_end:
            continue
        text += _doc_text(doc)[end : token.idx] + _agree_word(token, gender, number, was)
        end = token.idx + len(token.text)
    _no_adjective_left_behind(doc, end, head)
    return Fitted(fitted.start, end, text)


def _fr_cell(head: Token, participle: bool = False) -> str:
    """Which form of its verb the original word is (tense, person), from the word itself;
    `participle` when an auxiliary says it is one ("a fait")."""
    cells = _fr_verb_cells(head)
    if not cells:
        raise CannotFit()
    if participle:
        cells = [c for c in cells if c.startswith("participe")] or cells
    if len(cells) == 1:
        return cells[0]
    mood = _morph(head, "Mood")
    person = _morph(head, "Person")
    number = "p" if _morph(head, "Number") == "Plur" else "s"
    preferred = [c for c in cells if person and c.endswith(f".{person}{number}")] or cells
    has_subject = any(c.dep_.startswith("nsubj") for c in head.children)
    if mood == "Sub" or _after_que(head):
        preferred = [c for c in preferred if c.startswith("subjonctif")] or preferred
    elif mood == "Imp" or (not has_subject and any(c.startswith("imperatif") for c in cells)):
        preferred = [c for c in preferred if c.startswith("imperatif")] or preferred
    else:
        preferred = [c for c in preferred if not c.startswith(("subjonctif", "imperatif"))] or (
            preferred
        )
    return preferred[0]


def _after_que(head: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("que", "qu'", "qu’") for c in head.children)


_ETRE_VERBS = frozenset(
    "aller venir arriver partir sortir entrer rester tomber naître mourir devenir revenir "
    "retourner parvenir intervenir survenir décéder".split()
)


def _fit_fr_verb(doc: Doc, span: Span, head: Token, alt: Doc, verb: Token | None) -> Fitted:
    if verb is None:
        raise CannotFit()
    if any(c.dep_.startswith("expl") and c.lower_ in ("se", "s'", "s’") for c in head.children):
        raise CannotFit()
    if span.start and doc[span.start - 1].lower_ in ("se", "s'", "s’"):
        raise CannotFit()  # "s'acquitte de" -> not "se paie de": the verb is pronominal
    following = doc[span.end] if span.end < len(doc) else None
    if (
        span[-1].pos_ == "ADP"
        and alt[-1].pos_ != "ADP"
        and any(c.dep_ == "aux:pass" for c in head.children)
        and following is not None
        and following.pos_ in ("DET", "NOUN", "PROPN")  # not "être tenu de déclarer"
    ):
        # "il sera procédé à la récupération": the passive has no object to take the
        # preposition's; not "il sera fait la récupération"
        raise CannotFit(NOTE_ORDER)
    infinitive = verb.lower_ if french.conjugation(verb.lower_) else verb.lemma_.lower()
    forms = french.conjugation(infinitive)
    # "êtes tenu de" -> "devez": when the term holds the auxiliary, the auxiliary's form counts.
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
    inside = [a for a in auxiliaries if span.start <= a.i < span.end]
    source = inside[0] if inside else head
    cell = _fr_cell(source, participle=bool(auxiliaries) and not inside)
    if forms is None or cell not in forms:
        raise CannotFit()
    if (
        cell.startswith("participe")
        and infinitive in _ETRE_VERBS
        and any(a.lemma_ == "avoir" for a in auxiliaries)
    ):
        raise CannotFit()  # "a comparu" -> "est venu": the auxiliary would change too
    form = case_like(forms[cell], source.text)
    body = replace_words(alt, {verb.i: form})
    body = _tail_article(span, body)
    start, body = _fr_leading(doc, span.start_char, body)
    text, end = join_following(doc, span.end_char, body, "fr")
    return Fitted(start, end, text)


def _written_number(word: Token) -> str:
    """The number a French adjective or participle shows in its ending: an -s or -x its
    lemma does not have is a plural; no -s or -x, a singular; « inclus », « gris »: unknown."""
    text, lemma = word.text.lower(), word.lemma_.lower()
    if not text.endswith(("s", "x")):
        return "Sing"
    if lemma.endswith(("s", "x")) or lemma == text:
        return ""
    return "Plur"


def _written_gender(word: Token, number: str) -> str:
    """The gender a French adjective or participle shows in its ending (« indexés »: the
    parse said feminine and gave « adaptées »): its two forms differ and it is one of them, or
    a participle in -é/-i/-u with or without its -e."""
    text, lemma = word.text.lower(), word.lemma_.lower()
    masculine = french.inflect_adjective(lemma, "Masc", number)
    feminine = french.inflect_adjective(lemma, "Fem", number)
    if masculine != feminine and text in (masculine, feminine):
        return "Fem" if text == feminine else "Masc"
    stem = text[:-1] if number == "Plur" and text.endswith("s") else text
    if stem.endswith(("ée", "ie", "ue")):
        return "Fem"
    if stem.endswith(("é", "i", "u")):
        return "Masc"
    return ""


_PREPOSITIONS = frozenset({"en", "à", "de", "sans", "avec", "pour", "par", "sous", "sur", "hors"})


def _noun_of(adjective: Token) -> Token | None:
    """The noun an adjective describes, through the other adjectives before it (« revenus
    annuels bruts imposables »: the parse hangs each on the one before)."""
    word, steps = adjective, 0
    while word.dep_ in ("amod", "acl", "xcomp") and word.head.i != word.i and steps < 4:
        if word.head.pos_ in ("NOUN", "PROPN"):
            return word.head if adjective.dep_ in ("amod", "acl") else None
        if word.head.pos_ not in ("ADJ", "VERB"):
            return None
        word, steps = word.head, steps + 1
    return None


def _fit_fr_adjective(doc: Doc, span: Span, head: Token, alt: Doc) -> Fitted:
    # an adjective that does not show its gender ("précité", "imposables") takes its noun's
    # ("décret", "revenus"), known from the noun's ending before the parse's guess
    noun = _noun_of(head)
    # The number the word shows in its own ending first (« médiateur de dettes agréé »: the
    # parse hung it on « dettes » and gave « reconnus »), then that of the noun it goes with
    # (its own tag is often wrong: « montant indexé » tagged plural gave « montant adaptés »).
    number = _written_number(head) or (_morph(noun, "Number") if noun is not None else "")
    number = number or _morph(head, "Number") or "Sing"
    lemma = head.lemma_.lower()
    same_both = french.inflect_adjective(lemma, "Masc", number) == french.inflect_adjective(
        lemma, "Fem", number
    )
    from_noun = french.gender_from_ending(noun.lemma_) if noun is not None and same_both else ""
    noun_gender = _morph(noun, "Gender") if noun is not None else ""
    # an adjective with one form for both genders shows none: its tag is the parse's guess
    # (« revenus … imposables » tagged feminine gave « soumises »), the noun's comes first
    shown = from_noun or (
        (noun_gender if same_both else "") or _morph(head, "Gender") or noun_gender
    )
    gender = _written_gender(head, number) or shown or "Masc"
    if alt[0].lower_ in _PREPOSITIONS and len(alt) > 1:
        # a phrase that opens with a preposition does not agree (« déclaration tardive » →
        # « déclaration en retard », not « en retarde »)
        start, body = _fr_leading(doc, span.start_char, alt.text)
        text, end = join_following(doc, span.end_char, body, "fr")
        return Fitted(start, end, text)
    target = root_token(alt)
    if target.pos_ not in ("ADJ", "VERB"):
        # the fragment's parse may call its adjective a noun ("cité plus haut"): the first
        # word that is not an adverb or a function word takes the agreement
        function_words = ("ADV", "DET", "ADP", "PRON", "CCONJ", "SCONJ")
        target = next((t for t in alt if t.pos_ not in function_words), alt[-1])
    base = target.text.lower()
    if (
        head.pos_ == "ADJ"
        and not shown
        and french.inflect_adjective(base, "Fem", number)
        != french.inflect_adjective(base, "Masc", number)
    ):
        # "disponible" does not show whom it is about; "prêt" must ("l'intéressée ... prête")
        raise CannotFit()
    form = (
        known_form(french.inflect_adjective(base, gender, number), "fr")
        if (gender, number) != ("Masc", "Sing")
        else target.text
    )
    body = replace_words(alt, {target.i: form})
    start, body = _fr_leading(doc, span.start_char, body)
    text, end = join_following(doc, span.end_char, body, "fr")
    return Fitted(start, end, text)
