"""The form of address: "vous" and "tu" (or "u" and "je") mixed in one letter."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from simplifier.letter.data import CardWords

# the form a setting names -> the side of the card's lists it belongs to
SIDE = {"vous": "formal", "u": "formal", "tu": "informal", "je": "informal"}
SHOWN = {"fr": {"formal": "vous", "informal": "tu"}, "nl": {"formal": "u", "informal": "je"}}


@dataclass
class Address:
    formal: int = 0
    informal: int = 0
    main: str = ""  # formal | informal | "" (neither used)
    other: list[Token] = field(default_factory=list)  # the words of the other form

    @property
    def mixed(self) -> bool:
        return bool(self.formal and self.informal)


def address(docs: list[Doc], card: CardWords, setting: str | None) -> Address:
    formal = {w.lower() for w in card.get("address", "formal")}
    informal = {w.lower() for w in card.get("address", "informal")}
    result = Address()
    tokens: dict[str, list[Token]] = {"formal": [], "informal": []}
    for doc in docs:
        for token in doc:
            if token.pos_ not in ("PRON", "DET") and token.lower_ not in ("vous", "u", "tu"):
                continue
            if token.lower_ in formal:
                tokens["formal"].append(token)
            elif token.lower_ in informal:
                tokens["informal"].append(token)
    result.formal, result.informal = len(tokens["formal"]), len(tokens["informal"])
    if setting in SIDE:
        result.main = SIDE[setting]
    elif result.formal or result.informal:
        result.main = "informal" if result.informal > result.formal else "formal"
    if result.mixed and result.main:
        result.other = tokens["informal" if result.main == "formal" else "formal"]
    return result
