"""French/Dutch parity: facts normalised, markers counted, versions aligned, differences
reported with both places; on the sample pairs (.docx) from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from simplifier.cli import app
from simplifier.io import read_text
from simplifier.parity.compare import compare_blocks, compare_files
from simplifier.parity.evaluate import evaluate_parity
from simplifier.parity.facts import amount_key, date_key, deadline_key, facts_of, phone_key
from simplifier.parity.markers import dutch, french
from simplifier.parity.render import difference_text, render_html, render_json, render_text

ROOT = Path(__file__).resolve().parents[2]
PAIRS = ROOT / "samples" / "parity"
AGREE = (PAIRS / "mutualite_remboursement_fr.docx", PAIRS / "mutualite_remboursement_nl.docx")
DIFFER = (PAIRS / "mutualite_ecart_fr.docx", PAIRS / "mutualite_ecart_nl.docx")


@pytest.mark.parametrize(
    "written",
    ["1.250,00 €", "1 250,00 EUR", "€1250", "1250 euros", "€ 1.250,00", "1\u00a0250,00 €"],
)
def test_amounts_written_either_way_are_one_fact(written):
    assert amount_key(written) == "1250.00"


@pytest.mark.parametrize("written", ["15 mars 2026", "15 maart 2026", "15/03/2026", "15.03.26"])
def test_dates_in_words_or_figures_are_one_fact(written):
    assert date_key(written) == "2026-03-15"


def test_deadlines_phones_and_legal_references_are_normalised():
    assert deadline_key("dans les 30 jours") == deadline_key("binnen 30 dagen") == "30d"
    assert phone_key("02 529 31 40") == phone_key("+32 2 529 31 40") == "025293140"
    fr = {f.key for f in facts_of("selon l'article 12, § 3 de la loi du 26 mai 2002")}
    nl = {f.key for f in facts_of("volgens artikel 12, § 3 van de wet van 26 mei 2002")}
    assert fr == nl == {"art. 12", "§ 3", "2002-05-26"}
    text = "selon l'article 12, § 3 de la loi"
    (section,) = [f for f in facts_of(text) if f.key == "§ 3"]
    assert text[section.start :].startswith("§ 3")  # where the fact stands, for its changes


def test_restrictive_ne_que_is_no_negation_and_geen_is_one():
    assert french("La modification ne peut se faire qu'une seule fois.").negations == 0
    assert french("Vous ne recevrez pas ce montant.").negations == 1
    assert dutch("U krijgt geen terugbetaling.").negations == 1
    # "ne … pas pouvoir" and "kan … niet" are prohibitions, counted with the obligations
    assert french("Vos revenus ne peuvent pas dépasser ce plafond.").obligations == 1
    assert dutch("De uitkering kan niet in het buitenland ontvangen worden.").obligations == 1
    assert french("Vous devez répondre.").obligations == dutch("U moet antwoorden.").obligations


def test_expletive_ne_serving_dienen_and_nominal_niet_are_not_counted():
    assert french("Inscrivez-vous, à moins que vous n'en soyez dispensé.").negations == 0
    assert dutch("Een stempel van die dienst dient als bewijs.").obligations == 0
    assert dutch("U dient het bewijs te leveren.").obligations == 1
    # "le non-respect" / "het niet naleven": one negation each, no prohibition
    assert french("Le non-respect peut entraîner des sanctions.") == dutch(
        "Het niet naleven kan leiden tot sancties."
    )
    assert french("Vous risquez de devoir rembourser.").obligations == 1


def test_numero_sign_sans_que_and_answers_no():
    assert french("Mutualité n° 527").negations == 0
    assert french("sans qu'aucune démarche ne doive être faite").negations == 1
    assert french("Non.").negations == dutch("Neen.").negations == 1
    assert french("l'assurance obligatoire").obligations == 0
    assert french("Ce n'est pas obligatoire.") == dutch("Dit is niet verplicht.")


def test_a_time_limit_written_with_words_in_between_is_the_same():
    fr = _blocks("Inscrivez-vous dans les 8 jours calendrier suivants.")
    nl = _blocks("Schrijf u in binnen de 8 daaropvolgende kalenderdagen.")
    assert compare_blocks(fr, nl).differences == []


def _blocks(*paragraphs: str):
    return read_text("\n\n".join(paragraphs))


def test_a_split_paragraph_and_headings_still_align_and_agree():
    fr = _blocks(
        "Votre remboursement",
        "Nous vous versons 120,50 € le 3 mars 2026. Vous devez nous répondre dans les 30 jours.",
        "Contact",
        "Appelez le 081 24 56 70.",
    )
    nl = _blocks(
        "Uw terugbetaling",
        "Wij storten u 120,50 euro op 3 maart 2026.",
        "U moet ons binnen 30 dagen antwoorden.",
        "Contact",
        "Bel 081 24 56 70.",
    )
    result = compare_blocks(fr, nl)
    assert result.differences == []
    assert [(u.fr, u.nl) for u in result.units] == [
        ((0,), (0,)),
        ((1,), (1, 2)),
        ((2,), (3,)),
        ((3,), (4,)),
    ]


def test_a_fact_in_a_neighbouring_paragraph_is_no_false_alarm():
    fr = _blocks(
        "Nous avons reçu votre demande le 2 février 2026.",
        "Le montant est de 75,00 €.",
        "Merci de votre confiance et de votre patience.",
    )
    nl = _blocks(
        "Wij hebben uw aanvraag ontvangen. Het bedrag is 75,00 euro.",
        "Uw aanvraag dateert van 2 februari 2026.",
        "Dank u voor uw vertrouwen en uw geduld.",
    )
    assert [d for d in compare_blocks(fr, nl).differences if d.kind == "fact"] == []


def test_the_sample_pair_that_agrees_has_no_difference():
    result = compare_files(*AGREE, levels=False)
    assert result.differences == []
    assert result.fr_paragraphs == result.nl_paragraphs > 10


def test_the_sample_pair_that_differs_names_the_amount_the_date_and_the_negation():
    result = compare_files(*DIFFER, levels=False)
    kinds = sorted((d.kind, d.fact_kind) for d in result.differences)
    assert kinds == [("fact", "amount"), ("fact", "date"), ("negation", "")]
    amount = next(d for d in result.differences if d.fact_kind == "amount")
    assert (amount.fr_text, amount.nl_text) == ("1.250,00 €", "1.205,00 euro")
    french_text = difference_text(amount, "fr")
    assert french_text.startswith("Montant 1.250,00 € au paragraphe ")
    assert "néerlandais, qui dit 1.205,00 euro." in french_text
    assert "van de Nederlandse tekst, die 1.205,00 euro vermeldt" in difference_text(amount, "nl")
    negation = next(d for d in result.differences if d.kind == "negation")
    assert (negation.fr_count, negation.nl_count) == (1, 0)
    assert negation.fr == negation.nl  # the same paragraph of both letters


def test_versions_given_in_the_other_order_are_told_apart():
    result = compare_files(DIFFER[1], DIFFER[0], levels=False)
    assert result.swapped and result.fr_source.endswith("_fr.docx")
    assert len(result.differences) == 3


def test_renderers_say_it_in_the_reviewers_language():
    result = compare_files(*DIFFER, levels=False)
    assert "Différences à vérifier : 3." in render_text(result, "fr")
    assert "Verschillen om na te kijken: 3." in render_text(result, "nl")
    data = json.loads(render_json(result, "en"))
    assert data["schema"] == "simplifier.parity/1" and data["agree"] is False
    assert {d["kind"] for d in data["differences"]} == {"fact", "negation"}
    page = render_html(result, "nl")
    assert page.startswith("<!DOCTYPE html>") and "1.205,00 euro" in page
    assert page.count('<tr class="differs">') == 2  # side by side: the two rows that differ


def test_cli_exit_codes_and_levels(tmp_path):
    runner = CliRunner()
    agree = runner.invoke(app, ["parity", *map(str, AGREE), "--ui-lang", "fr"])
    assert agree.exit_code == 0, agree.output
    assert "Aucune différence trouvée" in agree.output
    assert "Niveau : français " in agree.output and "néerlandais " in agree.output
    out = tmp_path / "parity.html"
    differ = runner.invoke(
        app, ["parity", *map(str, DIFFER), "-f", "html", "-o", str(out), "--no-levels"]
    )
    assert differ.exit_code == 1
    assert "1.205,00 euro" in out.read_text(encoding="utf-8")


def test_cli_speaks_the_language_of_the_first_file_when_none_is_chosen():
    runner = CliRunner()
    no_locale = {"SIMPLIFIER_LANG": "", "LANG": "", "LC_ALL": "", "LC_MESSAGES": ""}
    dutch_first = runner.invoke(
        app, ["parity", str(DIFFER[1]), str(DIFFER[0]), "--no-levels"], env=no_locale
    )
    assert dutch_first.exit_code == 1
    assert "Verschillen om na te kijken: 3." in dutch_first.output
    french_first = runner.invoke(app, ["parity", *map(str, DIFFER), "--no-levels"], env=no_locale)
    assert "Différences à vérifier : 3." in french_first.output


def test_cli_says_in_one_line_which_file_is_wrong(tmp_path):
    runner = CliRunner()
    missing = runner.invoke(app, ["parity", str(AGREE[0]), str(tmp_path / "nope.docx")])
    assert missing.exit_code == 2
    assert "nope.docx" in missing.output and len(missing.output.strip().splitlines()) == 1
    same = runner.invoke(app, ["parity", str(AGREE[0]), str(DIFFER[0]), "--ui-lang", "fr"])
    assert same.exit_code == 2
    assert "mutualite_ecart_fr.docx: les deux versions sont en français." in same.output


def test_eval_measures_the_sample_pairs():
    report = evaluate_parity(PAIRS, "all")
    assert "| mutualite_remboursement | 23/23 | yes | 0 |" in report
    assert "| mutualite_ecart | 23/23 | yes | 3 |" in report
    assert "1.250" not in report  # places and kinds, not the letters' words
