"""What readers said of the items of real texts, kept in the project as data: a verdict and a
reason category per item, keyed by file name and item (`real_anchor`), never the text.

Readers answer on the numbered items of a reading sheet (`simplifier eval real --sheets`);
`import_answers` turns those numbers back into item keys with the sheets' `items.tsv`, so a
verdict is attached to the item, not to where it stood on a sheet.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from simplifier.io.atomic import write_atomically

PROJECT = Path(__file__).resolve().parents[1]
VERDICTS_DIR = PROJECT / "eval" / "real"
VERDICTS = ("right", "wrong")
# Why an item is wrong, in categories a reader picks (no free text is stored).
REASONS = (
    "grammar",  # the new sentence is not correct French or Dutch
    "meaning",  # it no longer says the same (or the advice would change it)
    "register",  # form of address or tone does not fit the letter
    "name",  # a name, a code, a heading or a fixed term was touched
    "not_hard",  # the flagged words or sentence are not a problem for a B1 reader
    "wrong_words",  # the finding points at the wrong words
    "unclear",  # the message or the explanation does not help
    "other",
)


@dataclass(frozen=True)
class Verdict:
    file: str
    key: str
    verdict: str
    reason: str
    reader: str


def load_verdicts(folder: Path = VERDICTS_DIR) -> dict[tuple[str, str], Verdict]:
    path = folder / "verdicts.tsv"
    if not path.exists():
        return {}
    found: dict[tuple[str, str], Verdict] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            if row["verdict"] not in VERDICTS or (row["reason"] and row["reason"] not in REASONS):
                raise ValueError(f"{path}:{number}: verdict or reason not known")
            verdict = Verdict(row["file"], row["key"], row["verdict"], row["reason"], row["reader"])
            found[(verdict.file, verdict.key)] = verdict  # a later reading replaces an earlier
    return found


def load_missed(folder: Path = VERDICTS_DIR) -> dict[str, int]:
    """Hard words a reader found in each text that no finding marks (the latest count)."""
    path = folder / "missed.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: int(row["missed"]) for row in csv.DictReader(handle, delimiter="\t")}


def load_texts(folder: Path = VERDICTS_DIR) -> dict[str, str]:
    """The sha256 of each text the verdicts were given on: a text retrieved anew may differ."""
    path = folder / "texts.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["sha256"] for row in csv.DictReader(handle, delimiter="\t")}


class AnswersError(ValueError):
    """A reader's answers file that cannot be taken as it is (nothing of it is kept)."""


def _read_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [[cell.strip() for cell in row] for row in csv.reader(handle, delimiter="\t")]
    return [row for row in rows if any(row) and row[0] != "file"]


def import_answers(
    sheets: Path, answers: Path, reader: str, folder: Path = VERDICTS_DIR
) -> tuple[int, int]:
    """Add a reader's answers (file, number, right|wrong, reason; and file, "missed", count)
    to `verdicts.tsv` and `missed.tsv`, the sheet numbers turned into item keys with the
    sheets' `items.tsv`. All or nothing: one line that names no item, or says neither right
    nor wrong, and nothing is added. Returns (verdicts, missed counts) added."""
    keys = {(row[0], row[1]): row[2] for row in _read_rows(sheets / "items.tsv") if len(row) >= 3}
    verdicts: list[str] = []
    missed: list[str] = []
    for number, row in enumerate(_read_rows(answers), start=1):
        row = [*row, "", "", ""][:4]
        file, place, verdict, reason = row[0], row[1], row[2].lower(), row[3].lower()
        if place == "missed":
            if not verdict.isdigit():
                raise AnswersError(f"{answers}: line {number}: a count of missed words is a number")
            missed.append(f"{file}\t{verdict}\t{reader}")
            continue
        if (file, place) not in keys:
            raise AnswersError(f"{answers}: line {number}: no item {place} of {file} in {sheets}")
        if verdict not in VERDICTS:
            raise AnswersError(f"{answers}: line {number}: the verdict is right or wrong")
        reason = "" if verdict == "right" else (reason if reason in REASONS else "other")
        verdicts.append(f"{file}\t{keys[(file, place)]}\t{verdict}\t{reason}\t{reader}")
    _append(folder / "verdicts.tsv", "file\tkey\tverdict\treason\treader", verdicts)
    _append(folder / "missed.tsv", "file\tmissed\treader", missed)
    return len(verdicts), len(missed)


def _append(path: Path, header: str, rows: list[str]) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else f"{header}\n"
    write_atomically(path, old + "".join(f"{row}\n" for row in rows))
