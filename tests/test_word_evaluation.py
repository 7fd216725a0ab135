"""`simplifier eval words` on data of our own in tmp_path: a one-place rewrite counts its
replaced word, marked or not; the city list is looked up in a neutral sentence; flags on the
plain side are compared with the original side."""

from __future__ import annotations

from pathlib import Path

from simplifier.difficulty.evaluate import evaluate_words, one_change
from simplifier.nlp import get_pipeline


def _data(tmp_path: Path) -> Path:
    data = tmp_path / "eval"
    data.mkdir()
    (data / "nl_municipal_pairs_dev.csv").write_text(
        "Document ID,Complex,Simple\n"
        "1,U moet het formulier retourneren.,U moet het formulier terugsturen.\n"
        "1,Wij zullen de aanvraag snel onderzoeken.,Wij zullen de aanvraag vlug onderzoeken.\n"
        "2,De vergadering vindt morgen plaats in het stadhuis.,De vergadering is morgen in het grote stadhuis.\n",
        encoding="utf-8",
    )
    (data / "fr_wiki_vikidia_pairs_dev.csv").write_text(
        "complex,simple\n"
        '"Le bâtiment fut édifié nonobstant l\'opposition des habitants.",'
        '"Le bâtiment a été construit malgré les habitants."\n',
        encoding="utf-8",
    )
    (data / "nl_difficult_words_dev.txt").write_text("retourneren\nfiets\n", encoding="utf-8")
    return data


def test_one_place_changed_is_found_and_several_are_not() -> None:
    nlp = get_pipeline("nl")
    change = one_change(
        nlp("Wij zullen de aanvraag nader onderzoeken."),
        nlp("Wij zullen de aanvraag beter onderzoeken."),
    )
    assert change is not None
    old, new = change
    assert [t.text for t in old] == ["nader"] and [t.text for t in new] == ["beter"]
    assert (
        one_change(nlp("De man loopt snel naar huis."), nlp("Een vrouw loopt snel naar school."))
        is None
    )


def test_the_report_counts_replaced_words_the_city_list_and_both_sides(tmp_path: Path) -> None:
    report = evaluate_words(_data(tmp_path), limit=None)
    # "retourneren" (a lexicon word) is marked, "snel" is not; the third pair changed more
    # than one place and has no replaced word
    assert "| replaced words marked | 1 / 2 (0.50) |" in report
    assert "Most frequent replaced words not marked: " in report and "snel (1)" in report
    assert "staat: {term}.»): 1 / 2 (0.50)" in report  # the city list: retourneren yes
    assert "Not marked (first 40): fiets" in report
    assert "## fr_wiki_vikidia (fr)" in report and "plain side over original side" in report
    assert "Word features (nl): too few labelled words" in report
