"""The subject line says the message ("Vous recevez l'allocation"), not only "Concerne :
votre dossier 123"; references to regulations before the message are counted."""

from __future__ import annotations

import re

from simplifier.letter.data import CardWords

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def subject_text(text: str, card: CardWords) -> str:
    return re.sub(card.get("subject", "label"), "", text.strip(), count=1, flags=re.I).strip()


def says_something(subject: str, card: CardWords) -> bool:
    """False when the subject is made only of generic words ("votre dossier") and numbers."""
    generic = {w.lower() for w in card.get("subject", "generic")}
    words = [w.lower() for w in _WORD.findall(subject.replace("’", "'"))]
    words = [w.split("'")[-1] for w in words]
    return any(w not in generic and len(w) > 1 for w in words)
