"""The disk cache never gives an old result for changed files, and a cached regular expression
is the same pattern `re.compile` makes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from simplifier import diskcache, loader
from simplifier.regex_cache import compiled

ROOT = Path(__file__).resolve().parent.parent


def test_the_cache_lives_under_xdg_cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cache_dir() == tmp_path / "simplifier"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert diskcache.cache_dir() == Path.home() / ".cache" / "simplifier"


def test_an_edited_lexicon_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shutil.copytree(ROOT / "lexicons" / "fr", tmp_path / "lexicons" / "fr")
    load = loader.load_lexicons.__wrapped__  # past the in-process cache, to the disk cache
    first = load("fr", tmp_path)
    assert list((tmp_path / "cache" / "simplifier").glob("lexicons-fr-*.pickle"))
    assert load("fr", tmp_path) == first  # from the disk cache
    name = next(n for n, lexicon in sorted(first.items()) if isinstance(lexicon, loader.Lexicon))
    path = tmp_path / "lexicons" / "fr" / f"{name}.yml"
    term = first[name].entries[0].term
    path.write_text(path.read_text("utf-8").replace(term, term + "x", 1), "utf-8")
    assert load("fr", tmp_path)[name].entries[0].term == term + "x"


def test_a_damaged_entry_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert diskcache.cached("test", "k" * 64, lambda: [1, 2]) == [1, 2]
    (entry,) = (tmp_path / "simplifier").glob("test-*.pickle")
    entry.write_bytes(entry.read_bytes()[:10])
    assert diskcache.cached("test", "k" * 64, lambda: [3]) == [3]
    assert diskcache.cached("test", "k" * 64, lambda: [4]) == [3]  # the rebuilt entry


def test_a_cached_expression_is_the_pattern_re_makes(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pattern = r"(?iu)(?P<word>[^\W\d_]+)-(?:ci|là)|\d{2}\.\d{2}"
    built, cached = compiled(pattern), compiled(pattern)
    assert built == cached == re.compile(pattern)
    assert cached.match("Celle-là").group("word") == "Celle"
    assert list((tmp_path / "simplifier").glob("regex-*.pickle"))


def test_the_code_that_shapes_entries_is_part_of_their_key(tmp_path):
    # A pickled lexicon made before a field was added to its class lacks that field: such an
    # entry must not be read, even when the package's version number is the same.
    module = tmp_path / "loader.py"
    module.write_text("SCHEMA = 1\n", "utf-8")
    before = diskcache.code_fingerprint([module])
    module.write_text("SCHEMA = 2\n", "utf-8")
    assert diskcache.code_fingerprint([module]) != before
    package = ROOT / "simplifier"
    assert all((package / name).is_file() for name in diskcache.SHAPING_MODULES)
    shaping = [package / name for name in diskcache.SHAPING_MODULES]
    assert diskcache.code_fingerprint(shaping) in diskcache.versions()
