"""The checks added after the ninth blind reading of real texts (new copies, new readers):
each on our own sentences shaped like those the readers judged wrong."""

from __future__ import annotations

import pytest

import simplifier
from simplifier.nlp import get_pipeline
from simplifier.rewrite.fit import fit_replacement


def _changes(text: str, lang: str) -> dict[str, tuple[bool, str, str]]:
    """Matched words -> (sure, note, new words) of their first change."""
    report = simplifier.analyze(text, lang=lang)
    return {
        f.match: (f.rewrites[0].confident and not f.choose, f.rewrites[0].note, f.rewrites[0].text)
        for f in report.findings
        if f.rewrites
    }


def test_an_explanation_with_vous_in_a_sentence_about_someone_else_is_not_sure() -> None:
    """The gloss spoke to the reader (« vos soins ») in a sentence about a household
    (« elle garde ses droits »): the check compared the sentence with the empty text an
    insertion replaces, which took every letter apart, and never saw « elle »."""
    text = (
        "Vous recevez cette lettre.\n\nSi la famille paie l'assurance maladie-invalidité, elle "
        "garde ses droits."
    )
    sure, note, _ = _changes(text, "fr")["assurance maladie-invalidité"]
    assert not sure and note == "note.check_register"


@pytest.mark.parametrize(
    "text, lang, term",
    [
        ("- Qu'est-ce que la proposition de déclaration simplifiée ?", "fr", "proposition"),
        ("- Hoe vraag ik een kopie van mijn aanslagbiljet aan?", "nl", "aanslagbiljet"),
    ],
)
def test_a_paragraph_that_is_one_question_heads_what_follows(text, lang, term) -> None:
    changes = _changes(text, lang)
    found = [v for k, v in changes.items() if term in k]
    assert found and all(not sure and note == "note.check_heading" for sure, note, _ in found)


def test_a_question_inside_a_paragraph_does_not_make_it_a_heading() -> None:
    changes = _changes("Que faire ensuite ? Vous pouvez bénéficier d'une aide du CPAS.", "fr")
    assert changes["bénéficier d'"][0]


@pytest.mark.parametrize(
    "text, lang, term",
    [
        (  # « (…) d'assurance maladie »: the complement of the term, cut off by the bracket
            "Vous avez droit à l'intervention majorée d'assurance maladie invalidité.",
            "fr",
            "intervention majorée",
        ),
        ("Voeg het verzoekschrift tot adoptie bij uw aanvraag.", "nl", "verzoekschrift"),
        ("De woning mag niet onbewoonbaar verklaard zijn.", "nl", "onbewoonbaar verklaard"),
    ],
)
def test_no_sure_explanation_between_a_term_and_what_completes_it(text, lang, term) -> None:
    sure, note, _ = _changes(text, lang)[term]
    assert not sure and note == "note.check_place"


def test_an_explanation_before_a_looser_group_stays_sure() -> None:
    sure, _, _ = _changes("Vous avez droit à l'intervention majorée depuis le mois de mai.", "fr")[
        "intervention majorée"
    ]
    assert sure


@pytest.mark.parametrize(
    "text, lang, abbreviation, note",
    [
        ("Écrivez à INAMI pour en savoir plus.", "fr", "INAMI", "note.check_grammar"),
        ("Joignez le document C4 à votre demande.", "fr", "C4", "note.check_name"),
        ("Je bent ingeschreven bij RIZIV.", "nl", "RIZIV", "note.check_grammar"),
        ("Vermeld het nummer RIZIV van uw arts.", "nl", "RIZIV", "note.check_name"),
    ],
)
def test_a_name_written_out_needs_its_article_and_a_form_keeps_its_code(
    text, lang, abbreviation, note
) -> None:
    sure, found, _ = _changes(text, lang)[abbreviation]
    assert not sure and found == note


@pytest.mark.parametrize(
    "text, lang, abbreviation, expansion",
    [
        ("Le dossier est envoyé à l’INAMI.", "fr", "INAMI", "Institut national"),
        ("Le SPF vous écrit.", "fr", "SPF", "Service public fédéral"),
        ("Neem contact op met het RIZIV.", "nl", "RIZIV", "Rijksinstituut"),
    ],
)
def test_a_name_with_its_article_is_written_out_surely(text, lang, abbreviation, expansion):
    sure, _, new = _changes(text, lang)[abbreviation]
    assert sure and new.startswith(expansion)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Contactez le CPAS de votre commune ou l'ONEM.", "fr"),
        ("Ga naar het OCMW of naar de VDAB.", "nl"),
    ],
)
def test_abbreviations_every_reader_knows_are_not_flagged(text: str, lang: str) -> None:
    report = simplifier.analyze(text, lang=lang)
    assert not [f for f in report.findings if f.category == "abbreviation"]


def test_a_shortened_word_is_written_out_with_its_own_message() -> None:
    report = simplifier.analyze("Stuur ons een bewijs, bv. een loonbrief.", lang="nl")
    finding = next(f for f in report.findings if f.category == "abbreviation")
    assert "bijvoorbeeld" in finding.message and "naam" not in finding.message


@pytest.mark.parametrize(
    "text, lang, words",
    [
        ("Dit moet door de advocaat aan de rechtbank gevraagd worden.", "nl", "gevraagd"),
        (
            "Ces aides sont accordées (sous conditions) par le SPF Sécurité sociale – "
            "Direction générale voire par les mutuelles.",
            "fr",
            "accordées",
        ),
    ],
)
def test_a_passive_with_a_modal_several_agents_or_brackets_is_not_rewritten(
    text, lang, words
) -> None:
    report = simplifier.analyze(text, lang=lang)
    passives = [f for f in report.findings if f.category == "passive" and words in f.match]
    assert passives and all(not f.rewrites for f in passives)


def test_a_simple_passive_with_its_agent_is_still_rewritten() -> None:
    report = simplifier.analyze("Uw aanvraag wordt door de dienst goedgekeurd.", lang="nl")
    rewrites = [f.rewrites[0].text for f in report.findings if f.rewrites]
    assert "De dienst keurt uw aanvraag goed." in rewrites


def test_a_curly_apostrophe_is_read_like_a_straight_one() -> None:
    """« de l’accusé de réception » was parsed with « l’ » a noun and « accusé » a verb, and
    « preuve de réception » was put in place of the verb, after « l’ »."""
    nlp = get_pipeline("fr")
    curly, straight = (nlp(f"La date de l{mark}accusé de réception compte.") for mark in ("’", "'"))
    assert [t.pos_ for t in curly] == [t.pos_ for t in straight]
    assert curly.text.count("’") == 1  # the text itself is unchanged
    start = curly.text.index("accusé")
    fitted = fit_replacement(curly, start, start + len("accusé de réception"), "preuve", "fr")
    assert "l’preuve" not in curly.text[: fitted.start] + fitted.text


@pytest.mark.parametrize(
    "text, lang, word",
    [
        ("Bij de geboorte krijgt u een startbedrag (het vroegere kraamgeld).", "nl", "kraamgeld"),
        ("U bewijst wie u bent met uw kaartlezer (authenticeren).", "nl", "authenticeren"),
        (
            "Vous êtes bénéficiaire de l'intervention majorée (statut BIM) depuis mai.",
            "fr",
            "statut BIM",
        ),
    ],
)
def test_a_word_the_text_gives_in_brackets_as_a_name_for_what_it_said_is_taught(
    text: str, lang: str, word: str
) -> None:
    report = simplifier.analyze(text, lang=lang)
    assert not [f for f in report.findings if f.match == word]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Bekijk de brochure (1MB) of vul het formulier in (PDF, 634.03 KB).", "nl"),
        ("Téléchargez la brochure (2 MB).", "fr"),
    ],
)
def test_letters_after_a_number_are_its_unit_not_an_abbreviation(text: str, lang: str) -> None:
    report = simplifier.analyze(text, lang=lang)
    assert not [f for f in report.findings if f.category == "abbreviation"]


def test_one_new_word_the_sentence_already_has_nearby_is_not_sure() -> None:
    text = "Appelez votre service pour corriger votre erreur afin de vous assurer du calcul."
    sure, note, _ = _changes(text, "fr")["afin de"]
    assert not sure and note == "note.check_repeat"


def test_a_text_that_gives_the_new_name_of_a_term_teaches_it() -> None:
    report = simplifier.analyze("Het groeipakket is de nieuwe naam van de kinderbijslag.", "nl")
    assert not [f for f in report.findings if f.match.lower() == "groeipakket"]


def test_a_participle_takes_the_number_of_its_noun() -> None:
    """« (montant indexé selon …) » gave « montant adaptés »: the participle's own tag said
    plural; its noun is singular."""
    text = "La prime de 1.367,74 euros (montant indexé selon l'indice) est versée en mai."
    _, _, new = _changes(text, "fr")["indexé"]
    assert new.split()[0] == "adapté"


@pytest.mark.parametrize(
    "text, words",
    [
        ("Après ton stage, tu peux bénéficier d'allocations sous conditions.", "bénéficier d'"),
        ("Vous pouvez faire appel au Tribunal du travail compétent dans un mois.", "Tribunal"),
    ],
)
def test_no_sure_change_that_loses_an_article_or_cuts_a_group(text: str, words: str) -> None:
    changes = {k: v for k, v in _changes(text, "fr").items() if words in k}
    assert changes and all(not sure for sure, _, _ in changes.values())


def test_a_conjunction_does_not_replace_a_noun_group() -> None:
    text = "Cela dépend de l'existence d'un accord et du fait que les montants sont égaux."
    sure, note, _ = _changes(text, "fr")["du fait que"]
    assert not sure and note == "note.check_grammar"
    sure, _, _ = _changes("Du fait que vous travaillez, le montant change.", "fr")["Du fait que"]
    assert sure


def test_words_hung_on_the_agent_move_only_when_they_end_the_sentence() -> None:
    report = simplifier.analyze(
        "La valeur du logement avant et après les travaux est estimée par le Fonds sur base "
        "notamment du rapport rédigé par un expert.",
        "fr",
    )
    assert not [f for f in report.findings if f.category == "passive" and f.rewrites]
    report = simplifier.analyze("Vous êtes invité par le juge à une audience.", "fr")
    assert "Le juge vous invite à une audience." in [
        f.rewrites[0].text for f in report.findings if f.rewrites
    ]


def test_a_long_word_the_letter_repeats_is_flagged_once() -> None:
    text = (
        "Uw huisvestingsmaatschappij schrijft u.\n\n"
        "De huisvestingsmaatschappij helpt u.\n\n"
        "Bel de huisvestingsmaatschappij."
    )
    report = simplifier.analyze(text, lang="nl")
    long_words = [f for f in report.findings if f.rule_id == "NL.LangeWoorden"]
    assert len(long_words) == 1 and long_words[0].block == 0
