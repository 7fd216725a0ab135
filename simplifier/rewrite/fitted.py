"""What fitting a replacement into its sentence gives, shared by the modules that fit one."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

NOTE_GRAMMAR = "note.check_grammar"
NOTE_ORDER = "note.check_order"


@dataclass(frozen=True)
class Fitted:
    """`text` replaces `doc_text(doc)[start:end]` (character offsets in the parsed block)."""

    start: int
    end: int
    text: str
    confident: bool = True
    note: str = ""


class CannotFit(Exception):
    """The grammar cannot be fitted with confidence; `note` says what to check."""

    def __init__(self, note: str = NOTE_GRAMMAR) -> None:
        super().__init__(note)
        self.note = note


def doc_text(doc: Doc) -> str:
    """`doc.text` is rebuilt from the tokens at every call: keep it once per parse."""
    text = doc.user_data.get("simplifier_text")
    if text is None:
        text = doc.user_data["simplifier_text"] = doc.text
    return text


def morph(token: Token, key: str) -> str:
    """The first value of one morphological feature of `token`, or ""."""
    values = token.morph.get(key)
    return values[0] if values else ""
