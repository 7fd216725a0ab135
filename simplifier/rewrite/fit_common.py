"""What fitting an alternative into a sentence needs in both languages: the alternative's
own parse, whether a generated form is a word writers use, the join with what follows."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from simplifier.nlp import get_pipeline
from simplifier.rewrite import french
from simplifier.rewrite.fitted import CannotFit
from simplifier.rewrite.fitted import doc_text as _doc_text
from simplifier.rewrite.fitted import morph as _morph
from simplifier.words import zipf

KNOWN_ZIPF = 1.0  # a generated form rarer than this is probably not a word


@lru_cache(maxsize=8192)
def parse_alone(alternative: str, lang: str) -> Doc:
    """An alternative parsed on its own (once per process: the lexicons are fixed)."""
    return parse_text(alternative, lang)


def parse_text(text: str, lang: str) -> Doc:
    nlp = get_pipeline(lang)
    return nlp(text, disable=[n for n in ("ner",) if n in nlp.pipe_names])


ARTICLES = {"fr": ("le", "la", "les", "l'", "un", "une", "des", "du"), "nl": ("de", "het", "een")}


@lru_cache(maxsize=8192)
def parse_noun_phrase(alternative: str, lang: str) -> Doc:
    """An alternative that replaces a noun, parsed after an article ("le demande écrite"):
    alone, the parser often reads its first word as a verb or an adjective ("demande",
    "congé", "avantage reçu"). The article is then left out of the result."""
    first = alternative.split(" ", 1)[0].lower()
    if first in ARTICLES[lang] or first.startswith(("l'", "l’")):
        return parse_alone(alternative, lang)
    carrier = parse_text(f"{ARTICLES[lang][0]} {alternative}", lang)
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


def sentence_start(doc: Doc, char: int) -> bool:
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


def known_form(form: str, lang: str) -> str:
    """`form` if writers use it, else CannotFit."""
    words = [w for w in form.replace("'", " ").split() if w]
    if all(zipf(w.lower(), lang) >= KNOWN_ZIPF for w in words):
        return form
    raise CannotFit()


def root_token(doc: Doc) -> Token:
    return next(t for t in doc if t.head == t)


def join_words(words: list[str]) -> str:
    """Join words, without a space after an elided word ("l'", "d'")."""
    text = ""
    for word in words:
        if not word:
            continue
        if text and not text.endswith(("'", "’")):
            text += " "
        text += word
    return text


def replace_words(alt: Doc, replacements: dict[int, str]) -> str:
    return "".join(replacements.get(t.i, t.text) + t.whitespace_ for t in alt).strip()


def join_following(doc: Doc, span_end_char: int, text: str, lang: str) -> tuple[str, int]:
    """Mind the join with what follows: "d'" before a vowel; a space after a former elision."""
    following = _doc_text(doc)[span_end_char:]
    original_last = _doc_text(doc)[:span_end_char]
    if lang == "fr":
        words = text.split(" ")
        last = words[-1].lower()
        next_word = following.lstrip().split(" ", 1)[0] if following else ""
        elided_before = original_last.endswith(("'", "’"))
        if (
            last in ("de", "que", "jusque", "lorsque", "puisque")
            and next_word
            and french.starts_with_vowel(next_word)
        ):
            words[-1] = words[-1][:-1] + "'"
            text = " ".join(words)
            skip = len(following) - len(following.lstrip())
            return text, span_end_char + skip
        if elided_before and not text.endswith(("'", "’")):
            return text + " ", span_end_char
    return text, span_end_char


def case_like(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def alt_noun(alt: Doc) -> Token:
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
    root = root_token(alt)
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    if nouns:
        return nouns[0]
    return alt[0] if alt[0].pos_ != "DET" or len(alt) == 1 else alt[1]
