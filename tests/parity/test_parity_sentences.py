"""Parity sentence by sentence, on pairs of our own writing: a paragraph where one version
says one sentence more, and versions whose paragraphs are split and ordered differently."""

from __future__ import annotations

import pytest

from simplifier.models import Block
from simplifier.parity.compare import compare_blocks
from simplifier.parity.render import difference_text
from simplifier.parity.sentences import split


def _blocks(*texts: str) -> list[Block]:
    return [Block(i, text, 0) for i, text in enumerate(texts)]


HEAD_FR = "Votre demande de remboursement"
HEAD_NL = "Uw aanvraag tot terugbetaling"
INTRO_FR = "Nous avons reçu votre demande du 3 février 2026 pour les soins de votre enfant."
INTRO_NL = "We hebben uw aanvraag van 3 februari 2026 voor de verzorging van uw kind ontvangen."
# the Dutch paragraph says one sentence more (a condition the French leaves out)
EXTRA_FR = (
    "Vous devez envoyer le formulaire 704 avant le 15 mars 2026. "
    "Sans ce formulaire, nous ne pouvons pas calculer votre remboursement."
)
EXTRA_NL = (
    "U moet het formulier 704 vóór 15 maart 2026 versturen. "
    "Zonder dit formulier kunnen we uw terugbetaling niet berekenen. "
    "Als u niet in België woont, moet u ook een attest van uw werkgever bijvoegen."
)
END_FR = "Pour toute question, appelez-nous au 02 123 45 67."
END_NL = "Hebt u vragen? Bel ons op 02 123 45 67."


def _extra_pair(fr_extra: str = EXTRA_FR, nl_extra: str = EXTRA_NL):
    return compare_blocks(
        _blocks(HEAD_FR, INTRO_FR, fr_extra, END_FR),
        _blocks(HEAD_NL, INTRO_NL, nl_extra, END_NL),
    )


def test_sentences_are_split_at_their_end_not_after_an_abbreviation():
    assert split("Voir art. 12 de la loi. Vous devez répondre.") == [
        "Voir art. 12 de la loi.",
        "Vous devez répondre.",
    ]
    assert split("Bel ons.\nWe helpen u graag") == ["Bel ons.", "We helpen u graag"]


def test_a_sentence_one_version_has_alone_is_reported_as_such():
    result = _extra_pair()
    markers = [d for d in result.differences if d.kind in ("negation", "obligation")]
    # the Dutch sentence the French lacks: one negation, one obligation
    assert {(d.kind, d.side, d.fr_count, d.nl_count) for d in markers} == {
        ("negation", "nl", 0, 1),
        ("obligation", "nl", 0, 1),
    }
    assert all(d.nl_at == ((3, 3),) and not d.fr_at for d in markers)
    assert "Als u niet in België woont" in difference_text(markers[0], "en")


def test_a_change_that_evens_out_the_paragraph_counts_is_still_found():
    # a negation added to the French first sentence: the paragraph then counts as many
    # negations on each side, but the first sentences no longer agree
    changed = EXTRA_FR.replace("Vous devez envoyer", "Vous ne devez pas envoyer")
    result = _extra_pair(fr_extra=changed)
    found = [d for d in result.differences if d.kind == "negation" and d.fr_at == ((3, 1),)]
    assert [(d.fr_count, d.nl_count) for d in found] == [(1, 0)]
    text = difference_text(found[0], "fr")
    assert "Vous ne devez pas envoyer" in text and "U moet het formulier" in text


def test_an_obligation_weakened_beside_the_extra_sentence_is_found():
    changed = EXTRA_NL.replace("U moet het", "U kan het")
    result = _extra_pair(nl_extra=changed)
    assert any(
        d.kind == "obligation" and d.nl_at == ((3, 1),) and (d.fr_count, d.nl_count) == (1, 0)
        for d in result.differences
    )


# The same letter, the Dutch version splitting two paragraphs and putting the contact
# paragraph before the conditions: the paragraphs cannot be paired in order.
FR_LETTER = [
    "Le maximum à facturer protège votre ménage contre des frais médicaux trop élevés.",
    "La mutualité compte les tickets modérateurs que vous payez pendant l'année. Dès que "
    "votre ménage atteint le plafond de 1.000,00 €, la mutualité vous rembourse les tickets "
    "modérateurs suivants. Vous ne devez rien demander.",
    "Les suppléments d'hôpital ne sont pas comptés. Ils ne sont jamais remboursés par la "
    "mutualité.",
    "Le compteur sur votre dossier en ligne montre combien de tickets modérateurs vous avez "
    "payés cette année.",
]
NL_LETTER = [
    "De maximumfactuur beschermt uw gezin tegen te hoge medische kosten.",
    "Met de remgeldteller in uw online dossier ziet u hoeveel remgeld u dit jaar betaald hebt.",
    "Het ziekenfonds houdt bij hoeveel remgeld u tijdens het jaar betaalt.",
    "Zodra uw gezin het plafond van 1.000,00 euro bereikt, betaalt het ziekenfonds u het "
    "volgende remgeld terug. U moet niets aanvragen.",
    "Ziekenhuissupplementen tellen niet mee.",
    "Ze worden nooit terugbetaald door het ziekenfonds.",
]


def _reordered(fr: list[str] = FR_LETTER, nl: list[str] = NL_LETTER):
    return compare_blocks(_blocks(*fr), _blocks(*nl))


def test_versions_ordered_differently_agree_as_they_are():
    result = _reordered()
    assert not result.markers_compared  # the paragraphs are not built alike
    assert result.differences == []


def test_a_negation_dropped_in_a_moved_paragraph_is_found():
    nl = list(NL_LETTER)
    nl[5] = nl[5].replace("nooit", "altijd")
    result = _reordered(nl=nl)
    (found,) = result.differences
    assert (found.kind, found.side, found.nl, found.fr) == ("negation", "fr", (6,), (3,))
    assert found.fr_at == ((3, 2),) and found.nl_at == ((6, 1),)


def test_an_obligation_weakened_in_a_split_paragraph_is_found():
    fr = list(FR_LETTER)
    fr[1] = fr[1].replace("Vous ne devez rien", "Vous ne pouvez rien")
    result = _reordered(fr=fr)
    # "ne pouvez" is a prohibition, counted with the obligations, and takes the "ne": the
    # sentences now differ in their negations (1 "niets" against none)
    (found,) = result.differences
    assert (found.kind, found.fr, found.nl) == ("negation", (2,), (4,))
    assert found.fr_at == ((2, 3),) and found.nl_at == ((4, 2),)


def test_the_glossary_is_data_and_a_bad_entry_names_the_file(tmp_path, monkeypatch):
    from simplifier.loader import RuleError
    from simplifier.parity import sentences

    assert any("ziekenfonds" in nl for _, nl in sentences.glossary())
    folder = tmp_path / "lexicons" / "parity"
    folder.mkdir(parents=True)
    (folder / "glossary.yml").write_text("pairs:\n  - fr: [loyer]\n", "utf-8")
    monkeypatch.setattr(sentences, "data_root", lambda: tmp_path)
    sentences.glossary.cache_clear()
    try:
        with pytest.raises(RuleError, match=r"glossary\.yml: pairs\[0\]: needs 'fr' and 'nl'"):
            sentences.glossary()
    finally:
        sentences.glossary.cache_clear()
