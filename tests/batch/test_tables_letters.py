"""The letter card and the French-Dutch pairs in the tables staff open in Excel: card columns
in documents.csv and the Documents sheet, parity.csv and the French-Dutch sheet (one row per
difference), the letter counts on the Summary sheet; read back from a real batch run."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import openpyxl
import pytest

from simplifier.batch.results import DocResult
from simplifier.batch.run import BatchOptions, run_batch
from simplifier.batch.tables import Tables
from simplifier.engine import analyze_file
from simplifier.i18n import t

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CARD = ("fr_carte_claire", "fr_carte_floue", "nl_kaart_duidelijk", "nl_kaart_onduidelijk")
# Letter, Message in paragraph, Message late, No deadline, No contact details, No clear message
FR_COLUMNS = [
    "Est une lettre",
    "Message au paragraphe",
    "Message tard",
    "Sans date limite",
    "Sans coordonnées",
    "Sans message clair",
]
NL_COLUMNS = [
    "Is een brief",
    "Boodschap in alinea",
    "Boodschap laat",
    "Zonder uiterste datum",
    "Zonder contactgegevens",
    "Zonder duidelijke boodschap",
]
FR_PARITY = [
    "Lettre",
    "Version française",
    "Version néerlandaise",
    "Niveau (français)",
    "Niveau (néerlandais)",
    "Différences trouvées",
    "Différence à vérifier",
]


@pytest.fixture(scope="module")
def letters(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tables") / "letters"
    folder.mkdir()
    for name in CARD:
        shutil.copy(SAMPLES / "card" / f"{name}.docx", folder)
    for lang in ("fr", "nl"):
        shutil.copy(
            SAMPLES / "parity" / f"mutualite_ecart_{lang}.docx", folder / f"ecart_{lang}.docx"
        )
        (folder / lang).mkdir()
        shutil.copy(
            SAMPLES / "parity" / f"mutualite_remboursement_{lang}.docx",
            folder / lang / "rembours.docx",
        )
    shutil.copy(SAMPLES / "fr" / "brochure_mutualite.docx", folder)  # no greeting: no letter
    (folder / "abime.docx").write_bytes(b"PK\x03\x04 not a real Word file")
    return folder


@pytest.fixture(scope="module")
def report(letters, runner, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables") / "report"
    options = BatchOptions(
        inputs=[letters],
        out=out,
        ui_lang="fr",
        progress=False,
        formats=frozenset({"html", "csv", "xlsx"}),
    )
    summary = run_batch(options, runner=runner)
    assert (summary.checked, summary.failed) == (9, 1)
    return out


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _card(row: dict[str, str], columns: list[str]) -> list[str]:
    return [row[c] for c in columns]


EXPECTED = {
    "fr_carte_claire.docx": ["oui", "1 sur 4", "non", "non", "non", "non"],
    "fr_carte_floue.docx": ["oui", "5 sur 6", "oui", "oui", "oui", "non"],
    "nl_kaart_duidelijk.docx": ["oui", "1 sur 4", "non", "non", "non", "non"],
    "nl_kaart_onduidelijk.docx": ["oui", "5 sur 6", "oui", "oui", "oui", "non"],
    # no sentence says the decision: no place, no lateness
    "ecart_fr.docx": ["oui", "", "", "non", "non", "oui"],
    "ecart_nl.docx": ["oui", "2 sur 5", "non", "oui", "non", "non"],
    "brochure_mutualite.docx": ["non", "", "", "", "", ""],
    "abime.docx": ["", "", "", "", "", ""],  # not read
}


def test_documents_csv_has_the_letter_card(report):
    rows = {row["Document"]: row for row in _csv(report / "documents.csv")}
    for name, card in EXPECTED.items():
        assert _card(rows[name], FR_COLUMNS) == card, name
    # the card's columns come before the kinds of problems, whose number varies per run
    header = list(rows["abime.docx"])
    assert len(header) == len(set(header))  # no name twice (the kind of problem "Lettre")
    at = header.index("dont suggestions")
    assert header[at + 1 : at + 7] == FR_COLUMNS


def test_the_documents_sheet_has_the_same_card(report):
    book = openpyxl.load_workbook(report / "report.xlsx", read_only=True)
    sheet = list(book["Documents"].values)
    header = list(sheet[0])
    columns = [header.index(c) for c in FR_COLUMNS]
    rows = {row[0]: [row[i] or "" for i in columns] for row in sheet[1:]}
    for name, card in EXPECTED.items():
        assert rows[name] == card, name
    book.close()


def test_parity_csv_has_one_row_per_difference(report):
    rows = _csv(report / "parity.csv")
    assert list(rows[0]) == FR_PARITY
    differ = [r for r in rows if r["Lettre"] == "ecart"]
    agree = [r for r in rows if r["Lettre"] == "fr|nl/rembours.docx"]
    assert len(differ) == 3 and len(agree) == 1 and len(rows) == 4
    assert {r["Différences trouvées"] for r in differ} == {"3"}
    assert differ[0]["Version française"] == "ecart_fr.docx"
    assert differ[0]["Version néerlandaise"] == "ecart_nl.docx"
    levels = {
        lang: analyze_file(SAMPLES / "parity" / f"mutualite_ecart_{lang}.docx").readability.level
        for lang in ("fr", "nl")
    }
    assert (differ[0]["Niveau (français)"], differ[0]["Niveau (néerlandais)"]) == (
        levels["fr"],
        levels["nl"],
    )
    texts = [r["Différence à vérifier"] for r in differ]
    assert len(set(texts)) == 3
    assert any("Montant 1.250,00 € au paragraphe" in x and "1.205,00 euro" in x for x in texts)
    assert agree[0]["Différences trouvées"] == "0"
    assert agree[0]["Différence à vérifier"] == "aucune différence"
    assert (agree[0]["Version française"], agree[0]["Version néerlandaise"]) == (
        "fr/rembours.docx",
        "nl/rembours.docx",
    )
    html = (report / "index.html").read_text(encoding="utf-8")
    assert 'href="parity.csv"' in html


def test_the_workbook_has_the_pairs_and_the_letter_counts(report):
    book = openpyxl.load_workbook(report / "report.xlsx", read_only=True)
    # the order of the sheets: tests/batch/test_batch.py::test_xlsx_and_json
    pairs = list(book["Français-néerlandais"].values)
    assert list(pairs[0]) == FR_PARITY
    assert [row[:2] for row in pairs[1:]].count(("ecart", "ecart_fr.docx")) == 3
    assert sorted(row[5] for row in pairs[1:]) == [0, 3, 3, 3]  # numbers, not text
    with (report / "parity.csv").open(encoding="utf-8", newline="") as handle:
        in_csv = list(csv.reader(handle))[1:]
    assert [[str(v) for v in row] for row in pairs[1:]] == in_csv  # the same rows
    summary = {row[0]: row[1] for row in book["Résumé"].values if len(row) > 1}
    assert summary["Lettres"] == 8  # the brochure is no letter, abime.docx was not read
    assert summary["Lettres qui demandent quelque chose sans date claire"] == 4
    assert summary["Lettres sans téléphone, e-mail ni adresse"] == 2
    assert summary["Lettres qui donnent le message tard"] == 2
    assert summary["Lettres où aucune phrase ne dit clairement la décision"] == 2
    assert summary["Lettres comparées en français et en néerlandais"] == 2
    assert summary["dont avec des différences à vérifier"] == 1
    book.close()


def test_the_tables_speak_dutch(letters, runner, tmp_path):
    """The same folder with the report in Dutch (the results are analysed again: the pages
    are in Dutch too)."""
    out = tmp_path / "rapport"
    options = BatchOptions(
        inputs=[letters], out=out, ui_lang="nl", progress=False, formats=frozenset({"csv"})
    )
    run_batch(options, runner=runner)
    rows = {row["Document"]: row for row in _csv(out / "documents.csv")}
    assert _card(rows["nl_kaart_onduidelijk.docx"], NL_COLUMNS) == [
        "ja",
        "5 van 6",
        "ja",
        "ja",
        "ja",
        "nee",
    ]
    assert _card(rows["brochure_mutualite.docx"], NL_COLUMNS) == ["nee", "", "", "", "", ""]
    pairs = _csv(out / "parity.csv")
    assert list(pairs[0])[:3] == ["Brief", "Franse versie", "Nederlandse versie"]
    assert [r["Te controleren verschil"] for r in pairs if r["Brief"] != "ecart"] == [
        "geen verschil"
    ]


def test_without_pairs_the_file_and_the_sheet_are_there_with_their_header_only(tmp_path):
    from simplifier.batch.aggregate import Corpus
    from simplifier.batch.report_files import write_tables

    corpus = Corpus()
    result = DocResult(digest="d", lang="fr", level="B1", score=60.0, words=10)
    corpus.add("a.docx", result)
    tables = Tables("nl", [])
    write_tables(tmp_path, {"csv", "xlsx"}, tables, corpus, [("a.docx", result, "")], {}, "now")
    assert _csv(tmp_path / "parity.csv") == []
    with (tmp_path / "parity.csv").open(encoding="utf-8") as handle:
        assert handle.readline().startswith("Brief,Franse versie,")
    book = openpyxl.load_workbook(tmp_path / "report.xlsx", read_only=True)
    assert len(list(book[t("batch.sheet.parity", "nl")].values)) == 1
    summary = {
        row[0]: row[1] for row in book[t("batch.sheet.summary", "nl")].values if len(row) > 1
    }
    assert (
        summary["Brieven"] == 0
        and summary["Brieven vergeleken in het Frans en in het Nederlands"] == 0
    )
    book.close()


def test_an_old_cached_result_without_where_the_message_is_still_fills_the_card():
    """A card kept before the place of the message was: the place is left blank."""
    old = {"no_deadline": True, "no_contact": False, "late": True, "no_message": False}
    result = DocResult.from_dict({**DocResult(digest="d").to_dict(), "card": old})
    assert Tables("fr", []).card_cells(result.card) == ["oui", "", "oui", "oui", "non", "non"]
    data = DocResult(digest="d").to_dict()
    del data["card"]
    assert Tables("fr", []).card_cells(DocResult.from_dict(data).card)[0] == "non"
