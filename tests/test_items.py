"""One item per problem: the findings about one sentence make one item, a term that comes back
is one item with its places, items with a ready change come first; and a reviewer decides a
term once for all its places, or place by place, with one undo for the whole action."""

from __future__ import annotations

from pathlib import Path

import simplifier
from simplifier.items import group
from simplifier.review.session import ReviewSession
from simplifier.review.store import Store

LETTER = (
    "Nous vous informons que votre demande a été examinée et que, compte tenu des éléments "
    "que vous avez transmis à notre service le mois dernier, l'octroi de l'allocation "
    "pourrait être revu au cours de l'année prochaine selon les règles en vigueur.\n\n"
    "L'octroi de cette aide dépend de vos revenus.\n\n"
    "Nous examinerons l'octroi de l'aide avant la fin du mois."
)


def test_a_sentence_is_one_item_and_a_term_one_item_with_its_places() -> None:
    report = simplifier.analyze(LETTER, lang="fr")
    items = group(report)
    first = report.sentences[0]
    about_first = [
        i for i in items if i.kind == "sentence" and first.start <= i.lead.start < first.end
    ]
    assert len(about_first) == 1  # long, passive, hard...: one item with its reasons
    assert len(about_first[0].findings) >= 2
    octroi = [i for i in items if i.kind == "term" and i.lead.match.lower() == "octroi"]
    assert len(octroi) == 1 and len(octroi[0].places) == 3
    assert len(items) < len(report.findings)
    ready = [i.ready for i in items]
    assert ready == sorted(ready, reverse=True)  # ready items first, then notes


def test_a_term_is_decided_for_all_its_places_or_one_by_one(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "reviews.sqlite"))
    review = store.create_review("local", "Marie", "lettre.txt", LETTER.encode(), "fr")
    session = ReviewSession(store, review, "local", "Marie")
    octroi = next(i for i in session.items if i.finding.match.lower() == "octroi")
    places = [p.id for p in octroi.places]

    session.decide(octroi.id, "accepted")
    assert {session.place_status(p) for p in places} == {"accepted"}
    assert session.status(octroi.id) == "accepted"
    saved = {d.id for d in store.decisions(review, "local")}
    assert set(places) <= saved
    [summary] = store.reviews("local")
    assert summary.decided == 1  # one item, whatever its number of places

    assert session.undo() == octroi.id  # one undo takes back the whole action
    assert not store.decisions(review, "local") and session.status(octroi.id) == "pending"

    session.decide(octroi.id, "rejected", place=places[1])  # one place differs
    session.decide(octroi.id, "accepted", place=places[0])
    assert session.place_status(places[1]) == "rejected"
    assert session.place_status(places[2]) == "pending"
    assert session.status(octroi.id) == "accepted"
    new_text = "\n\n".join(b.text for b in session.new_blocks())
    assert new_text.lower().count("octroi") == 2  # one changed, one refused, one not decided


def test_the_forms_of_one_term_are_one_item() -> None:
    """« Législation » opening a sentence and « législation » later: one term, one item."""
    report = simplifier.analyze(
        "Législation et pension ne vont pas ensemble. La législation change en janvier.",
        lang="fr",
    )
    places = [f.match for f in report.findings if f.rule_id == "FR.Jargon"]
    assert places == ["Législation", "législation"]
    terms = [i for i in group(report) if i.kind == "term" and i.lead.rule_id == "FR.Jargon"]
    assert len(terms) == 1 and len(terms[0].findings) == 2
