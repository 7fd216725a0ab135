"""French synonyms from Debian's thesaurus `mythes-fr` (LGPL), read as data at run time.

The lexicons only know the words the team wrote; for any other hard word the thesaurus offers
candidates. It is broad and noisy (rare, dated and wrong-category words), so a candidate is
kept only if its category matches and readers clearly meet it more often than the word.
Without the package every call returns [] and the rest of the app works as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from simplifier.words import zipf

DATA_DIR = Path("/usr/share/mythes")  # where Debian's mythes-* packages put their files
_FILES = {"fr": "thes_fr"}  # thes_fr.idx + thes_fr.dat; no Dutch thesaurus in Debian

MIN_ZIPF = 3.5  # a candidate most readers know
MIN_GAIN = 0.5  # and clearly more common than the word (half a Zipf step: about 3 times)
MAX_WORDS = 3  # longer phrases are definitions, not replacements

# The .dat's sense tags ("(Nom)", "(Adjectif Nom)", ...) for spaCy's UPOS tags.
_TAGS = {
    "NOUN": "nom",
    "VERB": "verbe",
    "ADJ": "adjectif",
    "ADV": "adverbe",
    "ADP": "preposition",
    "CCONJ": "conjonction",
    "SCONJ": "conjonction",
}
# Register marks: a sense or a synonym carrying one is not plain administrative French.
_MARKS = {
    "familier",
    "argot",
    "vulgaire",
    "populaire",
    "vieilli",
    "vieux",
    "littéraire",
    "péjoratif",
    "archaïque",
}
_PLAIN_WORD = re.compile(r"^[^\W\d_]+(?:['’ -][^\W\d_]+)*$")


@dataclass(frozen=True)
class _Thesaurus:
    """A MyThes pair: the index (headword -> byte offset into .dat) and the .dat's bytes,
    decoded line by line in the encoding its first line names."""

    offsets: dict[str, int]
    data: bytes
    encoding: str

    def senses(self, word: str) -> list[tuple[frozenset[str], list[str]]]:
        """The word's senses as (tags, synonyms); [] for a word the thesaurus lacks."""
        offset = self.offsets.get(word)
        if offset is None:
            return []
        lines = self._lines(offset)
        try:
            head, count = next(lines).rsplit("|", 1)
            senses = []
            for _ in range(int(count)):
                tag, *items = next(lines).split("|")
                senses.append((_tags(tag), [item.strip() for item in items]))
        except (StopIteration, ValueError):
            return []  # a damaged entry: no synonyms rather than a crash
        return senses if head == word else []

    def _lines(self, offset: int) -> Iterator[str]:
        while offset < len(self.data):
            end = self.data.find(b"\n", offset)
            end = len(self.data) if end < 0 else end
            yield self.data[offset:end].decode(self.encoding, errors="replace").rstrip("\r")
            offset = end + 1


def _tags(tag: str) -> frozenset[str]:
    """'(Adjectif Nom)' -> {'adjectif', 'nom'}; unknown ('(?)') gives {'?'}."""
    return frozenset(tag.strip().strip("()").casefold().split())


@cache
def _thesaurus(lang: str) -> _Thesaurus | None:
    """Load the language's thesaurus once per process; None if missing or unreadable."""
    name = _FILES.get(lang)
    if name is None:
        return None
    try:
        raw_index = (DATA_DIR / f"{name}.idx").read_bytes()
        data = (DATA_DIR / f"{name}.dat").read_bytes()
        encoding = data.split(b"\n", 1)[0].decode("ascii").strip()
        offsets = {}
        # the index starts with the encoding and the number of entries
        for line in raw_index.decode(encoding).splitlines()[2:]:
            word, _, offset = line.rpartition("|")
            if word:
                offsets[word] = int(offset)
    except (OSError, UnicodeError, ValueError, LookupError):
        return None
    return _Thesaurus(offsets, data, encoding) if offsets else None


def available(lang: str = "fr") -> bool:
    """Whether the thesaurus for `lang` is installed (Debian's mythes-fr for French)."""
    return _thesaurus(lang) is not None


def synonyms(lemma: str, pos: str, lang: str, limit: int = 3) -> list[str]:
    """Up to `limit` plainer words for `lemma` used as `pos` (spaCy UPOS), most common first.

    Only senses tagged with the same category count, register-marked or long candidates are
    dropped, and a candidate must be common (Zipf >= 3.5) and at least half a Zipf step more
    common than the word: a thesaurus synonym that is not plainer is no help.
    """
    thesaurus = _thesaurus(lang)
    tag = _TAGS.get(pos)
    if thesaurus is None or tag is None or limit <= 0:
        return []
    word = lemma.strip()
    senses = thesaurus.senses(word) or thesaurus.senses(word.casefold())
    floor = max(MIN_ZIPF, zipf(word.casefold(), lang) + MIN_GAIN)
    found: dict[str, float] = {}
    for tags, items in senses:
        if tag not in tags or tags & _MARKS:
            continue
        for item in items:
            candidate = " ".join(item.split())
            key = candidate.casefold()
            if key in found or key == word.casefold() or not _is_plain(candidate):
                continue
            if not _has_category(thesaurus, candidate, tag, mixed=len(tags) > 1):
                continue
            frequency = zipf(key, lang)
            if frequency >= floor:
                found[key] = frequency
    ranked = sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))
    return [candidate for candidate, _ in ranked[:limit]]


def _is_plain(candidate: str) -> bool:
    """Letters only (no '(familier)', 'plier(se)', 'O.K.'), at most MAX_WORDS words."""
    return bool(_PLAIN_WORD.match(candidate)) and len(candidate.split()) <= MAX_WORDS


def _has_category(thesaurus: _Thesaurus, candidate: str, tag: str, mixed: bool) -> bool:
    """A candidate that has its own entry must carry the category there too ('avis' lists
    'publié' beside 'opinion'). Under a sense tagged with several categories, a candidate
    without an entry of its own is dropped: nothing says which category it belongs to."""
    senses = thesaurus.senses(candidate) or thesaurus.senses(candidate.casefold())
    if not senses:
        return not mixed
    return any(tag in tags for tags, _ in senses)
