"""spaCy pipelines, loaded once per process with only the components the checks need."""

from __future__ import annotations

import bisect
from functools import cache

import numpy
import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from simplifier.errors import SimplifierError
from simplifier.models import Protected
from simplifier.protect import pattern_spans
from simplifier.regex_cache import seed_pipeline_tokenizer

PIPELINES: dict[str, str] = {"fr": "fr_core_news_sm", "nl": "nl_simplifier_ud"}
# Components the checks do not use; leaving them out keeps the parse fast.
UNUSED: dict[str, list[str]] = {"fr": ["senter"], "nl": ["senter"]}
# Components that only matter when another one reads their output: the Dutch pipeline's
# second part-of-speech classifier (`tagger`, token.tag_) is read by no rule; it is needed
# only when the package copies its guess into token.pos_ (`nl_pos_from_tag`).
NEEDED_ONLY_BY: dict[str, dict[str, str]] = {"nl": {"tagger": "nl_pos_from_tag"}}
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
START, GOES_ON, UNKNOWN = 1, -1, 0  # values of spaCy's SENT_START attribute
SHORT_LINE = 50  # characters: an address line, a list item

if not Doc.has_extension("simplifier_patterns"):
    Doc.set_extension("simplifier_patterns", default=None)


def sentence_starts(
    words: list[str], spaces: list[str], offsets: list[int], text: str, kept: list[Protected]
) -> list[int]:
    """For each token: START, GOES_ON or UNKNOWN (the parser decides).

    - a sentence ends at a full stop, a question or exclamation mark, or a line break, as
      readers and plain-language guides count sentences: never at a colon or a semicolon,
      and not where the parser guesses one in a long sentence with foreign words;
    - after a line break a sentence starts, unless the line runs on in lower case without
      closing punctuation (a wrapped sentence);
    - a short line with no full stop inside is one sentence ("1000 Bruxelles");
    - no sentence starts after "art.", "M.", "bv." or inside an amount, a date, a legal reference.

    Works on plain lists, so that the component sets all values in one array write.
    """
    n = len(words)
    values = [UNKNOWN] * n
    if not n:
        return values
    values[0] = START
    line_end = ["\n" in w + s or not w.strip() for w, s in zip(words, spaces, strict=True)]
    for i in range(1, n):
        if not _may_start(i, words, line_end):
            values[i] = GOES_ON

    def line_text(first: int, last: int) -> str:
        return text[offsets[first] : offsets[last - 1] + len(words[last - 1])].strip()

    lines, begin = [], 0
    for i in range(n):
        if "\n" in words[i] + spaces[i]:
            lines.append((begin, i + 1))
            begin = i + 1
    if begin < n:
        lines.append((begin, n))
    for number, (first, last) in enumerate(lines):
        if number > 0:
            previous = line_text(*lines[number - 1])
            if previous[-1:] in ".:;!?" or not words[first][:1].islower():
                values[first] = START
        if len(line_text(first, last)) < SHORT_LINE and not any(
            words[t] in (".", "!", "?") for t in range(first, last - 1)
        ):
            for t in range(first + 1, last):
                values[t] = GOES_ON
    for i in range(n - 1):
        word = words[i].lower()
        if word.endswith(".") and word.rstrip(".") in ABBREVIATIONS:
            values[i + 1] = GOES_ON
        elif word in ABBREVIATIONS and words[i + 1] == "." and i + 2 < n:
            values[i + 2] = GOES_ON
    for span in kept:
        first = bisect.bisect_right(offsets, span.start) - 1
        last = bisect.bisect_left(offsets, span.end)
        for t in range(max(first, 0) + 1, last):
            values[t] = GOES_ON
    return values


def _may_start(i: int, words: list[str], line_end: list[bool]) -> bool:
    """True after end punctuation (possibly followed by a closing quote or bracket) or after a
    line break; False anywhere else."""
    if line_end[i - 1]:
        return True
    if words[i] in _CLOSERS:
        return False  # a closing quote or bracket belongs to the sentence it closes
    following = i
    while following + 1 < len(words) and words[following] in _OPENERS:
        following += 1
    if words[following][:1].islower():
        return False  # "litt. « pays des Kurdes »": a full stop before lower case ends nothing
    position = i - 1
    while position > 0 and words[position] in _CLOSERS:
        position -= 1
    word = words[position]
    return word in _ENDS or (len(word) > 1 and word[-1] in ".!?" and word[-2] != ".")


@Language.component("simplifier_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Tell the parser where sentences surely start or surely go on (see `sentence_starts`)."""
    if len(doc) < 2:
        return doc
    words: list[str] = []
    spaces: list[str] = []
    offsets: list[int] = []
    for token in doc:  # one pass: spaCy makes a new Token object at every access
        words.append(token.text)
        spaces.append(token.whitespace_)
        offsets.append(token.idx)
    kept = pattern_spans(doc.text)
    doc._.simplifier_patterns = kept  # the protect pass reuses them
    values = sentence_starts(words, spaces, offsets, doc.text, kept)
    doc.from_array([SENT_START], numpy.array(values, dtype=numpy.int64).view(numpy.uint64))
    return doc


_CURLY = "\u2019"


@Language.component("simplifier_apostrophes")
def apostrophes(doc: Doc) -> Doc:
    """Read « l’ » as « l' »: the pipelines learnt from text with straight apostrophes, and real
    letters write curly ones as often. « la date de l’accusé de réception » was parsed with
    « l’ » a noun and « accusé » a verb, so « accusé » was replaced like a verb. The words keep
    their text (offsets and the letter do not change); what the model reads of them (norm,
    shape, first and last letters) becomes that of the straight spelling."""
    vocab = doc.vocab
    for token in doc:
        text = token.text
        # not read yet (a capital « L’ » has the norm « l’ », not its own text)
        if _CURLY in text and _CURLY in vocab[text].norm_:
            lexeme, straight = vocab[text], vocab[text.replace(_CURLY, "'")]
            lexeme.norm_ = straight.norm_
            lexeme.shape_ = straight.shape_
            lexeme.prefix_ = straight.prefix_
            lexeme.suffix_ = straight.suffix_
    return doc


@cache
def get_pipeline(lang: str) -> Language:
    """The pipeline for `lang`, loaded on first use and shared by every caller in the process."""
    if lang not in PIPELINES:
        raise PipelineMissing(f"no pipeline for language '{lang}'")
    name = PIPELINES[lang]
    # spaCy's French compiles a 1.4-million-character expression at import: from the cache.
    seed_pipeline_tokenizer(name)
    try:
        nlp = spacy.load(name, exclude=UNUSED[lang])
    except OSError as exc:
        raise PipelineMissing(
            f"the {lang} language pipeline '{name}' is not installed: run 'make install'"
        ) from exc
    for component, reader in NEEDED_ONLY_BY.get(lang, {}).items():
        if component in nlp.pipe_names and reader not in nlp.pipe_names:
            nlp.disable_pipe(component)
    nlp.add_pipe("simplifier_apostrophes", first=True)
    first_parse = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe("simplifier_sentence_hints", before=first_parse) if first_parse else nlp.add_pipe(
        "simplifier_sentence_hints"
    )
    return nlp
