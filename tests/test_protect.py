"""The patterns of the protect pass, on French and Dutch examples."""

from __future__ import annotations

import pytest

from simplifier.models import Protected
from simplifier.protect import merge, pattern_spans


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        ("Virez 1.234,56 EUR avant lundi.", "amount", "1.234,56 EUR"),
        ("Een bedrag van € 85,20 wordt betaald.", "amount", "€ 85,20"),
        ("Il reste 250 euros à payer.", "amount", "250 euros"),
        ("Nous l'avons reçue le 1er janvier 2025.", "date", "1er janvier 2025"),
        ("Ontvangen op 12 maart 2025.", "date", "12 maart 2025"),
        ("Datum: 03/02/2026.", "date", "03/02/2026"),
        ("Répondez dans les 30 jours.", "deadline", "dans les 30 jours"),
        ("Antwoord binnen de 14 dagen.", "deadline", "binnen de 14 dagen"),
        (
            "Selon l'article 37, § 19, alinéa 2 de la loi, c'est ainsi.",
            "legal_reference",
            "article 37, § 19, alinéa 2 de la loi",
        ),
        ("Zie art. 7bis van het KB.", "legal_reference", "art. 7bis van het KB"),
        (
            "Volgens de wet van 14 juli 1994 hebt u recht.",
            "legal_reference",
            "wet van 14 juli 1994",
        ),
        (
            "En application de la loi du 26 mai 2002 concernant le droit à l'intégration "
            "sociale, le revenu est octroyé.",
            "law_title",
            "loi du 26 mai 2002 concernant le droit à l'intégration sociale",
        ),
        (
            "Volgens artikel 37 van de wet betreffende de verplichte verzekering voor "
            "geneeskundige verzorging en uitkeringen, gecoördineerd op 14 juli 1994.",
            "legal_reference",
            "artikel 37 van de wet betreffende de verplichte verzekering voor geneeskundige "
            "verzorging en uitkeringen",
        ),
        (
            # the title ends where the sentence's own clause starts
            "Overeenkomstig artikel 71 van het koninklijk besluit van 25 november 1991 houdende "
            "de werkloosheidsreglementering is de werkloze verplicht dit te doen.",
            "legal_reference",
            "artikel 71 van het koninklijk besluit van 25 november 1991 houdende de "
            "werkloosheidsreglementering",
        ),
        ("Compte BE68 5390 0754 7034.", "iban", "BE68 5390 0754 7034"),
        ("Rijksregisternummer 85.07.30-033.61.", "national_number", "85.07.30-033.61"),
        ("Écrivez à info@mutualite.be.", "email", "info@mutualite.be"),
        ("Zie www.socialsecurity.be/burger.", "url", "www.socialsecurity.be/burger"),
        ("Bel 02 123 45 67 of +32 470 12 34 56.", "phone", "02 123 45 67"),
        ("Référence 2024/FIN/12345.", "reference", "2024/FIN/12345"),
    ],
)
def test_patterns(text, kind, expected):
    found = [(s.kind, s.text) for s in pattern_spans(text)]
    assert (kind, expected) in found, found


def test_plain_text_has_nothing_to_protect():
    assert pattern_spans("Nous avons bien reçu votre lettre et nous vous répondons bientôt.") == []


def test_overlapping_spans_merge_into_the_longest():
    spans = merge(
        [
            Protected(0, 10, "date", "x" * 10),
            Protected(5, 20, "amount", "y" * 15),
            Protected(30, 35, "iban", "z" * 5),
        ]
    )
    assert [(s.start, s.end) for s in spans] == [(0, 20), (30, 35)]


def test_intervals_answer_like_the_plain_overlap_test():
    import random

    from simplifier.protect import Intervals, overlaps

    rng = random.Random(3)
    spans = [Protected(s, s + rng.randint(1, 30), "x", "") for s in rng.sample(range(0, 2000), 80)]
    index = Intervals((p.start, p.end) for p in spans)
    for _ in range(2000):
        start = rng.randint(0, 2050)
        end = start + rng.randint(1, 40)
        assert index.overlaps(start, end) == overlaps(start, end, spans)


@pytest.mark.parametrize(
    "lang, text, name",
    [
        (
            "nl",
            "U kunt door de Hulpkas voor Werkloosheidsuitkeringen worden betaald.",
            "Hulpkas voor Werkloosheidsuitkeringen",
        ),
        ("nl", "FONS – Vlaams Fonds voor de Gezinsbijslag", "Vlaams Fonds voor de Gezinsbijslag"),
        (
            "nl",
            "Gelieve de Federale Pensioendienst op de hoogte te brengen.",
            "Federale Pensioendienst",
        ),
    ],
)
def test_names_written_with_capitals_are_protected(lang, text, name):
    from simplifier.nlp import get_pipeline
    from simplifier.protect import name_spans

    names = {p.text for p in name_spans(get_pipeline(lang)(text))}
    assert name in names
    assert not any(n.startswith("Gelieve") for n in names)  # a capital that opens a sentence
