"""Split a long sentence at safe points: a semicolon, two main clauses joined by "et", "mais",
"en", "maar"..., a non-restrictive relative clause ("…, qui …" -> ". Il …"), "…, ce qui" ->
". Cela". Each part must be a complete sentence: a clause without its own subject gets the
subject repeated. Offered to the reviewer, never forced."""

from __future__ import annotations

from spacy.tokens import Span, Token

from simplifier.rewrite import french

COORDINATORS = {
    "fr": {"et", "mais", "car", "or", "donc", "puis"},
    "nl": {"en", "maar", "want", "dus"},
}
# Words that begin the new sentence in place of the coordinator (None: drop it).
NEW_START = {
    "mais": "Mais",
    "car": "En effet,",
    "donc": "Donc",
    "puis": "Ensuite,",
    "maar": "Maar",
    "want": "Want",
    "dus": "Dus",
    "or": "Or",
}
_MIN_PART_WORDS = 4


def split_sentence(sentence: Span, lang: str) -> str | None:
    """The sentence rewritten as two or more sentences, or None when no safe point exists."""
    cuts: list[tuple[int, int, str]] = []  # (start char, end char, text put in between)
    for token in sentence:
        cut = _semicolon(token, sentence) or _coordination(token, sentence, lang)
        if cut is None and lang == "fr":
            cut = _relative(token, sentence)
        if cut is not None and (not cuts or cut[0] >= cuts[-1][1]):
            cuts.append(cut)
    if not cuts:
        return None
    text = sentence.text.rstrip()
    offset = sentence.start_char
    result = []
    position = 0
    for start, end, between in cuts:
        result.append(text[position : start - offset].rstrip(" ,"))
        result.append(between)
        position = end - offset
    result.append(text[position:])
    parts = [p for p in result]
    rewritten = "".join(parts)
    return rewritten if rewritten != text else None


def _has_words(tokens: Span, needed: int = _MIN_PART_WORDS) -> bool:
    count = 0
    for token in tokens:
        count += not token.is_punct
        if count >= needed:
            return True
    return False


def _long_enough(sentence: Span, at: int) -> bool:
    doc = sentence.doc
    return _has_words(doc[sentence.start : at]) and _has_words(doc[at + 1 : sentence.end])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _semicolon(token: Token, sentence: Span) -> tuple[int, int, str] | None:
    if token.text != ";" or not _long_enough(sentence, token.i):
        return None
    following = token.doc[token.i + 1]
    first = following.text
    if following.pos_ == "PROPN" or first.isupper():
        return token.idx, following.idx, ". "
    return token.idx, following.idx + len(first), ". " + _capital(first)


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _coordination(token: Token, sentence: Span, lang: str) -> tuple[int, int, str] | None:
    """ "A et B" where A and B are main clauses: the coordinator becomes a full stop."""
    if token.lower_ not in COORDINATORS[lang] or token.dep_ != "cc":
        return None
    verb = token.head
    if verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    first = verb.head
    if first.dep_ != "ROOT" or not _long_enough(sentence, token.i):
        return None
    if not _finite(verb, lang) or not _finite(first, lang):
        return None
    start_word = NEW_START.get(token.lower_)
    following = token.doc[token.i + 1]
    subject = _subject_of(verb)
    if subject is not None and (subject.i < token.i or (lang == "fr" and subject.i > verb.i)):
        # a subject before "et" or, in French, after its verb is a parse error ("..., et est
        # signée par le réclamant"): the clause has none of its own
        subject = None
    if subject is None:
        own = _subject_of(first)
        if own is None or own.i > first.i:
            return None
        words = " ".join(t.text for t in own.subtree if not t.is_punct)
        inserted = (start_word + " " if start_word else "") + (
            words if start_word else _capital(words)
        )
        if start_word:
            inserted = start_word + " " + (words if own.pos_ != "PRON" else words.lower())
        return token.idx, following.idx, ". " + inserted + " "
    if start_word:
        return token.idx, following.idx, ". " + start_word + " "
    text = following.text if following.pos_ == "PROPN" else _capital(following.text)
    return token.idx, following.idx + len(following.text), ". " + text


def _finite(verb: Token, lang: str) -> bool:
    if verb.morph.get("VerbForm") == ["Fin"]:
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
    return any(a.morph.get("VerbForm") == ["Fin"] for a in auxiliaries)


_PRONOUNS = {
    ("Masc", "Sing"): "il",
    ("Fem", "Sing"): "elle",
    ("Masc", "Plur"): "ils",
    ("Fem", "Plur"): "elles",
}


def _relative(token: Token, sentence: Span) -> tuple[int, int, str] | None:
    """ ", qui …" after a noun, and ", ce qui …": a sentence of their own."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or not _long_enough(sentence, token.i):
        return None
    comma = doc[token.i - 1]
    if token.lower_ == "ce" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "qui":
        return comma.idx, doc[token.i + 1].idx + 3, ". Cela"
    if token.lower_ != "qui" or token.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    clause = token.head
    antecedent = clause.head
    if clause.dep_ != "acl:relcl" or antecedent.pos_ not in ("NOUN", "PROPN"):
        return None
    gender = (
        french.gender_from_ending(antecedent.lemma_) or (antecedent.morph.get("Gender") or [""])[0]
    )
    number = (antecedent.morph.get("Number") or ["Sing"])[0]
    if not gender or not _finite(clause, "fr"):
        return None
    return comma.idx, token.idx + len(token.text), ". " + _capital(_PRONOUNS[(gender, number)])
