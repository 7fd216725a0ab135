"""Which language each block is in. Belgian letters are often bilingual, so this is decided
per block; blocks too short to tell take the language of the document."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_LANGS = {
    Language.FRENCH: "fr",
    Language.DUTCH: "nl",
    Language.ENGLISH: "en",
    Language.GERMAN: "de",
}
MIN_WORDS = 4  # below this, a block's language is told only when the detector is very sure
MIN_CONFIDENCE = 0.6
MIN_CONFIDENCE_SHORT = 0.9
UNKNOWN = "?"
# lingua's low-accuracy mode (trigrams only) is about twice as fast and, by its authors'
# measurements, as accurate as the full mode on texts of this length or more; on the samples
# it disagreed only on blocks of under 50 characters ("Madame,", "Contact").
LONG_TEXT_CHARS = 120

# Words that each belong to one of the four languages only (not "de", "en", "in", "die",
# "is", "te", "on", "be", "we", "als", "dit", "door", "werden", which two of them share). A
# block with two or more of one list and none of the others is told without lingua: on the
# samples, UD Dutch, the French and Dutch sentences of ../shared/eval and short French pieces
# (11,318 texts, 7,241 told this way) this never disagreed with the known language (see
# docs/performance.md, fifth session); mixed or word-poor blocks go to lingua.
_FUNCTION_WORDS = {
    "fr": frozenset(
        "le la les des du et est sont pour vous votre vos nous notre nos une un dans sur avec "
        "que qui au aux ne pas par cette ces ce il elle ils être été avez êtes peut pouvez sa "
        "ses leur leurs mais ou où si veuillez madame monsieur".split()
    ),
    "nl": frozenset(
        "het een van voor zijn wordt worden niet bij naar ook aan om dat deze wij "
        "ons onze uw u kunt moet heeft hebt heb tot maar wat nog zal zullen uit werd "
        "geen mevrouw meneer".split()
    ),
    "en": frozenset("the and you your with this that for are will have has from not which".split()),
    "de": frozenset(
        "der das und ist nicht mit für sie ihr ihre eine einen dem zu auf wird sind ein".split()
    ),
}
_ELISION = re.compile(r"^(?:[ldjnsc]|qu)['’]")  # l'avis, d'office, qu'il: French
_EDGE_PUNCTUATION = ".,;:!?()[]«»\"“”'’-–—…"
_MIN_FUNCTION_WORDS = 2


_threads = {"enabled": True}


def use_threads(enabled: bool) -> None:
    """Whether lingua may spread the work of one call over threads. Off in the worker
    processes of a batch: they already keep every core busy, and the threads would only
    compete with the other workers."""
    _threads["enabled"] = enabled


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGS).build()


@lru_cache(maxsize=1)
def _fast_detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LANGS).with_low_accuracy_mode().build()


def _word_count(text: str) -> int:
    return sum(1 for word in text.split() if any(ch.isalpha() for ch in word))


def _function_word_vote(text: str) -> str | None:
    """The language of `text` when its function words all belong to one language and there
    are enough of them; None when lingua must tell. Tokens with digits or the marks of an
    address, a number or a web link (".be", "BE20", "1er") are not words here."""
    hits: Counter[str] = Counter()
    for token in text.lower().split():
        token = token.strip(_EDGE_PUNCTUATION)
        if not token or any(ch.isdigit() or ch in "@/._" for ch in token):
            continue
        elided = _ELISION.match(token)
        if elided:
            hits["fr"] += 1
            token = token[elided.end() :]
        for lang, words in _FUNCTION_WORDS.items():
            if token in words:
                hits[lang] += 1
    if len(hits) != 1:
        return None
    ((lang, count),) = hits.items()
    return lang if count >= _MIN_FUNCTION_WORDS else None


def guess_by_function_words(
    texts: list[str], supported: tuple[str, ...] = ("fr", "nl")
) -> str | None:
    """The language most words are in, told by function words alone: no model is loaded, so
    it is quick enough to look at many files before the check starts. None when that is not
    one of `supported` or when the function words do not tell."""
    weights: Counter[str] = Counter()
    for text in texts:
        lang = _function_word_vote(text)
        if lang is not None:
            weights[lang] += _word_count(text)
    if not weights:
        return None
    lang = weights.most_common(1)[0][0]
    return lang if lang in supported else None


def detect(text: str) -> str:
    """'fr', 'nl', 'en', 'de', or '?' when the text is too short or too mixed to tell."""
    return detect_many([text])[0]


def detect_many(texts: list[str]) -> list[str]:
    """`detect` for many texts at once (lingua works on them in parallel unless told not to,
    see `use_threads`): long texts with the fast detector, short ones with the accurate one.
    Texts without a word (amounts, dates in figures, lines of dashes) are not sent at all, nor
    texts whose function words tell the language (`_function_word_vote`), most paragraphs."""
    words = [_word_count(text) for text in texts]
    voted = [
        _function_word_vote(text) if count else None
        for text, count in zip(texts, words, strict=True)
    ]
    asked = [i for i, count in enumerate(words) if count and voted[i] is None]
    long = [i for i in asked if len(texts[i]) >= LONG_TEXT_CHARS]
    short = [i for i in asked if len(texts[i]) < LONG_TEXT_CHARS]
    all_confidences: list = [None] * len(texts)
    for detector, chosen in ((_fast_detector(), long), (_detector(), short)):
        if chosen:
            chosen_texts = [texts[i] for i in chosen]
            found = (
                detector.compute_language_confidence_values_in_parallel(chosen_texts)
                if _threads["enabled"]
                else [detector.compute_language_confidence_values(text) for text in chosen_texts]
            )
            for i, confidences in zip(chosen, found, strict=True):
                all_confidences[i] = confidences
    result = []
    for count, vote, confidences in zip(words, voted, all_confidences, strict=True):
        if vote is not None:
            result.append(vote)
            continue
        needed = MIN_CONFIDENCE if count >= MIN_WORDS else MIN_CONFIDENCE_SHORT
        if count == 0 or not confidences or confidences[0].value < needed:
            result.append(UNKNOWN)
        else:
            result.append(_LANGS[confidences[0].language])
    return result


def detect_blocks(texts: list[str], supported: tuple[str, ...] = ("fr", "nl")) -> list[str]:
    """A language per block; a block too short to tell takes the language of the nearest
    block before it in a supported language (after it, for the first blocks)."""
    found = detect_many(texts)
    known = [lang if lang in supported else UNKNOWN for lang in found]
    following = UNKNOWN
    after: list[str] = []
    for lang in reversed(known):
        following = lang if lang != UNKNOWN else following
        after.append(following)
    after.reverse()
    result = []
    previous = UNKNOWN
    for lang, next_known in zip(found, after, strict=True):
        if lang == UNKNOWN:
            result.append(previous if previous != UNKNOWN else next_known)
        else:
            result.append(lang)
            previous = lang if lang in supported else previous
    return result


def detect_blocks_in_child(
    texts: list[str], supported: tuple[str, ...] = ("fr", "nl")
) -> Callable[[], list[str]]:
    """Start `detect_blocks` in another Python process and return the function that waits for
    its answer. lingua holds Python's lock while it loads its models (about 0.6 s), so a thread
    would not help; a child process runs on the other core, and on that core only, while this
    one loads its pipeline.
    The child is a fresh interpreter that imports only lingua (`language_child.py`), not a fork
    of this process (see there why). Any failure (no interpreter, a child that dies or answers
    nonsense) falls back to detecting here, so the answer is always `detect_blocks`'s."""
    request = json.dumps({"texts": texts, "supported": list(supported)}).encode("utf-8")
    child_script = Path(__file__).with_name("language_child.py")
    try:
        child = subprocess.Popen(
            [sys.executable, "-I", str(child_script)],
            # lingua loads and runs on every core by default: one is the child's, the other
            # is the pipeline's (with all cores, the child took 1.6 s of CPU instead of 0.9)
            env={**os.environ, "RAYON_NUM_THREADS": "1"},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        found = detect_blocks(texts, supported)
        return lambda: found
    # the texts go in from a thread: a large letter must not fill the pipe while we wait
    feeder = threading.Thread(target=_feed, args=(child, request), daemon=True)
    feeder.start()

    def wait() -> list[str]:
        assert child.stdout is not None
        data = child.stdout.read()
        status = child.wait()
        feeder.join()
        try:
            found = json.loads(data) if status == 0 else None
        except ValueError:
            found = None
        if (
            isinstance(found, list)
            and len(found) == len(texts)
            and all(isinstance(lang, str) for lang in found)
        ):
            return found
        return detect_blocks(texts, supported)

    return wait


def _feed(child: subprocess.Popen, request: bytes) -> None:
    assert child.stdin is not None
    try:
        child.stdin.write(request)
        child.stdin.close()
    except OSError:  # the child ended early: `wait` falls back
        pass


def main_language(texts: list[str], langs: list[str]) -> str:
    weights: Counter[str] = Counter()
    for text, lang in zip(texts, langs, strict=True):
        weights[lang] += _word_count(text)
    return weights.most_common(1)[0][0] if weights else UNKNOWN
