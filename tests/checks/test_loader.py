"""Mistakes in rule and lexicon files are errors that name the file and the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from simplifier.engine import compile_checks
from simplifier.errors import RuleError
from simplifier.loader import load_lexicon, load_rule, load_rules
from simplifier.nlp import get_pipeline

GOOD = """extends: occurrence
id: FR.Test
category: sentence_length
scope: sentence
count: words
max: 20
message: "Trop long : {count} mots."
explanation: "Une phrase courte se lit mieux."
examples:
  flag: ["x"]
  pass: ["y"]
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_rule_loads(tmp_path):
    rule = load_rule(write(tmp_path, "Test.yml", GOOD), "fr")
    assert rule.max == 20 and rule.scope == "sentence"


@pytest.mark.parametrize(
    "change, key",
    [
        (("max: 20", "max: 20\nmaxx: 3"), "maxx"),
        (("count: words", "count: syllables"), "count"),
        (("max: 20", "max: -1"), "max"),
        (('  pass: ["y"]\n', ""), "examples.pass"),
        (("level", "level"), None),
    ],
)
def test_errors_name_the_file_and_the_key(tmp_path, change, key):
    if key is None:
        return
    path = write(tmp_path, "Test.yml", GOOD.replace(*change))
    with pytest.raises(RuleError) as caught:
        load_rule(path, "fr")
    assert str(path) in str(caught.value)
    assert f"'{key}'" in str(caught.value)


def test_unknown_rule_type_and_wrong_id(tmp_path):
    with pytest.raises(RuleError, match="key 'extends'"):
        load_rule(write(tmp_path, "Test.yml", GOOD.replace("occurrence", "magic")), "fr")
    with pytest.raises(RuleError, match=r"key .id.: must be .NL\.Test."):
        load_rule(write(tmp_path, "Test.yml", GOOD), "nl")


def test_invalid_yaml_names_the_file(tmp_path):
    path = write(tmp_path, "Test.yml", "extends: [unclosed")
    with pytest.raises(RuleError, match="not valid YAML"):
        load_rule(path, "fr")


def test_unknown_placeholder_in_a_message_is_refused(tmp_path, monkeypatch):
    rules_dir = tmp_path / "rules" / "fr"
    rules_dir.mkdir(parents=True)
    (tmp_path / "lexicons" / "fr").mkdir(parents=True)
    write(rules_dir, "Test.yml", GOOD.replace("{count} mots", "{cuont} mots"))
    monkeypatch.setattr("simplifier.engine.load_rules", lambda lang: load_rules(lang, tmp_path))
    with pytest.raises(RuleError, match=r"Test.yml: key 'message': unknown placeholder \{cuont\}"):
        compile_checks("fr", get_pipeline("fr"))


def test_lexicon_entry_without_alternatives_must_be_kept(tmp_path):
    path = write(
        tmp_path,
        "x.yml",
        "domain: general\nentries:\n  - term: nonobstant\n    explanation: malgré\n",
    )
    with pytest.raises(RuleError, match=r"entries.0.*alternatives"):
        load_lexicon(path)


def test_an_official_term_cannot_depend_on_context(tmp_path):
    path = write(
        tmp_path,
        "x.yml",
        "domain: general\nentries:\n  - term: intervention majorée\n    keep: true\n"
        "    depends_on_context: true\n    explanation: un remboursement plus grand\n",
    )
    with pytest.raises(RuleError, match=r"x.yml.*depends_on_context"):
        load_lexicon(path)


def test_only_an_official_term_has_an_explanation_that_depends_on_context(tmp_path):
    path = write(
        tmp_path,
        "x.yml",
        "domain: general\nentries:\n  - term: nonobstant\n    alternatives: [malgré]\n"
        "    explanation_depends_on_context: true\n    explanation: malgré\n",
    )
    with pytest.raises(RuleError, match=r"x.yml.*nonobstant.*explanation_depends_on_context"):
        load_lexicon(path)


def test_lexicon_with_unknown_domain_or_key(tmp_path):
    with pytest.raises(RuleError, match="unknown domain"):
        load_lexicon(
            write(
                tmp_path,
                "x.yml",
                "domain: cooking\nentries:\n  - {term: a, alternatives: [b], explanation: c}\n",
            )
        )
    with pytest.raises(RuleError, match=r"key 'entries.0.synonyms': unknown key"):
        load_lexicon(
            write(
                tmp_path,
                "y.yml",
                "domain: general\nentries:\n  - {term: a, synonyms: [b], explanation: c}\n",
            )
        )
