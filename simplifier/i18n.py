"""Interface text in French, Dutch and English, read from gettext catalogues.

The language of the interface is the user's choice (not the document's); rule messages are in
the document's language and live in the rule files.

The texts are in `locale/<lang>/LC_MESSAGES/simplifier.po`, the format translators' tools read
(README, "Translating the interface"). Each entry's msgctxt is the stable key the code asks for
(`t("label.summary", lang)`), its msgid the English source text, so that translators see the
source and a changed English text shows as a new or fuzzy entry in every language. `make locale`
(part of `make install`) and the wheel build (hatch_build.py) compile them to `.mo` files; this
module reads those with a few lines of `struct`, once per language and process, so that the CLI
starts without importing Babel. When a `.mo` is missing or older than its `.po` (a source
checkout after a pull, before `make locale`), the `.po` itself is read with Babel: the text
shown is then never stale, only slower to load.
"""

from __future__ import annotations

import functools
import os
import struct
from pathlib import Path

UI_LANGS = ("fr", "nl", "en")
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "simplifier"
_MO_MAGIC = 0x950412DE  # GNU gettext's .mo files start with it, in their byte order

Entry = str | tuple[str, ...]


def catalogue_file(lang: str, suffix: str = ".mo") -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


@functools.cache
def catalogue(lang: str) -> dict[str, Entry]:
    """msgctxt -> translated text (a tuple of forms for a plural entry) for `lang`, read once."""
    mo, po = catalogue_file(lang), catalogue_file(lang, ".po")
    if po.exists() and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
        return _read_po(po)
    if not mo.exists():
        raise FileNotFoundError(f"interface text missing: {mo} (run `make locale` or reinstall)")
    return _read_mo(mo)


def keys() -> tuple[str, ...]:
    """Every message key (msgctxt), in catalogue order."""
    return tuple(catalogue("en"))


def _read_mo(path: Path) -> dict[str, Entry]:
    """A compiled catalogue (GNU .mo format: a header, then tables of (length, offset) of the
    original and translated strings) by msgctxt; entries without one (the header) are skipped."""
    data = path.read_bytes()
    for order in "<>":
        if struct.unpack_from(f"{order}I", data)[0] == _MO_MAGIC:
            break
    else:
        raise ValueError(f"{path}: not a .mo file")
    count, ids_at, strs_at = struct.unpack_from(f"{order}3I", data, 8)
    entries: dict[str, Entry] = {}
    for i in range(count):
        id_len, id_at = struct.unpack_from(f"{order}2I", data, ids_at + 8 * i)
        str_len, str_at = struct.unpack_from(f"{order}2I", data, strs_at + 8 * i)
        context, marked, msgid = data[id_at : id_at + id_len].decode().partition("\x04")
        if not marked:
            continue
        text = data[str_at : str_at + str_len].decode()
        entries[context] = tuple(text.split("\x00")) if "\x00" in msgid else text
    return entries


def _read_po(path: Path) -> dict[str, Entry]:
    """A catalogue's source, as its compiled form would hold it (no empty or fuzzy entries)."""
    from babel.messages.pofile import read_po

    with path.open("rb") as handle:
        catalog = read_po(handle)
    entries: dict[str, Entry] = {}
    for message in catalog:
        if message.context and message.string and not message.fuzzy:
            string = message.string
            entries[message.context] = string if isinstance(string, str) else tuple(string)
    return entries


def ui_lang_from_env(preferred: str | None = None) -> str | None:
    """The interface language from SIMPLIFIER_LANG, else `preferred` (the organisation's
    settings: a team's choice outranks a machine's locale), else the locale; None when none
    says."""
    value = os.environ.get("SIMPLIFIER_LANG", "")[:2].lower()
    if value in UI_LANGS:
        return value
    if preferred in UI_LANGS:
        return preferred
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")[:2].lower()
        if value in UI_LANGS:
            return value
    return None


def _text(key: str, lang: str) -> str | tuple[str, ...]:
    """`key`'s entry in `lang`, else in English (an untranslated or fuzzy entry is not
    compiled); KeyError for a key no catalogue has."""
    if lang in UI_LANGS and lang != "en":
        found = catalogue(lang).get(key)
        if found:
            return found
    return catalogue("en")[key]


def t(key: str, lang: str = "en", **params: object) -> str:
    """The text for `key` in `lang` (falling back to English), with `params` filled in."""
    template = _text(key, lang)
    if not isinstance(template, str):
        raise KeyError(f"{key} has plural forms: use counted()")
    return template.format(**params) if params else template


def plain_number(value: float, decimals: int, lang: str) -> str:
    """A number as the reader writes it: a decimal comma in French and Dutch, none for 0."""
    text = f"{value:.{decimals if value else 0}f}"
    return text.replace(".", ",") if lang in ("fr", "nl") else text


def is_singular(value: float, lang: str, decimals: int = 0) -> bool:
    """French puts 0, 1 and 1,5 in the singular ("1,5 virgule"); English and Dutch only a
    plain 1 ("1.0 commas", "1,0 komma's")."""
    if lang == "fr":
        return abs(round(value, decimals)) < 2
    return decimals == 0 and round(value) == 1


def counted(noun: str, value: float, lang: str, decimals: int = 0) -> str:
    """A number with its noun, agreeing, and a decimal comma in French and Dutch: "1 erreur",
    "3 erreurs", "3,0 virgules", "1 fout", "3 fouten"."""
    forms = _text(f"counted.{noun}", lang)
    number = f"{value:.{decimals}f}"
    if lang in ("fr", "nl"):
        number = number.replace(".", ",")
    return f"{number} {forms[0] if is_singular(value, lang, decimals) else forms[1]}"


class Figure(float):
    """A number that writes itself with the reader's decimal mark in any format ("{value:.1f}"
    gives "3,0" in French and Dutch), for messages whose figures are formatted in the template."""

    lang: str

    def __new__(cls, value: float, lang: str) -> Figure:
        figure = super().__new__(cls, value)
        figure.lang = lang
        return figure

    def __format__(self, spec: str) -> str:
        text = format(float(self), spec)
        return text.replace(".", ",") if self.lang in ("fr", "nl") else text


def reason_text(key: str, value: float, lang: str = "en") -> str:
    """A readability reason (`reason.*`) in `lang`, its figure with the reader's decimal mark
    and its noun agreeing ("3,0 virgules")."""
    commas = counted("comma", value, lang, decimals=1)
    return t(key, lang, value=Figure(value, lang), commas=commas)


def category_label(category: str, lang: str = "en") -> str:
    """The plain name of a finding's category (`category.*`); "other" for one it does not know."""
    key = f"category.{category}"
    return t(key if key in catalogue("en") else "category.other", lang)
