"""French pipeline behaviour the checks rely on, with the real fr_core_news_sm."""

from __future__ import annotations

import pytest

from simplifier import analyze
from simplifier.nlp import get_pipeline


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Conformément à l'art. 37, § 19 de la loi, M. Dupont a droit à l'aide. Merci.", 2),
        ("Le montant de 1.234,56 EUR sera versé le 12 mars 2025. Il est dû.", 2),
        ("Mutualité Saint-Michel\nRue de la Loi 12\n1000 Bruxelles", 3),
        (
            "Le nom vient de l'anglais Light Amplification by Stimulated Emission ; c'est un sigle. Voilà.",
            2,
        ),
        (
            "Le Kurdistan (litt. « pays des Kurdes » ; en kurde : Kurdewarî) est une région. Elle est grande !",
            2,
        ),
        ("Il a dit : « Venez. » Puis il est parti.", 2),
        (
            "Nous vous prions de bien vouloir nous renvoyer\nle formulaire rempli avant la fin du mois de mars prochain.",
            1,
        ),
    ],
)
def test_sentence_boundaries(text, sentences):
    assert len(list(get_pipeline("fr")(text).sents)) == sentences


@pytest.mark.parametrize(
    "text, passive",
    [
        ("Votre demande a été acceptée.", True),
        ("Le montant sera versé sur votre compte.", True),
        ("Le dossier doit être complété par le demandeur.", True),
        ("Les pièces sont arrivées hier.", False),
        ("Votre fils est né le 3 mai.", False),
        ("Nous avons accepté votre demande.", False),
    ],
)
def test_passive_voice(text, passive):
    found = any(f.category == "passive" for f in analyze(text, lang="fr").findings)
    assert found is passive


def test_lemma_matching_through_elision_and_plural():
    report = analyze("L'enrôlement est fait. Les indemnités sont payées.", lang="fr")
    matches = {f.match.lower() for f in report.findings if f.rule_id == "FR.Jargon"}
    assert {"enrôlement", "indemnités"} <= matches


def test_abbreviation_written_out_before_is_not_flagged():
    text = (
        "L'Institut national d'assurance maladie-invalidité (INAMI) fixe les tarifs. L'INAMI "
        "les publie. Le SPF paie les allocations."
    )
    flagged = [f.match for f in analyze(text, lang="fr").findings if f.rule_id == "FR.Abreviations"]
    assert flagged == ["SPF"]


def test_surname_in_capitals_is_a_name_not_an_abbreviation():
    report = analyze(
        "Madame Josiane DELVAUX\n\nNous avons reçu la demande de Madame DELVAUX.", lang="fr"
    )
    assert not [f for f in report.findings if f.rule_id == "FR.Abreviations"]
    assert any(p.kind == "person" and "DELVAUX" in p.text for p in report.protected)


def test_short_forms_are_replaced_by_the_words_and_names_explained():
    report = analyze(
        "Joignez les documents, p.ex. votre bail. Contactez l'INASTI.",
        lang="fr",
        rules={"FR.Abreviations"},
    )
    found = {f.match: (f.action, f.replacements) for f in report.findings}
    assert found["p.ex."] == ("replace", ("par exemple",))
    assert found["INASTI"][0] == "explain" and found["INASTI"][1][0].endswith("(INASTI)")


def test_letterhead_identifiers_are_not_flagged(tmp_path):
    from docx_builder import build_docx, p

    from simplifier import analyze_file

    path = build_docx(
        tmp_path / "l.docx",
        p("Nous avons reçu votre demande, merci."),
        footer=p("IBAN BE68 5390 0754 7034 – BCE 0471.650.622"),
    )
    assert not [f for f in analyze_file(path, lang="fr").findings if f.rule_id == "FR.Abreviations"]
