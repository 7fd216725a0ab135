"""The card's words and messages per language, from `lexicons/<lang>/letter/card.yml`."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from simplifier.errors import RuleError

ROOT = Path(__file__).resolve().parents[2] / "lexicons"
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
        return [re.compile(v, flags) for v in values]

    def message(self, key: str, **params: object) -> str:
        return str(self.raw["messages"][key]).format(**params)


@functools.cache
def words(lang: str) -> CardWords:
    path = ROOT / lang / "letter" / "card.yml"
    with path.open(encoding="utf-8") as handle:
        raw = yaml.safe_load(handle)
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
        end = r"(?!\w)" if phrase[-1:].isalnum() else ""
        pattern = r"(?<!\w)" + re.escape(phrase.lower()).replace(r"\ ", r"\s+") + end
        if re.search(pattern, lower):
            return phrase
    return ""
