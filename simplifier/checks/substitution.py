"""substitution: terms from the lexicons, matched on their lemma (so plurals, conjugations
and elisions are found) or their exact form, with plain alternatives; official terms that must
stay (`keep: true`) get an explanation instead."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import ClassVar

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from simplifier.address_form import speaks_informally, to_informal_nl
from simplifier.checks.base import BlockAnalysis, Check, Context, lemma_patterns, match_case
from simplifier.checks.definitions import defines
from simplifier.checks.senses import fits, folded, preferred
from simplifier.loader import AbbreviationList, Lexicon, LexiconEntry, SubstitutionRule
from simplifier.models import Finding, Rewrite

# The explanation of an official term fits only some of its uses: the reviewer checks it.
NOTE_EXPLANATION = "note.check_explanation"


class LexiconIndex:
    """All lexicon entries of a language in three matchers (exact form, lemma, pattern), built
    once per pipeline and run once per block, whichever substitution rules read them."""

    # Keyed by identity; the value keeps the pipeline and the lexicons alive, so that their
    # ids are never given to other objects (a temporary lexicon would find a stale index).
    _built: ClassVar[dict[tuple[int, int], tuple[object, object, LexiconIndex]]] = {}

    def __init__(self, nlp: Language, lexicons: dict[str, Lexicon | AbbreviationList]) -> None:
        self.entries: list[tuple[str, str, LexiconEntry]] = [
            (name, entry.domain or lexicon.domain, entry)
            for name, lexicon in lexicons.items()
            if isinstance(lexicon, Lexicon)
            for entry in lexicon.entries
        ]
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.patterns = Matcher(nlp.vocab)
        lemma_terms: list[tuple[str, str]] = []
        for number, (_, _, entry) in enumerate(self.entries):
            key = str(number)
            forms = [entry.term, *entry.variants]
            if entry.match == "pattern":
                self.patterns.add(key, entry.pattern)
                continue
            self.lower.add(key, [doc for form in forms for doc in spellings(nlp, form)])
            if entry.match == "lemma":
                lemma_terms += [(key, form) for form in forms]
        patterns = lemma_patterns(nlp, [form for _, form in lemma_terms])
        for (key, _), docs in zip(lemma_terms, patterns, strict=True):
            self.lemma.add(key, docs)
        self.strings = nlp.vocab.strings

    @classmethod
    def of(cls, nlp: Language, lexicons: dict[str, Lexicon | AbbreviationList]) -> LexiconIndex:
        key = (id(nlp), id(lexicons))
        if key not in cls._built:
            cls._built[key] = (nlp, lexicons, cls(nlp, lexicons))
        return cls._built[key][2]

    @classmethod
    def forget(cls, nlp: Language, lexicons: dict[str, Lexicon | AbbreviationList]) -> None:
        """Drop the index of lexicons no analyzer uses any more (`engine.get_analyzer`)."""
        cls._built.pop((id(nlp), id(lexicons)), None)

    def matches(self, ctx: Context, analysis: BlockAnalysis) -> list[tuple[int, int, int]]:
        """(entry number, start token, end token) of every entry found in the block."""
        cache = ctx.extras.setdefault(("lexicon", id(self)), {})
        index = analysis.block.index
        if index not in cache:
            found = []
            for matcher in (self.lower, self.lemma, self.patterns):
                if len(matcher):
                    found += [
                        (int(self.strings[match_id]), start, end)
                        for match_id, start, end in matcher(analysis.doc)
                    ]
            cache[index] = found
        return cache[index]


# French words that lose their vowel before a vowel: « à défaut de » is « à défaut d'accord ».
_ELIDABLE = re.compile(r"(?<=\s)(de|que|le|la|ne|se|je|me|te|lorsque|puisque|jusque)$", re.I)


def spellings(nlp: Language, form: str) -> list[Doc]:
    """The ways real texts write a lexicon form: with a straight or a curly apostrophe (« l'issue »,
    « l’issue »), a French « à » that opens it written « A », and, for a French form ending in
    a word that elides, elided before a vowel (« en matière d'impôts »): the elided word is cut
    as in running text."""
    variants = {form, form.replace("'", "’"), form.replace("’", "'")}
    if nlp.lang == "fr" and form.lower().startswith("à "):
        # a capital À is often typed without its accent: « A partir de », « A défaut »
        variants |= {"a" + variant[1:] for variant in variants}
    docs = [nlp.make_doc(variant) for variant in sorted(variants)]
    if nlp.lang == "fr" and _ELIDABLE.search(form):
        for apostrophe in ("'", "’"):
            # one kind of apostrophe throughout: « à l’issue d’un », « à l'issue d'un »
            same = form.replace("'", apostrophe).replace("’", apostrophe)
            stem = _ELIDABLE.sub(lambda m: m.group(1)[:-1], same)
            doc = nlp.make_doc(f"{stem}{apostrophe}x")
            docs.append(doc[:-1].as_doc())
    return docs


class SubstitutionCheck(Check):
    placeholders = frozenset({"match", "replacement", "alternatives", "explanation"})

    def __init__(self, rule: SubstitutionRule, *args: object) -> None:
        super().__init__(rule, *args)  # type: ignore[arg-type]
        self.index = LexiconIndex.of(self.nlp, self.lexicons)
        names = set(self.lexicons) if rule.lexicons == "all" else set(rule.lexicons)
        self.allowed = {
            number
            for number, (name, domain, _) in enumerate(self.index.entries)
            if name in names
            and (not rule.domains or domain in rule.domains)
            and domain not in rule.exclude_domains
        }
        self.entries = [entry for _, _, entry in self.index.entries]
        self.cues = [tuple(entry.when) for entry in self.entries]
        self.informal_entries: dict[int, LexiconEntry] = {}
        self.unscored = {
            number
            for number, (name, _, _) in enumerate(self.index.entries)
            if not self.lexicons[name].scored  # type: ignore[union-attr]
        }
        self.names = _official_names(self.lexicons)

    def _matches(self, ctx: Context, analysis: BlockAnalysis) -> list[tuple[int, int, int]]:
        """(entry, start char, end char) of this rule's entries in the block, longest first
        where they overlap (like spaCy's filter_spans, without making Span objects)."""
        text = ctx.extras.get("folded text")
        if text is None:
            text = ctx.extras["folded text"] = folded(ctx.text)
        found = sorted(
            (
                m
                for m in self.index.matches(ctx, analysis)
                if m[0] in self.allowed and fits(self.cues[m[0]], text, ctx.lang)
            ),
            key=lambda m: (m[1] - m[2], m[1]),
        )
        taken: set[int] = set()
        kept = []
        for number, start, end in found:
            if taken.isdisjoint(range(start, end)):
                taken.update(range(start, end))
                kept.append((number, start, end))
        doc = analysis.doc
        return sorted(
            (number, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
            for number, start, end in kept
        )

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: SubstitutionRule = self.rule  # type: ignore[assignment]
        explained: set[int] = set()
        informal = ctx.lang == "nl" and speaks_informally(ctx.text, "nl", ctx.extras.get("address"))
        found = [(analysis, self._matches(ctx, analysis)) for analysis in ctx.blocks]
        taught = {
            number
            for analysis, matches in found
            for number, start_char, end_char in matches
            if _defined_here(analysis, start_char, end_char, ctx.lang)
        }
        for analysis, matches in found:
            text = analysis.block.text
            for number, start_char, end_char in matches:
                entry = self.entries[number]
                if informal:  # the advice speaks to the reader as the text does
                    entry = self._informal(number)
                if _quoted(text, start_char):  # a label or a name: « cliquez sur ‘Envoyer’ »
                    continue
                if number in taught:  # the text says what it means: no advice about it
                    finding = self.finding(
                        analysis,
                        start_char,
                        end_char,
                        action="none",
                        explanation=entry.explanation,
                        values={"replacement": "", "alternatives": "", "explanation": ""},
                    )
                    yield self._scored(replace(finding, explained_in_text=True), number)
                    continue
                if entry.keep:
                    # An official term is explained once, where the letter's text first uses
                    # it (not in the letterhead, nor in a heading: the explanation belongs in
                    # the text); repeating the advice at every use is noise.
                    if (
                        number in explained
                        or analysis.block.kind in ("header", "footer")
                        or analysis.block.role == "heading"
                    ):
                        continue
                    explained.add(number)
                    finding = self.finding(
                        analysis,
                        start_char,
                        end_char,
                        message=rule.message_keep,
                        action="explain",
                        explanation=rule.explanation_keep or entry.explanation,
                        values={
                            "replacement": "",
                            "alternatives": "",
                            "explanation": entry.explanation,
                        },
                    )
                    # The explanation goes in brackets right after the term.
                    gloss = Rewrite(finding.end, finding.end, f" ({entry.explanation})")
                    if entry.explanation_depends_on_context:
                        gloss = replace(gloss, confident=False, note=NOTE_EXPLANATION)
                    yield self._scored(replace(finding, rewrites=(gloss,)), number)
                    continue
                if _inside_name(self.names, text, start_char, end_char):
                    # « bénéficiaire » in « bénéficiaire de l'intervention majorée »: a word of
                    # an official name (the full form of a known abbreviation) stays as it is.
                    continue
                matched = text[start_char:end_char]
                alternatives = tuple(match_case(a, matched) for a in entry.alternatives)
                original = self.entries[number]  # its cues name the alternatives as written
                if original.prefer_when:
                    first = preferred(
                        original.alternatives,
                        original.prefer_when,
                        folded(_sentence(analysis, start_char, end_char)),
                        ctx.lang,
                    )
                    rest = alternatives[:first] + alternatives[first + 1 :]
                    alternatives = (alternatives[first], *rest)
                finding = self.finding(
                    analysis,
                    start_char,
                    end_char,
                    replacements=alternatives,
                    action="replace",
                    explanation=entry.explanation,
                    values={
                        "replacement": alternatives[0],
                        "alternatives": " / ".join(alternatives),
                        "explanation": entry.explanation,
                    },
                )
                if entry.depends_on_context:
                    finding = replace(finding, choose=True)
                yield self._scored(finding, number)

    def _informal(self, number: int) -> LexiconEntry:
        """A Dutch entry's explanation and alternatives with "je" instead of "u"."""
        if number not in self.informal_entries:
            entry = self.entries[number]
            self.informal_entries[number] = entry.model_copy(
                update={
                    "explanation": to_informal_nl(entry.explanation),
                    "alternatives": [to_informal_nl(a) for a in entry.alternatives],
                }
            )
        return self.informal_entries[number]

    def _scored(self, finding: Finding, number: int) -> Finding:
        return replace(finding, scored=False) if number in self.unscored else finding


def _official_names(lexicons: dict[str, Lexicon | AbbreviationList]) -> re.Pattern[str] | None:
    """The full forms of the known abbreviations (« bénéficiaire de l'intervention majorée »,
    « centre public d'action sociale »): official names, whose words are not replaced."""
    names = sorted(
        {
            " ".join(entry.expansion.replace("’", "'").split())
            for lexicon in lexicons.values()
            if isinstance(lexicon, AbbreviationList)
            for entry in lexicon.entries
            if len(entry.expansion.split()) > 1
        },
        key=len,
        reverse=True,
    )
    if not names:
        return None
    words = "|".join(re.escape(name).replace("'", "['’]").replace(r"\ ", r"\s+") for name in names)
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def _inside_name(names: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    """Whether the words start..end are part of (and shorter than) an official name there."""
    if names is None:
        return False
    return any(
        found.start() <= start
        and end <= found.end()
        and (found.start(), found.end()) != (start, end)
        for found in names.finditer(text, max(0, start - 120), min(len(text), end + 120))
    )


def _sentence(analysis: BlockAnalysis, start: int, end: int) -> str:
    """The text of the sentence the words start..end (block characters) stand in."""
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    return span.sent.text if span is not None else analysis.block.text


def _defined_here(analysis: BlockAnalysis, start: int, end: int, lang: str) -> bool:
    """Whether the sentence of this occurrence says what the term means."""
    doc = analysis.doc
    token = doc.char_span(start, end, alignment_mode="expand")
    if token is None:
        return False
    return defines(token.sent, start, end, lang)


_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "”"))
# A closing single quote is a ’ not followed by a letter (in « l’aide » it is an apostrophe).
_CLOSING_SINGLE = re.compile(r"’(?![^\W\d_])")


def _quoted(text: str, start: int) -> bool:
    """Whether the words at `start` stand between quotation marks (a button's label, the
    title of a form, a name): they are quoted as written and must stay so."""
    before = text[:start]
    if before.count('"') % 2:
        return True
    if any(before.count(opening) > before.count(closing) for opening, closing in _QUOTE_PAIRS):
        return True
    last = before.rfind("‘")
    return last >= 0 and not _CLOSING_SINGLE.search(before[last + 1 :])
