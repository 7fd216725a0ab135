"""The card's words and messages per language, from `lexicons/<lang>/letter/card.yml`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from simplifier.errors import RuleError
from simplifier.loader import _read_yaml, data_root

_KEYS = {"parts", "message", "actions", "deadlines", "contact", "address", "subject", "messages"}


@dataclass(frozen=True)
class CardWords:
    lang: str
    raw: dict[str, Any]

    def get(self, section: str, key: str) -> Any:
        return self.raw[section][key]

    def patterns(self, section: str, key: str, flags: int = re.I) -> list[re.Pattern[str]]:
        value = self.raw[section][key]
        values = [value] if isinstance(value, str) else value
        return [compiled(v, flags) for v in values]

    def message(self, key: str, **params: object) -> str:
        return str(self.raw["messages"][key]).format(**params)


# a template's markup around a slot: "<Variable>Madame</Variable>"
TEMPLATE_TAG = re.compile(r"</?[A-Za-z][\w:-]{0,20}>")

compiled = functools.cache(re.compile)  # the same patterns, for every block and action


@functools.cache
def words(lang: str) -> CardWords:
    # where the rules and lexicons are: the repository, or the installed package's data
    raw = _read_yaml(data_root() / "lexicons" / lang / "letter" / "card.yml")
    unknown = set(raw) - _KEYS
    missing = _KEYS - set(raw)
    if unknown or missing:
        key = sorted(unknown or missing)[0]
        raise RuleError(
            f"lexicons/{lang}/letter/card.yml: key '{key}': "
            + ("unknown" if unknown else "missing")
        )
    return CardWords(lang, raw)


def contains(text: str, phrases: list[str]) -> str:
    """The first of `phrases` found in `text` (lower case), as words; '' when none."""
    lower = text.lower()
    for phrase in phrases:
        if _as_words(phrase).search(lower):
            return phrase
    return ""


@functools.cache
def _as_words(phrase: str) -> re.Pattern[str]:
    """A phrase of card.yml as a pattern of whole words, compiled once (hundreds of them are
    tried on every sentence of a letter)."""
    end = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(r"(?<!\w)" + re.escape(phrase.lower()).replace(r"\ ", r"\s+") + end)
