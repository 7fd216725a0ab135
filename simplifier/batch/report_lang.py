"""The one language of everything a batch says: its console lines, its report and the pages
of its documents. Chosen once, before the first line is printed: `--ui-lang`, else the
environment (`SIMPLIFIER_LANG`, the locale; resolved by the command), else the language most
letters are in. Before, the console spoke English until the corpus was known and the report
then took the corpus's language, so one run printed English and Dutch lines."""

from __future__ import annotations

import os
import stat
from collections import Counter

from simplifier.batch.discovery import Item
from simplifier.io import DOCX_SUFFIXES, read_file
from simplifier.io.limits import DEFAULT_LIMITS
from simplifier.language import guess_by_function_words

SAMPLE = 40  # letters read to tell the majority; spread over the whole listing
DEFAULT = "fr"  # when no letter tells, or as many are in French as in Dutch


def report_language(items: list[Item], chosen: str | None = None) -> str:
    """`chosen` when given, else the language of most letters among up to `SAMPLE` of them,
    told by their function words (no language model is loaded in this process)."""
    if chosen:
        return chosen
    votes: Counter[str] = Counter()
    for item in _spread(_letters(items), SAMPLE):
        lang = _letter_language(item)
        if lang is not None:
            votes[lang] += 1
    return "nl" if votes["nl"] > votes["fr"] else DEFAULT


def _letters(items: list[Item]) -> list[Item]:
    readable = DOCX_SUFFIXES | {".txt"}
    return [i for i in items if i.result is None and i.path.suffix.lower() in readable]


def _spread(items: list[Item], count: int) -> list[Item]:
    if len(items) <= count:
        return items
    return [items[i * len(items) // count] for i in range(count)]


def _letter_language(item: Item) -> str | None:
    """The language of a letter, or None when it is not clearly a French or Dutch letter or
    cannot be read (the check itself reports those)."""
    try:
        info = os.stat(item.path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > DEFAULT_LIMITS.max_file_bytes:
            return None
        blocks = read_file(item.path)
    except Exception:  # a damaged file: the workers will say what is wrong with it
        return None
    return guess_by_function_words([block.text for block in blocks])
