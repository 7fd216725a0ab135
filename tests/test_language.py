from __future__ import annotations

from simplifier import analyze
from simplifier.language import detect, detect_blocks


def test_detects_french_and_dutch_paragraphs():
    assert detect("Nous avons bien reçu votre demande d'intervention majorée.") == "fr"
    assert detect("Wij hebben uw aanvraag voor de verhoogde tegemoetkoming goed ontvangen.") == "nl"
    assert detect("We have received your application and will reply soon.") == "en"


def test_short_blocks_take_their_neighbours_language():
    langs = detect_blocks(
        [
            "Madame,",
            "Nous avons bien reçu votre demande d'intervention majorée.",
            "12345",
            "Wij hebben uw aanvraag goed ontvangen, dank u wel.",
            "1000",
        ]
    )
    assert langs == ["fr", "fr", "fr", "nl", "nl"]


def test_bilingual_letter_is_checked_per_paragraph_and_other_languages_skipped():
    text = (
        "Nous vous prions de bien vouloir renvoyer le formulaire ci-joint.\n\n"
        "Gelieve het formulier in bijlage terug te sturen.\n\n"
        "Please send back the enclosed form as soon as possible."
    )
    report = analyze(text)
    assert [b.lang for b in report.blocks] == ["fr", "nl", "en"]
    assert [(s.block, s.lang) for s in report.skipped] == [(2, "en")]
    langs_of_findings = {(f.block, f.lang) for f in report.findings}
    assert (0, "fr") in langs_of_findings and (1, "nl") in langs_of_findings
    assert not any(f.block == 2 for f in report.findings)
