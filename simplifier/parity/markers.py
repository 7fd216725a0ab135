"""Negations and obligations of a sentence, counted the same way in French and Dutch.

French: each "ne"/"n'" counts once ("ne … pas", "ne … plus", "ne … jamais", "ne … aucun",
"n'… rien", or "ne" alone as in "ne peuvent excéder"), but not the "ne … que" of "only"
("ne peut s'effectuer qu'une seule fois" says "maar 1 keer", not a negation); "non", "sans",
and "pas" without "ne" count too. Dutch: "niet", "geen", "nooit", "niets", "niks",
"niemand", "nergens", "zonder", "nee(n)". "niet"/"non" in "al dan niet" / "ou non" count on
both sides.

Obligations: French "devoir" (doit, devez, doivent...), "il faut", "être tenu de",
"obligatoirement", "obligé", "est obligatoire" (not "l'assurance obligatoire", a name);
Dutch "moeten" (moet, moeten, moest...), "dienen … te" (not "dient als"), "verplicht" (not
"de verplichte verzekering"), "is gehouden", and "hoeven" (always negated: "u hoeft niets
te doen" says "vous ne devez rien faire"). "Veuillez"/"gelieve" are polite requests, not counted (a
translation often writes a plain imperative instead).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

_WORD = re.compile(r"[\w’']+", re.UNICODE)
_FR_NEGATIVE_WORDS = frozenset(
    "pas plus jamais rien aucun aucune personne guère nullement point ni nulle".split()
)
_FR_RESTRICTIVE = frozenset({"que", "qu'"})
_FR_OTHER_NEGATIONS = frozenset({"non", "sans"})
_NL_NEGATIONS = frozenset("niet geen nooit niets niks niemand nergens zonder nee neen".split())
_FR_OBLIGATIONS = frozenset(
    "devoir dois doit devons devez doivent doive doives devions deviez devra devras devrons "
    "devrez devront devrait devraient devriez devais devait devaient faut faudra faudrait "
    "obligatoirement obligé obligée obligés obligées tenu tenue tenus tenues".split()
)
_NL_OBLIGATIONS = frozenset(
    "moet moeten moest moesten moeten dient dienen diende dienden verplicht "
    "verplichten gehouden hoeft hoeven hoef hoefde hoefden".split()
)
# "ne peut pas" / "kan niet": a prohibition, counted with the obligations (a translation
# says "vos revenus ne peuvent excéder" as "je inkomen moet onder … liggen")
_FR_CAN = frozenset(
    "peut peuvent pouvez pouvons peux pourra pourront pourrez pourrait pourraient".split()
)
_NL_CAN = frozenset("kan kunt kunnen kon konden mag mogen mocht mochten".split())


@dataclass(frozen=True)
class Markers:
    negations: int = 0
    obligations: int = 0

    def __add__(self, other: Markers) -> Markers:
        return Markers(self.negations + other.negations, self.obligations + other.obligations)


def words(text: str) -> list[str]:
    """Lower-case words, elided "n'"/"qu'" cut off their word ("n'est" -> "n'", "est"); a
    lone "n" ("n° 527") stays "n", which is no negation."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        word = word.replace("’", "'")
        head, apostrophe, rest = word.partition("'")
        if apostrophe:
            found.append(head + "'")
            if rest:
                found.append(rest)
        else:
            found.append(word)
    return found


_CLAUSE_END = re.compile(r"[,;:.!?()\n]")


def french(text: str) -> Markers:
    """Counted clause by clause: the "que" of the next clause is not the "ne … que" of
    this one."""
    total = Markers()
    for clause in _CLAUSE_END.split(text):
        total += _french_clause(clause)
    return total


_EXPLETIVE_BEFORE = frozenset(
    (word, que) for word in ("sans", "moins", "avant", "peur", "crainte") for que in ("que", "qu'")
)


_COPULAS = frozenset("est sont être soit soient sera seront serait devient pas plus".split())


def _after_expletive_conjunction(tokens: list[str], i: int) -> bool:
    """ "à moins que", "avant que", "de peur que", "de crainte que" shortly before `i`."""
    window = tokens[max(0, i - 5) : i]
    return any(pair in _EXPLETIVE_BEFORE for pair in itertools.pairwise(window))


def _french_clause(text: str) -> Markers:
    tokens = words(text)
    negations = obligations = 0
    after_ne = False
    for i, token in enumerate(tokens):
        if token in ("ne", "n'"):
            # "ne ... que" (only) is no negation, unless a negative word comes first
            # ("ne ... plus que"); the look stops at the clause's next "ne"
            restrictive = False
            for following in tokens[i + 1 : i + 10]:
                if following in _FR_NEGATIVE_WORDS or following in ("ne", "n'"):
                    break
                if following in _FR_RESTRICTIVE:
                    restrictive = True
                    break
            # the "ne" of "à moins que vous n'en soyez dispensé", "avant qu'il ne parte" is
            # no negation (ne explétif): no negative word follows it
            expletive = _after_expletive_conjunction(tokens, i) and not any(
                w in _FR_NEGATIVE_WORDS for w in tokens[i + 1 : i + 10]
            )
            if not restrictive and not expletive:
                after_ne = True
                if any(w in _FR_CAN for w in tokens[i + 1 : i + 3]):
                    obligations += 1  # "ne peut pas", "n'en peut": a prohibition
                else:
                    negations += 1
        elif token in _FR_OTHER_NEGATIONS or (token == "pas" and not after_ne):
            negations += 1
        if token in _FR_OBLIGATIONS:
            # "tenu" counts only as "tenu de"/"tenu à"; "faut" as "il faut"
            if token.startswith("tenu") and (
                i + 1 >= len(tokens) or tokens[i + 1] not in ("de", "d'", "à")
            ):
                continue
            obligations += 1
        elif token in ("obligatoire", "obligatoires") and i and tokens[i - 1] in _COPULAS:
            obligations += 1  # "ce n'est pas obligatoire", not "l'assurance obligatoire"
    return Markers(negations, obligations)


def dutch(text: str) -> Markers:
    """Counted clause by clause: "kan … niet" in one clause is a prohibition."""
    total = Markers()
    for clause in _CLAUSE_END.split(text):
        total += _dutch_clause(clause)
    return total


def _dutch_clause(text: str) -> Markers:
    tokens = words(text)
    # "het niet naleven": a noun made of a verb, counted as the French "le non-respect"
    nominal = {
        i for i, token in enumerate(tokens) if token == "niet" and i and tokens[i - 1] == "het"
    }
    negations = sum(token in _NL_NEGATIONS for token in tokens)
    obligations = 0
    # the verb comes before "niet" in a main clause, after it in a subordinate one
    if any(token in _NL_CAN for token in tokens) and any(
        t in ("niet", "geen") and i not in nominal for i, t in enumerate(tokens)
    ):
        negations -= 1
        obligations += 1
    for i, token in enumerate(tokens):
        if token in _NL_OBLIGATIONS:
            if token == "gehouden" and (
                i == 0 or tokens[i - 1] not in ("is", "zijn", "bent", "ben")
            ):
                continue
            if token.startswith("dien") and (
                "te" not in tokens[i + 1 :] or tokens[i + 1 : i + 2] == ["als"]
            ):
                continue  # "dient als bewijs" (serves as), not "dient … te leveren"
            obligations += 1
    return Markers(negations, obligations)


def markers(text: str, lang: str) -> Markers:
    return french(text) if lang == "fr" else dutch(text)
