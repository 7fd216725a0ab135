"""distance: a word too far from the word it belongs to (a subject far from its verb, a Dutch
helper verb far from the main verb): the reader must keep the first in mind too long. One
finding per sentence, for its farthest pair."""

from __future__ import annotations

from collections.abc import Iterator

from simplifier.checks.base import Check, Context
from simplifier.loader import DistanceRule
from simplifier.models import Finding


class DistanceCheck(Check):
    placeholders = frozenset({"match", "distance", "max", "word", "head"})

    def run(self, ctx: Context) -> Iterator[Finding]:
        rule: DistanceRule = self.rule  # type: ignore[assignment]
        deps = {dep.lower() for dep in rule.deps}
        for analysis in ctx.blocks:
            doc = analysis.doc
            worst: dict[int, tuple[int, int, int, str, str]] = {}  # per sentence: the farthest pair
            for token in doc:
                if token.dep_.lower() not in deps:
                    continue
                head = token.head
                if head.i == token.i:
                    continue
                if rule.head_pos and head.pos_ not in rule.head_pos:
                    continue
                if rule.same_clause and token.dep_ == "xcomp" and token.pos_ not in _VERBS:
                    continue  # "zo snel mogelijk" read as a verb's complement: no bracket
                first, last = sorted((token.i, head.i))
                inner = doc[first + 1 : last]
                if any(t.text in (":", ";") for t in inner):
                    continue  # a label ("Bon à savoir :") or a list: not one clause
                if rule.same_clause and any(_ends_clause(t) for t in inner):
                    continue
                if rule.same_clause and any(_another_clause(t, head) for t in inner):
                    continue  # "kunt wachten tot FONS de gegevens heeft ontvangen": two clauses
                between = sum(1 for t in inner if not (t.is_punct or t.is_space))
                sentence = doc[first].sent.start
                if between <= rule.max or doc[last].sent.start != sentence:
                    continue
                if sentence not in worst or between > worst[sentence][0]:
                    worst[sentence] = (between, first, last)
            for between, first, last in worst.values():
                # the two words named in the order the reader meets them
                yield self.finding(
                    analysis,
                    doc[first].idx,
                    doc[last].idx + len(doc[last].text),
                    values={
                        "distance": between,
                        "max": rule.max,
                        "word": doc[first].text,
                        "head": doc[last].text,
                    },
                )


_VERBS = ("VERB", "AUX")


def _ends_clause(token) -> bool:
    """A word between two clauses: a comma, a conjunction, a relative pronoun, the Dutch "om"
    of "om … te" ("heb je de tijd om de documenten binnen te brengen")."""
    return (
        token.text == ","
        or token.pos_ in ("SCONJ", "CCONJ")
        or "Rel" in token.morph.get("PronType")
        or (token.lower_ == "om" and token.doc.lang_ == "nl")
    )


def _another_clause(token, head) -> bool:
    """A conjugated verb between the two words, other than the head's own helper verb, belongs
    to another clause."""
    return token.pos_ in _VERBS and "Fin" in token.morph.get("VerbForm") and token.head.i != head.i
