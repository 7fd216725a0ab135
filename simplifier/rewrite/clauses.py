"""Where the finite verb of a clause is, in the parse: the clause's head itself or one of its
helpers (auxiliary, copula); used wherever a change of subject makes a verb change too."""

from __future__ import annotations

from spacy.tokens import Token

HELPERS = ("aux", "aux:pass", "aux:tense", "cop")


def finite_verbs(head: Token, *others: Token) -> list[Token]:
    """The finite verbs among `head` and the helpers of `head` and of `others` (a helper the
    parser hung on the subject), in reading order."""
    helpers = [c for word in (head, *others) for c in word.children if c.dep_ in HELPERS]
    return sorted(
        (t for t in (head, *helpers) if "Fin" in t.morph.get("VerbForm")), key=lambda t: t.i
    )
