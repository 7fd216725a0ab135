"""French synonyms from Debian's mythes-fr, read from the installed files (`make test`
installs the package), plus a small thesaurus written here in another encoding."""

from __future__ import annotations

import pytest

from simplifier.difficulty import thesaurus
from simplifier.difficulty.thesaurus import available, synonyms
from simplifier.words import zipf


def test_the_installed_thesaurus_is_found():
    assert available("fr")
    assert not available("nl")


def test_an_administrative_verb_gets_everyday_verbs():
    found = synonyms("octroyer", "VERB", "fr")
    assert {"accorder", "donner"} & set(found)
    assert synonyms("nonobstant", "ADP", "fr") == ["malgré"]
    assert "aide" in synonyms("subside", "NOUN", "fr")


def test_only_senses_of_the_same_category():
    assert synonyms("octroyer", "NOUN", "fr") == []
    assert synonyms("subside", "VERB", "fr") == []
    # 'terminal' has an adjective sense (final) and noun senses (airport, computer)
    nouns, adjectives = synonyms("terminal", "NOUN", "fr"), synonyms("terminal", "ADJ", "fr")
    assert "aéroport" in nouns and "dernier" not in nouns
    assert "dernier" in adjectives and "aéroport" not in adjectives


def test_a_noun_is_not_offered_verbs():
    # the thesaurus lists 'embrasser' with the noun 'accolade', and 'partager' with 'dispatcher'
    assert "baiser" in synonyms("accolade", "NOUN", "fr")
    assert "embrasser" not in synonyms("accolade", "NOUN", "fr", limit=20)
    assert synonyms("dispatcher", "NOUN", "fr", limit=20) == ["régulateur"]


@pytest.mark.parametrize(
    ("lemma", "pos"),
    [("rémunération", "NOUN"), ("modalité", "NOUN"), ("acquitter", "VERB"), ("terminal", "ADJ")],
)
def test_candidates_are_clearly_more_common_than_the_word(lemma, pos):
    found = synonyms(lemma, pos, "fr", limit=20)
    floor = max(3.5, zipf(lemma, "fr") + 0.5)
    assert found
    assert all(zipf(word, "fr") >= floor for word in found)
    assert [zipf(word, "fr") for word in found] == sorted(
        (zipf(word, "fr") for word in found), reverse=True
    )
    assert len(synonyms(lemma, pos, "fr", limit=2)) <= 2
    # the thesaurus itself lists rarer words too: the frequency filter did drop some
    listed = {w for tags, items in thesaurus._thesaurus("fr").senses(lemma) for w in items}
    assert any(zipf(word, "fr") < floor for word in listed)


def test_unknown_words_languages_and_categories_give_nothing():
    assert synonyms("zorglubiser", "VERB", "fr") == []
    assert synonyms("toekennen", "VERB", "nl") == []
    assert synonyms("octroyer", "PRON", "fr") == []
    assert synonyms("octroyer", "VERB", "fr", limit=0) == []


def _write_mythes(folder, entries: dict[str, list[str]], encoding: str) -> None:
    """A MyThes pair: .dat with the encoding on its first line, .idx of byte offsets."""
    dat, idx = [encoding.encode()], []
    size = len(dat[0]) + 1
    for word, senses in entries.items():
        idx.append(f"{word}|{size}")
        for line in (f"{word}|{len(senses)}", *senses):
            dat.append(line.encode(encoding))
            size += len(dat[-1]) + 1
    (folder / "thes_fr.dat").write_bytes(b"\n".join(dat) + b"\n")
    index = [encoding, str(len(idx)), *sorted(idx)]
    (folder / "thes_fr.idx").write_bytes("\n".join(index).encode(encoding) + b"\n")


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(thesaurus, "DATA_DIR", tmp_path)
    thesaurus._thesaurus.cache_clear()
    yield tmp_path
    thesaurus._thesaurus.cache_clear()


def test_missing_thesaurus_gives_nothing_and_does_not_crash(data_dir):
    assert not available("fr")
    assert synonyms("octroyer", "VERB", "fr") == []


def test_damaged_thesaurus_gives_nothing(data_dir):
    (data_dir / "thes_fr.dat").write_bytes(b"NO-SUCH-ENCODING\n")
    (data_dir / "thes_fr.idx").write_bytes(b"NO-SUCH-ENCODING\n1\noctroyer|17\n")
    assert not available("fr")
    assert synonyms("octroyer", "VERB", "fr") == []


def test_encoding_marks_and_long_phrases(data_dir):
    senses = [
        "(Nom)|argent (familier)|salut!|avec tout le respect dû|monnaie|pécune",
        "(Nom)|argent|somme",
        "(Verbe)|payer",
    ]
    _write_mythes(data_dir, {"pécune": senses, "payer": ["(Verbe)|régler"]}, "ISO8859-1")
    assert available("fr")
    # a register mark, punctuation, five words, the word itself and the verb sense are dropped
    assert synonyms("pécune", "NOUN", "fr", limit=10) == ["argent", "somme", "monnaie"]
    assert synonyms("Pécune", "VERB", "fr") == ["payer"]


def test_a_rare_word_gets_the_thesaurus_words_as_choices_never_as_a_sure_change() -> None:
    """« impéritie » is rare and no lexicon knows it; the thesaurus offers more common words.
    Which sense the letter means only the reviewer knows: the change is never sure, and the
    message names the source."""
    import simplifier

    report = simplifier.analyze("Le retard vient de l'impéritie du service.", lang="fr")
    rare = next(f for f in report.findings if f.rule_id == "FR.MotsRares")
    assert rare.match == "impéritie" and rare.action == "replace" and rare.choose
    assert "incapacité" in rare.replacements
    assert "dictionnaire des synonymes" in rare.message
    assert rare.rewrites and not any(r.confident for r in rare.rewrites)
