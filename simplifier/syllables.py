"""Written-syllable counts for French and Dutch words.

Readability formulas were made with syllables counted by hand; counting vowel groups gets close
once the main exceptions are handled: French silent final e / -es / verb -ent, French hiatus
around é and ï ("aéroport", "créé", "naïf"), Dutch "ij" and diaeresis ("coëfficiënt").
"""

from __future__ import annotations

import re
from functools import lru_cache

_FR_VOWELS = "aeiouyàâäéèêëîïôöùûüÿœæ"
_NL_VOWELS = "aeiouyàáâäéèêëíîïóôöúûü"

# A vowel that starts a new syllable even right after another vowel.
_FR_HIATUS = re.compile(r"(?<=[aeiouyéèêàâîôû])(?=[éèêëïüÿ])|(?<=[é])(?=[aeiouyâàôî])")
_NL_HIATUS = re.compile(r"(?<=[aeiouy])(?=[ëïüéè])")
_FR_GROUP = re.compile(f"[{_FR_VOWELS}]+")
_NL_GROUP = re.compile(f"[{_NL_VOWELS}]+")


@lru_cache(maxsize=200_000)
def count_fr(word: str, is_verb: bool = False) -> int:
    word = word.lower().strip("'’-")
    if not word:
        return 0
    groups = len(_FR_GROUP.findall(_FR_HIATUS.sub("-", word)))
    if groups > 1 and (re.search(r"[^aeiouy]es?$", word) or (is_verb and word.endswith("ent"))):
        groups -= 1  # silent final e, es, and 3rd person plural -ent
    return max(groups, 1) if any(ch.isalpha() for ch in word) else 0


@lru_cache(maxsize=200_000)
def count_nl(word: str, is_verb: bool = False) -> int:
    del is_verb  # Dutch spelling has no silent endings to remove
    word = word.lower().replace("ij", "y").strip("'’-")
    if not word:
        return 0
    groups = len(_NL_GROUP.findall(_NL_HIATUS.sub("-", word)))
    return max(groups, 1) if any(ch.isalpha() for ch in word) else 0


COUNTERS = {"fr": count_fr, "nl": count_nl}


def count(word: str, lang: str, is_verb: bool = False) -> int:
    return COUNTERS[lang](word, is_verb)
