"""Dutch advice speaks to the reader as the text does ("je" or "u"), with real pipelines and
the real lexicons; French advice keeps "vous" and its changes stay to check in a "tu" text."""

from __future__ import annotations

import pytest

from simplifier import analyze
from simplifier.address_form import speaks_informally, to_informal_nl


@pytest.mark.parametrize(
    ("formal", "informal"),
    [
        ("Krijgt u een brief van uw ziekenfonds?", "Krijg je een brief van je ziekenfonds?"),
        (
            "een kind dat bij u woont en voor wie u zorgt",
            "een kind dat bij jou woont en voor wie je zorgt",
        ),
        ("Dan hoeft u niets te doen.", "Dan hoef je niets te doen."),
        ("Het ziekenfonds betaalt u terug.", "Het ziekenfonds betaalt je terug."),  # u the object
        ("U moet uzelf inschrijven.", "Je moet jezelf inschrijven."),
        ("Dat moet u weten.", "Dat moet je weten."),  # a stem that ends in t keeps it
        ("de duur van de uitkering", "de duur van de uitkering"),  # no "u" inside words
    ],
)
def test_dutch_advice_in_je(formal, informal):
    assert to_informal_nl(formal) == informal


def test_the_text_or_the_setting_says_which_form():
    assert speaks_informally("Heb je je kaart? Dan kan je betalen.", "nl")
    assert not speaks_informally("Hebt u uw kaart? Je kan ook bellen.", "nl")
    assert not speaks_informally("Het ziekenfonds betaalt terug.", "nl")  # no form at all
    assert speaks_informally("Hebt u uw kaart?", "nl", setting="je")
    assert not speaks_informally("Heb je je kaart?", "nl", setting="u")


def _explanation(text: str, lang: str, term: str):
    report = analyze(text, lang=lang)
    (finding,) = [f for f in report.findings if f.match.lower() == term]
    return finding


def test_an_explanation_in_a_je_text_says_je_and_stays_sure():
    finding = _explanation(
        "Heb je een kind ten laste? Dan krijg je meer geld van je uitbetaler.",
        "nl",
        "kind ten laste",
    )
    (gloss,) = finding.rewrites
    assert " jou " in gloss.text and " je " in gloss.text and " u " not in gloss.text
    assert " u " not in finding.message
    assert gloss.confident


def test_an_explanation_in_a_u_text_keeps_u():
    finding = _explanation(
        "Hebt u een kind ten laste? Dan krijgt u meer geld van uw uitbetaler.",
        "nl",
        "kind ten laste",
    )
    assert " u " in finding.rewrites[0].text


def test_french_advice_keeps_vous_and_its_change_is_checked_in_a_tu_text():
    text = "Tu dois remplir ta carte de contrôle chaque mois et tu la rends à ton syndicat."
    report = analyze(text, lang="fr")
    glosses = [
        f.rewrites[0] for f in report.findings if f.rewrites and "vous" in f.rewrites[0].text
    ]
    assert glosses and all(not g.confident for g in glosses)
