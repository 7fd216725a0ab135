"""The interface catalogues (simplifier/locale): every message in French and Dutch, complete,
not fuzzy, with the same blanks as the English source and not merely a copy of it; compiled
catalogues that match their sources; the reader of .mo files agreeing with the standard
library's; and the CLI's French and Dutch reports without an English source text in them."""

from __future__ import annotations

import gettext
import html
import io
import os
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from simplifier import i18n

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "simplifier" / "locale"
TRANSLATED = ("fr", "nl")
CLI = Path(sys.executable).with_name("simplifier")
LETTER = ROOT / "samples" / "fr" / "lettre_pension.txt"

# Entries whose French or Dutch is rightly the same as the English.
SAME_AS_ENGLISH = {
    ("fr", "err.settings"): "only a blank: the settings problem, already translated",
    ("nl", "err.settings"): "only a blank",
    ("fr", "app.file_decisions"): "a file name pattern",
    ("nl", "label.summary"): "blanks and punctuation only",
    ("nl", "label.measure_row"): "blanks and punctuation only",
    ("fr", "severity.suggestion"): "the same word in French",
    ("fr", "counted.suggestion"): "the same word in French",
    ("fr", "counted.point"): "the same word in French",
    ("fr", "batch.col.date"): "the same word in French",
    ("fr", "batch.col.document"): "the same word in French",
    ("nl", "batch.col.document"): "the same word in Dutch",
    ("nl", "batch.col.status"): "the same word in Dutch",
    ("fr", "batch.col.score"): "the same words in French",
    ("nl", "batch.col.score"): "the same words in Dutch",
    ("fr", "batch.col.signal"): "the same word in French",
    ("fr", "batch.sheet.documents"): "the same word in French",
    ("fr", "parity.kind.date"): "the same word in French",
    ("fr", "parity.col.version"): "the same word in French",
    ("fr", "card.kind.email"): "the same word in French",
    ("fr", "card.kind.service"): "the same word in French",
    ("nl", "parity.kind.url"): "the same word in Dutch",
    ("nl", "card.kind.email"): "the same word in Dutch",
    ("nl", "card.kind.url"): "the same word in Dutch",
}


def load(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "simplifier.po"


def entries(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id]


def forms(text: str | tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return (text,) if isinstance(text, str) else tuple(text)


def blanks(text: str) -> list[tuple[str, str]]:
    """The {name:spec} fields of a text (a translation may say one twice), sorted: they must
    survive translation unchanged."""
    fields = string.Formatter().parse(text)
    return sorted({(name, spec or "") for _, name, spec, _ in fields if name})


TEMPLATE = load(LOCALE / "simplifier.pot")
SOURCE = {m.context: m.id for m in entries(TEMPLATE)}


def test_template_entries_have_unique_keys():
    contexts = [m.context for m in entries(TEMPLATE)]
    assert len(SOURCE) > 300
    assert None not in contexts, "every entry needs its key as msgctxt"
    assert len(contexts) == len(set(contexts))


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_every_message_is_in_the_catalogue_complete_and_not_fuzzy(lang):
    catalog = load(po_path(lang))
    assert catalog.num_plurals == 2 and catalog.charset == "utf-8"
    found = {m.context: m for m in entries(catalog)}
    assert sorted(set(SOURCE) - set(found)) == [], "missing: run make locale-update"
    assert sorted(set(found) - set(SOURCE)) == [], "not in simplifier.pot"
    for key, english in SOURCE.items():
        message = found[key]
        assert message.id == english, f"{lang} {key}: msgid differs from the template"
        assert not message.fuzzy, f"{lang} {key} is fuzzy: check the translation"
        assert len(forms(message.string)) == len(forms(english)), key
        assert all(x.strip() for x in forms(message.string)), f"{lang} {key} is empty"


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_translations_keep_the_blanks_of_the_english(lang):
    for message in entries(load(po_path(lang))):
        english = blanks(forms(message.id)[0])
        for text in forms(message.string):
            assert blanks(text) == english, f"{lang} {message.context}: {text!r}"
        if english:
            assert "python-brace-format" in message.flags, message.context


@pytest.mark.parametrize("lang", TRANSLATED)
def test_french_and_dutch_are_not_copies_of_the_english(lang):
    same = {m.context for m in entries(load(po_path(lang))) if forms(m.string) == forms(m.id)}
    allowed = {key for (where, key) in SAME_AS_ENGLISH if where == lang}
    assert sorted(same - allowed) == [], "English left in the catalogue"
    assert sorted(allowed - same) == [], "translated since: take it off SAME_AS_ENGLISH"


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_compiled_catalogue_matches_its_source(lang):
    mo = po_path(lang).with_suffix(".mo")
    assert mo.exists(), f"{mo} missing: run make locale"
    compiled = io.BytesIO()
    write_mo(compiled, load(po_path(lang)))
    assert mo.read_bytes() == compiled.getvalue(), f"{mo} is stale: run make locale"


@pytest.mark.parametrize("lang", ["en", *TRANSLATED])
def test_our_mo_reader_agrees_with_the_standard_library(lang):
    with po_path(lang).with_suffix(".mo").open("rb") as handle:
        reference = gettext.GNUTranslations(handle)
    ours = i18n._read_mo(po_path(lang).with_suffix(".mo"))
    assert set(ours) == set(SOURCE)
    for key, english in SOURCE.items():
        if isinstance(english, str):
            assert ours[key] == reference.pgettext(key, english), key
        else:
            one, many = english
            assert ours[key] == (
                reference.npgettext(key, one, many, 1),
                reference.npgettext(key, one, many, 2),
            ), key


def test_public_functions_read_the_catalogues():
    assert set(i18n.keys()) == set(SOURCE)
    assert i18n.t("label.measures_head", "nl") == i18n.catalogue("nl")["label.measures_head"]
    assert i18n.t("label.measures_head", "de") == SOURCE["label.measures_head"]  # English
    assert i18n.category_label("jargon", "fr") == "Mot difficile"
    assert i18n.category_label("no such category", "nl") == "Andere"
    assert i18n.counted("error", 1, "fr") == "1 erreur"
    assert i18n.counted("comma", 3, "fr", decimals=1) == "3,0 virgules"
    assert i18n.counted("comma", 1.5, "fr", decimals=1) == "1,5 virgule"
    assert i18n.counted("comma", 1, "nl", decimals=1) == "1,0 komma's"
    assert i18n.counted("comma", 1, "en", decimals=1) == "1.0 commas"
    assert i18n.counted("finding", 0, "fr") == "0 remarque"
    assert i18n.counted("finding", 0, "nl") == "0 opmerkingen"
    with pytest.raises(KeyError):
        i18n.t("no.such.key", "fr")


def test_every_literal_key_in_the_code_is_in_the_catalogues():
    # a whole key: not the prefix of one built in a template ("batch.lang." ~ side)
    call = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]*[a-z0-9_])["']""")
    files = [*ROOT.joinpath("simplifier").rglob("*.py"), ROOT / "app.py"]
    files += ROOT.joinpath("simplifier").rglob("*.j2")
    used = {key for path in files for key in call.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 50
    assert sorted(used - set(SOURCE)) == []


def test_a_po_newer_than_its_mo_is_read_instead(tmp_path, monkeypatch):
    """A source checkout after a pull: the .po is the truth until make locale runs again."""
    shutil.copytree(LOCALE, tmp_path / "locale")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path / "locale")
    i18n.catalogue.cache_clear()
    try:
        po = tmp_path / "locale" / "nl" / "LC_MESSAGES" / "simplifier.po"
        text = po.read_text(encoding="utf-8")
        po.write_text(text.replace('msgstr "Moeilijk woord"', 'msgstr "Lastig woord"'), "utf-8")
        mo = po.with_suffix(".mo")
        os.utime(mo, (po.stat().st_mtime - 10, po.stat().st_mtime - 10))
        assert i18n.category_label("jargon", "nl") == "Lastig woord"
        i18n.catalogue.cache_clear()
        po.unlink()
        assert i18n.category_label("jargon", "nl") == "Moeilijk woord"  # the .mo, as in a wheel
        i18n.catalogue.cache_clear()
        mo.unlink()
        with pytest.raises(FileNotFoundError, match=re.escape(str(mo))):
            i18n.t("label.measures_head", "nl")
    finally:
        i18n.catalogue.cache_clear()


def english_fragments() -> dict[str, str]:
    """Pieces of English source text long enough to be recognised in a report (two words or
    more, between the blanks), each with its key."""
    found: dict[str, str] = {}
    for key, english in SOURCE.items():
        for text in forms(english):
            for literal, *_ in string.Formatter().parse(text):
                piece = literal.strip(" .:;,()«»-–—\n")
                if " " in piece and len(piece) >= 10:
                    found[piece] = key
    return found


def report(ui: str, fmt: str) -> str:
    done = subprocess.run(
        [str(CLI), "check", str(LETTER), "--ui-lang", ui, "--format", fmt, "--lang", "fr"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env={**os.environ, "SIMPLIFIER_LANG": ""},
    )
    assert done.returncode == 0, done.stderr
    return html.unescape(done.stdout)


@pytest.mark.parametrize("fmt", ["text", "html"])
def test_the_cli_speaks_french_and_dutch_without_english_source_text(fmt):
    fragments = english_fragments()
    assert len(fragments) > 300

    def english_in(output: str, lang: str | None) -> list[str]:
        """English pieces in `output`, but for the few that `lang`'s own texts contain."""
        own = [x for v in i18n.catalogue(lang).values() for x in forms(v)] if lang else []
        return [
            f"{key}: {piece}"
            for piece, key in fragments.items()
            if piece in output and not any(piece in x for x in own)
        ]

    control = report("en", fmt)
    assert len(english_in(control, None)) >= 5, "the check must see English where it is"
    for lang in TRANSLATED:
        output = report(lang, fmt)
        heading = {"text": "label.measures_head", "html": "label.measures"}[fmt]
        assert i18n.t(heading, lang) in output
        assert english_in(output, lang) == [], lang
