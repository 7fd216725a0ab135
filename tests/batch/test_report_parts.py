"""The corpus view and the report's building blocks, on hand-made results."""

from simplifier.batch.aggregate import Corpus
from simplifier.batch.charts import Bar, bars
from simplifier.batch.report_files import _csv_safe
from simplifier.batch.results import DocResult, FindingRow, TermRow, failure
from simplifier.batch.tables import signal_sentence


def result(score: float, terms: list[TermRow], lang: str = "fr", words: int = 100) -> DocResult:
    finding = FindingRow("FR.Jargon", "jargon", "warning", 1, 1, "x", "m", "", "none", "")
    return DocResult(
        digest=str(score),
        lang=lang,
        langs=[lang],
        words=words,
        score=score,
        level="B2",
        findings=[finding],
        terms=terms,
        page=f"{score}.html",
    )


def term(key: str, explained: bool = False) -> TermRow:
    return TermRow(key, key, "jargon", "fr", 1, explained)


def test_corpus_counts_signals_and_keeps_the_hardest():
    corpus = Corpus(hardest=2)
    corpus.add("a.docx", result(40, [term("avertissement-extrait de rôle")]))
    corpus.add("b.docx", result(20, [term("avertissement-extrait de rôle", True), term("rare")]))
    corpus.add("c.docx", result(30, [term("avertissement-extrait de rôle")]))
    corpus.add("d.docx", result(10, [], words=20))  # too short to be listed among the hardest
    corpus.add("e.docx", result(60, [], lang="nl"))
    corpus.add("f.docx", failure("", "err.empty"))
    assert [h.name for h in corpus.hardest()] == ["b.docx", "c.docx"]
    signals = corpus.signals()
    assert [s.label for s in signals] == ["avertissement-extrait de rôle"]  # "rare": 1 document
    total = corpus.lang_docs["fr"]
    assert signal_sentence(signals[0], total, "fr") == (
        "« avertissement-extrait de rôle » apparaît dans 3 des 4 documents, expliqué dans 1."
    )
    summary = corpus.summary()
    assert (summary["files"], summary["checked"], summary["failed"]) == (6, 5, 1)
    assert summary["on_target"] == 0 and summary["levels"]["B2"] == 5
    assert corpus.categories() == [("jargon", 5, 5)]
    assert corpus.score_bins()[1] == (10, 1) and corpus.score_bins()[6] == (60, 1)


def test_charts_are_html_rows_with_escaped_labels():
    chart = bars([Bar("<b>A1</b>", 3), Bar("B1", 0)]) + bars(
        [Bar("l'« assuré » & co", 2, note="2 documents")], long_labels=True
    )
    assert chart.count('<ul class="bars') == 2 and 'class="bars long"' in chart
    assert "&lt;b&gt;A1" in chart and "&amp; co" in chart and "2 documents" in chart
    assert "width:100.0%" in chart and "width:0.0%;background" in chart  # 0: no bar at all
    assert "<script" not in chart and "href" not in chart


def test_spreadsheet_cells_never_start_a_formula():
    assert _csv_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert _csv_safe("- un tiret") == "'- un tiret"
    assert _csv_safe("texte") == "texte" and _csv_safe(3) == 3


def test_every_batch_message_is_in_french_dutch_and_english_with_the_same_blanks():
    import string

    from simplifier.i18n import catalogue, keys

    def blanks(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    batch = [key for key in keys() if key.startswith("batch.")]
    assert batch
    for key in batch:
        texts = {lang: catalogue(lang).get(key) for lang in ("fr", "nl", "en")}
        assert all(texts.values()), key
        assert blanks(texts["fr"]) == blanks(texts["nl"]) == blanks(texts["en"]), key
