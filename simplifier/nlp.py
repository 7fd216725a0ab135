"""spaCy pipelines, loaded once per process with only the components the checks need."""

from __future__ import annotations

from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from simplifier.errors import SimplifierError
from simplifier.protect import pattern_spans

PIPELINES: dict[str, str] = {"fr": "fr_core_news_sm", "nl": "nl_simplifier_ud"}
# Components the checks do not use; leaving them out keeps the parse fast.
UNUSED: dict[str, list[str]] = {"fr": ["senter"], "nl": ["senter"]}
SUPPORTED_LANGS = tuple(PIPELINES)


class PipelineMissing(SimplifierError):
    pass


# Abbreviations after which a full stop does not end the sentence.
ABBREVIATIONS = {
    "art",
    "arts",
    "al",
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "me",
    "p",
    "pp",
    "ex",
    "cf",
    "etc",
    "env",
    "réf",
    "ref",
    "tél",
    "tel",
    "n",
    "no",
    "nr",
    "nrs",
    "blz",
    "bv",
    "bijv",
    "o.a",
    "dhr",
    "mevr",
    "mr",
    "mw",
    "ca",
    "vb",
    "z",
    "zie",
    "resp",
    "min",
    "max",
    "av",
    "bd",
    "bld",
    "ch",
    "sq",
    "cfr",
    "dd",
    "e.a",
    "i.p.v",
    "m.a.w",
    "t.a.v",
    "t.o.v",
    "a.u.b",
    "p.ex",
    "c.-à-d",
}


_ENDS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {"»", '"', "”", "’", "'", ")", "]"}
_OPENERS = {"«", '"', "“", "(", "["}


def _may_start_sentence(token: Token) -> bool:
    """True after end punctuation (possibly followed by a closing quote or bracket) or after a
    line break; False anywhere else."""
    previous = token.doc[token.i - 1]
    if "\n" in previous.text_with_ws or previous.is_space:
        return True
    if token.text in _CLOSERS:
        return False  # a closing quote or bracket belongs to the sentence it closes
    following = token
    while following.i + 1 < len(token.doc) and following.text in _OPENERS:
        following = token.doc[following.i + 1]
    if following.text[:1].islower():
        return False  # "litt. « pays des Kurdes »": a full stop before lower case ends nothing
    position = token.i - 1
    while position > 0 and token.doc[position].text in _CLOSERS:
        position -= 1
    text = token.doc[position].text
    return text in _ENDS or (len(text) > 1 and text[-1] in ".!?" and text[-2] != ".")


if not Doc.has_extension("simplifier_patterns"):
    Doc.set_extension("simplifier_patterns", default=None)


@Language.component("simplifier_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Tell the parser where sentences surely start or surely go on, before it decides.

    - a sentence ends at a full stop, a question or exclamation mark, or a line break, as
      readers and plain-language guides count sentences: never at a colon or a semicolon,
      and not where the parser guesses one in a long sentence with foreign words;
    - after a line break a sentence starts, unless the line runs on in lower case without
      closing punctuation (a wrapped sentence);
    - a short line with no full stop inside is one sentence ("1000 Bruxelles");
    - no sentence starts after "art.", "M.", "bv." or inside an amount, a date, a legal reference.
    """
    if len(doc) < 2:
        return doc
    for token in doc[1:]:
        if not _may_start_sentence(token):
            token.is_sent_start = False
    lines: list[tuple[int, int]] = []  # token ranges of the lines
    begin = 0
    for token in doc:
        if "\n" in token.text_with_ws:
            lines.append((begin, token.i + 1))
            begin = token.i + 1
    if begin < len(doc):
        lines.append((begin, len(doc)))
    for number, (first, last) in enumerate(lines):
        line = doc[first:last]
        text = line.text.strip()
        if number > 0 and first < len(doc):
            previous = doc[lines[number - 1][0] : lines[number - 1][1]].text.strip()
            if previous[-1:] in ".:;!?" or not doc[first].text[:1].islower():
                doc[first].is_sent_start = True
        if len(text) < 50 and not any(t.text in ".!?" for t in line[:-1]):
            for token in line[1:]:
                token.is_sent_start = False
    for token in doc[:-1]:
        if token.text.endswith(".") and token.text.lower().rstrip(".") in ABBREVIATIONS:
            doc[token.i + 1].is_sent_start = False
        elif (
            token.text.lower() in ABBREVIATIONS
            and doc[token.i + 1].text == "."
            and token.i + 2 < len(doc)
        ):
            doc[token.i + 2].is_sent_start = False
    spans = pattern_spans(doc.text)
    doc._.simplifier_patterns = spans  # the protect pass reuses them
    for span in spans:
        inner = doc.char_span(span.start, span.end, alignment_mode="expand")
        if inner is not None:
            for token in inner[1:]:
                token.is_sent_start = False
    return doc


@cache
def get_pipeline(lang: str) -> Language:
    """The pipeline for `lang`, loaded on first use and shared by every caller in the process."""
    if lang not in PIPELINES:
        raise PipelineMissing(f"no pipeline for language '{lang}'")
    name = PIPELINES[lang]
    try:
        nlp = spacy.load(name, exclude=UNUSED[lang])
    except OSError as exc:
        raise PipelineMissing(
            f"the {lang} language pipeline '{name}' is not installed: run 'make install'"
        ) from exc
    first_parse = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("simplifier_sentence_hints", before=first_parse) if first_parse else nlp.add_pipe(
        "simplifier_sentence_hints"
    )
    return nlp
