"""Doubts about a replacement that fits its own words but maybe not the sentence around it.

Fitting a replacement makes its words agree (article, verb form, adjective ending); these tests
look at what it leaves around it. Each names what the reviewer should check, and the change is
then offered without the confidence that would let it be accepted in one click:

- words that speak to the reader ("vous", "u") in a sentence about someone else ("le patient
  ne paie que la part que vous payez vous-même");
- words of the original that stay after a replacement ending in its own clause or phrase ("le
  remgeld van het gezin" -> "het deel dat u zelf betaalt van het gezin", "les dispositions
  légales et réglementaires" -> "les règles de la loi et réglementaires"), or an adjective the
  parse joined to the noun as a second noun ("médicales et paramédicales");
- a noun said twice ("de berekening van de berekening van uw belasting");
- a second noun without its article when the first one takes the original's ("het gesprek en
  controle"), an article after a word that already stands for one ("veel het deel");
- an adjective before the noun with a new clause after it ("onterecht ontvangen geld dat u
  krijgt"), a clause with "als"/"si" right before the sentence's verb, an adjective's new noun
  that takes the "de" phrase after it ("les revenus soumis à l'impôt du ménage");
- an adverb for words that qualify a noun ("la révision automatiquement du droit");
- a question word replaced by a word that does not ask ("Welke voordelen?" -> "Die voordelen?"),
  or a relative after a preposition ("krachtens welke" -> "krachtens die");
- one word of a pair changed alone ("hetzij ... hetzij" -> "ofwel ... hetzij"), or a
  preposition changed where a later "et de", "of tot" repeats it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from simplifier.nlp import get_pipeline
from simplifier.rewrite import french
from simplifier.rewrite.fitted import NOTE_GRAMMAR, NOTE_ORDER, doc_text
from simplifier.rewrite.fitted import morph as _morph

NOTE_PERSON = "note.check_person"
NOTE_PAIR = "note.check_pair"

_READER_WORDS = {
    "fr": frozenset({"vous", "votre", "vos", "vous-même", "vous-mêmes"}),
    "nl": frozenset({"u", "uw", "jij", "je", "jouw", "jou"}),
}
_LOOSE = ("punct", "cc", "appos", "parataxis")


def doubt(doc: Doc, span: Span, alt: Doc, lang: str, start: int) -> str | None:
    """What to check about `alt` in place of `span` (the fitted change starting at `start`),
    or None when nothing is in doubt."""
    if _reader_in_a_sentence_about_others(span, alt, lang):
        return NOTE_PERSON
    if _strands_words(span, alt):
        return NOTE_ORDER
    if alt.text.lower() != span.text.lower() and _adjective_taken_for_a_noun(span):
        return NOTE_GRAMMAR
    if _repeats_a_word_before(span, alt):
        return NOTE_GRAMMAR
    if _second_noun_without_article(span, alt):
        return NOTE_GRAMMAR
    if start == span.start_char and _article_after_determiner(span, alt, lang):
        return NOTE_GRAMMAR
    if _adjective_before_a_clause(span, alt):
        return NOTE_GRAMMAR
    if _clause_before_a_verb(span, alt) or _complement_after_new_noun(span, alt):
        return NOTE_ORDER
    if _adverb_for_a_noun(span, alt, lang):
        return NOTE_GRAMMAR
    if _one_of_a_pair(span) or _preposition_said_again(span, alt):
        return NOTE_PAIR
    if _relative_after_preposition(span, alt) or _preposition_after_article(span, alt):
        return NOTE_GRAMMAR
    if _question_word(span) and not any(
        _morph(t, "PronType") == "Int" or t.lower_ in _QUESTION_WORDS for t in alt
    ):
        return NOTE_GRAMMAR
    return None


def _reader_in_a_sentence_about_others(span: Span, alt: Doc, lang: str) -> bool:
    """The alternative speaks to the reader in a sentence that speaks of another person ("le
    patient", "zij", "hun"), who may not be the reader."""
    if not any(t.lower_ in _READER_WORDS[lang] for t in alt):
        return False
    return any(
        _names_another_person(t, lang) for t in span.sent if not span.start <= t.i < span.end
    )


def _names_another_person(token: Token, lang: str) -> bool:
    if token.dep_.startswith("expl"):
        return False  # "il est rappelé que"
    if _morph(token, "Person") == "3" and (
        _morph(token, "PronType") == "Prs" or _morph(token, "Poss") == "Yes"
    ):
        return token.lower_ not in _NOT_PEOPLE[lang]
    people = _PEOPLE[lang]
    forms = {token.lemma_.lower(), token.lower_, token.lower_.removesuffix("s")}
    forms.add(token.lower_.removesuffix("n"))  # "belastingplichtigen", "rechthebbenden"
    return token.pos_ in ("NOUN", "ADJ", "PROPN") and bool(forms & people)


# Third-person pronouns that mostly stand for things in letters.
_NOT_PEOPLE = {
    "fr": frozenset({"en", "y", "le", "la", "l'", "les", "lui"}),
    "nl": frozenset({"het", "dat", "dit", "er"}),
}
# The people letters speak of besides the reader (lemmas).
_PEOPLE = {
    "fr": frozenset(
        "patient patiente assuré assurée intéressé intéressée bénéficiaire ménage titulaire "
        "réclamant réclamante demandeur demanderesse allocataire membre conjoint conjointe "
        "cohabitant cohabitante enfant parent famille redevable contribuable".split()
    ),
    "nl": frozenset(
        "patiënt gerechtigde rechthebbende betrokkene gezin lid gezinslid aanvrager aanvraagster "
        "partner echtgenoot echtgenote kind ouder belastingplichtige verzekerde persoon".split()
    ),
}


def _strands_words(span: Span, alt: Doc) -> bool:
    """Words after the span depend on a word inside it, and the alternative of a noun ends in
    material of its own: after a clause ("het deel dat u zelf betaalt van het gezin") nothing
    can follow; after a phrase with a preposition, a participle or a relative clause can ("la
    réduction d'impôt accordée", "un reste à payer dont le détail suit"), an adjective or
    another phrase cannot ("de berekening van uw belasting in de personenbelasting"). A word
    coordinated with one that is replaced never fits ("les règles de la loi et
    réglementaires", "roerende of huizen of grond")."""
    head = next((t for t in alt if t.head == t), alt[0])
    if span.root.pos_ not in ("NOUN", "PROPN") or alt[-1].pos_ in ("ADP", "DET"):
        return False  # verbs have their own rules; "à partir de" takes what follows
    trailing = [
        t
        for t in alt
        if t.i > head.i
        and not t.is_punct
        and t.pos_ != "ADJ"
        and t.dep_ != "amod"  # "demande écrite", whatever the tag of "écrite"
        and not (t.dep_ == "acl" and _morph(t, "VerbForm") == "Part")
    ]
    clause = any(_morph(t, "VerbForm") == "Fin" or t.dep_ == "acl:relcl" for t in trailing)
    doc = span.doc
    if span.start >= 2 and doc[span.start - 1].pos_ == "CCONJ":
        before = doc[span.start - 2]  # "roerende of [onroerende goederen]"
        linked = span.start <= before.head.i < span.end or any(t.head == before for t in span)
        if linked and before.pos_ in ("ADJ", "VERB"):
            return True
    following = doc[span.end] if span.end < len(doc) else None
    if (
        clause
        and following is not None
        and (
            following.pos_ in ("ADJ", "ADP", "NOUN", "DET", "NUM")
            or _morph(following, "VerbForm") == "Part"
        )
    ):
        # "des personnes qui paient l'impôt susmentionnés", "de persoon die uw dossier volgt
        # vermeld in de hoofding", whatever the parse
        return True
    depth = 0
    for token in doc[span.end : span.sent.end]:
        depth += (token.text == "(") - (token.text == ")")
        if depth > 0 or token.text == ")" or not _depends_on_span(token, span):
            continue  # a parenthesis may follow anything: "belasting (7 %)"
        if token.dep_ == "conj" and token.head != span.root:
            return True
        participle = token.dep_ in ("amod", "acl") and _morph(token, "VerbForm") == "Part"
        relative = token.dep_ == "acl:relcl"
        if trailing and (clause or not (participle or relative)):
            return True  # "revenus de votre travail nets", not "réduction d'impôt accordée"
    return False


def _adjective_taken_for_a_noun(span: Span) -> bool:
    """ "prestations médicales et paramédicales": the parse may join the last adjective to the
    noun as a second noun; it then keeps its old agreement. A bare word joined to a noun that
    has adjectives is read as one of them."""
    root = span.root
    if not any(c.dep_ == "amod" and c.i >= span.end for c in root.children):
        return False
    return any(
        c.dep_ == "conj" and c.i >= span.end and not any(g.dep_ == "det" for g in c.children)
        for c in root.children
    )


def _depends_on_span(token: Token, span: Span) -> bool:
    if token.is_punct or token.dep_ in _LOOSE:
        return False
    if not span.start <= token.head.i < span.end:
        return False
    return not (token.dep_ == "conj" and token.head == span.root)  # "X et Y": Y stands alone


def _repeats_a_word_before(span: Span, alt: Doc) -> bool:
    """The alternative's noun is the word the span hangs on: "de berekening van de aanslag"
    -> "de berekening van de berekening van uw belasting"."""
    governor = span.root.head
    return governor.i < span.start and governor.lower_ in {
        t.lower_ for t in alt if t.pos_ == "NOUN"
    }


_ARTICLES = {
    "fr": frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des"}),
    "nl": frozenset({"de", "het", "een"}),
}
_QUANTIFIERS = frozenset({"veel", "weinig", "meer", "minder", "genoeg", "beaucoup", "peu"})


def _article_after_determiner(span: Span, alt: Doc, lang: str) -> bool:
    """ "veel remgeld" -> "veel het deel dat ...", "zijn remgeld" -> "zijn het deel": the
    alternative brings an article the word before it already stands for."""
    if alt[0].lower_ not in _ARTICLES[lang] or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "DET" or _morph(before, "Poss") == "Yes" or before.lower_ in _QUANTIFIERS


def _adjective_before_a_clause(span: Span, alt: Doc) -> bool:
    """ "de gedane voorafbetalingen" -> "de gedane belastingen die u vooraf betaalt",
    "onterecht ontvangen uitkering" -> "onterecht ontvangen geld dat u krijgt": the adjective
    before the noun and the new clause say things that do not go together."""
    if not any(_morph(t, "VerbForm") == "Fin" for t in alt[1:]):
        return False
    before = span.doc[span.start - 1] if span.start else None
    adjective_before = before is not None and (
        before.pos_ == "ADJ" or _morph(before, "VerbForm") == "Part"
    )
    return adjective_before or any(
        c.dep_ in ("amod", "acl") and c.i < span.start and c.pos_ in ("ADJ", "VERB")
        for c in span.root.children
    )


def _clause_before_a_verb(span: Span, alt: Doc) -> bool:
    """A noun's alternative ending in a clause with "als", "si"... right before the sentence's
    verb: "werkloosheidsuitkeringen werden aangevraagd" -> "uitkeringen als u geen werk hebt
    werden aangevraagd" (a relative clause there is fine: "les personnes qui ont signé
    doivent")."""
    if span.root.pos_ not in ("NOUN", "PROPN") or not any(t.pos_ == "SCONJ" for t in alt[1:]):
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.pos_ in ("VERB", "AUX")


_OF = frozenset({"de", "du", "des", "d'", "d’", "van"})


def _complement_after_new_noun(span: Span, alt: Doc) -> bool:
    """ "les revenus imposables du ménage" -> not "les revenus soumis à l'impôt du ménage": an
    adjective's alternative ending in a noun takes the "de"/"van" phrase that followed it."""
    adjective = span.root.pos_ == "ADJ" or span.root.dep_ == "amod"
    if not adjective or len(alt) < 2:
        return False
    if alt[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return following is not None and following.lower_ in _OF


def _adverb_for_a_noun(span: Span, alt: Doc, lang: str) -> bool:
    """ "la révision d'office du droit" -> not "la révision automatiquement du droit": words
    that qualify a noun cannot become an adverb. A word alone is often mistagged ("supplément"
    as an adverb): it is tagged again in the sentence."""
    governor = span.root.head
    if not (
        len(alt) == 1
        and governor.pos_ == "NOUN"
        and governor.i < span.start
        and span.root.dep_ in ("nmod", "amod", "advmod", "obl")
    ):
        return False
    tag = tag_in_place(span, alt.text, lang)
    # French verbs do not end in "-ment": "automatiquement" is tagged VERB
    return tag == "ADV" or (lang == "fr" and alt.text.lower().endswith("ment") and tag == "VERB")


TAG_WINDOW = 80
_TAGGING = frozenset({"tok2vec", "morphologizer", "tagger", "simplifier_sentence_hints"})


def tag_in_place(span: Span, word: str, lang: str) -> str:
    """The part of speech of `word` put in the place of `span` in its sentence: alone, a word
    is often mistagged ("supplément" as an adverb); "" when it does not come out as one
    token."""
    sentence, text = span.sent, doc_text(span.doc)
    # At most TAG_WINDOW words on each side: a letter's sentence fits whole, and a run-on
    # "sentence" of thousands of words is not parsed again for each of its findings.
    doc = span.doc
    start = doc[max(sentence.start, span.start - TAG_WINDOW)].idx
    last = doc[min(sentence.end, span.end + TAG_WINDOW) - 1]
    end = min(sentence.end_char, last.idx + len(last.text))
    before = text[start : span.start_char]
    after = text[span.end_char : end]
    return _tag_at(before + word + after, len(before), len(before) + len(word), lang)


@lru_cache(maxsize=4096)
def _tag_at(text: str, start: int, end: int, lang: str) -> str:
    """The part of speech of `text[start:end]` (one token) in `text`. Only the components
    that set it run (the parser, lemmatizers and entities change no part of speech: checked on
    the samples of both languages), and a sentence met again is not parsed again: this parse
    for each finding was most of the time a long document took."""
    nlp = get_pipeline(lang)
    parsed = nlp(text, disable=[name for name in nlp.pipe_names if name not in _TAGGING])
    placed = parsed.char_span(start, end)
    return placed[0].pos_ if placed is not None and len(placed) == 1 else ""


def _second_noun_without_article(span: Span, alt: Doc) -> bool:
    """ "gesprek en controle" after the original's "het": the article covers the first noun
    only."""
    if not any(c.dep_ == "det" for c in span.root.children):
        return False
    for token in alt:
        if token.pos_ == "CCONJ" and token.i + 1 < len(alt):
            following = alt[token.i + 1]
            if following.pos_ == "NOUN" and not any(c.dep_ == "det" for c in following.children):
                return True
    return False


# Words that come in pairs ("hetzij ... hetzij", "soit ... soit"): changing one alone mixes
# the pair ("ofwel ... hetzij").
_PAIRED = frozenset({"hetzij", "ofwel", "noch", "soit", "ni", "tantôt"})


def _one_of_a_pair(span: Span) -> bool:
    words = {t.lower_ for t in span} & _PAIRED
    return bool(words) and any(
        t.lower_ in words for t in span.sent if not span.start <= t.i < span.end
    )


# A contracted article stands for its preposition: "en application du décret et de l'arrêté".
_BASE_PREPOSITION = {
    **{form: preposition for form, (preposition, _) in french.CONTRACTED.items()},
    "d'": "de",
    "d’": "de",
}
_AND_OR = frozenset({"et", "ou", "en", "of"})


def _preposition_said_again(span: Span, alt: Doc) -> bool:
    """ "En application de la loi ... et de l'arrêté" -> "Selon la loi ... et de l'arrêté",
    "zich wenden tot X of tot Y" -> "contact opnemen met X of tot Y": the second "de"/"tot"
    repeats the preposition the alternative has changed, and must change too."""
    last = span[-1].lower_
    own = _BASE_PREPOSITION.get(last, last)
    if span[-1].pos_ not in ("ADP", "DET") or len(span) < 2:
        return False
    said = alt[-1].lower_
    if _BASE_PREPOSITION.get(said, said) == own:
        return False
    after = [t for t in span.doc[span.end : span.sent.end] if not t.is_punct]
    for i, token in enumerate(after[:-1]):
        if token.lower_ not in _AND_OR:
            continue
        following = after[i + 1]
        if following.pos_ == "ADV" and i + 2 < len(after):
            following = after[i + 2]  # "et notamment de ses articles"
        if _BASE_PREPOSITION.get(following.lower_, following.lower_) == own:
            return True
    return False


# Dutch prepositions the small parse sometimes takes for nouns ("krachtens").
_PREPOSITIONS = frozenset(
    "aan bij binnen door in ingevolge krachtens met na naar om onder op over overeenkomstig "
    "tegen tijdens tot uit van volgens voor wegens zonder".split()
)


def _relative_after_preposition(span: Span, alt: Doc) -> bool:
    """ "krachtens welke" -> not "krachtens die": after a preposition Dutch needs "waar-"."""
    first = span[0]
    before = span.doc[first.i - 1] if first.i else None
    return (
        first.lower_ in ("welke", "welk")
        and before is not None
        and (before.pos_ == "ADP" or before.lower_ in _PREPOSITIONS)
        and alt[0].lower_ in ("die", "dat")
    )


def _preposition_after_article(span: Span, alt: Doc) -> bool:
    """ "de betreffende dienst" is an adjective: not "de over dienst"."""
    before = span.doc[span.start - 1] if span.start else None
    preposition = len(alt) == 1 and alt[0].pos_ == "ADP"  # not "te betalen"
    return preposition and before is not None and before.pos_ == "DET"


# The parse does not always mark these as question words ("Welke voordelen?").
_QUESTION_WORDS = frozenset(
    "welke welk wie wat waar quel quelle quels quelles lequel laquelle lesquels lesquelles".split()
)


def _question_word(span: Span) -> bool:
    asks = any(_morph(t, "PronType") == "Int" or t.lower_ in _QUESTION_WORDS for t in span)
    return asks and span.sent.text.rstrip().endswith("?")
