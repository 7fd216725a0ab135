"""The letter as the reviewer sees it: the suggestion shown is framed, a sentence-wide one
too; accepted and refused changes differ by more than colour; one colour, one meaning."""

from __future__ import annotations

import re

import simplifier
from simplifier.models import WIDE_CATEGORIES
from simplifier.render.html import COLOURS
from simplifier.review.view import legend_html, letter_html

LETTER = (
    "Nous vous prions de bien vouloir nous transmettre les documents. "
    "En application de la réglementation relative à l'intervention majorée de l'assurance "
    "soins de santé et indemnités, coordonnée le 14 juillet 1994, il a été procédé à "
    "l'examen des revenus bruts imposables de l'ensemble des membres du ménage, sur la base "
    "des données transmises par le SPF Finances via la BCSS, ce qui prend du temps."
)


def test_a_sentence_wide_suggestion_is_framed() -> None:
    report = simplifier.analyze(LETTER, lang="fr")
    wide = next(f for f in report.findings if f.category in WIDE_CATEGORIES)
    html = letter_html(report, wide.id)
    assert 'class="sl-wide sl-current"' in html
    words = next(f for f in report.findings if f.category not in WIDE_CATEGORIES)
    assert "sl-wide sl-current" not in letter_html(report, words.id)
    assert 'class="sl-current"' in letter_html(report, words.id)


def test_accepted_and_refused_are_marked_not_only_coloured() -> None:
    report = simplifier.analyze(LETTER, lang="fr")
    first, second = [
        f for f in report.findings if f.rewrites and f.category not in WIDE_CATEGORIES
    ][:2]
    html = letter_html(
        report,
        None,
        replaced={first.id: (first.match, "envoyez-nous")},
        refused=frozenset({second.id}),
    )
    assert '<span class="sl-new">envoyez-nous</span>' in html  # underlined, with ✓ (CSS)
    assert f'<span class="sl-refused">{second.match}' in html  # no colour, with ✗ (CSS)
    assert '.sl-new::before{content:"✓ "' in html and '.sl-refused::after{content:" ✗"' in html


def test_one_colour_one_meaning_in_the_legend() -> None:
    report = simplifier.analyze(LETTER, lang="fr")
    legend = legend_html(report, "fr")
    colours = re.findall(r'<span style="background:(#[0-9a-f]{6})">', legend)
    assert colours and len(colours) == len(set(colours))  # each colour once, its kinds together
    word_colours = {c for k, c in COLOURS.items() if k not in WIDE_CATEGORIES and k != "other"}
    assert len(word_colours) == 4
