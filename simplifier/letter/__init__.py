"""The letter card (issue 22): for a letter, its message, what the reader must do and by when,
whom to contact, the form of address, the subject line and the references to regulations,
found after the checks from the parsed blocks and the protect pass (GUIDE.md: a letter-level
step after the checks). `card.build` is the entry point; the words it looks for are data in
`lexicons/<lang>/letter/card.yml`."""

from simplifier.letter.card import Action, Contact, LetterCard, Line, build

__all__ = ["Action", "Contact", "LetterCard", "Line", "build"]
