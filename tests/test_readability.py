"""The readability measures and the score's basic properties."""

from __future__ import annotations

import pytest
from textstat.backend import metrics

from simplifier import analyze
from simplifier.features import Counts, count_sentence, total
from simplifier.nlp import get_pipeline
from simplifier.readability import level_for, measures, readability
from simplifier.syllables import count_fr, count_nl


@pytest.mark.parametrize(
    "word, expected",
    [
        ("aéroport", 4),
        ("créé", 2),
        ("créée", 2),
        ("naïf", 2),
        ("allocation", 4),
        ("majorée", 3),
        ("mutualité", 4),
        ("famille", 2),
        ("rôle", 1),
        ("réalité", 4),
        ("poésie", 3),
        ("vouloir", 2),
    ],
)
def test_french_syllables(word, expected):
    assert count_fr(word) == expected


def test_french_verb_ending_is_silent():
    assert count_fr("paient", True) == 1
    assert count_fr("parent", False) == 2


@pytest.mark.parametrize(
    "word, expected",
    [
        ("tegemoetkoming", 5),
        ("verhoogde", 3),
        ("aanslagbiljet", 4),
        ("coëfficiënt", 5),
        ("ziekenfonds", 3),
        ("uitkering", 3),
        ("reünie", 3),
        ("leefloon", 2),
        ("eeuw", 1),
    ],
)
def test_dutch_syllables(word, expected):
    assert count_nl(word) == expected


def test_counts_are_additive_and_the_longest_sentence_is_the_longest():
    nlp = get_pipeline("fr")
    doc = nlp("Nous avons reçu votre lettre. Elle est complète.")
    sentences = [count_sentence(s, "fr") for s in doc.sents]
    summed = {
        name: sum(getattr(c, name) for c in sentences)
        for name in Counts.__dataclass_fields__
        if name != "longest_sentence"
    }
    together = total(sentences)
    assert {name: getattr(together, name) for name in summed} == summed
    assert together.words == 8 and together.sentences == 2
    assert together.longest_sentence == 5  # "Nous avons reçu votre lettre"


def test_a_70_word_sentence_moves_a_b1_letter() -> None:
    """Readers meet the longest sentence whatever the mean: one sentence of 70 words added to
    a B1 letter makes it C1, and the reason says so in the reader's words."""
    import simplifier

    letter = (
        "Nous avons bien reçu votre demande. Nous allons l'étudier. Vous recevrez notre réponse "
        "dans deux semaines. Si vous avez une question, appelez-nous le matin. Merci pour votre "
        "confiance."
    )
    long_one = (
        " Nous vous informons que votre dossier sera examiné par nos services qui vérifieront "
        "toutes les pièces que vous avez envoyées avec votre demande et qui pourront, si cela "
        "est nécessaire pour prendre une décision sur votre droit, vous demander des documents "
        "en plus, comme une fiche de paie, un extrait de compte ou une attestation de "
        "l'employeur, avant de prendre une décision finale sur votre demande de la semaine passée."
    )
    assert len(long_one.split()) == 70
    before = simplifier.analyze(letter, lang="fr").readability
    after = simplifier.analyze(letter + long_one, lang="fr").readability
    assert before.level in ("A1", "A2", "B1")
    assert after.level == "C1" and after.score <= 19.9
    assert after.reasons[0].key == "reason.longest_sentence" and after.reasons[0].value == 70
    same = simplifier.analyze(letter + long_one, lang="fr").readability
    assert same.score == after.score  # identical text, identical score


def test_elided_articles_do_not_count_as_words():
    doc = get_pipeline("fr")("L'allocation d'attente s'arrête.")
    assert count_sentence(doc[:], "fr").words == 3


def test_kandel_moles_agrees_with_textstat_on_simple_text():
    """Cross-check with textstat where its own counting is sound (no apostrophes, no abbreviations)."""
    text = (
        "Nous avons bien reçu votre demande. Nous allons la lire avec soin et vous répondre vite."
    )
    ours = analyze(text, lang="fr").readability.measures["kandel_moles"]
    theirs = metrics.flesch_reading_ease(text, "fr")
    assert abs(ours - theirs) < 12


def test_rare_long_words_score_harder_than_plain_words():
    hard = analyze(
        "L'enrôlement consécutif à la régularisation occasionne l'exigibilité des cotisations.",
        lang="fr",
    )
    easy = analyze("Nous calculons votre impôt après avoir corrigé votre dossier.", lang="fr")
    assert hard.readability.score < easy.readability.score
    assert (
        hard.readability.measures["rare_word_share"] > easy.readability.measures["rare_word_share"]
    )


def test_long_sentences_score_harder_than_the_same_words_split():
    long = (
        "Nous avons reçu votre demande et nous allons la lire avec soin et nous vous répondrons "
        "dans les prochains jours et nous vous enverrons aussi un formulaire que vous devez remplir."
    )
    short = (
        "Nous avons reçu votre demande. Nous allons la lire avec soin. Nous vous répondrons "
        "dans les prochains jours. Nous vous enverrons aussi un formulaire. Vous devez le remplir."
    )
    assert analyze(long, lang="fr").readability.score < analyze(short, lang="fr").readability.score


def test_same_text_same_score():
    text = "Vous avez droit à l'intervention majorée depuis le 1er janvier 2025."
    assert analyze(text, lang="fr").readability == analyze(text, lang="fr").readability


def test_levels_follow_scores():
    scores = [100, 95, 90, 80, 70, 60, 50, 40, 30, 20, 10, 5, 0]
    order = ["A1", "A2", "B1", "B2", "C1", "C2"]
    levels = [order.index(level_for(s, "fr")) for s in scores]
    assert levels == sorted(levels)
    assert level_for(0, "nl") == "C2" and level_for(100, "nl") == "A1"
    assert level_for(50, "fr") == "B1"  # the middle of the scale is the usual target


def test_reasons_name_what_makes_text_hard():
    text = (
        "Conformément aux dispositions réglementaires applicables, la régularisation administrative "
        "de votre situation nécessite la communication préalable des justificatifs correspondants "
        "à l'organisme assureur compétent dans les meilleurs délais."
    )
    readability = analyze(text, lang="fr").readability
    keys = [r.key for r in readability.reasons]
    assert "reason.long_sentences" in keys
    assert any("mots" in r.text("fr") for r in readability.reasons)


def test_empty_counts_do_not_divide_by_zero():
    assert measures(Counts(), "nl")["words_per_sentence"] == 0
    assert readability(Counts(), "nl").score == 100


def test_terms_of_a_lexicon_not_scored_are_advice_but_not_a_measure() -> None:
    # lexicons/nl/plain_words.yml was written from the pairs the Dutch model is fitted on
    # (`scored: false`): its terms are still found, but the score does not count them.
    plain = analyze("Wij sturen u circa tien documenten voor de vergadering van morgen.", "nl")
    (circa,) = [f for f in plain.findings if f.match == "circa"]
    assert circa.rule_id == "NL.Jargon" and not circa.scored
    assert plain.readability.measures["jargon_per_word"] == 0.0
    scored = analyze("Wij sturen u tien documenten voor de aanvang van de vergadering.", "nl")
    (aanvang,) = [f for f in scored.findings if f.match == "aanvang"]
    assert aanvang.scored and scored.readability.measures["jargon_per_word"] > 0
