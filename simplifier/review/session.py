"""One reviewer working on one document: the problems to go through (a term decided once for
all its places), the decisions taken (saved at once), undo, the score before and after the
approved changes, and the files to download. The Streamlit app is a thin layer over this class.

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
from simplifier.items import Item as Problem
from simplifier.items import group
from simplifier.models import Block, Finding, Readability, Report, Rewrite
from simplifier.review.changelog import changelog_csv, changelog_html
from simplifier.review.decisions import Decision, DecisionSet, decision_for, now_iso
from simplifier.review.store import DONE, DecisionRefused, DecisionState, Saved, Store
from simplifier.review.teamlex import team_settings
from simplifier.rewrite.apply import apply_file
from simplifier.rewrite.edits import Edit, apply_to_block, first_overlap, overlapping, plan_edits
from simplifier.settings import Settings

# Kinds of advice a reviewer goes through; scores of whole paragraphs are shown, not decided.
REVIEWED = ("replace", "explain", "split", "rephrase")
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
def analysed(
    name: str, content: bytes, settings: Settings | None = None, letter: bool | None = None
) -> tuple[Report, list[Block]]:
    """The analysis of an uploaded document (language found per paragraph), once per server
    process, document version, settings (a team's, with its own lexicon: `teamlex`) and the
    reviewers' word on whether it is a letter: the upload check and the review share it."""
    with materialised(name, content) as path:
        return analyze_file(path, settings=settings, letter=letter), read_file(path)


@lru_cache(maxsize=4096)
def _block_counts(
    lang: str, kind: str, text: str, settings: Settings | None = None
) -> Counts | None:
    """What a changed paragraph's score is made of, analysed on its own."""
    block = Block(index=0, text=text, start=0, kind=kind, lang=lang)
    report = analyze_blocks([block], lang, settings=settings)
    return report.block_counts.get(0)  # type: ignore[return-value]


@dataclass(frozen=True)
class Item:
    """One problem to decide (`items.Item`): its lead finding, the lead's best concrete
    change (None: a note), and its places (a term's occurrences; the lead alone otherwise).
    A decision is saved per place; deciding the item decides all of them."""

    problem: Problem

    @property
    def finding(self) -> Finding:
        return self.problem.lead

    @property
    def rewrite(self) -> Rewrite | None:
        return self.finding.rewrites[0] if self.finding.rewrites else None

    @property
    def id(self) -> str:
        return self.finding.id

    @property
    def places(self) -> tuple[Finding, ...]:
        return self.problem.places


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
    undo_stack: list[list[Undo]] = field(default_factory=list)
    ui_lang: str = "fr"  # the language the notes saved with decisions are written in
    # The analysis' settings: by default the organisation's with the team's own lexicon as
    # the database holds it now (an entry approved a moment ago applies).
    settings: Settings | None = None

    def __post_init__(self) -> None:
        document = self.store.document(self.review_id, self.team)
        self.name = document.name
        self.content = document.content
        self.sha256 = document.sha256
        self.letter = document.letter
        if self.settings is None:
            self.settings = team_settings(self.store, self.team)
        self.report, self.source_blocks = analysed(
            document.name, document.content, self.settings, self.letter
        )
        self.items = [
            Item(problem) for problem in group(self.report) if problem.lead.action in REVIEWED
        ]
        self._by_id = {item.id: item for item in self.items}
        self._places = {place.id: place for item in self.items for place in item.places}
        self._item_of = {place.id: item.id for item in self.items for place in item.places}
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
            if key in self._by_id and version != self.versions.get(key) and decision.status in DONE:
                who = decision.reviewer or "?"
                changed[who] = changed.get(who, 0) + 1
        self._load(state)
        return changed

    def _overlap(self, decision: Decision, others: list[Decision]) -> Decision | None:
        return first_overlap(self.report.text, self.report.blocks, decision, others)

    def _write(self, decision: Decision, seen: int | None = LATEST) -> Undo | None:
        """Save `decision` against what the database holds; only once it is confirmed does
        the session remember it (and return how to undo it). A refusal reloads the session
        and is raised again."""
        key = decision.id
        if seen == LATEST:
            seen = self.versions.get(key)
        previous = self.decisions.get(key)
        removing = decision.status == "pending" and not decision.comment
        if removing and seen is None:
            return None
        try:
            if removing:
                saved = self.store.remove_decision(self.review_id, self.team, key, seen=seen)
            else:
                saved = self.store.put_decision(
                    self.review_id,
                    self.team,
                    decision,
                    seen=seen,
                    overlaps=self._overlap,
                    lead=key in self._by_id,
                )
        except DecisionRefused:
            self.sync()
            raise
        self._remember(key, None if removing else decision, saved)
        return Undo(key, previous, None if removing else saved.version)

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

    def place_status(self, place_id: str) -> str:
        decision = self.decisions.get(place_id)
        return decision.status if decision else "pending"

    def status(self, item_id: str) -> str:
        """An item's status is its lead's (deciding an item decides all its places; the other
        places can be decided one by one too)."""
        return self.place_status(item_id)

    def next_pending(self, after: int = -1) -> int | None:
        """Index of the next suggestion still to decide, after `after` (wrapping round)."""
        order = list(range(after + 1, len(self.items))) + list(range(0, after + 1))
        return next((i for i in order if self.status(self.items[i].id) not in DONE), None)

    # --- deciding -------------------------------------------------------------------------

    def _decision(self, finding: Finding, status: str, text: str | None, comment: str) -> Decision:
        if finding.rewrites:
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

    def _act(self, writes: list[tuple[Decision, int | None]], *, whole: bool = False) -> None:
        """Save several decisions as one action of the reviewer (one Undo takes it back).
        With `whole` (one decision on all the places of a term), a place refused takes back
        the places saved before it: the reviewer is told "refused" and nothing of it stays
        (a term's second place inside a sentence another reviewer had rewritten left its first
        place accepted while the app said refused). Otherwise those the database confirmed
        stay saved even if a later one is refused."""
        done: list[Undo] = []
        try:
            for decision, seen in writes:
                if (entry := self._write(decision, seen)) is not None:
                    done.append(entry)
        except DecisionRefused:
            if whole and done:
                self.undo_stack.append(done)
                done = []
                with contextlib.suppress(DecisionRefused):  # changed meanwhile: theirs stands
                    self.undo()
            raise
        finally:
            if done:
                self.undo_stack.append(done)

    def decide(
        self,
        item_id: str,
        status: str,
        text: str | None = None,
        comment: str = "",
        *,
        seen: int | None = LATEST,
        place: str | None = None,
    ) -> None:
        """Record a decision (accepted, edited, rejected) on an item: on all its places (a
        term's occurrences), or on one `place`; an edited text is for one place (the item's
        lead unless `place` says). `seen` is the version of the decision the reviewer was
        shown (None: none), when it may be older than the session's (the app syncs before it
        handles a click). Raises `DecisionRefused` when somebody else decided it meanwhile,
        or when it would change words that another accepted change already changes;
        `StoreUnavailable` when the database did not confirm it. Either way the session does
        not count it as decided."""
        item = self._by_id[item_id]
        if place is not None:
            targets = [self._places[place]]
        elif text is not None or status == "edited":
            targets = [item.finding]
        else:
            # the item's own place last: the others see an item as decided by its lead, so
            # they never see it decided while a later place may still be refused and undone
            targets = sorted(item.places, key=lambda target: target.id == item_id)
        self._act(
            [
                (
                    self._decision(target, status, text, comment),
                    seen if target.id == item_id else LATEST,
                )
                for target in targets
            ],
            whole=len(targets) > 1,
        )

    def comment(self, item_id: str, comment: str, *, seen: int | None = LATEST) -> None:
        """Add or change the reviewer's comment, keeping the decision (pending if none)."""
        current = self.decisions.get(item_id)
        if current is None:
            current = self._decision(self._by_id[item_id].finding, "pending", None, comment)
            current = replace(current, status="pending")
        self._act([(replace(current, comment=comment, time=now_iso()), seen)])

    def undo(self) -> str | None:
        """Take back this session's last action; returns the item it was about. Raises
        `DecisionRefused` (and forgets that action) when somebody changed one of its
        decisions since; what could be taken back before that is taken back."""
        if not self.undo_stack:
            return None
        action = self.undo_stack.pop()
        for entry in reversed(action):
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
                        lead=entry.item_id in self._by_id,
                    )
            except DecisionRefused:
                self.sync()
                raise
            self._remember(entry.item_id, entry.previous, saved)
        return self._item_of.get(action[0].item_id, action[0].item_id)

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
                counts = _block_counts(lang, old.kind, new.text, self.settings)
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
