"""How far two blind readers of the same items agree (`eval/real` and a second reading).

Readers differ a lot on real texts (one judged 2 % of sure changes wrong, another 33 % on
pages of the same sources), so a figure read by one person carries that person's leaning. A
second reader of the same items, kept in its own verdicts folder, says how much: agreement
and Cohen's kappa per language and kind, and how often either reader found an item wrong."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from simplifier.real_verdicts import Verdict, load_verdicts


@dataclass
class Agreement:
    items: int = 0
    same: int = 0
    first_wrong: int = 0
    second_wrong: int = 0
    either_wrong: int = 0

    @property
    def kappa(self) -> float | None:
        """Cohen's kappa: agreement beyond what two readers with these rates reach by chance;
        None when chance agreement is total (both readers said the same of everything)."""
        if not self.items:
            return None
        observed = self.same / self.items
        p1, p2 = self.first_wrong / self.items, self.second_wrong / self.items
        chance = p1 * p2 + (1 - p1) * (1 - p2)
        return None if chance >= 1 else (observed - chance) / (1 - chance)


def _lang(file: str) -> str:
    for lang in ("fr", "nl"):
        if file.startswith(f"{lang}_") or file.endswith(f"_{lang}"):
            return lang
    return "?"


def _kind(key: str) -> str:
    return "change" if "#" in key else "finding"


def compare(
    first: dict[tuple[str, str], Verdict], second: dict[tuple[str, str], Verdict]
) -> dict[tuple[str, str], Agreement]:
    """(language, kind) -> agreement over the items both readings judged."""
    result: dict[tuple[str, str], Agreement] = defaultdict(Agreement)
    for place in sorted(first.keys() & second.keys()):
        a, b = first[place].verdict == "wrong", second[place].verdict == "wrong"
        cell = result[(_lang(place[0]), _kind(place[1]))]
        cell.items += 1
        cell.same += a == b
        cell.first_wrong += a
        cell.second_wrong += b
        cell.either_wrong += a or b
    return dict(result)


def render(result: dict[tuple[str, str], Agreement]) -> str:
    def share(part: int, whole: int) -> str:
        return f"{part} / {whole} ({100 * part / whole:.1f} %)" if whole else "-"

    lines = [
        "| language, kind | items read twice | same verdict | kappa | wrong (first) "
        "| wrong (second) | wrong (either) |",
        "|---|---|---|---|---|---|---|",
    ]
    for (lang, kind), cell in sorted(result.items()):
        kappa = "-" if cell.kappa is None else f"{cell.kappa:.2f}"
        lines.append(
            f"| {lang}, {kind} | {cell.items} | {share(cell.same, cell.items)} | {kappa} "
            f"| {share(cell.first_wrong, cell.items)} | {share(cell.second_wrong, cell.items)} "
            f"| {share(cell.either_wrong, cell.items)} |"
        )
    if not result:
        lines.append("| (no item judged in both readings) | | | | | | |")
    return "\n".join(lines) + "\n"


def agreement(first: Path, second: Path) -> str:
    """The table for two verdicts folders (each with its verdicts.tsv)."""
    for folder in (first, second):
        if not (folder / "verdicts.tsv").is_file():
            raise FileNotFoundError(f"{folder}: no verdicts.tsv in this folder")
    return render(compare(load_verdicts(first), load_verdicts(second)))
