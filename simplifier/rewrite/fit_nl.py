"""Fit a Dutch alternative into its sentence: "de" or "het", plurals and the words that
agree with them, adjective endings ("de automatische herziening"), the conjugation and word
order of a replaced verb (particles, "te" + infinitive)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from simplifier.rewrite import dutch
from simplifier.rewrite.bare_infinitive import needs_bare_infinitive, without_te
from simplifier.rewrite.clauses import finite_verbs
from simplifier.rewrite.fit_common import (
    KNOWN_ZIPF,
    alt_noun,
    case_like,
    join_words,
    known_form,
    parse_alone,
    parse_noun_phrase,
    replace_words,
)
from simplifier.rewrite.fitted import NOTE_ORDER, CannotFit, Fitted
from simplifier.rewrite.fitted import morph as _morph
from simplifier.words import zipf


def fit_nl(doc: Doc, span: Span, alternative: str) -> Fitted:
    fitted = _fit_nl_words(doc, span, alternative)
    if needs_bare_infinitive(span, alternative):
        bare = without_te(doc, span, fitted)
        if bare is None:
            raise CannotFit()  # "te" + infinitive not found: the reviewer adjusts the verb
        fitted = bare
    return fitted


def _fit_nl_words(doc: Doc, span: Span, alternative: str) -> Fitted:
    head = span.root
    alt = parse_alone(alternative, "nl")
    alt_is_verb = any(_nl_verb_like(t) for t in alt)
    has_det = any(c.dep_ == "det" for c in head.children)
    if alt_is_verb and not has_det and head.pos_ not in ("VERB", "AUX"):
        # "heeft betrekking op": the parser made the noun the head; the verb is in the span
        verbs = [
            t
            for t in span
            if t.pos_ in ("VERB", "AUX")
            and t.dep_ not in ("amod", "nmod", "acl", "conj")  # "roerende goederen"
            and dutch.infinitives_of(t.text)
        ]
        if verbs:
            head = verbs[0]
    verb_like = alt_is_verb and not has_det and bool(dutch.infinitives_of(head.text))
    following = doc[span.end] if span.end < len(doc) else None
    before_noun = alt[-1].pos_ == "ADJ" and following is not None and following.pos_ == "NOUN"
    if len(span) == 1 and following is not None and following.pos_ == "NOUN":
        participle = _fit_nl_attributive_participle(span, alt, following)
        if participle is not None:
            return participle
    single_determiner = len(alt) == 1 and alt[0].lower_ in dutch.DETERMINERS
    if single_determiner and following is not None and following.pos_ in ("NOUN", "PROPN"):
        return _fit_nl_determiner(doc, span, following, alt[0].text)
    if before_noun and head.pos_ in ("PROPN", "X"):
        # a capital in a title misleads the parse: "Betreft: Ambtshalve herziening"
        return _fit_nl_adjective(span, head, alt, following)
    if head.pos_ in ("NOUN", "PROPN") and not verb_like:
        return _fit_nl_noun(doc, span, head, parse_noun_phrase(alternative, "nl"))
    if any(c.dep_ == "det" for c in head.children) and head.pos_ in (
        "VERB",
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        return _fit_nl_noun(doc, span, head, parse_noun_phrase(alternative, "nl"))  # "deze wedde"
    if not alt_is_verb and head.dep_ == "advmod" and all(t.pos_ == "ADV" for t in alt):
        return Fitted(span.start_char, span.end_char, alternative)  # "onverwijld" -> "meteen"
    if head.pos_ in ("VERB", "AUX") or (
        alt_is_verb and dutch.infinitives_of(head.text) and not has_det
    ):
        return _fit_nl_verb(doc, span, head, alt)
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        return _fit_nl_adjective(span, head, alt)
    if before_noun:
        return _fit_nl_adjective(span, head, alt, following)
    return Fitted(span.start_char, span.end_char, alternative)


_NOT_VERBS = ("ADP", "ADV", "ADJ", "DET", "PRON", "NUM", "CCONJ", "SCONJ")


def _nl_verb_like(token: Token) -> bool:
    """A word of an alternative that can be conjugated: "-en" words are, unless the parse
    says they are something else ("meteen", "boven")."""
    if token.pos_ == "NOUN" and any(c.dep_ in ("det", "amod") for c in token.children):
        return False  # "met vriendelijke groeten"
    return token.pos_ not in _NOT_VERBS and dutch.conjugation(token.lower_) is not None


def _known_nl(form: str) -> bool:
    """A Dutch word writers use, or a compound of two ("werkjaren" = werk + jaren)."""
    lower = form.lower()
    if zipf(lower, "nl") >= KNOWN_ZIPF:
        return True
    for cut in range(3, len(lower) - 2):
        head, tail = lower[:cut], lower[cut:]
        if zipf(tail, "nl") >= 2.0 and (
            zipf(head, "nl") >= 2.0 or (head.endswith("s") and zipf(head[:-1], "nl") >= 2.0)
        ):
            return True
    return False


def _nl_plural(head: Token) -> bool:
    """Plural by the parse, checked against the word: "wedde" is not a plural whatever the
    tagger says, "aanvragen" is (of "aanvraag")."""
    number = _morph(head, "Number")
    text = head.text.lower()
    if number == "Sing" and head.pos_ == "NOUN":
        return False
    if number == "Plur" and head.pos_ == "NOUN" and text != head.lemma_.lower():
        return True
    return any(
        text in [p.lower() for p in dutch.plural(singular)] and _known_nl(singular)
        for singular in dutch.singulars_of(text)
    )


def _fit_nl_noun(doc: Doc, span: Span, head: Token, alt: Doc) -> Fitted:
    plural = _nl_plural(head)
    noun = alt_noun(alt)
    own_article = alt[0] if alt[0].pos_ == "DET" and alt[0].lower_ in ("de", "het") else None
    if own_article is not None:
        het = own_article.lower_ == "het"
        sure = True
    else:
        article, sure = dutch.article(noun.text, _morph(noun, "Gender"))
        het = article == "het"
    words: dict[int, str] = {}
    if plural and not _nl_already_plural(noun):
        if noun.lower_ in dutch.MASS_NOUNS:
            raise CannotFit()  # "uitkeringen" -> "geld dat u krijgt": not "gelden"
        candidates = dutch.plural(noun.text)
        known = sorted(
            (c for c in candidates if _known_nl(c)), key=lambda c: -zipf(c.lower(), "nl")
        )
        if not known:
            raise CannotFit()
        words[noun.i] = known[0]
        _nl_plural_clause(noun, words)
        if own_article is not None:
            words[own_article.i] = case_like("de", own_article.text)
    determiner = next(
        (
            c
            for c in head.lefts
            if c.dep_ in ("det", "nmod:poss", "amod")
            and c.lower_ in dutch.DETERMINERS
            and c.i < span.start
        ),
        None,
    )
    start = span.start_char
    original_het = (
        determiner is not None and determiner.lower_ in ("het", "dit", "dat")
    ) or _morph(head, "Gender") == "Neut"
    if own_article is not None:
        said = "de" if plural else own_article.lower_
    elif determiner is None:
        said = ""
    elif plural or het == original_het:
        said = determiner.lower_
    else:
        said = dutch.determiner(determiner.text, het, plural).lower()
    _inflect_own_adjectives(alt, noun, words, said, het, plural)
    body = replace_words(alt, words)
    if own_article is not None and determiner is not None:
        return Fitted(determiner.idx, span.end_char, body)
    if determiner is None or plural or het == original_het:
        if determiner is None and not plural and het != original_het:
            adjectives = [t for t in head.lefts if t.dep_ == "amod" and t.i < span.start]
            if adjectives:
                if not sure:
                    raise CannotFit()
                first = adjectives[0]
                words_before = [
                    _nl_adjective(t, "", het, plural) if t in adjectives else t.text
                    for t in doc[first.i : span.start]
                ]
                return Fitted(first.idx, span.end_char, join_words([*words_before, body]))
        return Fitted(start, span.end_char, body)
    if not sure:
        raise CannotFit()
    form = dutch.determiner(determiner.text, het, plural)
    between = []
    for token in doc[determiner.i + 1 : span.start]:
        if token.dep_ == "amod" and token.head == head and token.pos_ in ("ADJ", "VERB"):
            between.append(_nl_adjective(token, determiner.text, het, plural))
        else:
            between.append(token.text)
    return Fitted(determiner.idx, span.end_char, join_words([form, *between, body]))


def _inflect_own_adjectives(
    alt: Doc, noun: Token, words: dict[int, str], determiner: str, het: bool, plural: bool
) -> None:
    """The alternative's own adjectives take the ending of the determiner they get in the
    sentence: "de herziening" -> "het nieuwe onderzoek", "een herziening" -> "een nieuw
    onderzoek"."""
    for token in alt[: noun.i]:
        if token.pos_ == "ADJ" and token.head == noun and token.i not in words:
            words[token.i] = _nl_adjective(token, determiner, het, plural)


def _nl_already_plural(noun: Token) -> bool:
    """The alternative's noun is written plural already ("inkomens en bezit")."""
    return _morph(noun, "Number") == "Plur" and any(
        noun.lower_ in (form.lower() for form in dutch.plural(singular))
        for singular in dutch.singulars_of(noun.text)
        if singular.lower() != noun.lower_ and _known_nl(singular)
    )


def _nl_plural_clause(noun: Token, words: dict[int, str]) -> None:
    """A clause on a noun made plural agrees with it: "dokter die controleert" -> "dokters die
    controleren", "gezinslid dat verzekerd is" -> "gezinsleden die verzekerd zijn". A "dat"
    that is not the clause's subject may be a relative pronoun, which becomes "die" ("loon dat
    u verliest" -> "lonen die u verliest"), or "that", which stays ("beslissing dat u ziek
    bent"); the parse does not tell them apart well enough: the reviewer is asked to check."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if following is None or following.lower_ not in ("dat", "die"):
        return
    subject = following.pos_ == "PRON" and following.dep_ in ("nsubj", "nsubj:pass")
    if following.lower_ == "dat":
        if not subject:
            raise CannotFit()
        words[following.i] = "die"
    if not subject:
        return  # "mensen die u kent": the verb goes with its own subject
    verbs = finite_verbs(following.head)
    plural = dutch.plural_verb(verbs[0].text) if len(verbs) == 1 else None
    if plural is None:
        raise CannotFit()
    words[verbs[0].i] = case_like(plural, verbs[0].text)


def _fit_nl_attributive_participle(span: Span, alt: Doc, noun: Token) -> Fitted | None:
    """A participle before its noun replaced by one verb: its participle, with the ending the
    noun asks for ("de ingediende aangifte" -> "de gestuurde aangifte", "de hieronder vermelde
    dagen" -> "genoemde dagen", whatever tense the parse gave the word)."""
    word = span[0]
    if len(alt) != 1 or not _nl_verb_like(alt[0]) or not _nl_is_participle(word):
        return None
    forms = dutch.conjugation(alt[0].lower_)
    if not forms or "part" not in forms:
        raise CannotFit()
    needs_e = _nl_attributive_e(word, noun)
    if needs_e is None:
        needs_e = word.lower_.endswith("e")
    form = dutch.adjective_e(forms["part"]) if needs_e else forms["part"]
    return Fitted(span.start_char, span.end_char, known_form(form, "nl"))


def _nl_is_participle(word: Token) -> bool:
    """ "ingediend(e)", "vermeld(e)": a past participle, with or without -e."""
    lower = word.lower_
    for form in (lower, lower[:-1] if lower.endswith("e") else None):
        if form and any(
            (dutch.conjugation(verb) or {}).get("part") == form
            for verb in dutch.infinitives_of(form)
            if zipf(verb, "nl") >= 1.5
        ):
            return True
    return False


def _fit_nl_determiner(doc: Doc, span: Span, noun: Token, determiner: str) -> Fitted:
    """ "voormeld besluit" -> "dit besluit", "het voormelde besluit" -> "dit besluit": the
    determiner agrees with the noun and takes the place of its article."""
    article = next((c for c in noun.lefts if c.dep_ == "det" and c.i < span.start), None)
    said = article.lower_ if article is not None else ""
    plural = _nl_plural(noun)
    if said in ("de", "het"):
        het = said == "het"
    else:
        guess, sure = dutch.article(noun.text, _morph(noun, "Gender"))
        if not sure and not plural:
            raise CannotFit()
        het = guess == "het"
    start = article.idx if article is not None and said in ("de", "het") else span.start_char
    form = dutch.determiner(determiner, het, plural)
    if not form:
        raise CannotFit()
    return Fitted(start, span.end_char, form)


def _nl_attributive_e(adjective: Token, noun: Token) -> bool | None:
    """Whether an adjective before `noun` takes -e, from the noun and its determiner: the
    original's own ending does not tell for words that never change ("de ambtshalve herziening"
    -> "de automatische herziening"). None when the noun does not follow or its article is a
    guess that matters."""
    if noun.i <= adjective.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    determiner = next((c for c in noun.lefts if c.dep_ == "det" and c.i < adjective.i), None)
    if determiner is None and noun.lower_.endswith("en"):
        return None  # maybe a verb the parse took for a noun: "zich kosteloos wenden tot"
    plural = _nl_plural(noun)
    said = determiner.lower_ if determiner is not None else ""
    if said in ("het", "dit", "dat") or said in ("de", "deze", "die"):
        het = said in ("het", "dit", "dat")
    else:
        article, sure = dutch.article(noun.text, _morph(noun, "Gender"))
        if not sure and not plural:
            return None
        het = article == "het"
    return dutch.adjective_needs_e(said, het, plural)


def _nl_adjective(token: Token, determiner: str, het: bool, plural: bool) -> str:
    written = token.text.lower()
    base = _uninflected(written, token.lemma_.lower())
    form = dutch.adjective_e(base) if dutch.adjective_needs_e(determiner, het, plural) else base
    return case_like(known_form(form, "nl"), token.text)


def _uninflected(written: str, lemma: str) -> str:
    """The adjective without its -e, as written (comparatives too: "hogere" -> "hoger")."""
    if not written.endswith("e") or written == lemma:
        return written
    for candidate in (lemma, written[:-1], written[:-2], dutch.other_spelling(written[:-1])):
        if candidate and dutch.adjective_e(candidate) == written:
            return candidate
    raise CannotFit()


_NL_PERFECT = ("hebben", "zijn", "worden")
_NL_MODAL = ("kunnen", "moeten", "zullen", "willen", "mogen", "gaan", "blijven", "laten")


def _nl_cells(head: Token) -> list[str]:
    """Which form the original verb is: the forms of its verb that are written like it
    (when we can conjugate it), narrowed by its auxiliary and subject; else the parse's
    features."""
    synthesised: list[str] = []
    parsed = head.lemma_.lower().replace("_", "")
    trusted = parsed != head.text.lower() or _morph(head, "VerbForm") == "Inf"
    lemmas = ([parsed] if trusted else []) + dutch.infinitives_of(head.text)
    for lemma in lemmas:
        forms = dutch.conjugation(lemma)
        synthesised = [
            c for c, f in (forms or {}).items() if f == head.text.lower() and c != "te_inf"
        ]
        if synthesised and zipf(lemma, "nl") >= 1.5:
            break
        synthesised = []
    guessed = _nl_cells_from_features(head)
    auxiliaries = {c.lemma_ for c in head.children if c.dep_ in ("aux", "aux:pass", "cop")}
    if head.dep_ == "xcomp":  # the parser may hang "herzien" under "hebben" instead of the reverse
        auxiliaries.add(head.head.lemma_)
    perfect = bool(auxiliaries & set(_NL_PERFECT))
    if guessed == ["part"] and perfect:
        return guessed
    if not synthesised:
        return guessed
    if "part" in synthesised and perfect:
        return ["part"]
    if "inf" in synthesised and (
        auxiliaries & set(_NL_MODAL) or (head.dep_ == "xcomp" and not perfect)
    ):
        return ["inf"]
    if {"inf", "part"} <= set(synthesised):
        # "zullen ... herzien" or "hebben ... herzien": the nearest auxiliary before decides
        for token in reversed(head.doc[head.sent.start : head.i]):
            if token.lemma_ in _NL_MODAL:
                return ["inf"]
            if token.lemma_ in _NL_PERFECT:
                return ["part"]
    return [c for c in synthesised if c in guessed] or synthesised


def _nl_cells_from_features(head: Token) -> list[str]:
    form = _morph(head, "VerbForm")
    tense = _morph(head, "Tense")
    number = _morph(head, "Number")
    text = head.text.lower()
    if form == "Inf" or (not form and text.endswith("en") and head.dep_ in ("xcomp", "ccomp")):
        return ["inf"]
    if form == "Part":
        return ["part"]
    if not number:
        number = "Plur" if text.endswith("en") else "Sing"
    if tense == "Past":
        return ["past.pl" if number == "Plur" else "past.sg"]
    if number == "Plur":
        return ["pres.pl"]
    subject = next((c for c in head.children if c.dep_.startswith("nsubj")), None)
    if subject is not None and subject.lower_ == "ik":
        return ["pres.1"]
    if subject is not None and subject.lower_ in ("jij", "je") and subject.i > head.i:
        return ["pres.2inv"]
    if subject is None and head.i == head.sent.start:
        # A verb that opens its sentence without a subject is an order ("Vul ... in") or a
        # question whose subject the parser missed: the stem fits both "je" and orders.
        following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
        if following is not None and following.lower_ in ("je", "jij"):
            return ["pres.2inv"]
        if following is not None and following.lower_ == "u":
            return ["pres.3"]
    return ["pres.3"]


def _main_clause_finite(head: Token) -> bool:
    """A finite verb in second position of a main clause: a separable verb would have to be
    split there ("vraag ... aan")."""
    if _morph(head, "VerbForm") != "Fin":
        return False
    return not any(c.dep_ == "mark" for c in head.children) and head.dep_ not in (
        "acl:relcl",
        "advcl",
        "ccomp",
        "csubj",
    )


def _nl_non_finite(head: Token, cells: list[str]) -> bool:
    """An infinitive or participle with its helper verb ("zal ... overgaan", "wordt ...
    overgegaan"); a root with a subject and no helper is finite whatever the parse says."""
    helped = any(c.dep_ in ("aux", "aux:pass") for c in head.children)
    return set(cells) <= {"inf", "part"} and (helped or head.dep_ == "xcomp")


def _no_mark(head: Token) -> bool:
    return not any(c.dep_ == "mark" for c in head.children) and head.dep_ not in (
        "acl:relcl",
        "advcl",
        "ccomp",
        "csubj",
    )


def _fit_nl_verb(doc: Doc, span: Span, head: Token, alt: Doc) -> Fitted:
    if any(c.dep_ == "compound:prt" and not span.start <= c.i < span.end for c in head.children):
        raise CannotFit(NOTE_ORDER)  # the original's particle stays elsewhere in the sentence
    verbs = [t for t in alt if _nl_verb_like(t)]
    if not verbs:
        raise CannotFit()
    if alt[-1].pos_ == "ADP" and span[-1].pos_ != "ADP":
        # "de pensioenen in aanmerking genomen" -> "rekening gehouden met de pensioenen":
        # the object moves after the new preposition
        raise CannotFit(NOTE_ORDER)
    verb = verbs[0]  # "laten weten": the first verb of the cluster carries tense and "te"
    following = doc[span.end] if span.end < len(doc) else None
    if verb.i > 0 and following is not None and following.pos_ == "ADP":
        raise CannotFit(NOTE_ORDER)  # "beslag leggen op X" -> "X in beslag nemen"
    forms = dutch.conjugation(verb.text.lower())
    if forms is None:
        raise CannotFit()
    cells = _nl_cells(head)
    particle, _ = dutch.split_particle(verb.text.lower())
    main = _main_clause_finite(head) or (
        bool(cells) and all(c.startswith(("pres", "past")) for c in cells) and _no_mark(head)
    )
    if (
        span[-1].pos_ == "ADP"
        and span[-1].lower_ != "te"  # "dient te worden": an infinitive follows, no object
        and alt[-1].pos_ != "ADP"
        and (_nl_non_finite(head, cells) or not _no_mark(head))
    ):
        # the preposition's object becomes the verb's and goes before it outside a main
        # clause: "wordt overgegaan tot de betaling" -> not "wordt gedaan de betaling"
        raise CannotFit(NOTE_ORDER)
    words_before_verb = verb.i > 0  # "in beslag nemen": those words go to the end in V2
    if (particle or words_before_verb) and main and not set(cells) & {"inf", "part"}:
        raise CannotFit(NOTE_ORDER)
    choices = {forms[c] for c in cells if c in forms}
    if "inf" in cells and not main:
        choices = {forms["inf"]}
    if verb.i > 0 and alt[verb.i - 1].lower_ == "te":
        choices = {forms["inf"]}  # "verschuldigd" -> "te betalen", not "te betaald"
    if len(choices) != 1:
        raise CannotFit()
    form = choices.pop()
    start = span.start_char
    te_before = span.start > 0 and doc[span.start - 1].lower_ == "te"
    te_inside = head.i > span.start and doc[head.i - 1].lower_ == "te"
    if "inf" in cells and (te_before or te_inside):
        # "te versturen" -> "op te sturen", "in beslag te nemen": "te" goes before the verb
        if te_before:
            start = doc[span.start - 1].idx
        form = forms["te_inf"]
    body = replace_words(alt, {verb.i: case_like(form, head.text)})
    if "inf" in cells and (te_before or te_inside) and not case_like(form, head.text):
        raise CannotFit()
    helper = doc[span.start - 1] if span.start else None
    if (
        words_before_verb
        and not _no_mark(head)
        and helper is not None
        and helper.pos_ == "AUX"
        and _morph(helper, "VerbForm") == "Fin"
        and start == span.start_char
    ):
        # at the end of a clause the new words go before the helper verb: "die ... werden
        # aangerekend" -> "die ... in rekening werden gebracht"
        leading = "".join(t.text_with_ws for t in alt[: verb.i]).strip()
        rest = body[len(leading) :].strip()
        return Fitted(helper.idx, span.end_char, f"{leading} {helper.text} {rest}")
    return Fitted(start, span.end_char, body)


def _fit_nl_adjective(span: Span, head: Token, alt: Doc, noun: Token | None = None) -> Fitted:
    needs_e = _nl_attributive_e(head, noun or head.head)
    if needs_e is None:
        needs_e = head.text.lower() != head.lemma_.lower() and head.text.lower().endswith("e")
    target = alt[-1]
    form = dutch.adjective_e(target.text) if needs_e else target.text
    return Fitted(
        span.start_char, span.end_char, replace_words(alt, {target.i: known_form(form, "nl")})
    )
