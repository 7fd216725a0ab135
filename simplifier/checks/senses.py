"""Which sense a lexicon entry is written for: an entry with `when` cues applies only in a
text that uses one of them.

Held-out readings of real pages showed that most wrong jargon advice was right advice for
another text: « opzeggingstermijn » explained as the time between a dismissal and the last
working day in a page about ending a lease, « aanslag » explained as a tax assessment among
victims of attacks, « aanverwante voertuigen » read as in-laws. A word's sense in an
administrative text follows the text's subject, so an entry names the words that show its
subject, and is silent where none occurs (the rare- and long-word rules still see the word)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def folded(text: str) -> str:
    """Lower case, one apostrophe, no accents lost: « Impôts » and « impôt » meet, « d’impôt »
    and « d'impôt » too."""
    return unicodedata.normalize("NFC", text).casefold().replace("’", "'")


@lru_cache(maxsize=4096)
def cue_pattern(cues: tuple[str, ...], lang: str) -> re.Pattern[str]:
    """One pattern for an entry's cues. French cues match at the start of a word (« impôt »
    finds « impôts »); Dutch cues anywhere in a word as well, since Dutch writes its subjects
    as compounds (« belasting » in « verkeersbelasting », « huur » in « huurovereenkomst »)."""
    words = "|".join(re.escape(folded(cue)).replace(r"\ ", r"\s+") for cue in cues)
    if lang == "nl":
        return re.compile(rf"(?:{words})")
    return re.compile(rf"(?<!\w)(?:{words})")


def fits(cues: tuple[str, ...], text_folded: str, lang: str) -> bool:
    """Whether a text (already `folded`) is on the subject its entry's cues name; no cues: any."""
    return not cues or cue_pattern(cues, lang).search(text_folded) is not None


def preferred(alternatives: list[str], cues: dict[str, list[str]], sentence: str, lang: str) -> int:
    """The place in `alternatives` of the first one whose cue words are in the (folded)
    sentence; 0 when none is."""
    for number, alternative in enumerate(alternatives):
        words = tuple(cues.get(alternative, ()))
        if words and fits(words, sentence, lang):
            return number
    return 0
