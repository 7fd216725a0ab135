"""Whether a change is sure: named checks between proposing a change and the reviewer.

A change is offered as sure only when every check that applies to it passes; otherwise it is
offered "to check" with the check's note, in plain words. Each check is a small function of
the change, its block and what is known of the whole document; its docstring gives our own
examples of the shape that made us add it (real texts showed each of them).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from simplifier.address_form import FORMAL, INFORMAL
from simplifier.models import Block, Finding, Rewrite
from simplifier.nlp import get_pipeline
from simplifier.rewrite import dutch, french, second_opinion
from simplifier.rewrite.propose import NOTE_REPHRASE, NOTE_SPLIT
from simplifier.words import zipf

NOTE_BRACKETS = "note.check_brackets"
NOTE_NAME = "note.check_name"
NOTE_REGISTER = "note.check_register"
NOTE_REPEAT = "note.check_repeat"
NOTE_WORD = "note.check_word"
NOTE_CONTRAST = "note.check_contrast"
NOTE_NOTION = "note.check_notion"
NOTE_PLACE = "note.check_place"
NOTE_GRAMMAR = "note.check_grammar"
NOTE_HEADING = "note.check_heading"
NOTE_SPLIT_CONDITION = "note.check_split_condition"
NOTE_GRAMMAR_OPINION = "note.check_grammar_opinion"
NOTE_LONG_EXPLANATION = "note.check_long_explanation"
NOTE_SAID_ALREADY = "note.check_said_already"

_NAME_LINK = {"de", "du", "des", "d'", "d’", "van", "voor", "der", "het"}
_QUOTES = {"«": "»", "“": "”", '"': '"', "„": "”"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class DocumentFacts:
    """What the checks need to know of the whole document."""

    lang: str
    formal: bool  # the text speaks to the reader with "vous"/"u"
    # Alternatives that two different terms of one paragraph would share: (block, text).
    shared: frozenset[tuple[int, str]]
    docs: dict[int, Doc] = field(default_factory=dict)  # each block's parse, by index

    def span(self, finding: Finding, block: Block) -> Span | None:
        """The finding's words in its block's parse."""
        doc = self.docs.get(block.index)
        if doc is None:
            return None
        start, end = finding.start - block.start, finding.end - block.start
        return doc.char_span(start, end, alignment_mode="expand")


def facts(
    findings: list[Finding],
    blocks: list[Block],
    lang: str,
    docs: dict[int, Doc] | None = None,
    address: str | None = None,
) -> DocumentFacts:
    """`address` is the organisation's form of address ("vous", "tu", "u", "je"): when given,
    it is the letter's, whatever the words of this text (a draft may mix them)."""
    text = " ".join(b.text for b in blocks if b.lang == lang)
    formal = len(FORMAL[lang].findall(text)) if lang in FORMAL else 0
    informal = len(INFORMAL[lang].findall(text)) if lang in INFORMAL else 0
    if address is not None:
        formal, informal = (1, 0) if address in ("vous", "u") else (0, 1)
    terms: dict[tuple[int, str], set[str]] = {}
    for finding in findings:
        if finding.action == "replace" and finding.rewrites:
            key = (finding.block, finding.rewrites[0].text.strip().lower())
            terms.setdefault(key, set()).add(finding.match.lower())
    shared = frozenset(key for key, matched in terms.items() if len(matched) > 1)
    return DocumentFacts(lang, formal > 0 and formal >= informal, shared, docs or {})


Check = Callable[[Finding, Rewrite, Block, DocumentFacts], str | None]


def _local(rewrite: Rewrite, block: Block) -> tuple[str, str]:
    """The block's text before and after the rewritten stretch."""
    return block.text[: rewrite.start - block.start], block.text[rewrite.end - block.start :]


def stacked_brackets(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """An explanation in brackets next to another bracket, or inside one or inside quotes:
    « l'intervention majorée (un remboursement plus élevé…) (BIM) », « (le Forem, Actiris
    (l'office régional…)) », "het « leefloon (een minimuminkomen…) »"."""
    if "(" not in rewrite.text:
        return None
    before, after = _local(rewrite, block)
    if after.lstrip().startswith("(") or before.rstrip().endswith(")"):
        return NOTE_BRACKETS
    if before.count("(") > before.count(")"):
        return NOTE_BRACKETS
    for opening, closing in _QUOTES.items():
        if opening == closing:
            if before.count(opening) % 2:
                return NOTE_BRACKETS
        elif before.count(opening) > before.count(closing):
            return NOTE_BRACKETS
    return None


def inside_a_name(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """Words that go on into a name: « le Fonds du logement des familles nombreuses de
    Wallonie », « la DG Personnes handicapées du SPF Sécurité sociale », "het geïndividualiseerd
    project maatschappelijke integratie van het OCMW". A change there cuts the name."""
    _, after = _local(rewrite, block)
    following = after.split()[:2]
    if following and following[0][:1].isupper() and not after.lstrip().startswith("("):
        return NOTE_NAME
    if len(following) == 2 and following[0].lower() in _NAME_LINK and following[1][:1].isupper():
        return NOTE_NAME
    # Back from the term over linking words to a capitalised word that does not open the
    # sentence: « Fonds du logement », "Dienst voor Uitkeringen".
    sentence = re.split(r"[.!?:;]\s", block.text[: finding.start - block.start])[-1]
    words = sentence.split()
    position = len(words)
    while position > 0 and words[position - 1].lower() in _NAME_LINK:
        position -= 1
    if position > 1 and len(words) - position <= 2 and words[position - 1][:1].isupper():
        return NOTE_NAME
    if _other_names_bracket(block.text[: rewrite.start - block.start], after):
        return NOTE_NAME
    return None


# The opening of a bracket that gives a thing's other names: its abbreviation first, then
# "ou"/"of" and another name: « allocations familiales supplémentaires (AFS ou allocations
# majorées) ». The words in it are names, quoted as the service writes them.
_NAMES_OPEN = re.compile(r"\(\s*[A-ZÀ-Ý]{2,}[\w.-]*\s+(ou|of|/)\s+[^()]*$")


def _other_names_bracket(before: str, after: str) -> bool:
    return bool(_NAMES_OPEN.search(before)) and ")" in after.split("(")[0]


_THIRD = {
    "fr": re.compile(r"\b(il|elle|ils|elles|lui|leur|leurs|son|sa|ses)\b", re.I),
    "nl": re.compile(r"\b(hij|zij|ze|hem|haar|zijn|hun)\b", re.I),
}


def register(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A change that speaks to the reader with "vous"/"u" in a text that does not (« le
    demandeur doit … (la caisse qui vous paie) », "als je ziek bent … (het deel dat u zelf
    betaalt)"), or in a sentence that speaks of someone in the third person (« rétablir la
    situation du débiteur, en lui permettant de payer ses dettes »)."""
    pattern = FORMAL.get(facts.lang)
    if pattern is None:
        return None
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    added = len(pattern.findall(rewrite.text)) - len(pattern.findall(original))
    if added <= 0:
        return None
    if not facts.formal:
        return NOTE_REGISTER
    span = facts.span(finding, block)
    sentence = span.sent.text if span is not None else ""
    rest = sentence.replace(original, " ") if original else sentence  # "" would split it all
    return NOTE_REGISTER if _THIRD[facts.lang].search(rest) else None


# The words that open a noun's complement: « (…) de votre mutualité », "(…) van uw
# ziekenfonds"; « (…) avec votre médecin » is another part of the sentence.
_COMPLEMENT_OPENERS = ("de ", "du ", "des ", "d'", "van ", "voor ")


def repeats(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """A change whose new words are already there next to it: « la part que vous payez
    vous-même que vous devez payer », « mineur non accompagné (mineur étranger non accompagné
    (MENA)) », "het leefloon (een minimuminkomen van het OCMW) van het OCMW"."""
    before, after = _local(rewrite, block)
    following = " ".join(_WORD.findall(after)[:3]).lower()
    if following.count(" ") == 2 and following in " ".join(_WORD.findall(rewrite.text)).lower():
        return NOTE_REPEAT  # "het leefloon (… van het OCMW …) van het OCMW"
    new = [w.lower() for w in _WORD.findall(rewrite.text) if len(w) > 3]
    if not new:
        return None
    near = " ".join(before.split()[-8:] + after.split()[:8]).lower()
    near_words = set(_WORD.findall(near))
    original = block.text[rewrite.start - block.start : rewrite.end - block.start].lower()
    fresh = [w for w in new if w not in original]
    if not fresh:
        return None
    # The words right after an explanation are the term's complement; a gloss that names it
    # too says it twice: "de adviserend arts (de dokter van het ziekenfonds…) van uw
    # ziekenfonds".
    following_words = after.split()[:3]
    if (
        rewrite.text.lstrip().startswith("(")
        and following_words
        and (" ".join(following_words).lower().replace("’", "'") + " ").startswith(
            _COMPLEMENT_OPENERS
        )
        and any(w in fresh for w in _WORD.findall(" ".join(following_words).lower()) if len(w) > 4)
    ):
        return NOTE_REPEAT
    repeated = [w for w in fresh if w in near_words]
    # One new word that the sentence already has a few words away repeats it too: « pour
    # corriger votre erreur afin de vous assurer » made « … pour vous assurer ».
    least = 1 if len(fresh) == 1 else max(2, len(fresh) // 2)
    return NOTE_REPEAT if len(repeated) >= least else None


def doubled_word(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """The same word twice in a row, or once plain and once inflected, where the change meets
    the words around it: « dans les meilleurs délais possibles » made « le plus vite possible
    possibles », "de de"."""
    before, after = _local(rewrite, block)
    words = [w.lower() for w in _WORD.findall(before)[-1:] + _WORD.findall(rewrite.text)]
    words += [w.lower() for w in _WORD.findall(after)[:1]]
    for first, second in itertools.pairwise(words):
        inflected = len(first) > 3 and second in (first + "s", first + "e", first + "x")
        if first == second or inflected:
            return NOTE_REPEAT
    return None


def unknown_word(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A word form we made that the language does not have ("pensiot", « indues » for a noun
    that is masculine): every new word must be a known word of the language."""
    original = block.text[rewrite.start - block.start : rewrite.end - block.start].lower()
    for word in _WORD.findall(rewrite.text):
        lowered = word.lower()
        if lowered in original or not lowered.isalpha():
            continue
        if zipf(lowered, facts.lang) <= 0:
            return NOTE_WORD
    return None


def contrast(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """Two different terms of one paragraph that would get the same plain words: the text
    contrasts them (« plan de règlement amiable » and « judiciaire »; "toelaatbaarheids-" and
    "toekenningsvoorwaarden"); the same words would erase the difference."""
    if finding.action != "replace":
        return None
    key = (finding.block, rewrite.text.strip().lower())
    return NOTE_CONTRAST if key in facts.shared else None


def notion(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A noun replaced by plain words: a term of the law or of a service often names a notion
    that the plain words only come near (« pension anticipée » is not « pension avant l'âge
    légal », "toekenning" is not "goedkeuring", « plan de règlement amiable » is not « plan
    de paiement »). Real letters showed a third of these wrong: the reviewer checks them. In
    Dutch, verbs too: the fitted form is too often wrong ("in rekening brengen" for
    "aanrekenen" in a subordinate clause, a participle made an infinitive)."""
    if finding.action != "replace" or finding.category not in ("jargon", "third_person"):
        return None
    span = facts.span(finding, block)
    if span is None:
        return None
    kinds = {"NOUN", "PROPN"} | ({"VERB", "AUX", "ADJ"} if facts.lang == "nl" else set())
    if span.root.pos_ in kinds:
        return NOTE_NOTION
    return None


# After the words explained: another member of the same group ("…, de conjoint", "ou d'isolé").
_ELLIPSIS = re.compile(r"^\s*(,|ou|et|of|en)\s*(de\b|d'|d’|du\b|des\b|van\b|voor\b)", re.I)


# After the words explained: the date or number that goes with a name.
_DATED = re.compile(r"^\s*(du|de|d'|d’|van|nr\.?|n°|no|numéro|nummer)\s*\d", re.I)


def explanation_place(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """An explanation in brackets belongs where the words it explains end: not in the middle
    of a group of words (« titulaires (…) orphelins », « société de logement (…) public »,
    « pensions de survie (…), de conjoint divorcé »), not moved away from its term to the end
    of a long reference, not between a name and its date or number (« la loi-programme (…)
    du 26 décembre 2015 », "de programmawet (…) van 26 december 2015"), and not in the
    singular after a plural (« personnes cohabitantes (une personne qui…) »)."""
    if rewrite.start != rewrite.end or not rewrite.text.lstrip().startswith("("):
        return None
    if rewrite.start != finding.end:
        return NOTE_PLACE  # moved after a date or a reference: it would explain that
    _, after = _local(rewrite, block)
    if _ELLIPSIS.match(after) or _DATED.match(after):
        return NOTE_PLACE
    stripped = after.lstrip()
    if stripped and stripped[0].isalnum():
        span = facts.span(finding, block)
        if span is None:
            return NOTE_PLACE
        doc = span.doc
        following = doc[span.end] if span.end < len(doc) else None
        if following is None or following.pos_ in ("NOUN", "ADJ", "PROPN", "NUM"):
            return NOTE_PLACE
        if following.pos_ == "VERB" and _attributive(doc, span.end):
            return NOTE_PLACE  # "aanslagbiljet (…) onroerende voorheffing"
        if _complement_follows(doc, span.end) or _verb_group_goes_on(span, following):
            return NOTE_PLACE
        if following.pos_ == "ADV" or following.lower_ in _RELATIVES:
            # « Tribunal du travail (…) compétent » (the adjective tagged an adverb), « un
            # emploi convenable (…) qui vous est offert »: the group goes on after the bracket
            return NOTE_PLACE
    span = facts.span(finding, block)
    gloss = rewrite.text.strip(" ()").lower()
    if span is not None and _plural(span.root):
        singular = (
            ("un ", "une ", "le ", "la ", "l'", "l’")
            if facts.lang == "fr"
            else (
                "een ",
                "het ",
            )
        )
        if gloss.startswith(singular):
            return NOTE_GRAMMAR
    return None


def _plural(word: Token) -> bool:
    """A plural noun, by its tag or, where the tag is missing or wrong, by its lemma plus a
    plural ending ("ingebrekestellingen" tagged a verb, « indemnités »)."""
    if "Plur" in word.morph.get("Number"):
        return True
    text, lemma = word.text.lower(), word.lemma_.lower()
    return text != lemma and text in {lemma + ending for ending in ("s", "x", "en", "'s")}


_RELATIVES = frozenset({"qui", "que", "qu'", "qu’", "dont", "lequel", "laquelle", "die", "dat"})


# A preposition that ties a bare noun to the term: « intervention majorée d'assurance
# maladie », « allocation de remplacement », "verzoekschrift tot adoptie".
_TYING = {"de", "d'", "d’", "tot"}


def _complement_follows(doc: Doc, index: int) -> bool:
    """The words after the term are its complement: a tying preposition and no article,
    pronoun or number after it (« (…) d'assurance maladie », "(…) tot binnen- of buitenlandse
    adoptie"). With an article the group is looser: "(…) van uw gezin" reads well."""
    if index + 1 >= len(doc) or doc[index].lower_ not in _TYING:
        return False
    return doc[index + 1].pos_ not in ("DET", "PRON", "NUM", "PUNCT")


def _attributive(doc: Doc, index: int) -> bool:
    """A participle used as an adjective before its noun ("onroerende voorheffing")."""
    return index + 1 < len(doc) and doc[index + 1].pos_ in ("NOUN", "PROPN")


def _verb_group_goes_on(span: Span, following: Token) -> bool:
    """The term is the participle or adjective of a verb group that goes on after it:
    "onbewoonbaar verklaard (…) zijn", « déclaré inhabitable (…) sera »."""
    return following.pos_ == "AUX" and span.root.pos_ in ("VERB", "ADJ")


_CONDITIONS = {
    "fr": re.compile(
        r"\b(si|lorsque|lorsqu'|quand|dès que|pour autant que|à condition que|sauf si|et/ou)",
        re.I,
    ),
    "nl": re.compile(
        r"\b(als|indien|wanneer|zodra|tenzij|mits|op voorwaarde dat|voor zover|en/of)\b", re.I
    ),
}


def split_condition(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A long sentence cut where a condition holds its parts together: « si vous avez 75 ans
    et/ou si vous êtes malade, … » cut after « 75 ans » leaves the condition without its
    consequence; "als … en als …" likewise."""
    if finding.action != "split":
        return None
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    pattern = _CONDITIONS.get(facts.lang)
    return NOTE_SPLIT_CONDITION if pattern is not None and pattern.search(original) else None


def a_split(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """A sentence cut in two is never sure: after the checks above, readers still found most
    cuts wrong on real texts (6 of 9 over the three sets, 5 of 5 on texts nobody had seen):
    a new sentence that reads as a question ("Doet u … aangifte"), a part with no verb after
    a semicolon, « Elle » pointing to the wrong noun. The reviewer reads both sentences."""
    return NOTE_SPLIT if finding.action == "split" else None


def an_active_rewrite(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """A passive sentence turned active is never sure: the active sentence must name who acts,
    and the rule can only guess it. On texts nobody had seen, readers judged 3 of 4 such sure
    rewrites wrong (« Le droit européen assure ce droit » for a right the text says is assured,
    a sentence that lost its article). The reviewer reads the new sentence."""
    return NOTE_REPHRASE if finding.category == "passive" and finding.action == "rephrase" else None


def heading(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """No sure change in a heading: the text below may take up its words (« BIM sans enquête
    sur les revenus », "Wat is remgeld?"), and a heading is often a name. A paragraph or a
    list item that is one question (« Qu’est-ce que la déclaration simplifiée ? », "Hoe vraag
    ik een attest aan?"), or a short line ending with a colon, heads what is below it the
    same way."""
    heads = block.role == "heading" or _a_question(block.text) or _a_label(block.text)
    return NOTE_HEADING if heads else None


def _a_label(text: str) -> bool:
    """A short line that ends with a colon names what follows (« Aide juridique de première
    ligne : »): a heading too. Readers judged the sure changes made in such lines wrong 2 times
    in 2 (an explanation inside the name of a service)."""
    stripped = text.strip()
    return stripped.endswith(":") and "\n" not in stripped and len(stripped.split()) <= 10


def _a_question(text: str) -> bool:
    stripped = text.strip()
    return (
        stripped.endswith("?")
        and len(stripped.split()) <= 25
        and not re.search(r"[.!?:;]\s", stripped[:-1])
    )


# Possessives the Dutch determiner table (made for agreement) leaves out.
_NL_POSSESSIVES = frozenset({"je", "jouw", "zijn", "haar", "hun"})


def _a_determiner(word: str, lang: str) -> bool:
    """An article, a demonstrative or a possessive, contracted or elided ("du", "l'", "het")."""
    if lang == "fr":
        return french.is_determiner(word)
    return word in dutch.DETERMINERS or word in _NL_POSSESSIVES


# Words that make what follows the name of a form, a number or an article of law.
_NAMING = {
    "fr": frozenset(
        "document formulaire attestation certificat numéro modèle code annexe article carte "
        "statut".split()
    ),
    "nl": frozenset(
        "document formulier attest getuigschrift nummer model code bijlage artikel kaart "
        "statuut".split()
    ),
}


_ENDS_WITH_DE = re.compile(r"(?:^|\s)(?:de|d'|d’)\s*$", re.I)
# Words that open a noun group as an article does (« d'une aide », « de plusieurs aides »).
_FR_QUANTIFIERS = frozenset("de plusieurs certains certaines quelques tous toutes chaque".split())


def lost_article(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A term that ends with « de » before a noun without article (« bénéficier d'allocations »,
    « disposer de revenus ») replaced by a verb that takes its object directly: the noun needs
    its article back (« recevoir des allocations »), which the change does not write."""
    if facts.lang != "fr":
        return None
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    if not _ENDS_WITH_DE.search(original) or _ENDS_WITH_DE.search(rewrite.text):
        return None
    _, after = _local(rewrite, block)
    following = after.split()[:1]
    if not following:
        return None
    word = french.straight(following[0])
    if _a_determiner(word, "fr") or word in _FR_QUANTIFIERS or word.startswith("l'"):
        return None
    return None if word[:1].isdigit() else NOTE_GRAMMAR


# A plain conjunction that only opens a clause: « du fait que » is « parce que » there, but
# « l'existence d'un accord et du fait que … » is a noun group ("the fact that").
_CONJUNCTIONS = frozenset({"parce que", "parce qu'", "parce qu’", "omdat", "puisque"})


def conjunction_inside_a_group(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """A replacement that is a conjunction where the words it replaces do not open a clause:
    after « et », « de » or a noun, « du fait que » names a fact; « parce que » there says
    something else."""
    if rewrite.text.strip().lower() not in _CONJUNCTIONS:
        return None
    before, _ = _local(rewrite, block)
    stripped = before.rstrip()
    if not stripped or stripped.endswith((",", ";", ":", ".", "(")):
        return None
    last = stripped.split()[-1].lower()
    return NOTE_GRAMMAR if last in ("et", "ou", "en", "of", "de", "du", "van") else None


def abbreviation_in_its_place(
    finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts
):
    """A name written out in full before its abbreviation takes the article the name needs:
    "bij VDAB" gives "bij Vlaamse Dienst …" and « auprès du Forem » gives « du Office … » (for
    « de l’Office … »), « avec Actiris » « avec Office … »; and an abbreviation that is the name of
    a form or a number stays as it is (« le document C4 », "formulier C4", "het nummer KBO")."""
    if finding.category != "abbreviation" or finding.action != "explain":
        return None
    before = french.straight(_local(rewrite, block)[0])
    words = before.split()
    previous = words[-1] if words else ""
    if previous.rstrip(".,:;") in _NAMING.get(facts.lang, ()):
        return NOTE_NAME
    vowel = french.starts_with_vowel(rewrite.text)
    if re.search(r"\b[ld]'$", before):
        return None if vowel else NOTE_GRAMMAR  # "l’ONEM": "l’Office national …" is right
    if not _a_determiner(previous, facts.lang):
        return NOTE_GRAMMAR
    if facts.lang == "fr" and vowel and previous in ("du", "au", "le", "la", "de", "ce", "cette"):
        return NOTE_GRAMMAR  # « du Office » for « de l’Office »
    return None


_PREPOSITION_END = re.compile(r"\b(de|d'|d’|à|aux|au|van|op|aan|tot)\s*$", re.I)


_ELIDED = re.compile(r"[^\W\d_]-\s+(of|en|et|ou)\s", re.I)


def elided_compound(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """Words that share a part with the one before ("gezondheids- of billijkheidsredenen",
    « pré- et postnatal »): plain words for the second lose the first."""
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    before, _ = _local(rewrite, block)
    return NOTE_GRAMMAR if _ELIDED.search(original) or _ELIDED.search(before[-20:] + " ") else None


def construction(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A word that governs a preposition replaced by one that does not, where a later part of
    the sentence repeats the preposition: « bénéficier de certains droits, ainsi que
    d'allocations » becomes « recevoir certains droits, ainsi que d'allocations »."""
    if finding.action != "replace":
        return None
    original = block.text[rewrite.start - block.start : rewrite.end - block.start]
    governed = _PREPOSITION_END.search(original)
    if governed is None or _PREPOSITION_END.search(rewrite.text):
        return None
    span = facts.span(finding, block)
    rest = (
        span.sent.text[span.end_char - span.sent.start_char :]
        if span is not None
        else _local(rewrite, block)[1]
    )
    word = governed.group(1).lower().rstrip("'’")
    # « de » comes back as itself, elided or joined to the article: « ainsi que d'allocations »
    forms = r"(?:de\b|d['’]|du\b|des\b)" if word in ("de", "d") else rf"{word}\b"
    repeat = rf"\b(et|ou|ainsi que|of|en)\s+{forms}"
    return NOTE_GRAMMAR if re.search(repeat, rest, re.I) else None


# Longer than this, an explanation in brackets breaks the sentence it sits in: on the real
# texts of the tune half, a third of those with more words were judged wrong, 1 in 10 of the
# shorter ones.
LONGEST_SURE_EXPLANATION = 16


def long_explanation(finding: Finding, rewrite: Rewrite, block: Block, _: DocumentFacts):
    """An explanation in brackets of more than 16 words, or with its own colon or semicolon
    (« le maximum à facturer (une limite par an : quand le ménage a payé …) »): the reader
    loses the sentence it interrupts; the reviewer shortens it or puts it in its own
    sentence."""
    text = rewrite.text.strip()
    if rewrite.start != rewrite.end or not text.startswith("("):
        return None
    gloss = text.strip("()")
    if len(gloss.split()) > LONGEST_SURE_EXPLANATION or ":" in gloss or ";" in gloss:
        return NOTE_LONG_EXPLANATION
    return None


# Content words an explanation shares with its sentence beyond which it repeats the sentence.
SAID_ALREADY_WORDS = 2


@cache
def _content_lemmas(text: str, lang: str) -> frozenset[str]:
    return frozenset(_lemmas(get_pipeline(lang)(text)))


def _lemmas(tokens: Iterable[Token]) -> Iterator[str]:
    """Lemmas of the words that carry content (not short or grammatical words)."""
    for token in tokens:
        if token.is_alpha and not token.is_stop and len(token) > 3:
            yield token.lemma_.lower()


def said_already(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """An explanation in brackets that repeats what its own sentence says (« L'intervention
    majorée (un meilleur remboursement des soins…) permet un remboursement plus élevé de vos
    soins de santé »): the sentence is the explanation, the brackets only make it longer.
    Two content words in common (lemmas, besides the term's own) are enough to ask."""
    text = rewrite.text.strip()
    if rewrite.start != rewrite.end or not text.startswith("("):
        return None
    span = facts.span(finding, block)
    if span is None:
        return None
    term = range(span.start, span.end)
    sentence = set(_lemmas(t for t in span.sent if t.i not in term))
    shared = sentence & _content_lemmas(text.strip("()"), facts.lang)
    return NOTE_SAID_ALREADY if len(shared) >= SAID_ALREADY_WORDS else None


def grammar_opinion(finding: Finding, rewrite: Rewrite, block: Block, facts: DocumentFacts):
    """A French paragraph in which a grammar checker finds a fault after the change and not
    before it (« des sommes payée », « les médecins qui pu demander »). Last of the checks:
    it asks another program."""
    if facts.lang != "fr":
        return None
    before, after = _local(rewrite, block)
    changed = before + rewrite.text + after
    return NOTE_GRAMMAR_OPINION if second_opinion.french().new_errors(block.text, changed) else None


CHECKS: tuple[Check, ...] = (
    heading,
    stacked_brackets,
    explanation_place,
    inside_a_name,
    register,
    notion,
    repeats,
    doubled_word,
    unknown_word,
    contrast,
    elided_compound,
    construction,
    lost_article,
    conjunction_inside_a_group,
    abbreviation_in_its_place,
    split_condition,
    a_split,
    an_active_rewrite,
    long_explanation,
    said_already,
    grammar_opinion,
)


def review(finding: Finding, block: Block, facts: DocumentFacts) -> Finding:
    """The finding with each sure rewrite checked: the first check that fails makes it a
    change to check, with that check's note."""
    if not finding.rewrites:
        return finding
    changed = []
    for rewrite in finding.rewrites:
        if rewrite.confident:
            for check in CHECKS:
                note = check(finding, rewrite, block, facts)
                if note is not None:
                    rewrite = replace(rewrite, confident=False, note=note)
                    break
        changed.append(rewrite)
    result = tuple(changed)
    return finding if result == finding.rewrites else replace(finding, rewrites=result)


def review_all(
    findings: list[Finding],
    blocks: list[Block],
    docs: dict[int, Doc] | None = None,
    address: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Every finding's changes checked, with the facts of its language's part of the text
    (and each block's parse, in `docs`; the organisation's form of address by language)."""
    by_lang: dict[str, DocumentFacts] = {}
    result = []
    for finding in findings:
        if finding.lang not in by_lang:
            same = [f for f in findings if f.lang == finding.lang]
            form = (address or {}).get(finding.lang)
            by_lang[finding.lang] = facts(same, blocks, finding.lang, docs, form)
        result.append(review(finding, blocks[finding.block], by_lang[finding.lang]))
    return result
