"""Lexicon matching: base forms are matched on the lemmas of the text, not on a lone word's
lemma (which small pipelines often get wrong)."""

from __future__ import annotations

from simplifier.checks.base import Context
from simplifier.checks.substitution import SubstitutionCheck
from simplifier.engine import Analyzer, _analyse_blocks
from simplifier.features import Counts
from simplifier.io import read_text
from simplifier.loader import Lexicon, LexiconEntry, SubstitutionRule, load_rules
from simplifier.models import Finding
from simplifier.nlp import get_pipeline
from simplifier.readability import readability


def run(lang: str, entries: list[LexiconEntry], text: str) -> list[str]:
    return [f.match for f in findings(lang, entries, text)]


def findings(lang: str, entries: list[LexiconEntry], text: str) -> list[Finding]:
    nlp = get_pipeline(lang)
    jargon = next(
        r for r in load_rules(lang) if isinstance(r, SubstitutionRule) and r.id.endswith("Jargon")
    )
    check = SubstitutionCheck(
        jargon, nlp, {"test": Lexicon(domain="general", entries=entries)}, lang
    )
    blocks = read_text(text)
    analyses = list(_analyse_blocks(Analyzer(lang, nlp, []), blocks))
    ctx = Context(lang, text, analyses, readability(Counts(), lang))
    return list(check.run(ctx))


def test_verb_in_base_form_matches_its_conjugations_not_look_alikes():
    entry = LexiconEntry(
        term="staven", alternatives=["bewijzen"], explanation="Staven is bewijzen."
    )
    assert run("nl", [entry], "Wij moeten dit staven. De staf vergadert.") == ["staven"]


def test_multi_word_term_matches_with_agreement():
    entry = LexiconEntry(
        term="allocation majorée", alternatives=["aide plus élevée"], explanation="x"
    )
    found = run("fr", [entry], "Les allocations majorées sont payées.")
    assert found == ["allocations majorées"]


def test_exact_form_entries_do_not_match_other_forms():
    entry = LexiconEntry(
        term="ci-joint", match="lower", alternatives=["avec cette lettre"], explanation="x"
    )
    assert run("fr", [entry], "Voici le document ci-joint. Nous joignons une copie.") == [
        "ci-joint"
    ]


def test_dutch_compounds_of_common_words_are_not_rare():
    from simplifier.checks.rare import made_of_common_words

    assert made_of_common_words("houtbouw", "nl")
    assert made_of_common_words("loondoorbetaling", "nl")
    assert not made_of_common_words("ostentatief", "nl")


def test_an_explanation_that_fits_only_some_uses_is_a_change_to_check():
    """« ayant droit » is a child, a partner or an heir depending on the letter: its explanation
    goes in brackets as a change the reviewer checks, with a note that says why."""
    loose = LexiconEntry(
        term="ayant droit",
        keep=True,
        explanation_depends_on_context=True,
        explanation="une personne qui a un droit grâce à une autre",
    )
    fixed = LexiconEntry(term="titulaire", keep=True, explanation="la personne assurée")
    text = "Le titulaire et son ayant droit reçoivent une carte."
    by_term = {f.match: f for f in findings("fr", [loose, fixed], text)}
    assert by_term["titulaire"].rewrites[0].confident
    gloss = by_term["ayant droit"].rewrites[0]
    assert gloss.text == " (une personne qui a un droit grâce à une autre)"
    assert not gloss.confident and gloss.note == "note.check_explanation"


def test_terms_are_found_with_curly_apostrophes_and_elided() -> None:
    """Real texts write « l’issue » and « à défaut d’accord »: the lexicon's « l'issue » and
    « à défaut de » find them."""
    issue = LexiconEntry(
        term="à l'issue de", match="lower", alternatives=["à la fin de"], explanation="x"
    )
    failing = LexiconEntry(
        term="à défaut de", match="lower", alternatives=["sans"], explanation="x"
    )
    text = "À l’issue du délai, et à défaut d’accord ou à défaut d'accord, le juge décide."
    variants = LexiconEntry(
        term="à l'issue du", match="lower", alternatives=["à la fin du"], explanation="x"
    )
    assert sorted(run("fr", [issue, failing, variants], text)) == [
        "À l’issue du",
        "à défaut d'",
        "à défaut d’",
    ]
