"""One reviewer working on one document: the suggestions to go through, the decisions taken
(saved at once), undo, "accept all like this", the score before and after the approved changes,
and the files to download. The Streamlit app is a thin layer over this class.

Other reviewers may work on the same letter at the same time. What the session shows is what
the database holds: a decision is kept in memory only once the database confirmed it, a
refused one (`DecisionRefused`) leaves the session reloaded with the decision in the way, and
`sync` brings in the others' decisions before the next suggestion is shown. Undo takes back
only this session's own last change, and only if nobody changed it since."""

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
from simplifier.review.store import DONE, DecisionRefused, DecisionState, Saved, Store
from simplifier.rewrite.apply import apply_file
from simplifier.rewrite.edits import Edit, apply_to_block, first_overlap, overlapping, plan_edits

# Kinds of advice a reviewer goes through; scores of whole paragraphs are shown, not decided.
REVIEWED_ACTIONS = ("replace", "explain", "split", "rephrase")
# `seen` when the caller did not say which version of a decision the reviewer was shown.
LATEST = -1


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


@dataclass(frozen=True)
class Undo:
    """One change this session made: the decision before it, and the version the change
    left in the database (None: the change removed the decision)."""

    item_id: str
    previous: Decision | None
    after: int | None


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
    undo_stack: list[Undo] = field(default_factory=list)
    ui_lang: str = "fr"  # the language the notes saved with decisions are written in

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
        self._load(self.store.state(self.review_id, self.team))
        self.store.set_total(self.review_id, self.team, self.total)

    # --- what the database holds ----------------------------------------------------------

    def _load(self, state: DecisionState) -> None:
        self.decisions = dict(state.decisions)
        self.versions = dict(state.versions)
        self.revision = state.revision
        self._find_conflicts()

    def _find_conflicts(self) -> None:
        """Applied decisions that change words an earlier applied one changes (saved by an
        older version, which checked only one reviewer's own decisions): the earlier one
        counts, the later is shown as a conflict and not applied."""
        applied = sorted(
            (d for d in self.decisions.values() if d.applied), key=lambda d: (d.time, d.id)
        )
        self.conflicts = overlapping(self.report.text, self.report.blocks, applied)

    def sync(self) -> dict[str, int]:
        """Bring in what others decided since the session last looked; returns how many
        suggestions each of them decided meanwhile (comments and undos are brought in too,
        but not counted)."""
        if self.store.revision(self.review_id, self.team) == self.revision:
            return {}
        state = self.store.state(self.review_id, self.team)
        changed: dict[str, int] = {}
        for key, version in state.versions.items():
            decision = state.decisions[key]
            if version != self.versions.get(key) and decision.status in DONE:
                who = decision.reviewer or "?"
                changed[who] = changed.get(who, 0) + 1
        self._load(state)
        return changed

    def _overlap(self, decision: Decision, others: list[Decision]) -> Decision | None:
        return first_overlap(self.report.text, self.report.blocks, decision, others)

    def _write(self, decision: Decision, seen: int | None = LATEST) -> None:
        """Save `decision` against what the database holds; only once it is confirmed does
        the session remember it. A refusal reloads the session and is raised again."""
        key = decision.id
        if seen == LATEST:
            seen = self.versions.get(key)
        previous = self.decisions.get(key)
        removing = decision.status == "pending" and not decision.comment
        if removing and seen is None:
            return
        try:
            if removing:
                saved = self.store.remove_decision(self.review_id, self.team, key, seen=seen)
            else:
                saved = self.store.put_decision(
                    self.review_id, self.team, decision, seen=seen, overlaps=self._overlap
                )
        except DecisionRefused:
            self.sync()
            raise
        after = None if removing else saved.version
        self.undo_stack.append(Undo(key, previous, after))
        self._remember(key, None if removing else decision, saved)

    def _remember(self, key: str, decision: Decision | None, saved: Saved) -> None:
        if decision is None:
            self.decisions.pop(key, None)
            self.versions.pop(key, None)
        else:
            self.decisions[key] = decision
            self.versions[key] = saved.version
        if saved.revision == self.revision + 1:  # nobody else wrote in between
            self.revision = saved.revision
        self._find_conflicts()

    # --- progress -------------------------------------------------------------------------

    @property
    def decided(self) -> int:
        return sum(1 for item in self.items if self.status(item.id) in DONE)

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
        return next((i for i in order if self.status(self.items[i].id) not in DONE), None)

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
                ui_lang=self.ui_lang,
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

    def decide(
        self,
        item_id: str,
        status: str,
        text: str | None = None,
        comment: str = "",
        *,
        seen: int | None = LATEST,
    ) -> None:
        """Record a decision (accepted, edited, rejected). `seen` is the version of the
        suggestion's decision the reviewer was shown (None: none), when it may be older than
        the session's (the app syncs before it handles a click). Raises `DecisionRefused`
        when somebody else decided this suggestion meanwhile, or when it would change words
        that another accepted change already changes; `StoreUnavailable` when the database
        did not confirm it. Either way the session does not count it as decided."""
        self._write(self._decision(self._by_id[item_id], status, text, comment), seen)

    def comment(self, item_id: str, comment: str, *, seen: int | None = LATEST) -> None:
        """Add or change the reviewer's comment, keeping the decision (pending if none)."""
        current = self.decisions.get(item_id)
        if current is None:
            current = self._decision(self._by_id[item_id], "pending", None, comment)
            current = replace(current, status="pending")
        self._write(replace(current, comment=comment, time=now_iso()), seen)

    def undo(self) -> str | None:
        """Take back this session's last change; returns the suggestion it was about. Raises
        `DecisionRefused` (and forgets that change) when somebody changed the decision since."""
        if not self.undo_stack:
            return None
        entry = self.undo_stack[-1]
        try:
            if entry.previous is None:
                saved = (
                    self.store.remove_decision(
                        self.review_id, self.team, entry.item_id, seen=entry.after
                    )
                    if entry.after is not None
                    else Saved(0, self.revision)
                )
            else:
                saved = self.store.put_decision(
                    self.review_id,
                    self.team,
                    entry.previous,
                    seen=entry.after,
                    overlaps=self._overlap,
                )
        except DecisionRefused:
            self.undo_stack.pop()
            self.sync()
            raise
        self.undo_stack.pop()
        self._remember(entry.item_id, entry.previous, saved)
        return entry.item_id

    def like(self, item_id: str) -> list[Item]:
        """Suggestions still to decide for the same words and the same advice."""
        model = self._by_id[item_id].finding
        return [
            item
            for item in self.items
            if self.status(item.id) not in DONE
            and item.rewrite is not None
            and item.finding.rule_id == model.rule_id
            and item.finding.match.lower() == model.match.lower()
        ]

    def accept_all_like(self, item_id: str) -> int:
        """Accept this suggestion and every pending one for the same words; returns how many
        were saved (those somebody else decided meanwhile, or that clash, are left)."""
        count = 0
        for item in [self._by_id[item_id], *self.like(item_id)]:
            try:
                self.decide(item.id, "accepted")
            except DecisionRefused:
                continue
            count += 1
        return count

    # --- results --------------------------------------------------------------------------

    @property
    def applied(self) -> list[Decision]:
        """Applied decisions, without those in conflict with an earlier one."""
        return [d for d in self.decisions.values() if d.applied and d.id not in self.conflicts]

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
        """The decisions to download and apply: those in conflict stay out until one of the
        two is changed (the app shows them)."""
        kept = [d for d in self.decisions.values() if d.id not in self.conflicts]
        ordered = sorted(kept, key=lambda d: (d.start, d.end))
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
