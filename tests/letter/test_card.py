"""The letter card (issue 22) on the sample letters written for it (samples/card: a clear and
an unclear letter in French and in Dutch, as .docx), in the engine, the CLI's text, JSON and
HTML reports, with the organisation's form of address."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from docx_builder import build_docx, p
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.engine import analyze, analyze_file
from simplifier.i18n import t
from simplifier.letter.card import RULES, RULES_NL, rule_id
from simplifier.letter.data import words
from simplifier.settings import Settings

runner = CliRunner()
SCHEMA = json.loads(resources.files("simplifier.data").joinpath("report.schema.json").read_text())

# every criterion fails in the unclear letters, and none in the clear ones; "no deadline" is
# shown only when the organisation switches it on (`OPT_IN`)
FAILS = ["late", "relative", "no_contact", "mixed_address", "subject", "references"]


def _rules(report) -> set[str]:
    return {f.rule_id for f in report.findings if f.category == "letter"}


@pytest.fixture(scope="module")
def reports(samples):
    names = ["fr_carte_claire", "fr_carte_floue", "nl_kaart_duidelijk", "nl_kaart_onduidelijk"]
    return {name: analyze_file(samples / "card" / f"{name}.docx") for name in names}


@pytest.mark.parametrize("name", ["fr_carte_claire", "nl_kaart_duidelijk"])
def test_a_clear_letter_passes_every_criterion(reports, name):
    report = reports[name]
    card = report.card
    assert card.letter and card.decided_by == "parts"
    assert _rules(report) == set()
    assert card.paragraph == 1 and not card.late
    assert card.message and "60 euro" in card.message[0].text
    assert not card.no_contact and not card.no_deadline
    assert {c.kind for c in card.contacts} >= {"phone", "email", "hours"}
    assert card.subject_says is True and not card.address_mixed and not card.third_person
    assert card.references == 0


def test_the_clear_letters_actions_and_deadlines(reports):
    fr = reports["fr_carte_claire"].card
    assert [(a.deadline_kind, a.deadline) for a in fr.actions] == [
        ("date", "avant le 31 mars 2026")
    ]
    assert fr.actions[0].text.startswith("renvoyer le formulaire")
    # "U hoeft daarvoor niets te doen": a letter that asks nothing says so
    assert reports["nl_kaart_duidelijk"].card.actions == []


@pytest.mark.parametrize("name", ["fr_carte_floue", "nl_kaart_onduidelijk"])
def test_an_unclear_letter_fails_every_criterion(reports, name):
    report = reports[name]
    lang = report.lang
    assert _rules(report) == {rule_id(lang, key) for key in FAILS}
    card = report.card
    assert card.late and (card.paragraph, card.paragraphs) == (5, 6)
    assert card.no_contact and card.no_deadline and card.address_mixed
    assert card.subject_says is False and card.references_before_message == 2
    assert card.third_person  # "l'allocataire", "de bijslagtrekkende" (the rules' finding)
    # the items speak the document's language
    late = next(f for f in report.findings if f.rule_id == rule_id(lang, "late"))
    assert late.message == words(lang).message("late", n=5, m=6)


def test_a_late_message_comes_with_a_move_to_the_start(reports):
    report = reports["fr_carte_floue"]
    late = next(f for f in report.findings if f.rule_id == "FR.LettreMessageTard")
    (rewrite,) = late.rewrites
    first = next(b for b in report.blocks if b.text.startswith("Conformément"))
    assert rewrite.start == rewrite.end == first.start  # inserted before the first paragraph
    assert rewrite.text.startswith("Nous avons décidé de supprimer")
    assert not rewrite.confident and rewrite.note == "card.move_note"


def test_text_json_and_html_reports_show_the_card(samples):
    path = samples / "card" / "fr_carte_floue.docx"
    text = runner.invoke(app, ["check", str(path), "--ui-lang", "fr"])
    assert text.exit_code == 0, text.output
    lines = text.stdout.splitlines()
    assert lines[0] == f"== {t('card.title', 'fr')} =="
    assert t("card.late", "fr") in text.stdout and t("card.no_contact", "fr") in text.stdout
    assert "[FR.LettreSansContact]" in text.stdout
    as_json = runner.invoke(app, ["check", str(path), "-f", "json", "--ui-lang", "fr"])
    data = json.loads(as_json.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["card"]["letter"] and data["card"]["late"] and data["card"]["no_contact"]
    ids = {f["id"] for f in data["findings"]}
    assert set(data["card"]["findings"]) <= ids
    html = runner.invoke(app, ["check", str(path), "-f", "html", "--ui-lang", "nl"])
    assert 'class="lettercard"' in html.stdout and t("card.title", "nl") in html.stdout


def test_a_brochure_gets_no_card_unless_the_user_says_it_is_a_letter(samples):
    path = samples / "fr" / "brochure_mutualite.docx"
    report = analyze_file(path)
    assert not report.card.letter and _rules(report) == set()
    result = runner.invoke(app, ["check", str(path), "--ui-lang", "fr", "-f", "json"])
    data = json.loads(result.stdout)
    jsonschema.validate(data, SCHEMA)
    assert data["card"]["letter"] is False
    said = runner.invoke(app, ["check", str(path), "--ui-lang", "fr", "--letter"])
    assert t("card.user_letter", "fr") in said.stdout
    letter = samples / "card" / "fr_carte_floue.docx"
    not_one = runner.invoke(app, ["check", str(letter), "--not-letter", "--ui-lang", "fr"])
    assert "FR.Lettre" not in not_one.stdout and t("card.not_letter", "fr") in not_one.stdout


TU_LETTER = """Madame,

Nous avons décidé de t'accorder une aide de 50 euros. Tu la reçois à partir du 1er mars 2026.

Si tu as une question, appelle-nous au 081 00 00 00.

Nous te prions d'agréer nos salutations distinguées.
"""


def test_a_team_that_chose_tu_gets_no_item_for_using_it(tmp_path):
    tu = Settings(address={"fr": "tu"})
    report = analyze(TU_LETTER, "fr", settings=tu)
    assert report.card.letter and report.card.address == "tu"
    assert not report.card.address_mixed and _rules(report) == set()
    # a "vous" slipped into the same letter is the one flagged, as the team chose "tu"
    mixed = TU_LETTER.replace("Tu la reçois", "Vous la recevez")
    report = analyze(mixed, "fr", settings=tu)
    (item,) = [f for f in report.findings if f.rule_id == "FR.LettreAdresseMelangee"]
    assert item.match == "Vous" and "« vous »" in item.message and "« tu »" in item.message


def test_a_docx_built_here_is_read_as_a_letter(tmp_path):
    path = build_docx(
        tmp_path / "brief.docx",
        "".join(
            [
                p("Betreft: uw dossier 123"),
                p("Geachte heer,"),
                p("Wij hebben beslist uw aanvraag te weigeren."),
                p("Gelieve het formulier binnen de 15 dagen terug te sturen."),
                p("Met vriendelijke groeten,"),
            ]
        ),
    )
    report = analyze_file(path)
    assert report.card.letter
    assert _rules(report) >= {"NL.BriefOnderwerp", "NL.BriefGeenContact"}
    (action,) = report.card.actions
    assert action.deadline_kind == "relative"
    assert "NL.BriefTermijnZonderBegin" in _rules(report)


def test_both_languages_have_the_same_card_data_and_messages():
    fr, nl = words("fr").raw, words("nl").raw
    assert set(fr) == set(nl)
    for section in fr:
        assert set(fr[section]) == set(nl[section]), section
    assert set(RULES) == set(RULES_NL)
    # the card's interface messages: tests/test_i18n_catalogues.py checks every key


def test_an_organisation_can_switch_card_items_off(samples, tmp_path):
    from simplifier.settings import load

    config = tmp_path / "simplifier.toml"
    config.write_text('[rules]\noff = ["FR.LettreObjet", "FR.LettreSansContact"]\n', "utf-8")
    report = analyze_file(samples / "card" / "fr_carte_floue.docx", settings=load(config))
    found = _rules(report)
    assert "FR.LettreObjet" not in found and "FR.LettreSansContact" not in found
    assert "FR.LettreMessageTard" in found


def test_the_no_deadline_item_is_shown_when_the_organisation_asks_for_it(samples, tmp_path):
    from simplifier.settings import SettingsError, load

    letter = samples / "card" / "fr_carte_floue.docx"
    assert analyze_file(letter).card.no_deadline  # the card still says so
    assert "FR.LettreSansDelai" not in _rules(analyze_file(letter))  # but no item by default
    config = tmp_path / "simplifier.toml"
    config.write_text('[rules]\non = ["FR.LettreSansDelai"]\n', "utf-8")
    assert "FR.LettreSansDelai" in _rules(analyze_file(letter, settings=load(config)))
    config.write_text('[rules]\non = ["FR.LettreObjet"]\n', "utf-8")  # not one shown on request
    with pytest.raises(SettingsError) as error:
        load(config)
    assert error.value.key == "rules.on.0"
    assert "FR.LettreSansDelai" in error.value.describe("fr")


@pytest.mark.parametrize(
    ("text", "letter"),
    [("Madame, Monsieur,\n\nCordialement,", None), ("Madame, Monsieur,", True)],
)
def test_a_letter_with_nothing_to_say_gets_a_card_not_an_error(text, letter):
    report = analyze(text, "fr", letter=letter)
    assert report.card is not None and report.card.letter
    assert not report.card.message and not report.card.actions
