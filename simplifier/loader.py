"""Load rule packs (`rules/<lang>/*.yml`) and lexicons (`lexicons/<lang>/*.yml`) into validated
objects. Any mistake is an error naming the file and the key, never a silent default."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, get_args

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from simplifier import diskcache
from simplifier.errors import RuleError

DOMAINS = (
    "general",
    "formula",
    "insurance",
    "health",
    "tax",
    "social_security",
    "pension",
    "unemployment",
    "social_aid",
    "family",
    "housing",
    "debt",
    "justice",
    "disability",
    "employment",
    "administration",
    "latin",
)
Level = Literal["suggestion", "warning", "error"]
Scope = Literal["sentence", "paragraph", "document"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Examples(_Strict):
    flag: list[str] = Field(min_length=1)
    pass_: list[str] = Field(alias="pass", min_length=1)


class RuleBase(_Strict):
    id: str
    level: Level = "warning"
    category: str
    message: str = Field(min_length=1)
    explanation: str = Field(min_length=1)
    source: str = ""
    action: Literal["replace", "explain", "split", "rephrase", "none"] | None = None
    examples: Examples


class ExistenceRule(RuleBase):
    """Flags any of `tokens` (words or phrases), matched on the lower-case form or the lemma."""

    extends: Literal["existence"]
    tokens: list[str] = Field(min_length=1)
    match: Literal["lower", "lemma"] = "lower"
    replacements: list[str] = []


class SubstitutionRule(RuleBase):
    """Flags lexicon terms and proposes their plain alternatives (or explains `keep` terms)."""

    extends: Literal["substitution"]
    lexicons: list[str] | Literal["all"] = "all"
    domains: list[str] = []  # only entries of these domains (all when empty)
    exclude_domains: list[str] = []
    message_keep: str = Field(min_length=1)
    explanation_keep: str = ""  # why an official term stays (its meaning is in message_keep)


class OccurrenceRule(RuleBase):
    """Counts something in each sentence, paragraph or document and flags more than `max`."""

    extends: Literal["occurrence"]
    scope: Scope
    count: Literal["words", "sentences", "numbers", "parentheses", "commas", "characters"]
    max: int = Field(ge=0)
    upto: int | None = None  # flag only counts up to this (a stricter rule takes over above)
    # A sentence that is a list item or has no full stop (a heading, a line of a list) is read
    # as a unit of its list: it may run to this many before it is flagged.
    max_in_list: int | None = None


class PatternRule(RuleBase):
    """spaCy Matcher token patterns (text, lemma, POS, morphology, dependency labels)."""

    extends: Literal["pattern"]
    patterns: list[list[dict[str, Any]]] = Field(min_length=1)
    replacements: list[str] = []
    # A match is dropped when a word of its sentence attached to it carries one of these
    # dependency labels (a passive whose agent is named: "par le CPAS", "door het OCMW"),
    unless_dep: list[str] = []
    # or when the word just before it is one of these (a reflexive verb: "s'être mis").
    unless_before: list[str] = []
    # Only matches with such a word are kept (the same passive, when it names who acts).
    with_dep: list[str] = []
    # A match that holds one of these words, or is followed by one, is dropped (the agent of a
    # passive that the parse did not label: « enregistrés par votre mutualité »); so is one
    # with such a word a few words further in its sentence before an article, a name or a
    # pronoun (« établi deux fois par an par le régulateur »: "par an" is no agent).
    unless_words: list[str] = []
    # Flag the same words once per text, where they first stand: a long word a letter uses
    # twelve times is one problem, not twelve (readers saw 24 such findings on one page).
    once_per_text: bool = False


class DistanceRule(RuleBase):
    """Flags a word too far from the word it belongs to in the parse: a subject far from its
    verb, a helper verb far from the main verb (Dutch "tangconstructie")."""

    extends: Literal["distance"]
    deps: list[str] = Field(min_length=1)  # dependency labels of the dependent word
    max: int = Field(ge=1)  # words allowed in between
    head_pos: list[str] = []  # only when the head has one of these parts of speech
    # Only a pair in one clause: no comma, conjunction or relative pronoun between them (the
    # Dutch parse often pairs a verb with one of another clause).
    same_clause: bool = False


class RareRule(RuleBase):
    """Flags words few readers know: rarer than `max_zipf` on the Zipf scale of word frequency
    (wordfreq), skipping names, numbers, abbreviations, protected spans and words other rules
    already flag."""

    extends: Literal["rare"]
    max_zipf: float = Field(gt=0, lt=8)
    min_letters: int = Field(default=4, ge=1)
    ignore: list[str] = []
    compounds: bool = False  # a word made of two common words (Dutch "houtbouw") is not rare
    # offer a thesaurus's more common synonyms (never as a sure change), with this message
    thesaurus: bool = False
    message_synonyms: str | None = None
    source_synonyms: str | None = None


class ReadabilityRule(RuleBase):
    """Flags a sentence, paragraph or document whose score is below `min_score`."""

    extends: Literal["readability"]
    scope: Scope
    min_score: float = Field(ge=0, le=100)
    min_words: int = Field(default=1, ge=1)


class AbbreviationRule(RuleBase):
    """Flags the first use of an abbreviation that the document has not written out before."""

    extends: Literal["abbreviation"]
    lexicon: str = "abbreviations"
    unknown: bool = True
    message_unknown: str = Field(min_length=1)
    # For a shortened word ("p. ex.", "bv."): write the word out (there is no name to keep).
    message_short: str = Field(min_length=1)


Rule = Annotated[
    ExistenceRule
    | SubstitutionRule
    | OccurrenceRule
    | PatternRule
    | ReadabilityRule
    | AbbreviationRule
    | DistanceRule
    | RareRule,
    Field(discriminator="extends"),
]


RULE_TYPE_NAMES = tuple(
    get_args(kind.model_fields["extends"].annotation)[0] for kind in get_args(get_args(Rule)[0])
)


class _RuleFile(_Strict):
    rule: Rule


class LexiconEntry(_Strict):
    term: str = Field(min_length=1)
    variants: list[str] = []
    match: Literal["lemma", "lower", "pattern"] = "lemma"
    pattern: list[list[dict[str, Any]]] = []
    alternatives: list[str] = []
    explanation: str = Field(min_length=1)
    domain: str | None = None
    keep: bool = False
    region: Literal["be"] | None = None
    # the alternatives say different things; the reviewer picks the one that fits the letter
    depends_on_context: bool = False
    # an official term's explanation fits only some of its senses or uses: the explanation put
    # in brackets after it is a change to check, never a sure one
    explanation_depends_on_context: bool = False
    # the sense the advice is written for belongs to texts on one subject: the entry applies
    # only where the text uses one of these words (« aanslag » is a tax assessment in a text
    # about tax, not in one about attacks); see `checks/senses.py`
    when: list[str] = []
    # which alternative fits, by words of the term's own sentence: the first alternative whose
    # words are there is offered first ("een gebrek vaststellen" → "zien", "een bedrag
    # vaststellen" → "bepalen"); without a match the order of `alternatives` stands
    prefer_when: dict[str, list[str]] = {}

    @field_validator("alternatives", "variants")
    @classmethod
    def _no_empty_strings(cls, values: list[str]) -> list[str]:
        if any(not value.strip() for value in values):
            raise ValueError("empty text in the list")
        return values

    @field_validator("when")
    @classmethod
    def _cues_are_words(cls, values: list[str]) -> list[str]:
        short = [value for value in values if len(value.strip()) < 3]
        if short:
            raise ValueError(f"a word of 'when' has fewer than 3 letters: {short}")
        return values

    @model_validator(mode="after")
    def _preferred_are_alternatives(self) -> LexiconEntry:
        unknown = [a for a in self.prefer_when if a not in self.alternatives]
        if unknown:
            raise ValueError(f"'prefer_when' names words that are not alternatives: {unknown}")
        short = [c for cues in self.prefer_when.values() for c in cues if len(c.strip()) < 3]
        if short:
            raise ValueError(f"a word of 'prefer_when' has fewer than 3 letters: {short}")
        return self


class Lexicon(_Strict):
    domain: str
    entries: list[LexiconEntry] = Field(min_length=1)
    # false: its terms are still found and advised on, but do not count in the readability
    # score (a list written from the data the score is fitted on would be learnt back)
    scored: bool = True

    @field_validator("domain")
    @classmethod
    def _known_domain(cls, value: str) -> str:
        if value not in DOMAINS:
            raise ValueError(f"unknown domain '{value}' (known: {', '.join(DOMAINS)})")
        return value


class Abbreviation(_Strict):
    abbr: str = Field(min_length=1)
    expansion: str = Field(min_length=1)
    variants: list[str] = []
    explanation: str = ""
    domain: str = "administration"
    # Known to every reader in Belgium (CPAS, OCMW, TVA): its long form is harder than it, so
    # it is never flagged; the entry still lets a text that writes it out be recognised.
    known: bool = False


class AbbreviationList(_Strict):
    kind: Literal["abbreviations"]
    entries: list[Abbreviation] = Field(min_length=1)


def data_root() -> Path:
    """Where `rules/` and `lexicons/` are: inside the installed package, or the repository."""
    packaged = Path(__file__).parent / "_data"
    return packaged if packaged.is_dir() else Path(__file__).resolve().parent.parent


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: not valid YAML: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: cannot be read: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{path}: must be a mapping of keys to values")
    return data


def _explain(path: Path, exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> RuleError:
    problems = []
    for error in exc.errors():
        loc = [str(part) for part in error["loc"][len(prefix) :]]
        key = ".".join(loc) or "(top)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        problems.append(f"key '{key}': {message}")
    return RuleError(f"{path}: " + "; ".join(problems))


def _files_key(kind: str, lang: str, paths: list[Path]) -> str:
    """The cache key of what `paths` load into: their names and contents and the versions
    (a rule or lexicon file edited, added or removed gives a new key). Reading and validating
    the YAML took about a second at every start of the command line."""
    parts: list[str | bytes] = [diskcache.versions(), kind, lang]
    for path in paths:
        try:
            parts += [path.name, path.read_bytes()]
        except OSError:
            parts += [path.name, "unreadable"]  # load_rule/load_lexicon then say what is wrong
    return diskcache.fingerprint(*parts)


def load_rule(path: Path, lang: str) -> RuleBase:
    data = _read_yaml(path)
    extends = data.get("extends")
    known = RULE_TYPE_NAMES
    if extends not in known:
        raise RuleError(
            f"{path}: key 'extends': must be one of {', '.join(known)}, got {extends!r}"
        )
    try:
        rule = _RuleFile(rule=data).rule
    except ValidationError as exc:
        raise _explain(path, exc, prefix=("rule", extends)) from exc
    expected = f"{lang.upper()}.{path.stem}"
    if rule.id != expected:
        raise RuleError(f"{path}: key 'id': must be '{expected}' (language and file name)")
    return rule


@cache
def load_rules(lang: str, root: Path | None = None) -> tuple[RuleBase, ...]:
    folder = (root or data_root()) / "rules" / lang
    paths = sorted(folder.glob("*.yml"))
    return diskcache.cached(
        f"rules-{lang}",
        _files_key("rules", lang, paths),
        lambda: tuple(load_rule(path, lang) for path in paths),
    )


def load_lexicon(path: Path) -> Lexicon | AbbreviationList:
    return validate_lexicon(_read_yaml(path), path)


def parse_lexicon(text: str, where: str) -> Lexicon | AbbreviationList:
    """A lexicon file's content given as text (`where` names it in errors)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise RuleError(f"{where}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{where}: must be a mapping of keys to values")
    return validate_lexicon(data, where)


def validate_lexicon(data: dict[str, Any], path: Path | str) -> Lexicon | AbbreviationList:
    """The checks every lexicon file passes; errors name `path` and the key."""
    path = Path(path) if not isinstance(path, Path) else path
    try:
        if data.get("kind") == "abbreviations":
            return AbbreviationList.model_validate(data)
        lexicon = Lexicon.model_validate(data)
    except ValidationError as exc:
        raise _explain(path, exc) from exc
    for number, entry in enumerate(lexicon.entries):
        where = f"{path}: key 'entries.{number}' ({entry.term})"
        if entry.domain is not None and entry.domain not in DOMAINS:
            raise RuleError(f"{where}: unknown domain '{entry.domain}'")
        if entry.match == "pattern" and not entry.pattern:
            raise RuleError(f"{where}: match is 'pattern' but there is no 'pattern'")
        if not entry.keep and not entry.alternatives:
            raise RuleError(f"{where}: give 'alternatives', or 'keep: true' for an official term")
        if entry.keep and entry.depends_on_context:
            raise RuleError(f"{where}: 'depends_on_context' is for alternatives, not 'keep: true'")
        if entry.explanation_depends_on_context and not entry.keep:
            raise RuleError(
                f"{where}: 'explanation_depends_on_context' is for 'keep: true' terms "
                "(use 'depends_on_context' for alternatives)"
            )
    return lexicon


@cache
def load_lexicons(lang: str, root: Path | None = None) -> dict[str, Lexicon | AbbreviationList]:
    folder = (root or data_root()) / "lexicons" / lang
    paths = sorted(folder.glob("*.yml"))
    return diskcache.cached(
        f"lexicons-{lang}",
        _files_key("lexicons", lang, paths),
        lambda: {path.stem: load_lexicon(path) for path in paths},
    )


def _forms(lexicons: list) -> set[str]:
    """Every term and variant of the word lists among `lexicons`, casefolded."""
    return {
        form.casefold()
        for lexicon in lexicons
        if isinstance(lexicon, Lexicon)
        for entry in lexicon.entries
        for form in (entry.term, *entry.variants)
    }


def load_extra_lexicons(
    lang: str,
    paths: tuple[Path, ...],
    builtin: dict[str, Lexicon | AbbreviationList],
    texts: tuple[tuple[str, str], ...] = (),
) -> dict[str, Lexicon | AbbreviationList]:
    """The built-in lexicons with an organisation's files added (`simplifier.settings`). Its
    entries win: a built-in entry for the same term is left out (the organisation keeps
    "mutualité" as an official name where the built-in list would replace it); its
    abbreviations join the built-in list. The files are read through the disk cache, keyed by
    their paths and contents, so an edited organisation lexicon is never served stale.
    `texts` ((name, YAML text), ...: a team's approved entries from the review database) are
    added the same way, after the files, and win over them too; they are parsed here, not
    cached (a few entries, and they change while the app runs)."""
    parts: list[str | bytes] = [str(path) for path in paths]
    read = diskcache.cached(
        f"org-lexicons-{lang}",
        _files_key("org-lexicons", lang, list(paths)) + diskcache.fingerprint(*parts),
        lambda: [load_lexicon(path) for path in paths],
    )
    if texts:
        given = [parse_lexicon(text, name) for name, text in texts]
        latest = _forms(given)
        read = [
            lexicon.model_copy(
                update={"entries": [e for e in lexicon.entries if e.term.casefold() not in latest]}
            )
            if isinstance(lexicon, Lexicon)
            else lexicon
            for lexicon in read
        ] + given
        paths = (*paths, *(Path(name) for name, _ in texts))
    theirs = _forms(read)
    abbreviations = [
        a for lexicon in read if isinstance(lexicon, AbbreviationList) for a in lexicon.entries
    ]
    result: dict[str, Lexicon | AbbreviationList] = {}
    for name, lexicon in builtin.items():
        if isinstance(lexicon, Lexicon):
            kept = [e for e in lexicon.entries if e.term.casefold() not in theirs]
            lexicon = lexicon.model_copy(update={"entries": kept})
        elif abbreviations and name == "abbreviations":
            known = {a.abbr for a in abbreviations}
            entries = [a for a in lexicon.entries if a.abbr not in known] + abbreviations
            lexicon = lexicon.model_copy(update={"entries": entries})
        result[name] = lexicon
    if abbreviations and "abbreviations" not in result:
        result["abbreviations"] = AbbreviationList(kind="abbreviations", entries=abbreviations)
    for path, lexicon in zip(paths, read, strict=True):
        if isinstance(lexicon, Lexicon):
            result[f"org:{path.parent.name}/{path.stem}"] = lexicon
    return result


NOUN_CLASSES = {"fr": {"masculine": "Masc", "feminine": "Fem"}, "nl": {"de": "de", "het": "het"}}


@cache
def load_noun_classes(lang: str, root: Path | None = None) -> dict[str, str]:
    """Gender of nouns (French 'Masc'/'Fem', Dutch 'de'/'het') from
    `lexicons/<lang>/grammar/nouns.yml`, for fitting a replaced noun into its sentence."""
    path = (root or data_root()) / "lexicons" / lang / "grammar" / "nouns.yml"
    if not path.is_file():
        return {}
    data = _read_yaml(path)
    classes = NOUN_CLASSES[lang]
    unknown = set(data) - set(classes)
    if unknown:
        raise RuleError(f"{path}: unknown key '{sorted(unknown)[0]}' (use {', '.join(classes)})")
    table: dict[str, str] = {}
    for key, value in classes.items():
        for noun in data.get(key) or []:
            if not isinstance(noun, str):
                raise RuleError(f"{path}: key '{key}': '{noun}' is not a word")
            if table.get(noun.lower(), value) != value:
                raise RuleError(f"{path}: '{noun}' is in two lists")
            table[noun.lower()] = value
    return table
