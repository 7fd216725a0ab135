"""Fit a lexicon alternative into its sentence: the article in front, agreement of the words
that depend on a replaced noun, the conjugation of a replaced verb, elision, contraction and
the capital at the start of a sentence.

The parse says what the original words are (a plural noun with "du" in front, a verb in the
conditional, second person plural); the alternative is given the same role. Every form we
generate is checked twice: generating the *original* word's form from its base form must give
back the text (so we understood it), and the new form must be a word French or Dutch writing
uses (word frequencies). When either check fails, the alternative is offered as written, with a
note asking the reviewer to adjust it.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from simplifier.nlp import get_pipeline
from simplifier.rewrite import dutch, french
from simplifier.rewrite.bare_infinitive import needs_bare_infinitive, without_te
from simplifier.rewrite.clauses import finite_verbs
from simplifier.rewrite.context import doubt, tag_in_place
from simplifier.rewrite.fitted import NOTE_GRAMMAR, NOTE_ORDER, CannotFit, Fitted
from simplifier.rewrite.fitted import doc_text as _doc_text
from simplifier.rewrite.fitted import morph as _morph
from simplifier.rewrite.reader import fit_reader, names_the_reader
from simplifier.words import zipf

KNOWN_ZIPF = 1.0  # a generated form rarer than this is probably not a word


def fit_replacement(doc: Doc, start: int, end: int, alternative: str, lang: str) -> Fitted:
    """The best fit of `alternative` in place of `_doc_text(doc)[start:end]`."""
    span = doc.char_span(start, end, alignment_mode="expand")
    alternative = _uncapitalise(alternative)
    if span is None or not len(span):
        return _as_written(doc, start, end, alternative)
    try:
        if _coordinator_inside_clause(doc, span, alternative, lang):
            raise CannotFit(NOTE_ORDER)  # "vous êtes toutefois tenue" -> not "mais tenue"
        if names_the_reader(alternative, lang):
            fitted = fit_reader(doc, span, lang)
        else:
            fitted = (_fit_fr if lang == "fr" else _fit_nl)(doc, span, alternative)
            noun = span.root.pos_ in ("NOUN", "PROPN")
            alt = (_parse_noun_phrase if noun else _parse)(alternative, lang)
            note = doubt(doc, span, alt, lang, fitted.start) if fitted.confident else None
            if note:
                fitted = replace(fitted, confident=False, note=note)
    except CannotFit as exc:
        return _as_written(doc, span.start_char, span.end_char, alternative, exc.note)
    return _capitalise(doc, fitted)


# --- shared helpers -------------------------------------------------------------------------


# ("et", "ou", "of" also pair up inside a clause: "soit ... soit" -> "ou ... ou"; "donc" is an
# adverb too)
_COORDINATORS = {"fr": ("mais", "car"), "nl": ("maar", "want")}


def _coordinator_inside_clause(doc: Doc, span: Span, alternative: str, lang: str) -> bool:
    """A coordinator ("mais", "maar") can only start a clause: it cannot take the place of an
    adverb inside one ("vous êtes toutefois tenue", "het Comité heeft evenwel beslist")."""
    if alternative.lower() not in _COORDINATORS[lang]:
        return False
    before = doc[span.start - 1] if span.start else None
    return before is not None and not before.is_sent_end and before.text not in (",", ";", ":")


@lru_cache(maxsize=8192)
def _parse(alternative: str, lang: str) -> Doc:
    """An alternative parsed on its own (once per process: the lexicons are fixed)."""
    return _run(alternative, lang)


def _run(text: str, lang: str) -> Doc:
    nlp = get_pipeline(lang)
    return nlp(text, disable=[n for n in ("ner",) if n in nlp.pipe_names])


_ARTICLES = {"fr": ("le", "la", "les", "l'", "un", "une", "des", "du"), "nl": ("de", "het", "een")}


@lru_cache(maxsize=8192)
def _parse_noun_phrase(alternative: str, lang: str) -> Doc:
    """An alternative that replaces a noun, parsed after an article ("le demande écrite"):
    alone, the parser often reads its first word as a verb or an adjective ("demande",
    "congé", "avantage reçu"). The article is then left out of the result."""
    first = alternative.split(" ", 1)[0].lower()
    if first in _ARTICLES[lang] or first.startswith(("l'", "l’")):
        return _parse(alternative, lang)
    carrier = _run(f"{_ARTICLES[lang][0]} {alternative}", lang)
    tokens = carrier[1:]
    inside = range(1, len(carrier))
    heads = [t.head.i - 1 if t.head.i in inside and t.dep_ != "ROOT" else t.i - 1 for t in tokens]
    return Doc(
        carrier.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        pos=[t.pos_ for t in tokens],
        morphs=[str(t.morph) for t in tokens],
        lemmas=[t.lemma_ for t in tokens],
        deps=[t.dep_ if h != t.i - 1 else "ROOT" for t, h in zip(tokens, heads, strict=True)],
        heads=heads,
    )


def _uncapitalise(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _sentence_start(doc: Doc, char: int) -> bool:
    """True when nothing but punctuation or a list marker comes before `char` in its sentence."""
    token = doc.char_span(char, char + 1, alignment_mode="expand")
    if token is None:
        return False
    first = token[0]
    if first.is_sent_start or first.i == 0:
        return True
    for previous in reversed(doc[: first.i]):
        if not (
            previous.is_punct or previous.like_num or previous.is_space or len(previous.text) == 1
        ):
            return False
        if previous.is_sent_start:
            return True
    return True


def _after_colon(doc: Doc, char: int) -> bool:
    """ "Objet : Notification ...": a heading's value keeps its capital."""
    return _doc_text(doc)[:char].rstrip().endswith(":")


def _capitalise(doc: Doc, fitted: Fitted) -> Fitted:
    original = _doc_text(doc)[fitted.start : fitted.end]
    opens = _sentence_start(doc, fitted.start) or _after_colon(doc, fitted.start)
    if original[:1].isupper() and opens and fitted.text:
        return Fitted(
            fitted.start,
            fitted.end,
            fitted.text[0].upper() + fitted.text[1:],
            fitted.confident,
            fitted.note,
        )
    if original.isupper() and len(original) > 1:
        return Fitted(fitted.start, fitted.end, fitted.text.upper(), fitted.confident, fitted.note)
    return fitted


def _as_written(doc: Doc, start: int, end: int, alternative: str, note: str = NOTE_GRAMMAR):
    """The alternative in its base form, only capitalised where the sentence starts."""
    fitted = Fitted(start, end, alternative, confident=False, note=note)
    original = _doc_text(doc)[start:end]
    if original[:1].isupper() and _sentence_start(doc, start):
        fitted = Fitted(start, end, alternative[:1].upper() + alternative[1:], False, note)
    return fitted


def _known(form: str, lang: str) -> str:
    """`form` if writers use it, else CannotFit."""
    words = [w for w in form.replace("'", " ").split() if w]
    if all(zipf(w.lower(), lang) >= KNOWN_ZIPF for w in words):
        return form
    raise CannotFit()


def _root(doc: Doc) -> Token:
    return next(t for t in doc if t.head == t)


def _join(words: list[str]) -> str:
    """Join words, without a space after an elided word ("l'", "d'")."""
    text = ""
    for word in words:
        if not word:
            continue
        if text and not text.endswith("'"):
            text += " "
        text += word
    return text


def _replace_words(alt: Doc, replacements: dict[int, str]) -> str:
    return "".join(replacements.get(t.i, t.text) + t.whitespace_ for t in alt).strip()


def _trailing(doc: Doc, span_end_char: int, text: str, lang: str) -> tuple[str, int]:
    """Mind the join with what follows: "d'" before a vowel; a space after a former elision."""
    following = _doc_text(doc)[span_end_char:]
    original_last = _doc_text(doc)[:span_end_char]
    if lang == "fr":
        words = text.split(" ")
        last = words[-1].lower()
        next_word = following.lstrip().split(" ", 1)[0] if following else ""
        elided_before = original_last.endswith("'")
        if (
            last in ("de", "que", "jusque", "lorsque", "puisque")
            and next_word
            and french.starts_with_vowel(next_word)
        ):
            words[-1] = words[-1][:-1] + "'"
            text = " ".join(words)
            skip = len(following) - len(following.lstrip())
            return text, span_end_char + skip
        if elided_before and not text.endswith("'"):
            return text + " ", span_end_char
    return text, span_end_char


# --- French ----------------------------------------------------------------------------------


def _fit_fr(doc: Doc, span: Span, alternative: str) -> Fitted:
    head = span.root
    alt = _parse(alternative, "fr")
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
        or (_sentence_start(doc, span.start_char) and head.pos_ not in ("NOUN", "PROPN"))
    )
    if len(span) > 1 and (function_words or (formula and alt_verb is None)):
        pass  # "en vue de", "quant au", "dans l'hypothèse où": replaced as they are
    elif _qualifies_a_noun(span, head, alt):
        return _fit_fr_qualifier(span, head, alternative)
    elif head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.dep_ in ("nsubj", "obj")):
        return _fit_fr_noun(doc, span, head, _parse_noun_phrase(alternative, "fr"))
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
    text, end = _trailing(doc, span.end_char, text, "fr")
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
    form = _known(french.inflect_adjective(alternative, gender, number), "fr")
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


_BARE_ARTICLE = {"du": "le", "au": "le", "des": "les", "aux": "les"}


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
        return previous.idx, _case_like(full, previous.text) + " " + text
    if word in ("de", "que", "je", "ne", "me", "te", "se") and vowel and previous.whitespace_:
        return previous.idx, _case_like(word[:-1] + "'", previous.text) + text
    return start, text


def _case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


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
        if french.normalise_apostrophe(previous.text).lower() in ("du", "au", "aux", "des"):
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


def _alt_noun(alt: Doc) -> Token:
    """The head noun of an alternative. A noun followed by a preposition is the head of what
    follows ("droit aux allocations", "recht op een uitkering"), whatever the parse of the
    fragment made its root."""
    nouns = [t for t in alt if t.pos_ in ("NOUN", "PROPN")]
    first = next((t for t in alt if t.pos_ != "DET"), alt[0])
    # (a fragment's first word is sometimes tagged as an adjective: "droit aux allocations")
    # in place of a noun, a first word the parse calls a verb is a noun too ("revenus sur
    # lesquels ...")
    following = alt[first.i + 1] if first.i + 1 < len(alt) else None
    if (
        first.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
        and following is not None
        and (following.pos_ == "ADP" or _morph(following, "PronType") == "Rel")
    ):
        return first
    root = _root(alt)
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    if nouns:
        return nouns[0]
    return alt[0] if alt[0].pos_ != "DET" or len(alt) == 1 else alt[1]


# Words before a French noun whose plural also shows its gender.
_GENDERED_QUANTIFIERS = frozenset(
    "certain certaine certains certaines nombreux nombreuses divers diverses différents "
    "différentes".split()
)


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
    original_gender = (
        french.gender_from_ending(head.lemma_)
        or french.gender_from_ending(head.text)
        or _morph(head, "Gender")
    )
    noun = _alt_noun(alt)
    own_article = alt[0] if alt[0].pos_ == "DET" and alt[0].head == noun else None
    gender = _fr_gender(noun, own_article)
    if (
        gender
        and gender != original_gender
        and any(t.lower_ in _GENDERED_QUANTIFIERS for t in head.lefts if t.i < span.start)
    ):
        raise CannotFit()  # "certaines prestations" -> "certains soins": not in our tables
    number_changed = False
    if _morph(noun, "Number") == "Plur" and noun.text.lower().endswith(("s", "x")):
        number_changed = number != "Plur"
        number = "Plur"  # "la réglementation" -> "les règles"
    words: dict[int, str] = {}
    if number == "Plur":
        words[noun.i] = _known(french.plural(noun.text), "fr")
        for child in noun.children:
            participle = child.dep_ == "acl" and _morph(child, "VerbForm") == "Part"
            if (child.dep_ == "amod" and child.pos_ in ("ADJ", "VERB")) or participle:
                words[child.i] = _known(french.plural(child.text), "fr")  # "périodes comptées"
        if _morph(noun, "Number") != "Plur":
            _fr_plural_clause(noun, words)
    if own_article is not None:
        if number == "Plur":
            words[own_article.i] = french.determiner(own_article.text, gender, "Plur", "")
        body = _replace_words(alt, words)
        start = span.start_char
        if determiner is not None:
            start = determiner.idx
            form = french.normalise_apostrophe(determiner.text).lower()
            preposition = {"du": "de", "au": "à", "aux": "à", "des": "de"}.get(form)
            if preposition:
                body = _contract(preposition, body)
        text, end = _trailing(doc, span.end_char, body, "fr")
        fitted = Fitted(start, end, text)
        if gender and gender != original_gender:
            fitted = _agree_after(doc, fitted, head, span, gender, number)
        return fitted
    body = _replace_words(alt, words)
    start = span.start_char
    needs_gender = gender != original_gender or number_changed
    if determiner is not None:
        if not gender and number == "Sing":
            raise CannotFit()
        form = french.determiner(determiner.text, gender, number, body)
        start = determiner.idx
        before = doc[determiner.i - 1] if determiner.i else None
        merged = _CONTRACTIONS.get((before.lower_, form.lower())) if before is not None else None
        if merged and before is not None and before.whitespace_:
            form, start = _case_like(merged, before.text), before.idx
        between = _doc_text(doc)[determiner.idx + len(determiner.text) : span.start_char]
        prenominal = _agree_between(doc, determiner, span, head, gender, number)
        if form.endswith("'"):
            body = form + prenominal + body.lstrip()
        else:
            body = form + (" " + prenominal if prenominal else between or " ") + body
    else:
        start, body = _fr_leading(doc, start, body)
    text, end = _trailing(doc, span.end_char, body, "fr")
    fitted = Fitted(start, end, text)
    if needs_gender and (gender or original_gender):
        fitted = _agree_after(doc, fitted, head, span, gender or original_gender, number)
    return fitted


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
    words[verbs[0].i] = _case_like(plural, verbs[0].text)
    if verbs[0] is not clause and verbs[0].lemma_ == "être" and clause.pos_ in ("VERB", "ADJ"):
        words[clause.i] = _known(french.plural(clause.text), "fr")  # "sont demandés"


def _fr_third_plural(verb: Token) -> str | None:
    """The third person plural of a verb in the third person singular, same tense."""
    verbs = french.likely_infinitives(verb.text, verb.lemma_)
    return french.other_person(verbs, verb.text, ("3s",), "3p")


_CONTRACTIONS = {("à", "le"): "au", ("de", "le"): "du", ("à", "les"): "aux", ("de", "les"): "des"}


def _contract(preposition: str, body: str) -> str:
    lower = body.lower()
    if preposition == "de" and lower.startswith("le "):
        return "du " + body[3:]
    if preposition == "à" and lower.startswith("le "):
        return "au " + body[3:]
    if preposition == "de" and lower.startswith("les "):
        return "des " + body[4:]
    if preposition == "à" and lower.startswith("les "):
        return "aux " + body[4:]
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
    for token in words:
        if token.pos_ == "ADJ" and token.head == head:
            result.append(_agree_word(token, gender, number))
        else:
            result.append(token.text)
    return " ".join(result) + " "


def _agree_word(token: Token, gender: str, number: str) -> str:
    """An adjective or participle agreeing with a new noun; the original must be reproducible
    from its base form, else we did not understand it and stop."""
    cells = [c for c in _fr_verb_cells(token) if c.startswith("participe.")]
    if cells:
        verb = fr_lemma(token)
        if not french.analyse_form(verb, token.text):
            verb = next(v for v in french.infinitives_of(token.text) if zipf(v, "fr") >= 1.5)
        forms = french.conjugation(verb)
        assert forms is not None
        return _case_like(forms[f"participe.{gender}.{number}"], token.text)
    original_gender = _morph(token, "Gender") or "Masc"
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
    form = _known(french.inflect_adjective(base, gender, number), "fr")
    return _case_like(form, token.text)


def _no_adjective_left_behind(doc: Doc, end: int, head: Token) -> None:
    """ "des soins médicaux et paramédicales": an adjective after "et" that the parse hung
    elsewhere kept the old gender; CannotFit then."""
    following = [t for t in doc if t.idx >= end][:2]
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
    sentence_end = head.sent.end_char
    text = fitted.text
    end = fitted.end
    for token in sorted(targets, key=lambda t: t.i):
        if token.idx < end or token.idx + len(token.text) > sentence_end:
            continue
        text += _doc_text(doc)[end : token.idx] + _agree_word(token, gender, number)
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
    form = _case_like(forms[cell], source.text)
    body = _replace_words(alt, {verb.i: form})
    body = _tail_article(span, body)
    start, body = _fr_leading(doc, span.start_char, body)
    text, end = _trailing(doc, span.end_char, body, "fr")
    return Fitted(start, end, text)


def _fit_fr_adjective(doc: Doc, span: Span, head: Token, alt: Doc) -> Fitted:
    # an adjective that does not show its gender ("précité") takes its noun's ("décret")
    shown = _morph(head, "Gender") or (_morph(head.head, "Gender") if head.dep_ == "amod" else "")
    gender = shown or "Masc"
    number = _morph(head, "Number") or "Sing"
    target = _root(alt)
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
        _known(french.inflect_adjective(base, gender, number), "fr")
        if (gender, number) != ("Masc", "Sing")
        else target.text
    )
    body = _replace_words(alt, {target.i: form})
    start, body = _fr_leading(doc, span.start_char, body)
    text, end = _trailing(doc, span.end_char, body, "fr")
    return Fitted(start, end, text)


# --- Dutch -----------------------------------------------------------------------------------


def _fit_nl(doc: Doc, span: Span, alternative: str) -> Fitted:
    fitted = _fit_nl_words(doc, span, alternative)
    if needs_bare_infinitive(span, alternative):
        bare = without_te(doc, span, fitted)
        if bare is None:
            raise CannotFit()  # "te" + infinitive not found: the reviewer adjusts the verb
        fitted = bare
    return fitted


def _fit_nl_words(doc: Doc, span: Span, alternative: str) -> Fitted:
    head = span.root
    alt = _parse(alternative, "nl")
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
        return _fit_nl_noun(doc, span, head, _parse_noun_phrase(alternative, "nl"))
    if any(c.dep_ == "det" for c in head.children) and head.pos_ in (
        "VERB",
        "NOUN",
        "PROPN",
        "ADJ",
    ):
        return _fit_nl_noun(doc, span, head, _parse_noun_phrase(alternative, "nl"))  # "deze wedde"
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
    noun = _alt_noun(alt)
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
            words[own_article.i] = _case_like("de", own_article.text)
    body = _replace_words(alt, words)
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
    if own_article is not None and determiner is not None:
        return Fitted(determiner.idx, span.end_char, body)
    original_het = (
        determiner is not None and determiner.lower_ in ("het", "dit", "dat")
    ) or _morph(head, "Gender") == "Neut"
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
                return Fitted(first.idx, span.end_char, _join([*words_before, body]))
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
    return Fitted(determiner.idx, span.end_char, _join([form, *between, body]))


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
    words[verbs[0].i] = _case_like(plural, verbs[0].text)


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
    return Fitted(span.start_char, span.end_char, _known(form, "nl"))


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
    return _case_like(_known(form, "nl"), token.text)


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
    body = _replace_words(alt, {verb.i: _case_like(form, head.text)})
    if "inf" in cells and (te_before or te_inside) and not _case_like(form, head.text):
        raise CannotFit()
    return Fitted(start, span.end_char, body)


def _fit_nl_adjective(span: Span, head: Token, alt: Doc, noun: Token | None = None) -> Fitted:
    needs_e = _nl_attributive_e(head, noun or head.head)
    if needs_e is None:
        needs_e = head.text.lower() != head.lemma_.lower() and head.text.lower().endswith("e")
    target = alt[-1]
    form = dutch.adjective_e(target.text) if needs_e else target.text
    return Fitted(
        span.start_char, span.end_char, _replace_words(alt, {target.i: _known(form, "nl")})
    )
