"""Words reviewers did not understand, exported as draft lexicon entries for the people who
maintain `lexicons/`: the term, where it was found and why it was hard, to be completed with
plain alternatives (or `keep: true` and an explanation) before it goes into a lexicon file."""

from __future__ import annotations

import yaml

from simplifier.review.store import Proposal


def proposals_yaml(proposals: list[Proposal], lang: str) -> str:
    entries = []
    seen: dict[str, dict] = {}
    for proposal in proposals:
        if proposal.lang != lang:
            continue
        key = proposal.term.lower()
        if key in seen:
            seen[key]["notes"].append(_note(proposal))
            continue
        entry = {
            "term": proposal.term,
            "alternatives": [],
            "explanation": "",
            "notes": [_note(proposal)],
        }
        seen[key] = entry
        entries.append(entry)
    header = (
        "# Draft entries from reviewers (simplifier review app). Before adding them to a\n"
        "# lexicon file: write plain `alternatives` (or `keep: true` and an `explanation`)\n"
        "# and remove `notes`.\n"
    )
    body = yaml.safe_dump(
        {"domain": "general", "entries": entries}, allow_unicode=True, sort_keys=False, width=100
    )
    return header + body


def _note(proposal: Proposal) -> str:
    parts = [f"{proposal.reviewer}, {proposal.created:%Y-%m-%d}"]
    if proposal.comment:
        parts.append(proposal.comment)
    if proposal.context:
        parts.append(f"« {proposal.context} »")
    return " – ".join(parts)
