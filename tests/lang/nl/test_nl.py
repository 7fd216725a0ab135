"""Dutch pipeline (our own, trained on UD Dutch) and the checks that rely on it."""

from __future__ import annotations

import pytest

from simplifier import analyze
from simplifier.nlp import get_pipeline


def test_pipeline_has_the_components_the_checks_need():
    nlp = get_pipeline("nl")
    assert {"morphologizer", "parser"} <= set(nlp.pipe_names)
    assert any("lemma" in name for name in nlp.pipe_names)
    assert nlp.meta["license"] == "CC BY-SA 4.0"


def test_components_no_rule_reads_do_not_run():
    nlp = get_pipeline("nl")
    if "nl_pos_from_tag" not in nlp.pipe_names:  # token.pos_ comes from the morphologizer
        assert "tagger" in nlp.disabled
        assert nlp("U ontvangt een brief.")[0].tag_ == ""


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Volgens art. 7 van de wet hebt u recht op hulp. Bel ons gerust.", 2),
        ("Het bedrag van 1.234,56 EUR wordt op 12 maart 2025 betaald. U hoeft niets te doen.", 2),
        ("Ziekenfonds De Voorzorg\nKoningsstraat 12\n1000 Brussel", 3),
    ],
)
def test_sentence_boundaries(text, sentences):
    assert len(list(get_pipeline("nl")(text).sents)) == sentences


@pytest.mark.parametrize(
    "text, passive",
    [
        ("Uw aanvraag werd goedgekeurd.", True),
        ("Het formulier moet door de aanvrager worden ingevuld.", True),
        ("Wij melden u dat het bedrag volgende maand betaald wordt.", True),
        ("Wij hebben uw aanvraag goedgekeurd.", False),
        ("Uw dochter wordt volgend jaar achttien.", False),
    ],
)
def test_passive_voice(text, passive):
    found = any(f.category == "passive" for f in analyze(text, lang="nl").findings)
    assert found is passive


def test_lexicon_terms_are_found_in_other_forms():
    # "verstrekten": a past tense the lexicon does not list (its entry says "verstrekken")
    report = analyze(
        "Wij verstrekten deze gegevens. Gelieve het formulier te ondertekenen.", lang="nl"
    )
    matches = {f.match.lower() for f in report.findings if f.rule_id == "NL.Jargon"}
    assert {"verstrekten", "gelieve"} <= matches


def test_official_term_is_explained():
    report = analyze("U hebt recht op de verhoogde tegemoetkoming.", lang="nl")
    [finding] = [f for f in report.findings if f.rule_id == "NL.Jargon"]
    assert finding.action == "explain" and "inkomen" in finding.message


def test_abbreviations_and_protected_spans():
    report = analyze(
        "Het RIZIV betaalt u 1.250,00 EUR op rekening BE68 5390 0754 7034, zie artikel 14, § 1.",
        lang="nl",
    )
    assert [f.match for f in report.findings if f.rule_id == "NL.Afkortingen"] == ["RIZIV"]
    assert {"amount", "iban", "legal_reference"} <= {p.kind for p in report.protected}


def test_long_sentence_and_readability():
    text = (
        "Wij delen u mee dat uw aanvraag voor de verhoogde tegemoetkoming door onze diensten "
        "goed werd ontvangen en dat deze zo snel mogelijk door een medewerker zal worden behandeld."
    )
    report = analyze(text, lang="nl")
    assert any(f.rule_id == "NL.LangeZin" for f in report.findings)
    assert "flesch_douma" in report.readability.measures
    easy = analyze("Wij hebben uw brief gekregen. Wij helpen u graag.", lang="nl")
    assert easy.readability.score > report.readability.score
