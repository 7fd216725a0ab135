"""The batch's letter signals: how many letters of a folder lack a deadline, a contact, or put
the message late, counted from the letter cards of real .docx files (samples/card)."""

from __future__ import annotations

from simplifier.batch.aggregate import Corpus
from simplifier.batch.report_files import json_head
from simplifier.batch.report_html import letter_rows
from simplifier.batch.results import DocResult
from simplifier.batch.worker import summarise
from simplifier.engine import analyze_file
from simplifier.i18n import t


def test_the_folder_counts_letters_without_deadline_contact_or_with_the_message_late(samples):
    corpus = Corpus()
    for path in [
        *sorted((samples / "card").glob("*.docx")),
        samples / "fr" / "brochure_mutualite.docx",
    ]:
        result = summarise(analyze_file(path, rewrites=False), path.name)
        # what the cache keeps comes back the same
        assert DocResult.from_dict(result.to_dict()).card == result.card
        corpus.add(path.name, result)
    unclear = ["fr_carte_floue.docx", "nl_kaart_onduidelijk.docx"]
    signals = corpus.letter_signals()
    assert signals["letters"] == 4  # the brochure is not a letter
    for key in ("no_deadline", "no_contact", "late"):
        assert signals[key] == {"count": 2, "documents": unclear}, key
    assert signals["no_message"]["count"] == 0
    assert json_head(corpus, "fr", "now", [], "x")["letters"] == signals
    rows = letter_rows(corpus, "nl")
    assert rows["intro"] == t("card.batch.letters", "nl", n=4, total=5)
    assert rows["rows"][0]["text"] == t("card.batch.no_deadline", "nl", n=2)
    assert rows["rows"][0]["names"] == unclear


def test_an_old_cached_result_without_a_card_still_reads():
    data = DocResult(digest="d").to_dict()
    del data["card"]
    assert DocResult.from_dict(data).card == {}
