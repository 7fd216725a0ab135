"""An entry with `when` cues speaks only in texts on its subject (real pipelines, the real
lexicons)."""

from __future__ import annotations

import pytest

from simplifier import analyze
from simplifier.checks.senses import fits, folded
from simplifier.errors import RuleError
from simplifier.loader import parse_lexicon


def _jargon(text: str, lang: str) -> dict[str, str]:
    return {
        f.match.lower(): f.message
        for f in analyze(text, lang=lang).findings
        if "Jargon" in f.rule_id
    }


def test_a_tax_word_is_advised_on_in_a_text_about_tax():
    found = _jargon("Uw aanslag in de personenbelasting komt in juni.", "nl")
    assert "aanslag" in found


def test_the_same_word_about_attacks_gets_no_tax_advice():
    found = _jargon("Slachtoffers van terroristische aanslagen krijgen hulp van de staat.", "nl")
    assert "aanslagen" not in found


@pytest.mark.parametrize(
    ("cue", "text", "lang", "expected"),
    [
        ("impôt", "Vos impôts de 2025", "fr", True),  # the start of a word: plural found
        ("impôt", "Un contre-impôt", "fr", True),  # after a hyphen: a new word
        ("loyer", "Vos déloyers", "fr", False),  # not inside a French word
        ("huur", "De huurovereenkomst loopt af", "nl", True),  # Dutch compounds: anywhere
        ("belasting", "De verkeersbelasting", "nl", True),
        ("huur", "Een duur woord", "nl", False),
        ("d'impôt", "L’avertissement-extrait de rôle d’impôt", "fr", True),  # one apostrophe
        ("Financiën", "de fod financiën", "nl", True),  # case folded
    ],
)
def test_cues(cue, text, lang, expected):
    assert fits((cue,), folded(text), lang) is expected


def test_no_cues_fit_every_text():
    assert fits((), folded("Wat dan ook"), "nl")


def test_a_cue_too_short_to_mean_anything_is_refused():
    text = "domain: tax\nentries:\n  - term: aanslag\n    alternatives: [x]\n    explanation: y.\n"
    with pytest.raises(RuleError, match="when"):
        parse_lexicon(text + "    when: [bt]\n", "tax.yml")
    assert parse_lexicon(text + "    when: [btw]\n", "tax.yml").entries[0].when == ["btw"]


def _first_alternative(text: str, term: str) -> str:
    (finding,) = [f for f in analyze(text, lang="nl").findings if f.match.lower() == term]
    return finding.replacements[0]


def test_the_alternative_that_fits_the_sentence_comes_first():
    assert _first_alternative("U moet zelf een gebrek vaststellen.", "vaststellen") == "zien"
    assert _first_alternative("De dienst zal het bedrag vaststellen.", "vaststellen") == "bepalen"


def test_prefer_when_names_only_alternatives():
    text = (
        "domain: administration\nentries:\n  - term: vaststellen\n"
        "    alternatives: [bepalen, zien]\n    explanation: y.\n"
    )
    with pytest.raises(RuleError, match="not alternatives"):
        parse_lexicon(text + "    prefer_when:\n      merken: [gebrek]\n", "a.yml")
    with pytest.raises(RuleError, match="fewer than 3"):
        parse_lexicon(text + "    prefer_when:\n      zien: [ge]\n", "a.yml")
    entry = parse_lexicon(text + "    prefer_when:\n      zien: [gebrek]\n", "a.yml").entries[0]
    assert entry.prefer_when == {"zien": ["gebrek"]}
