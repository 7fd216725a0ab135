"""Measure the parity check: `simplifier eval parity FOLDER [--half tune|report|all]`.

FOLDER holds pairs `<name>_fr.<ext>` / `<name>_nl.<ext>` (.txt or .docx). For every pair:
the differences reported on the pair as it is (each one to be judged by hand), then pairs
changed in memory on one side, with a fixed seed: one fact changed (an amount, a date, a
number, a deadline, a phone number, a reference), one negation added or dropped ("ne … pas",
"niet", "geen"), one obligation weakened ("doit" -> "peut", "moet" -> "kan"). A change is
found when a new difference of its kind is reported at its paragraph (or a neighbour); every
other new difference is a false alarm. A change at a paragraph where the pair as it is already
differs in that kind is left out and counted apart: the versions did not agree there, so the
change may only make them agree (nothing to find) or hide behind the difference already
reported. `--half tune` takes pairs p01-p06, `report` p07-p12
(names without a number: always taken)."""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from simplifier.io import read_file
from simplifier.models import Block
from simplifier.parity.compare import Difference, compare_blocks
from simplifier.parity.facts import facts_of

SEED = 2026
PER_KIND = 3  # changes of each kind on each side of each pair
FACT_KINDS = (
    "amount",
    "date",
    "number",
    "deadline",
    "phone",
    "iban",
    "reference",
    "legal_reference",
)
_FR_SUBJECT_VERB = re.compile(
    r"\b(vous|il|elle|ils|elles|nous|on)\s+(?!ne\b|n['’])([a-zéèêàâîôûç]{3,})\b"
)
_FR_NE_PAS = re.compile(r"\b(?:ne\s+|n['’])([\wéèêàâîôûç’'-]+)\s+(pas|plus|jamais|rien)\b", re.I)
_NL_VERB = re.compile(
    r"\b(moet|moeten|kunt|kan|kunnen|is|zijn|wordt|worden|heeft|hebt|hebben|krijgt|krijg|"
    r"krijgen|betaalt|betalen|mag|mogen|zal|zullen)\b(?!\s+(?:niet|geen)\b)",
    re.I,
)
_NL_NEGATION = re.compile(r"\s(niet)\b|\b(geen|niets)\b", re.I)
_OBLIGATION_SWAP = {
    "fr": {
        "doit": "peut",
        "doivent": "peuvent",
        "devez": "pouvez",
        "dois": "peux",
        "devons": "pouvons",
    },
    "nl": {"moet": "kan", "moeten": "kunnen"},
}


@dataclass(frozen=True)
class Change:
    kind: str  # fact, negation_added, negation_dropped, obligation
    side: str
    block: int  # position in the side's block list
    before: str
    after: str


def pairs_in(folder: Path, half: str = "all") -> list[tuple[str, Path, Path]]:
    found = []
    for french in sorted(folder.iterdir()):
        match = re.fullmatch(r"(.+)_fr\.(txt|docx)", french.name)
        if not match or (match.group(2) == "txt" and french.with_suffix(".docx").is_file()):
            continue  # a letter in .docx and .txt: the .docx only
        dutch = french.with_name(f"{match.group(1)}_nl.{match.group(2)}")
        if not dutch.is_file() or french.stat().st_size == 0 or dutch.stat().st_size == 0:
            continue
        number = re.fullmatch(r"p(\d+)", match.group(1))
        if number and half != "all":
            tune = int(number.group(1)) <= 6
            if tune != (half == "tune"):
                continue
        found.append((match.group(1), french, dutch))
    return found


def _digit_changed(text: str, rng: random.Random, kind: str) -> str | None:
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    if not positions:
        return None
    if kind == "date":  # another day of the month, or another year
        day = re.match(r"\d{1,2}", text)
        if day and int(day.group()) <= 28:
            new = (int(day.group()) + rng.randint(1, 9) - 1) % 28 + 1
            if new == int(day.group()):
                new = new % 28 + 1
            return str(new) + text[day.end() :]
        year = re.search(r"\d{4}", text)
        if year:
            return text[: year.start()] + str(int(year.group()) + 1) + text[year.end() :]
    index = rng.choice(positions)
    digit = int(text[index])
    new_digit = (digit + rng.randint(1, 9)) % 10
    if index == positions[0] and new_digit == 0 and len(positions) > 1:
        new_digit = (digit % 9) + 1 if digit != 9 else 1
    return text[:index] + str(new_digit) + text[index + 1 :]


def changes(blocks: list[Block], side: str, rng: random.Random) -> list[Change]:
    """Candidate changes of every kind on one version, PER_KIND of each at most."""
    found: dict[str, list[Change]] = defaultdict(list)
    for position, block in enumerate(blocks):
        text = block.text
        for fact in facts_of(text):
            if fact.kind in FACT_KINDS:
                changed = _digit_changed(fact.text, rng, fact.kind)
                if changed and changed != fact.text:
                    after = text[: fact.start] + changed + text[fact.start + len(fact.text) :]
                    found["fact"].append(Change("fact", side, position, text, after))
        if side == "fr":
            for match in _FR_SUBJECT_VERB.finditer(text):
                verb = match.group(2)
                ne = "n'" if verb[0] in "aeéèêiouyh" else "ne "
                after = text[: match.start(2)] + ne + verb + " pas" + text[match.end(2) :]
                found["negation_added"].append(
                    Change("negation_added", side, position, text, after)
                )
            for match in _FR_NE_PAS.finditer(text):
                # "ne … rien" -> "… quelque chose"; "ne … pas/plus/jamais" -> the verb alone
                kept = match.group(1) + (" quelque chose" if match.group(2) == "rien" else "")
                after = text[: match.start()] + kept + text[match.end() :]
                found["negation_dropped"].append(
                    Change("negation_dropped", side, position, text, after)
                )
        else:
            for match in _NL_VERB.finditer(text):
                after = text[: match.end()] + " niet" + text[match.end() :]
                found["negation_added"].append(
                    Change("negation_added", side, position, text, after)
                )
            for match in _NL_NEGATION.finditer(text):
                if match.group(1):
                    after = text[: match.start()] + text[match.end() :]
                else:  # "geen" -> "een", "niets" -> "iets"
                    after = text[: match.start()] + match.group(2)[1:] + text[match.end() :]
                found["negation_dropped"].append(
                    Change("negation_dropped", side, position, text, after)
                )
        for word, weaker in _OBLIGATION_SWAP[side].items():
            for match in re.finditer(rf"\b{word}\b", text, re.I):
                after = text[: match.start()] + weaker + text[match.end() :]
                found["obligation"].append(Change("obligation", side, position, text, after))
    chosen: list[Change] = []
    for kind in ("fact", "negation_added", "negation_dropped", "obligation"):
        candidates = found[kind]
        chosen += rng.sample(candidates, min(PER_KIND, len(candidates)))
    return chosen


def _signature(difference: Difference) -> tuple[object, ...]:
    return (
        difference.kind,
        difference.fact_kind,
        difference.side,
        difference.fr,
        difference.nl,
        difference.fr_text,
        difference.nl_text,
        difference.fr_count,
        difference.nl_count,
        difference.fr_at,  # where sentences were compared: their places, not their words
        difference.nl_at,
    )


def _expected(change: Change) -> set[str]:
    """The kinds of difference that report a change: a fact for a fact; for a negation or
    an obligation, either (a negated "peut" is counted as a prohibition, with the
    obligations)."""
    return {"fact"} if change.kind == "fact" else {"negation", "obligation"}


@dataclass
class PairFigures:
    name: str
    paragraphs: tuple[int, int]
    baseline: list[Difference]
    tried: Counter[str]
    found: Counter[str]
    false_alarms: list[int]  # per changed pair
    markers_compared: bool = True
    left_out: int = 0  # changes where the versions already differed in that kind


def measure_pair(
    name: str, fr_blocks: list[Block], nl_blocks: list[Block], rng: random.Random
) -> PairFigures:
    base = compare_blocks(fr_blocks, nl_blocks)
    before = {_signature(d) for d in base.differences}
    figures = PairFigures(
        name,
        (base.fr_paragraphs, base.nl_paragraphs),
        base.differences,
        Counter(),
        Counter(),
        [],
        markers_compared=base.markers_compared,
    )
    for side, blocks in (("fr", fr_blocks), ("nl", nl_blocks)):
        for change in changes(blocks, side, rng):
            place = blocks[change.block].index + 1
            differing = {
                at
                for d in base.differences
                if d.kind in _expected(change)
                for at in (d.fr if side == "fr" else d.nl)
            }
            if place in differing:
                figures.left_out += 1
                continue
            changed = list(blocks)
            changed[change.block] = replace(blocks[change.block], text=change.after)
            pair = (changed, nl_blocks) if side == "fr" else (fr_blocks, changed)
            result = compare_blocks(*pair)
            new = [d for d in result.differences if _signature(d) not in before]
            near = set(range(place - 1, place + 2))
            hits = [
                d
                for d in new
                if d.kind in _expected(change) and near & set(d.fr if side == "fr" else d.nl)
            ]
            figures.tried[change.kind] += 1
            figures.found[change.kind] += bool(hits)
            figures.false_alarms.append(len(new) - len(hits))
    return figures


def _percent(found: int, tried: int) -> str:
    return f"{found}/{tried} ({100 * found / tried:.0f} %)" if tried else "–"


def evaluate_parity(folder: Path, half: str = "all", seed: int = SEED) -> str:
    """The figures as a Markdown report (names and figures only: no text of the pairs)."""
    pairs = pairs_in(folder, half)
    if not pairs:
        raise FileNotFoundError(f"{folder}: no <name>_fr / <name>_nl pair")
    rng = random.Random(seed)
    lines = [
        f"Parity check on {folder} (half: {half}, seed {seed}, {len(pairs)} pairs)",
        "",
        "| pair | paragraphs fr/nl | built alike | differences as it is | changes found "
        "| false alarms per changed pair (max) |",
        "|---|---|---|---|---|---|",
    ]
    tried: Counter[str] = Counter()
    found: Counter[str] = Counter()
    alike_tried: Counter[str] = Counter()
    alike_found: Counter[str] = Counter()
    alarms: list[int] = []
    left_out = 0
    details = []
    for name, french, dutch in pairs:
        figures = measure_pair(name, read_file(french), read_file(dutch), rng)
        tried += figures.tried
        found += figures.found
        if figures.markers_compared:
            alike_tried += figures.tried
            alike_found += figures.found
        alarms += figures.false_alarms
        left_out += figures.left_out
        total_tried, total_found = sum(figures.tried.values()), sum(figures.found.values())
        worst = max(figures.false_alarms, default=0)
        mean = sum(figures.false_alarms) / len(figures.false_alarms) if figures.false_alarms else 0
        lines.append(
            f"| {name} | {figures.paragraphs[0]}/{figures.paragraphs[1]} "
            f"| {'yes' if figures.markers_compared else 'no'} | {len(figures.baseline)} "
            f"| {_percent(total_found, total_tried)} | {mean:.2f} ({worst}) |"
        )
        for d in figures.baseline:  # places and kinds only: the pairs' text is not repeated
            what = d.fact_kind or d.kind
            counts = f", counts fr {d.fr_count} / nl {d.nl_count}" if d.kind != "fact" else ""
            details.append(
                f"- {name}: {what} on the {d.side} side, paragraphs fr {list(d.fr)} / nl "
                f"{list(d.nl)}{counts}"
            )
    lines += [
        "",
        "| change | found, all pairs | found, pairs built alike |",
        "|---|---|---|",
    ]
    for kind in ("fact", "negation_added", "negation_dropped", "obligation"):
        lines.append(
            f"| {kind} | {_percent(found[kind], tried[kind])} "
            f"| {_percent(alike_found[kind], alike_tried[kind])} |"
        )
    lines.append(
        f"| all | {_percent(sum(found.values()), sum(tried.values()))} "
        f"| {_percent(sum(alike_found.values()), sum(alike_tried.values()))} |"
    )
    mean = sum(alarms) / len(alarms) if alarms else 0
    lines += [
        "",
        f"False alarms per changed pair: mean {mean:.2f}, most {max(alarms, default=0)}, "
        f"changed pairs with more than one: {sum(a > 1 for a in alarms)} of {len(alarms)}.",
        f"Changes left out (at a paragraph where the versions already differ in that kind): "
        f"{left_out}.",
        "",
        "Differences reported on the pairs as they are (judge each one):",
        *(details or ["- none"]),
    ]
    return "\n".join(lines) + "\n"
