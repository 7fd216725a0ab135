"""Compare the two aligned versions: facts present on one side only (or written differently),
and paragraphs whose negations or obligations do not match."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from simplifier.errors import InputError
from simplifier.io import read_bytes, read_file
from simplifier.language import guess_by_function_words
from simplifier.models import Block
from simplifier.parity.align import Paragraph, Unit, align, anchors_of, looks_like_heading
from simplifier.parity.facts import KINDS, Fact, deadline_key, facts_of
from simplifier.parity.markers import Markers
from simplifier.parity.sentences import (
    Pairing,
    Sentence,
    align_in_unit,
    confident,
    link_anywhere,
    sentences_of,
)

WINDOW = 1  # a fact found in a neighbouring aligned paragraph is not a difference
MIN_WORDS_ALONE = 5  # shorter paragraphs found in one version only are not reported
SIDES = ("fr", "nl")


@dataclass(frozen=True)
class Difference:
    """One difference between the versions. `kind`: "fact" (a fact of `fact_kind` on one
    side, missing or different on the other), "negation" or "obligation" (counts differ),
    or "paragraph" (a paragraph only one version has). `side` is the version that has the
    fact (or the paragraph); `fr`/`nl` are 1-based paragraph numbers; `fr_text`/`nl_text`
    the fact as each side writes it ("" when absent); `fr_count`/`nl_count` the counts."""

    kind: str
    side: str
    fr: tuple[int, ...]
    nl: tuple[int, ...]
    fact_kind: str = ""
    fr_text: str = ""
    nl_text: str = ""
    fr_count: int = 0
    nl_count: int = 0
    key: str = ""  # the normalised fact, or the marker kind
    # negations/obligations counted in some sentences only (the rest of the paragraphs
    # agree, or faces nothing): those sentences, as each side writes them ("" for none)
    fr_sentence: str = ""
    nl_sentence: str = ""
    # where those sentences stand: (paragraph number, sentence number in it), each side
    fr_at: tuple[tuple[int, int], ...] = ()
    nl_at: tuple[tuple[int, int], ...] = ()


@dataclass
class Level:
    score: float
    level: str


@dataclass
class ParityResult:
    fr_source: str
    nl_source: str
    fr_paragraphs: int
    nl_paragraphs: int
    units: list[Unit]
    differences: list[Difference]
    fr_paragraph_numbers: list[int] = field(default_factory=list)
    nl_paragraph_numbers: list[int] = field(default_factory=list)
    levels: dict[str, Level] = field(default_factory=dict)
    swapped: bool = False  # the files were given in the other order
    # False when the versions are ordered differently: negations and obligations were then
    # compared only in the paragraphs surely facing each other
    markers_compared: bool = True
    # the paragraphs' text, for the HTML page that shows the versions side by side
    fr_texts: list[str] = field(default_factory=list)
    nl_texts: list[str] = field(default_factory=list)

    @property
    def agree(self) -> bool:
        return not self.differences


def paragraphs(blocks: list[Block]) -> list[Paragraph]:
    return [
        Paragraph(
            b.index,
            b.text,
            looks_like_heading(b.text, b.role),
            tuple(facts_of(b.text, b.index)),
            anchors_of(b.text),
        )
        for b in blocks
        if b.text.strip()
    ]


def _matches(fact: Fact, others: list[Fact]) -> bool:
    for other in others:
        if other.key == fact.key:
            return True
        if fact.kind == "date" and other.kind == "date":
            # "15 mars" and "15 maart 2026": the same day, one side leaves the year out
            short, full = sorted((fact.key, other.key))
            if short.startswith("--") and full.endswith(short[1:]):
                return True
        if fact.kind == "number" and fact.key in _numbers_in(other.text):
            return True
        if other.kind == "number" and other.key in _numbers_in(fact.text):
            return True
    return False


_LOOSE_DEADLINE = re.compile(
    r"\b(\d+)\s+(?:[a-zé]+\s+){0,2}?(jours?|dagen|dag|kalenderdagen|werkdagen|mois|maanden|"
    r"maand|semaines?|weken|week|ans?|jaar)\b",
    re.I,
)


def loose_deadlines(text: str) -> set[str]:
    """Time limits written without "dans"/"binnen" or with words between the number and the
    unit ("binnen de 8 daaropvolgende kalenderdagen"), as deadline keys ("8d")."""
    found = set()
    for match in _LOOSE_DEADLINE.finditer(text):
        unit = match.group(2).lower()
        unit = {"kalenderdagen": "dagen", "werkdagen": "dagen"}.get(unit, unit)
        key = deadline_key(f"{match.group(1)} {unit}")
        if key:
            found.add(key)
            if match.group(2).lower() == "werkdagen":
                found.add(key + "-work")
    return found


def _numbers_in(text: str) -> set[str]:
    return {m.replace(",", ".") for m in re.findall(r"\d+(?:,\d+)?", text)}


def structure_alike(units: list[Unit]) -> bool:
    """At least half the aligned units are one paragraph facing one."""
    one_to_one = sum(len(u.fr) == 1 and len(u.nl) == 1 for u in units)
    return one_to_one * 2 >= len(units)


LINK_THRESHOLD = 0.3  # sentences paired across a letter ordered differently


def in_order(
    units: list[Unit], links: list[Pairing], fr: list[Sentence], nl: list[Sentence]
) -> bool:
    """Whether the sentences surely saying the same thing stand in paragraphs facing each
    other: fewer than a third of them elsewhere. A paragraph put elsewhere
    in one version leaves the paragraphs in order facing paragraphs that say other things."""
    unit_of = {}
    for k, unit in enumerate(units):
        for i in unit.fr:
            unit_of[("fr", i)] = k
        for j in unit.nl:
            unit_of[("nl", j)] = k
    elsewhere = sum(
        unit_of[("fr", fr[p.fr[0]].paragraph)] != unit_of[("nl", nl[p.nl[0]].paragraph)]
        for p in links
    )
    return elsewhere * 3 < len(links) or not links


def sentence_groups(
    fr: list[Sentence], nl: list[Sentence]
) -> list[tuple[list[Sentence], list[Sentence]]]:
    """The sentences of paragraphs facing each other, in groups whose negations and
    obligations are compared: sentences surely facing each other, then all the others
    together (as the paragraphs were compared before; a side may be empty: sentences only
    one version has)."""
    if len(fr) <= 1 or len(nl) <= 1:
        return [(fr, nl)]
    pairings = align_in_unit(fr, nl)
    groups = []
    rest: tuple[list[Sentence], list[Sentence]] = ([], [])
    for pairing in confident(pairings):
        groups.append(([fr[i] for i in pairing.fr], [nl[i] for i in pairing.nl]))
    sure = {(i, "fr") for g in confident(pairings) for i in g.fr} | {
        (j, "nl") for g in confident(pairings) for j in g.nl
    }
    rest = (
        [s for i, s in enumerate(fr) if (i, "fr") not in sure],
        [s for j, s in enumerate(nl) if (j, "nl") not in sure],
    )
    if rest[0] or rest[1]:
        groups.append(rest)
    if len(groups) == 1:
        return [(fr, nl)]
    return groups


def _words(text: str) -> int:
    return len(text.split())


def compare_paragraphs(
    fr: list[Paragraph], nl: list[Paragraph]
) -> tuple[list[Unit], list[Difference], bool]:
    """The units, the differences, and whether the versions are built alike (negations
    and obligations compared in every pair of paragraphs)."""
    units = align(fr, nl)
    sides = {"fr": fr, "nl": nl}
    numbers = {side: [p.index + 1 for p in sides[side]] for side in SIDES}

    def places(unit: Unit, side: str) -> tuple[int, ...]:
        return tuple(numbers[side][i] for i in getattr(unit, side))

    def facts(unit: Unit, side: str) -> list[Fact]:
        return [f for i in getattr(unit, side) for f in sides[side][i].facts]

    # Negations and obligations are compared only where the versions are built alike: when
    # fewer than half the paragraphs face one paragraph, the versions put things in another
    # order (on real pairs that gave only false alarms), and so do paragraphs merged by three.
    sentences = {
        (side, i): sentences_of(i, p.text, side)
        for side in SIDES
        for i, p in enumerate(sides[side])
    }
    fr_all = [s for i in range(len(fr)) for s in sentences[("fr", i)]]
    nl_all = [s for i in range(len(nl)) for s in sentences[("nl", i)]]
    links = link_anywhere(fr_all, nl_all, LINK_THRESHOLD)
    compare_markers = structure_alike(units) and in_order(units, links, fr_all, nl_all)

    def marker_differences(
        fr_group: list[Sentence], nl_group: list[Sentence], unit: Unit | None, whole: bool
    ) -> list[Difference]:
        """The negations and obligations of sentences facing each other (`whole`: all the
        sentences of the unit's paragraphs), as differences; a group one side lacks is
        placed at the unit's paragraphs on that side."""
        found = []
        fr_count = sum((s.markers for s in fr_group), Markers())
        nl_count = sum((s.markers for s in nl_group), Markers())
        place = {
            side: tuple(
                sorted({numbers[side][s.paragraph] for s in group})
                or (places(unit, side) if unit is not None else ())
            )
            for side, group in (("fr", fr_group), ("nl", nl_group))
        }
        for marker, a, b in (
            ("negation", fr_count.negations, nl_count.negations),
            ("obligation", fr_count.obligations, nl_count.obligations),
        ):
            if a != b:
                found.append(
                    Difference(
                        marker,
                        "fr" if a > b else "nl",
                        place["fr"],
                        place["nl"],
                        fr_count=a,
                        nl_count=b,
                        key=marker,
                        fr_sentence="" if whole else " ".join(s.text for s in fr_group),
                        nl_sentence="" if whole else " ".join(s.text for s in nl_group),
                        fr_at=()
                        if whole
                        else tuple((numbers["fr"][s.paragraph], s.number) for s in fr_group),
                        nl_at=()
                        if whole
                        else tuple((numbers["nl"][s.paragraph], s.number) for s in nl_group),
                    )
                )
        return found

    differences: list[Difference] = []
    for k, unit in enumerate(units):
        near = units[max(0, k - WINDOW) : k + WINDOW + 1]
        alone: dict[str, list[Fact]] = {}
        for side, other in (("fr", "nl"), ("nl", "fr")):
            around = [f for u in near for f in facts(u, other)]
            around_text = " ".join(sides[other][i].text for u in near for i in getattr(u, other))
            seen: set[tuple[str, str]] = set()
            alone[side] = []
            for fact in facts(unit, side):
                if (fact.kind, fact.key) in seen:
                    continue
                seen.add((fact.kind, fact.key))
                if not _matches(fact, around) and not (
                    fact.kind == "deadline" and fact.key in loose_deadlines(around_text)
                ):
                    alone[side].append(fact)
        # a fact on each side of the same kind: one difference, "X here, Y there"
        for kind in KINDS:
            fr_only = [f for f in alone["fr"] if f.kind == kind]
            nl_only = [f for f in alone["nl"] if f.kind == kind]
            for index in range(max(len(fr_only), len(nl_only))):
                fr_fact = fr_only[index] if index < len(fr_only) else None
                nl_fact = nl_only[index] if index < len(nl_only) else None
                differences.append(
                    Difference(
                        "fact",
                        "fr" if fr_fact is not None else "nl",
                        places(unit, "fr"),
                        places(unit, "nl"),
                        fact_kind=kind,
                        fr_text=fr_fact.text if fr_fact else "",
                        nl_text=nl_fact.text if nl_fact else "",
                        key=(fr_fact or nl_fact).key,  # type: ignore[union-attr]
                    )
                )
        if not unit.fr or not unit.nl:
            side = "fr" if unit.fr else "nl"
            text = " ".join(sides[side][i].text for i in getattr(unit, side))
            if _words(text) >= MIN_WORDS_ALONE:
                differences.append(
                    Difference("paragraph", side, places(unit, "fr"), places(unit, "nl"))
                )
            continue
        if len(unit.fr) + len(unit.nl) > 3 or not compare_markers:
            continue
        fr_sentences = [s for i in unit.fr for s in sentences[("fr", i)]]
        nl_sentences = [s for i in unit.nl for s in sentences[("nl", i)]]
        for fr_group, nl_group in sentence_groups(fr_sentences, nl_sentences):
            differences += marker_differences(
                fr_group, nl_group, unit, whole=(fr_group, nl_group) == (fr_sentences, nl_sentences)
            )
    if not compare_markers:
        # the versions are ordered differently: only sentences surely saying the same thing,
        # wherever they stand, are compared
        for pairing in links:
            fr_group = [fr_all[i] for i in pairing.fr]
            nl_group = [nl_all[i] for i in pairing.nl]
            differences += marker_differences(fr_group, nl_group, None, whole=False)
    return units, differences, compare_markers


def compare_blocks(
    fr_blocks: list[Block], nl_blocks: list[Block], fr_source: str = "", nl_source: str = ""
) -> ParityResult:
    fr, nl = paragraphs(fr_blocks), paragraphs(nl_blocks)
    units, differences, alike = compare_paragraphs(fr, nl)
    return ParityResult(
        fr_source,
        nl_source,
        len(fr),
        len(nl),
        units,
        differences,
        [p.index + 1 for p in fr],
        [p.index + 1 for p in nl],
        markers_compared=alike,
        fr_texts=[p.text for p in fr],
        nl_texts=[p.text for p in nl],
    )


def language_of(blocks: list[Block]) -> str | None:
    return guess_by_function_words([b.text for b in blocks], ("fr", "nl"))


def read_pair(
    first: str | Path, second: str | Path, contents: tuple[bytes, bytes] | None = None
) -> tuple[list[Block], list[Block], bool]:
    """The blocks of the French and the Dutch version, whichever order they were given in
    (files on disk, or uploaded `contents` named `first` and `second`); an InputError naming
    the file when both are in the same language."""
    if contents is None:
        blocks = [read_file(first), read_file(second)]
    else:
        blocks = [read_bytes(contents[0], str(first)), read_bytes(contents[1], str(second))]
    langs = [language_of(b) for b in blocks]
    if langs == ["nl", "fr"]:
        return blocks[1], blocks[0], True
    if langs[0] == langs[1] and langs[0] is not None:
        raise InputError(second, f"parity.err.both_{langs[0]}")
    return blocks[0], blocks[1], False


def add_levels(result: ParityResult, fr_blocks: list[Block], nl_blocks: list[Block]) -> None:
    """The readability score and level of each version, with its own language's pipeline."""
    from simplifier.engine import analyze_blocks

    for side, blocks in (("fr", fr_blocks), ("nl", nl_blocks)):
        report = analyze_blocks(
            blocks,
            side,
            source=result.fr_source if side == "fr" else result.nl_source,
            rewrites=False,
        )
        result.levels[side] = Level(report.readability.score, report.readability.level)


def compare_files(
    first: str | Path,
    second: str | Path,
    *,
    levels: bool = True,
    contents: tuple[bytes, bytes] | None = None,
) -> ParityResult:
    """Compare the French and the Dutch version of a letter (.docx or .txt, in either order);
    `contents`: the files' bytes when they were uploaded (then `first`/`second` are names)."""
    fr_blocks, nl_blocks, swapped = read_pair(first, second, contents)
    fr_path, nl_path = (second, first) if swapped else (first, second)
    result = compare_blocks(fr_blocks, nl_blocks, str(fr_path), str(nl_path))
    result.swapped = swapped
    if levels:
        add_levels(result, fr_blocks, nl_blocks)
    return result
