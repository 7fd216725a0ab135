"""An organisation's settings (`simplifier.toml`): its own lexicons, house rules, target level,
form of address, words never flagged and interface language.

A health-insurance fund, a municipality and a federal service each keep their own official
names and house rules; like other linters' configuration files, the file is found from the
document's folder upwards (stopping at the filesystem root or a folder holding `.git`), or
given with `--config` (the review app: `SIMPLIFIER_CONFIG`). It is validated before anything is
analysed: a mistake is one line naming the file and the key, never a silent default.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError

from simplifier import diskcache
from simplifier.errors import InputError
from simplifier.i18n import t

FILE_NAME = "simplifier.toml"
LANGS = ("fr", "nl")
ADDRESS_LANG = {"vous": "fr", "tu": "fr", "u": "nl", "je": "nl"}


class SettingsError(InputError):
    """A settings file that cannot be used: `key` is where (dotted, as in TOML), `problem` a
    message key (`i18n.t`) saying what is wrong."""

    def __init__(self, path: str | Path, key: str, problem: str, **params: object) -> None:
        self.key = key
        self.problem = problem
        super().__init__(path, "err.settings", **params)

    def describe(self, lang: str = "en") -> str:
        problem = t(self.problem, lang, **self.params)
        return " ".join(f"{self.key}: {problem}".split()) if self.key else problem


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class _LangPart(_Strict):
    never_flag: list[str] = []
    lexicons: list[str] = []  # folders of this language's lexicon files


class _French(_LangPart):
    address: Literal["vous", "tu"] | None = None


class _Dutch(_LangPart):
    address: Literal["u", "je"] | None = None


class _File(_Strict):
    """The keys of the file besides `[rules]` (checked against the rules themselves)."""

    target_level: Literal["A1", "A2", "B1", "B2", "C1"] = "B1"
    ui_lang: Literal["fr", "nl", "en"] | None = None
    address: Literal["vous", "tu", "u", "je"] | None = None
    never_flag: list[str] = []
    lexicons: list[str] = []  # folders laid out like `lexicons/`: fr/*.yml, nl/*.yml
    fr: _French = _French()
    nl: _Dutch = _Dutch()
    # the kinds of change offered as sure (one click); the others are offered to check
    sure: (
        list[Literal["formula", "abbreviation", "replacement", "explanation", "sentence"]] | None
    ) = None


@dataclass(frozen=True)
class Settings:
    """What the analysis and the reports use, resolved: paths made absolute, one entry per
    language. `key` changes with the file's content and its lexicon files' content, so that
    an analyzer built for other settings is never reused."""

    path: Path | None = None
    target_level: str = "B1"
    ui_lang: str | None = None
    address: Mapping[str, str] = field(default_factory=dict)  # language -> "vous", "tu", "u", "je"
    never_flag: Mapping[str, frozenset[str]] = field(default_factory=dict)  # casefolded words
    lexicon_files: Mapping[str, tuple[Path, ...]] = field(default_factory=dict)
    off: frozenset[str] = frozenset()
    on: frozenset[str] = frozenset()  # items shown only when asked for (`letter.card.OPT_IN`)
    thresholds: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    key: str = ""  # the file's and its lexicons' content
    lang_keys: Mapping[str, str] = field(default_factory=dict)  # what shapes each language
    # Lexicons given as YAML text rather than files (a team's approved entries, kept in the
    # review database): language -> ((name, text), ...); they win over the files' entries.
    lexicon_texts: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    sure: frozenset[str] | None = None  # kinds of change offered as sure; None: every kind

    def lang_key(self, lang: str) -> str:
        """What of these settings shapes a language's compiled rules (the analyzer's cache):
        rules off, thresholds and that language's lexicon files as they were when read."""
        return self.lang_keys.get(lang, "")

    def __hash__(self) -> int:  # `key` is made of everything that shapes an analysis
        return hash(self.key)


def with_lexicons(settings: Settings, texts: Mapping[str, tuple[tuple[str, str], ...]]) -> Settings:
    """`settings` with lexicons given as YAML text added (language -> ((name, text), ...)),
    and keys that change with that text, so that analyses and compiled rules made without it
    are never reused. The same settings when there is no text."""
    texts = {lang: tuple(given) for lang, given in texts.items() if given}
    if not texts:
        return settings
    lang_keys = dict(settings.lang_keys)
    for lang, given in texts.items():
        parts = [part for name, text in given for part in (name, text)]
        lang_keys[lang] = diskcache.fingerprint(settings.lang_key(lang), "texts", *parts)
    key = diskcache.fingerprint(settings.key, *(f"{k}={v}" for k, v in sorted(lang_keys.items())))
    return replace(settings, lexicon_texts=texts, lang_keys=lang_keys, key=key)


NONE = Settings()
_current = {"settings": NONE}


def current() -> Settings:
    """The settings of this process (the review app, the HTTP API): given once at start."""
    return _current["settings"]


def use(settings: Settings) -> None:
    _current["settings"] = settings


def find(start: Path) -> Path | None:
    """`simplifier.toml` in `start` (a folder, or a file's folder) or the nearest folder above;
    the search stops at a folder holding `.git` (the top of a project) and at the root."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate in (folder, *folder.parents):
        if (candidate / FILE_NAME).is_file():
            return candidate / FILE_NAME
        if (candidate / ".git").exists():
            return None
    return None


def for_document(document: Path | None, config: Path | None) -> Settings:
    """The settings given with `--config`, else those found above the document (the current
    folder for standard input), else none."""
    if config is not None:
        return load(config)
    found = find(document if document is not None else Path.cwd())
    return load(found) if found is not None else NONE


def _content(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b"unreadable"


def load(path: Path) -> Settings:
    """Read and validate the file; raises SettingsError naming the file and the key."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "err.not_found") from None
    except OSError as exc:
        raise InputError(path, "err.unreadable", reason=exc.strerror or type(exc).__name__) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SettingsError(path, "", "settings.not_utf8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(path, "", "settings.syntax", reason=str(exc)) from None
    rules = data.pop("rules", {})
    try:
        parsed = _File.model_validate(data)
    except ValidationError as exc:
        raise _explain(path, exc) from None
    if not isinstance(rules, dict):
        raise SettingsError(path, "rules", "settings.table")
    on = _opt_in(path, rules)
    off, thresholds = _rules(path, rules)
    folder = path.resolve().parent
    address: dict[str, str] = {}
    if parsed.address is not None:
        address[ADDRESS_LANG[parsed.address]] = parsed.address
    never: dict[str, frozenset[str]] = {}
    files: dict[str, tuple[Path, ...]] = {}
    for lang in LANGS:
        part: _LangPart = getattr(parsed, lang)
        if getattr(part, "address", None):
            address[lang] = part.address  # type: ignore[attr-defined]
        never[lang] = frozenset(
            w.strip().casefold() for w in [*parsed.never_flag, *part.never_flag]
        )
        found = [
            *_lexicon_files(path, "lexicons", folder, parsed.lexicons, lang),
            *_lexicon_files(path, f"{lang}.lexicons", folder, part.lexicons, None),
        ]
        files[lang] = tuple(found)
    key_parts: list[str | bytes] = [raw]
    lang_keys = {}
    for lang in LANGS:
        mine = f"{lang.upper()}."
        parts: list[str | bytes] = [
            lang,
            ",".join(sorted(r for r in off if r.startswith(mine))),
            ",".join(sorted(r for r in on if r.startswith(mine))),
            repr(sorted((r, v) for r, v in thresholds.items() if r.startswith(mine))),
        ]
        for file in files[lang]:
            parts += [str(file), _content(file)]
        lang_keys[lang] = diskcache.fingerprint(*parts)
        key_parts += parts
    return Settings(
        path=path,
        target_level=parsed.target_level,
        ui_lang=parsed.ui_lang,
        address=address,
        never_flag=never,
        lexicon_files=files,
        off=frozenset(off),
        on=frozenset(on),
        thresholds=thresholds,
        key=diskcache.fingerprint(*key_parts),
        lang_keys=lang_keys,
        sure=frozenset(parsed.sure) if parsed.sure is not None else None,
    )


def _lexicon_files(
    path: Path, key: str, base: Path, folders: list[str], lang: str | None
) -> list[Path]:
    """The .yml files of each folder (of its `lang` subfolder when given); a folder that does
    not exist is an error, a language with no subfolder simply has no extra terms."""
    files: list[Path] = []
    for number, name in enumerate(folders):
        folder = base / name
        if not folder.is_dir():
            raise SettingsError(path, f"{key}.{number}", "settings.no_folder", folder=name)
        if lang is not None:
            folder = folder / lang
        files += sorted(folder.glob("*.yml")) if folder.is_dir() else []
    return files


def _numeric(annotation: Any) -> bool:
    """int, float, or one of them or None: the thresholds a rule file may have."""
    if get_origin(annotation) in (Union, UnionType):
        kinds = [a for a in get_args(annotation) if a is not type(None)]
        return len(kinds) == 1 and _numeric(kinds[0])
    return annotation in (int, float)


def _opt_in(path: Path, rules: dict[str, Any]) -> list[str]:
    """`on`: items shown only when asked for (the letter card's "no deadline"), checked."""
    on = rules.pop("on", [])
    if not isinstance(on, list) or not all(isinstance(r, str) for r in on):
        raise SettingsError(path, "rules.on", "settings.list_of_text")
    from simplifier.letter.card import opt_in_rule_ids

    for number, rule_id in enumerate(on):
        if rule_id not in opt_in_rule_ids():
            raise SettingsError(
                path,
                f"rules.on.{number}",
                "settings.not_opt_in",
                rule=rule_id,
                known=", ".join(sorted(opt_in_rule_ids())),
            )
    return on


def _rules(path: Path, rules: dict[str, Any]) -> tuple[list[str], dict[str, dict[str, float]]]:
    """`off` (rule ids) and per-rule thresholds, each checked against the rule it changes:
    the rule must exist, the key must be a number the rule already has, and the new rule
    must pass the rule's own validation (`max: -1` does not)."""
    from simplifier.loader import load_rules

    if not rules:
        return [], {}
    known = {rule.id: rule for lang in LANGS for rule in load_rules(lang)}
    off = rules.pop("off", [])
    if not isinstance(off, list) or not all(isinstance(r, str) for r in off):
        raise SettingsError(path, "rules.off", "settings.list_of_text")
    from simplifier.letter.card import all_rule_ids

    for number, rule_id in enumerate(off):
        if rule_id not in known and rule_id not in all_rule_ids():  # the letter card's too
            raise SettingsError(path, f"rules.off.{number}", "settings.unknown_rule", rule=rule_id)
    # `[rules.FR.PhraseLongue]` (without quotes) is read by TOML as rules -> FR -> PhraseLongue
    flat: dict[str, Any] = {}
    for name, value in rules.items():
        if name.upper() in ("FR", "NL") and isinstance(value, dict) and "." not in name:
            flat.update({f"{name}.{sub}": v for sub, v in value.items()})
        else:
            flat[name] = value
    thresholds: dict[str, dict[str, float]] = {}
    for rule_id, values in flat.items():
        where = f"rules.{rule_id}"
        if rule_id not in known:
            raise SettingsError(path, where, "settings.unknown_rule", rule=rule_id)
        if not isinstance(values, dict):
            raise SettingsError(path, where, "settings.table")
        rule = known[rule_id]
        numbers = sorted(
            name
            for name, info in type(rule).model_fields.items()
            if _numeric(info.annotation) and name not in ("id",)
        )
        for name in values:
            if name not in numbers:
                raise SettingsError(
                    path, f"{where}.{name}", "settings.unknown_threshold", keys=", ".join(numbers)
                )
        try:
            type(rule).model_validate({**rule.model_dump(by_alias=True), **values}, strict=True)
        except ValidationError as exc:
            raise _explain(path, exc, prefix=where) from None
        thresholds[rule_id] = dict(values)
    return off, thresholds


_PROBLEMS = {
    "extra_forbidden": "settings.unknown_key",
    "int_type": "settings.whole_number",
    "int_parsing": "settings.whole_number",
    "int_from_float": "settings.whole_number",
    "float_type": "settings.number",
    "float_parsing": "settings.number",
    "string_type": "settings.text",
    "list_type": "settings.list",
    "model_type": "settings.table",
    "literal_error": "settings.one_of",
    "greater_than_equal": "settings.at_least",
    "greater_than": "settings.above",
    "less_than_equal": "settings.at_most",
    "less_than": "settings.below",
}


def _explain(path: Path, exc: ValidationError, prefix: str = "") -> SettingsError:
    """The first problem pydantic found, as a key and a message in the user's language."""
    error = exc.errors()[0]
    key = ".".join([prefix, *(str(p) for p in error["loc"])] if prefix else map(str, error["loc"]))
    ctx = error.get("ctx") or {}
    problem = _PROBLEMS.get(error["type"])
    if problem is None:
        return SettingsError(path, key, "settings.invalid", reason=error["msg"])
    params = {
        "expected": str(ctx.get("expected", "")).replace("'", "").replace(" or ", ", "),
        "limit": next((ctx[k] for k in ("ge", "gt", "le", "lt") if k in ctx), ""),
    }
    return SettingsError(path, key, problem, **params)
