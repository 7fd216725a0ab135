"""The grammar data beside the lexicons (noun genders) loads and is consistent."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_noun_gender_lists_load_without_conflicts(lang: str) -> None:
    from simplifier.loader import load_noun_classes

    table = load_noun_classes(lang)
    assert len(table) > 400
    assert set(table.values()) == ({"Masc", "Fem"} if lang == "fr" else {"de", "het"})
