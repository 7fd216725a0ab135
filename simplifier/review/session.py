"""One reviewer working on one document: the suggestions to go through, the decisions taken
(saved at once), undo, "accept all like this", the score before and after the approved changes,
and the files to download. The Streamlit app is a thin layer over this class."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from simplifier.engine import analyze_blocks, analyze_file, document_readability
from simplifier.features import Counts
from simplifier.io import read_file
from simplifier.models import Block, Finding, Readability, Report, Rewrite
from simplifier.review.changelog import changelog_csv, changelog_html
from simplifier.review.decisions import Decision, DecisionSet, decision_for, now_iso
from simplifier.review.store import Store
from simplifier.rewrite.apply import apply_file
from simplifier.rewrite.edits import Edit, apply_to_block, conflicts, plan_edits, unchecked_edits

# Kinds of advice a reviewer goes through; scores of whole paragraphs are shown, not decided.
REVIEWED_ACTIONS = ("replace", "explain", "split", "rephrase")


@contextlib.contextmanager
def materialised(name: str, content: bytes) -> Iterator[Path]:
    """The uploaded bytes as a file in a private folder, removed right after use (letters
    hold personal data: no copy stays on disk)."""
    folder = tempfile.mkdtemp(prefix="simplifier-")
    os.chmod(folder, 0o700)
    path = Path(folder) / Path(name).name
    try:
        path.write_bytes(content)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@lru_cache(maxsize=32)
def analysed(name: str, content: bytes) -> tuple[Report, list[Block]]:
    """The analysis of an uploaded document (language found per paragraph), once per server
    process and document version: the upload check and the review share it."""
    with materialised(name, content) as path:
        return analyze_file(path), read_file(path)


@lru_cache(maxsize=4096)
def _block_counts(lang: str, kind: str, text: str) -> Counts | None:
    """What a changed paragraph's score is made of, analysed on its own."""
    block = Block(index=0, text=text, start=0, kind=kind, lang=lang)
    report = analyze_blocks([block], lang)
    return report.block_counts.get(0)  # type: ignore[return-value]


@dataclass(frozen=True)
class Item:
    """One suggestion to decide: a finding and its best concrete change (None: a hint)."""

    finding: Finding
    rewrite: Rewrite | None

    @property
    def id(self) -> str:
        return self.finding.id


@dataclass
class ReviewSession:
    store: Store
    review_id: int
    team: str
    reviewer: str
    name: str = ""
    report: Report = field(init=False)
    items: list[Item] = field(init=False)
    decisions: dict[str, Decision] = field(init=False)
    undo_stack: list[tuple[str, Decision | None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        document = self.store.document(self.review_id, self.team)
        self.name = document.name
        self.content = document.content
        self.sha256 = document.sha256
        self.report, self.source_blocks = analysed(document.name, document.content)
        self.items = [
            Item(f, f.rewrites[0] if f.rewrites else None)
            for f in self.report.findings
            if f.action in REVIEWED_ACTIONS
        ]
        self._by_id = {item.id: item for item in self.items}
        self.decisions = {d.id: d for d in self.store.decisions(self.review_id, self.team)}
        self._save_progress()

    # --- progress -------------------------------------------------------------------------

    @property
    def decided(self) -> int:
        return sum(1 for item in self.items if item.id in self.decisions)

    @property
    def total(self) -> int:
        return len(self.items)

    def item(self, item_id: str) -> Item:
        return self._by_id[item_id]

    def status(self, item_id: str) -> str:
        decision = self.decisions.get(item_id)
        return decision.status if decision else "pending"

    def next_pending(self, after: int = -1) -> int | None:
        """Index of the next suggestion still to decide, after `after` (wrapping round)."""
        order = list(range(after + 1, len(self.items))) + list(range(0, after + 1))
        return next((i for i in order if self.items[i].id not in self.decisions), None)

    def _save_progress(self) -> None:
        self.store.set_progress(self.review_id, self.team, self.decided, self.total)

    # --- deciding -------------------------------------------------------------------------

    def _decision(self, item: Item, status: str, text: str | None, comment: str) -> Decision:
        finding = item.finding
        if item.rewrite is not None:
            return decision_for(
                finding,
                0,
                status=status,  # type: ignore[arg-type]
                text=text,
                reviewer=self.reviewer,
                comment=comment,
                report=self.report,
            )
        original = self.report.text[finding.start : finding.end]
        new = original if text is None else text
        return Decision(
            id=finding.id,
            status="edited" if status in ("accepted", "edited") and new != original else status,  # type: ignore[arg-type]
            start=finding.start,
            end=finding.end,
            original=original,
            text=new if status != "rejected" else original,
            rule_id=finding.rule_id,
            category=finding.category,
            reason=finding.message,
            comment=comment,
            reviewer=self.reviewer,
            time=now_iso(),
            action=finding.action,
            term=finding.match,
        )

    def decide(self, item_id: str, status: str, text: str | None = None, comment: str = "") -> bool:
        """Record a decision (accepted, edited, rejected); False when it would change words
        that another accepted change already changes (the reviewer must undo that first)."""
        item = self._by_id[item_id]
        decision = self._decision(item, status, text, comment)
        if decision.applied and self._conflicts(decision):
            return False
        self.undo_stack.append((item_id, self.decisions.get(item_id)))
        self._store(decision)
        return True

    def comment(self, item_id: str, comment: str) -> None:
        """Add or change the reviewer's comment, keeping the decision (pending if none)."""
        current = self.decisions.get(item_id)
        if current is None:
            current = self._decision(self._by_id[item_id], "pending", None, comment)
            current = replace(current, status="pending")
        self.undo_stack.append((item_id, self.decisions.get(item_id)))
        self._store(replace(current, comment=comment, time=now_iso()))

    def _store(self, decision: Decision) -> None:
        if decision.status == "pending" and not decision.comment:
            self.decisions.pop(decision.id, None)
            self.store.forget_decision(self.review_id, self.team, decision.id)
        else:
            self.decisions[decision.id] = decision
            self.store.save_decision(self.review_id, self.team, decision)
        self._save_progress()

    def _conflicts(self, decision: Decision) -> bool:
        others = [d for d in self.decisions.values() if d.applied and d.id != decision.id]
        edits = unchecked_edits(self.report.text, self.report.blocks, [*others, decision])
        return decision.id in conflicts(edits) or any(
            d.id in conflicts(edits) for d in others if d.start > decision.start
        )

    def undo(self) -> str | None:
        """Take back the last decision; returns the suggestion it was about."""
        if not self.undo_stack:
            return None
        item_id, previous = self.undo_stack.pop()
        if previous is None:
            self.decisions.pop(item_id, None)
            self.store.forget_decision(self.review_id, self.team, item_id)
        else:
            self.decisions[item_id] = previous
            self.store.save_decision(self.review_id, self.team, previous)
        self._save_progress()
        return item_id

    def like(self, item_id: str) -> list[Item]:
        """Suggestions still to decide for the same words and the same advice."""
        model = self._by_id[item_id].finding
        return [
            item
            for item in self.items
            if item.id not in self.decisions
            and item.rewrite is not None
            and item.finding.rule_id == model.rule_id
            and item.finding.match.lower() == model.match.lower()
        ]

    def accept_all_like(self, item_id: str) -> int:
        """Accept this suggestion and every pending one for the same words; returns how many."""
        count = 0
        for item in [self._by_id[item_id], *self.like(item_id)]:
            if item.id not in self.decisions or item.id == item_id:
                count += self.decide(item.id, "accepted")
        return count

    # --- results --------------------------------------------------------------------------

    @property
    def applied(self) -> list[Decision]:
        return [d for d in self.decisions.values() if d.applied]

    def edits(self) -> list[Edit]:
        return plan_edits(self.report.text, self.report.blocks, self.applied, self.name)

    def new_blocks(self) -> list[Block]:
        by_block: dict[int, list[Edit]] = {}
        for edit in self.edits():
            by_block.setdefault(edit.block.index, []).append(edit)
        return [
            replace(block, text=apply_to_block(block.text, by_block[block.index]))
            if block.index in by_block
            else block
            for block in self.report.blocks
        ]

    def readability_before(self) -> Readability:
        return self.report.readability

    def readability_after(self) -> Readability:
        """The document's score with the approved changes: only changed paragraphs are
        analysed again (each once per server: the result is cached by its text)."""
        lang = self.report.lang
        items: list[tuple[Block, Counts]] = []
        for old, new in zip(self.report.blocks, self.new_blocks(), strict=True):
            if old.lang != lang or old.index not in self.report.block_counts:
                continue
            if new.text == old.text:
                counts = self.report.block_counts[old.index]
            else:
                counts = _block_counts(lang, old.kind, new.text)
            if counts is not None:
                items.append((old, counts))  # type: ignore[arg-type]
        if not items:
            return self.report.readability
        return document_readability(items, lang)

    def decision_set(self) -> DecisionSet:
        ordered = sorted(self.decisions.values(), key=lambda d: (d.start, d.end))
        return DecisionSet(
            source=self.name, decisions=ordered, source_sha256=self.sha256, reviewer=self.reviewer
        )

    def document_bytes(self, *, clean: bool = False, glossary: bool = False) -> bytes:
        """The document with the approved changes: tracked with comments, or clean."""
        with materialised(self.name, self.content) as source:
            output = source.with_name("simplified" + source.suffix)
            apply_file(
                source,
                self.decision_set(),
                output,
                clean=clean,
                blocks=self.source_blocks,
                author=self.reviewer,
                as_glossary=glossary,
                lang=self.report.lang,
            )
            return output.read_bytes()

    def changelog(self, kind: str, ui_lang: str) -> bytes:
        decisions = self.decision_set()
        if kind == "html":
            return changelog_html(decisions, ui_lang).encode("utf-8")
        return changelog_csv(decisions).encode("utf-8")
