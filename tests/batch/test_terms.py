import pytest

from simplifier.batch.terms import explained_here, normalise, terms_of
from simplifier.engine import analyze


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        (
            "Votre avertissement-extrait de rôle (la feuille des impôts de chaque année) arrive.",
            "avertissement-extrait de rôle",
            True,
        ),
        (
            "Votre avertissement-extrait de rôle, c'est-à-dire la feuille des impôts, arrive.",
            "avertissement-extrait de rôle",
            True,
        ),
        (
            "De terugvordering, dat wil zeggen het geld dat u moet terugbetalen, volgt.",
            "terugvordering",
            True,
        ),
        (
            "Votre feuille des impôts (avertissement-extrait de rôle) arrive.",
            "avertissement-extrait de rôle",
            True,
        ),
        (
            "Votre avertissement-extrait de rôle arrive bientôt.",
            "avertissement-extrait de rôle",
            False,
        ),
        (
            "Le précompte professionnel (art. 270 CIR 92) est retenu.",
            "précompte professionnel",
            False,
        ),
    ],
)
def test_explained_here(text, term, explained):
    start = text.index(term)
    assert explained_here(text, start, start + len(term)) is explained


def test_normalise_folds_case_spaces_and_apostrophes():
    assert normalise("L’Assuré   social") == "l'assuré social"


def test_terms_group_forms_and_see_written_out_abbreviations():
    report = analyze(
        "L'Institut national d'assurance maladie-invalidité (INAMI) a reçu votre demande. "
        "L'INAMI vous répondra bientôt. Votre avertissement-extrait de rôle arrive. Le SPF vous "
        "aidera aussi.",
        lang="fr",
    )
    terms = {(t.category, t.key): t for t in terms_of(report)}
    assert terms["abbreviation", "INAMI"].explained  # written out: not flagged, but counted
    assert not terms["abbreviation", "SPF"].explained
    jargon = terms["jargon", "avertissement-extrait de rôle"]
    assert jargon.label == "avertissement-extrait de rôle" and not jargon.explained
