"""Lexicon lint: every entry is complete, unique and in a known domain, and plain sentences
raise no jargon finding."""

from __future__ import annotations

from collections import Counter

import pytest

from simplifier import analyze
from simplifier.loader import DOMAINS, AbbreviationList, Lexicon, load_lexicons
from simplifier.nlp import SUPPORTED_LANGS


def lexicons(lang: str) -> list[Lexicon]:
    return [lx for lx in load_lexicons(lang).values() if isinstance(lx, Lexicon)]


def abbreviations(lang: str) -> AbbreviationList:
    found = [lx for lx in load_lexicons(lang).values() if isinstance(lx, AbbreviationList)]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_size(lang):
    assert sum(len(lx.entries) for lx in lexicons(lang)) >= 800
    assert len(abbreviations(lang).entries) >= 150


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_no_term_twice(lang):
    forms = Counter(
        form.casefold().strip()
        for lx in lexicons(lang)
        for entry in lx.entries
        for form in (entry.term, *entry.variants)
    )
    assert [form for form, n in forms.items() if n > 1] == []
    abbrs = Counter(a.abbr for a in abbreviations(lang).entries)
    assert [a for a, n in abbrs.items() if n > 1] == []


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_entries_are_complete(lang):
    problems = []
    for lx in lexicons(lang):
        assert lx.domain in DOMAINS
        for entry in lx.entries:
            text = entry.explanation.strip()
            if entry.domain is not None and entry.domain not in DOMAINS:
                problems.append((entry.term, "domain"))
            if not text:
                problems.append((entry.term, "no explanation"))
            if entry.keep:
                # an official term keeps its name; its explanation is a gloss read in brackets
                if entry.alternatives:
                    problems.append((entry.term, "keep with alternatives"))
                if text[:1].isupper() or text.endswith("."):
                    problems.append((entry.term, "gloss should start lower-case, no full stop"))
            else:
                if not entry.alternatives or any(not a.strip() for a in entry.alternatives):
                    problems.append((entry.term, "empty alternatives"))
                if any(a.casefold() == entry.term.casefold() for a in entry.alternatives):
                    problems.append((entry.term, "alternative equals the term"))
                if not text.endswith((".", "!", "?", "»", '"')):
                    problems.append((entry.term, "explanation is not a sentence"))
            if len(text.split()) > 40:
                problems.append((entry.term, "explanation too long"))
    for abbr in abbreviations(lang).entries:
        if abbr.expansion.strip().casefold() == abbr.abbr.casefold():
            problems.append((abbr.abbr, "expansion repeats the abbreviation"))
    assert problems == []


PLAIN = {
    "fr": [
        "Nous avons bien reçu votre lettre du 3 mars.",
        "Vous recevrez votre argent à la fin du mois.",
        "Appelez-nous si vous avez une question.",
        "Votre fille va à l'école tous les jours.",
        "Le médecin vous donne un papier pour la pharmacie.",
        "Nous vous remercions pour votre patience.",
        "Vous pouvez venir à notre bureau le lundi matin.",
        "Gardez cette lettre dans un endroit sûr.",
        "Votre loyer augmente de dix euros à partir de janvier.",
        "Si vous déménagez, donnez-nous votre nouvelle adresse.",
    ],
    "nl": [
        "Wij hebben uw brief van 3 maart goed ontvangen.",
        "U krijgt uw geld op het einde van de maand.",
        "Bel ons als u een vraag hebt.",
        "Uw dochter gaat elke dag naar school.",
        "De dokter geeft u een briefje voor de apotheek.",
        "Wij danken u voor uw geduld.",
        "U kunt op maandagochtend naar ons kantoor komen.",
        "Bewaar deze brief op een veilige plaats.",
        "Uw huur stijgt vanaf januari met tien euro.",
        "Verhuist u? Geef ons dan uw nieuwe adres.",
    ],
}


@pytest.mark.parametrize("lang", SUPPORTED_LANGS)
def test_plain_sentences_raise_no_jargon(lang):
    flagged = []
    for sentence in PLAIN[lang]:
        report = analyze(sentence, lang=lang)
        flagged += [
            (sentence, f.match)
            for f in report.findings
            if f.category in ("jargon", "formula", "rare_word", "abbreviation")
        ]
    assert flagged == []
