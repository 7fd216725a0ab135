"""Dutch words that take "te" + infinitive ("gelieve ... mee te brengen", "u dient ... te
ondertekenen") replaced by words that take the bare infinitive ("wilt u", "graag", "moeten"):
"te" goes, a separable particle joins its verb again ("meebrengen"), and the doubled politeness
"te willen" goes with it ("gelieve ... te willen uitvoeren" -> "wilt u ... uitvoeren")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from simplifier.rewrite import dutch
from simplifier.rewrite.fitted import Fitted, doc_text

_TAKES_TE = ("gelieve", "gelieven", "dienen", "dient", "dien", "diende", "dienden")
_BARE = ("kunnen", "moeten", "mogen", "willen", "zullen")
_CLAUSE_ENDS = (";", ":")


def needs_bare_infinitive(span: Span, alternative: str) -> bool:
    """True when the words replaced take "te" and their alternative does not."""
    if span.root.lower_ not in _TAKES_TE and span[0].lower_ not in _TAKES_TE:
        return False
    if any(t.lower_ == "te" for t in span):
        return False  # "dient te" -> "moet": the lexicon's words already take it away
    words = alternative.lower().split()
    if words[:1] == ["graag"]:
        return True
    return any(verb in _BARE for word in words for verb in dutch.infinitives_of(word))


def without_te(doc: Doc, span: Span, fitted: Fitted) -> Fitted | None:
    """`fitted` reaching on to the infinitive that went with the replaced words, without its
    "te"; None when that infinitive is not found in the clause."""
    end = span.sent.end
    for i in range(span.end, end - 1):
        token = doc[i]
        if token.text in _CLAUSE_ENDS:
            return None
        verb = doc[i + 1]
        if token.lower_ != "te" or not _infinitive(verb):
            continue
        first, last, bare = token, verb, verb.text
        if verb.lower_ == "willen":  # "te willen uitvoeren" -> "uitvoeren"
            after = doc[i + 2] if i + 2 < end else None
            if after is None or dutch.conjugation(after.lower_) is None:
                return None  # (the parse often calls that infinitive a noun: its form says)
            last, bare = after, after.text
        before = doc[i - 1] if i - 1 >= span.end else None
        if before is not None and last is verb:
            particle, _ = dutch.split_particle(before.lower_ + verb.lower_)
            if particle == before.lower_:  # "mee te brengen" -> "meebrengen"
                first, bare = before, before.text + verb.text
        middle = doc_text(doc)[fitted.end : first.idx]
        return Fitted(fitted.start, last.idx + len(last.text), fitted.text + middle + bare)
    return None


def _infinitive(token: Token) -> bool:
    """An infinitive by its form, unless the parse makes it a noun or an adjective ("te
    laat", "te veel" are not)."""
    if token.pos_ in ("NOUN", "PROPN", "ADJ", "ADV") and "Inf" not in token.morph.get("VerbForm"):
        return False
    return dutch.conjugation(token.lower_) is not None
