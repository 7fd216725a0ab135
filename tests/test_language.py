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


def test_function_words_tell_clear_blocks_and_leave_mixed_ones_to_lingua():
    from simplifier.language import _function_word_vote as vote

    assert vote("Le montant doit être versé sur le compte BE20 6511 5072 8841.") == "fr"
    assert vote("Geen computer? Bel ons.") == "nl"
    assert vote("Wij hebben uw aanvraag goed ontvangen.") == "nl"
    assert vote("We have received your application.") == "en"
    # French and Dutch in one block, or too little to go on: lingua decides
    assert vote("Pour le Directeur général / Voor de directeur-generaal,") is None
    assert vote("Madame,") is None
    # web and mail addresses in Belgium end in ".be": not the English verb
    assert vote("Tél. 071 27 83 40 – dispenses@onem.be – www.onem.be") is None
    assert vote("Tel. 03 224 61 80 – www.rva.be – van 8 tot 12 uur") == "nl"


def test_short_dutch_question_in_a_bilingual_letter_is_dutch():
    langs = detect_blocks(
        ["Vous pouvez aussi nous téléphoner.", "U kunt ons ook bellen.", "Geen computer? Bel ons."]
    )
    assert langs == ["fr", "nl", "nl"]


def test_the_child_process_answers_itself_without_importing_spacy():
    """`detect_blocks_in_child` falls back to telling the languages in process when its
    child fails, so the command line's test cannot see a broken child: ask the child here."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    import simplifier.language as language

    texts = [
        "Bonjour madame, voici votre nouvelle carte.",
        "Geachte mevrouw",
        "Met vriendelijke groet",
    ]
    script = Path(language.__file__).with_name("language_child.py")
    done = subprocess.run(
        [sys.executable, "-I", "-X", "importtime", str(script)],
        input=json.dumps({"texts": texts, "supported": ["fr", "nl"]}),
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout) == language.detect_blocks(texts, ("fr", "nl"))
    assert " spacy" not in done.stderr  # only lingua: no copy of a big process, no spaCy
