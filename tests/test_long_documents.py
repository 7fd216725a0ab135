"""Long documents cost time and memory in proportion to their length: the parse takes
paragraphs in batches of bounded size, and the work for each finding does not grow with the
paragraph it is in (it did: a long paragraph cost the square of its length). Figures for the
largest documents the limits let through are in docs/robustness.md."""

from __future__ import annotations

import pytest

from simplifier import engine, protect
from simplifier.engine import BATCH_BLOCKS, BATCH_CHARS, analyze_blocks
from simplifier.io import number_blocks, read_text
from simplifier.io.docx_reader import RawBlock
from simplifier.nlp import get_pipeline
from simplifier.rewrite import context, fit_fr

JARGON = "Veuillez trouver ci-joint le document {n} susmentionné, nonobstant le délai afférent."


def blocks_of(lengths: list[int]):
    return number_blocks([RawBlock("a" * n, "paragraph", "", "", i) for i, n in enumerate(lengths)])


def test_the_parse_takes_long_paragraphs_in_batches_of_bounded_text():
    """64 paragraphs of 7,000 characters went to the parse at once: 1.5 GB."""
    groups = list(engine._batches(blocks_of([7_000] * 64)))
    assert all(sum(len(b.text) for b in group) <= BATCH_CHARS for group in groups)
    assert [b.index for group in groups for b in group] == list(range(64))


def test_short_paragraphs_still_go_by_the_full_batch_and_a_long_one_alone():
    assert [len(g) for g in engine._batches(blocks_of([40] * 130))] == [64, 64, 2]
    lengths = [len(g) for g in engine._batches(blocks_of([40, BATCH_CHARS + 1, 40]))]
    assert lengths == [1, 1, 1]
    assert BATCH_BLOCKS == 64


def test_protected_spans_are_sorted_once_per_paragraph_not_once_per_finding(monkeypatch):
    text = " ".join(JARGON.format(n=n) for n in range(40))  # one paragraph, many findings
    built = []
    original = protect.Intervals.__init__

    def counting(self, spans):
        built.append(1)
        original(self, spans)

    monkeypatch.setattr(protect.Intervals, "__init__", counting)
    report = analyze_blocks(read_text(text), "fr")
    with_rewrites = [f for f in report.findings if f.rewrites]
    assert len(with_rewrites) >= 40
    assert len(built) < 10  # it was one per finding with a rewrite


def test_a_word_is_tagged_in_a_window_of_its_sentence_not_the_whole(monkeypatch):
    """A run-on "sentence" of thousands of words was parsed again for each finding."""
    nlp = get_pipeline("fr")
    words = " ".join(f"la révision d'office du droit {n}" for n in range(400))
    doc = nlp(words)
    span = doc.char_span(words.index("d'office", 4000), words.index("d'office", 4000) + 8)
    assert len(span.sent) > 1_000
    parsed = []
    monkeypatch.setattr(
        context, "get_pipeline", lambda lang: _Recording(get_pipeline(lang), parsed)
    )
    context._tag_at.cache_clear()
    context.tag_in_place(span, "automatiquement", "fr")
    assert parsed and max(parsed) < 2 * context.TAG_WINDOW * 10  # characters, about 10 a word


@pytest.mark.parametrize(
    "sentence, target, word",
    [
        ("La révision d'office du droit est faite.", "d'office", "automatiquement"),
        ("Le supplément est payé en mai.", "supplément", "complément"),
        ("Het bedrag wordt ambtshalve herzien.", "ambtshalve", "automatisch"),
    ],
)
def test_tagging_in_place_gives_what_the_whole_pipeline_gives(sentence, target, word):
    lang = "nl" if sentence.startswith("Het") else "fr"
    doc = get_pipeline(lang)(sentence)
    start = sentence.index(target)
    span = doc.char_span(start, start + len(target))
    context._tag_at.cache_clear()
    tag = context.tag_in_place(span, word, lang)
    full = get_pipeline(lang)(sentence[:start] + word + sentence[start + len(target) :])
    placed = full.char_span(start, start + len(word))
    assert tag == placed[0].pos_ != ""


def test_the_first_token_after_a_place_is_found_by_bisection():
    doc = get_pipeline("fr")("Des soins médicaux et paramédicaux, payés le 3 mai.")
    for char in range(len(doc.text) + 1):
        expected = next((t.i for t in doc if t.idx >= char), len(doc))
        assert fit_fr._first_token_from(doc, char) == expected


class _Recording:
    """A pipeline that notes the length of every text it parses."""

    def __init__(self, nlp, parsed: list[int]) -> None:
        self.nlp, self.parsed = nlp, parsed
        self.pipe_names = nlp.pipe_names

    def __call__(self, text, **kwargs):
        self.parsed.append(len(text))
        return self.nlp(text, **kwargs)
