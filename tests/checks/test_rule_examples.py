"""Every rule's own `flag:` and `pass:` examples are its tests (as in LanguageTool and proselint)."""

from __future__ import annotations

import pytest

from simplifier import analyze
from simplifier.loader import RULE_TYPE_NAMES, data_root, load_rules
from simplifier.nlp import SUPPORTED_LANGS


def all_examples():
    for lang in SUPPORTED_LANGS:
        for rule in load_rules(lang):
            for text in rule.examples.flag:
                yield pytest.param(lang, rule.id, text, True, id=f"{rule.id}-flag-{text[:30]}")
            for text in rule.examples.pass_:
                yield pytest.param(lang, rule.id, text, False, id=f"{rule.id}-pass-{text[:30]}")


@pytest.mark.parametrize("lang, rule_id, text, should_flag", list(all_examples()))
def test_rule_example(lang, rule_id, text, should_flag):
    found = analyze(text, lang=lang, rules={rule_id}).findings  # the rule on its own
    if should_flag:
        assert found, f"{rule_id} should flag: {text}"
    else:
        assert not found, f"{rule_id} should not flag: {text} -> {[f.match for f in found]}"


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_every_rule_file_is_loaded_and_has_examples(lang):
    files = sorted((data_root() / "rules" / lang).glob("*.yml"))
    rules = load_rules(lang)
    assert len(rules) == len(files) >= 6
    assert {r.extends for r in rules} == set(RULE_TYPE_NAMES)  # every type is used
    for rule in rules:
        assert rule.examples.flag and rule.examples.pass_
