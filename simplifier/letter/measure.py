"""Measure the letter card on a folder of real texts: `python -m simplifier.letter.measure
FOLDER [--verdicts FILE.tsv] [--half odd|even|all] [--letter] [--dump FILE.tsv]`.

For each .txt/.docx file it prints what the card found (letter or not, where the message is,
actions and their deadlines, contact details). With `--verdicts`, a TSV a person filled after
reading the texts (columns `file`, `letter` 0/1, `contact` 0/1, and optionally
`actions_right` and `actions_found`: of the actions the card listed, how many really ask the
reader to do something), it prints the agreement: letter detection (precision, recall,
accuracy), contact presence, and the precision of the actions. `--letter` reads every file as
a letter (to measure the actions and contacts on texts that are not letters). `--summary`
prints only the totals over the files (no row per file: for a held-out half). A verdict file
with `is_letter` instead of `letter` (and no `contact`) is read for the detection only.
`--dump` writes the actions found, one per line, for the person who judges them (keep that
file outside the repository: it quotes the texts). Nothing of the texts is printed, only names
and figures."""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from simplifier.engine import analyze_file

_NUMBER = re.compile(r"(\d+)")


def _half(path: Path, half: str) -> bool:
    if half == "all":
        return True
    numbers = _NUMBER.findall(path.stem)
    if not numbers:
        return False
    return (int(numbers[0]) % 2 == 1) == (half == "odd")


def _verdicts(path: Path | None) -> dict[str, dict[str, str]]:
    if path is None:
        return {}
    with path.open(encoding="utf-8") as handle:
        return {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}


def _ratio(a: int, b: int) -> str:
    return f"{a}/{b} = {a / b:.2f}" if b else f"{a}/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m simplifier.letter.measure")
    parser.add_argument("folder", type=Path, nargs="+")
    parser.add_argument("--verdicts", type=Path)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="all")
    parser.add_argument("--letter", action="store_true", help="read every file as a letter")
    parser.add_argument("--summary", action="store_true", help="only the totals, no file rows")
    parser.add_argument("--dump", type=Path, help="write the actions found (quotes the texts)")
    args = parser.parse_args(argv)
    files = sorted(
        p
        for folder in args.folder
        for p in folder.iterdir()
        if p.suffix.lower() in (".txt", ".docx") and _half(p, args.half)
    )
    verdicts = _verdicts(args.verdicts)
    dump = []
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "contact_ok": 0, "contact_n": 0}
    actions_right = actions_found = 0
    no_contact_said = no_contact_wrong = 0
    totals = dict.fromkeys(
        ("files", "letter", "message", "late", "actions", "dated", "no_contact", "items"), 0
    )
    if not args.summary:
        print("file\tletter\tparts\tmessage\tactions\tno_deadline\tcontacts\tno_contact\titems")
    for path in files:
        report = analyze_file(path, rewrites=False, letter=True if args.letter else None)
        card = report.card
        kinds = sorted({c.kind for c in card.contacts})
        dated = sum(1 for a in card.actions if a.deadline_kind not in ("", "relative"))
        for key, value in (
            ("files", 1),
            ("letter", card.letter),
            ("message", bool(card.message)),
            ("late", card.late),
            ("actions", len(card.actions)),
            ("dated", dated),
            ("no_contact", card.letter and card.no_contact),
            ("items", len(card.findings)),
        ):
            totals[key] += int(value)
        if not args.summary:
            print(
                f"{path.name}\t{int(card.letter)}\t{','.join(card.parts)}\t"
                f"{card.paragraph}/{card.paragraphs}\t{len(card.actions)}\t"
                f"{len(card.actions) - dated}\t{','.join(kinds)}\t{int(card.no_contact)}\t"
                f"{len(card.findings)}"
            )
        for action in card.actions:
            dump.append([path.name, action.how, action.deadline_kind, action.sentence.text])
        verdict = verdicts.get(path.name)
        if verdict is None:
            continue
        truth = verdict.get("letter", verdict.get("is_letter")) == "1"
        said = card.letter if not args.letter else truth
        key = ("tp" if truth else "fp") if said else ("fn" if truth else "tn")
        counts[key] += 1
        if card.letter and verdict.get("contact"):
            counts["contact_n"] += 1
            has_contact = verdict["contact"] == "1"
            counts["contact_ok"] += has_contact == (not card.no_contact)
            no_contact_said += card.no_contact
            no_contact_wrong += card.no_contact and has_contact
        if verdict.get("actions_found"):
            actions_found += int(verdict["actions_found"])
            actions_right += int(verdict["actions_right"])
    print(
        f"\ntotals ({args.half} half): files {totals['files']}, letters {totals['letter']}, "
        f"message found {totals['message']}, said late {totals['late']}, "
        f"actions {totals['actions']} (with a deadline {totals['dated']}), "
        f"'no contact' {totals['no_contact']}, items {totals['items']}"
    )
    if args.dump:
        with args.dump.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle, delimiter="\t").writerows(dump)
    if verdicts:
        tp, fp, fn, tn = (counts[k] for k in ("tp", "fp", "fn", "tn"))
        print(f"\nfiles judged: {tp + fp + fn + tn} ({args.half} half)")
        if not args.letter:
            print(
                f"letter detection: precision {_ratio(tp, tp + fp)}, recall {_ratio(tp, tp + fn)}"
            )
            print(f"letter detection: accuracy {_ratio(tp + tn, tp + fp + fn + tn)}")
        print(f"contact present/absent right: {_ratio(counts['contact_ok'], counts['contact_n'])}")
        print(f"'no contact' said: {no_contact_said}, wrongly: {no_contact_wrong}")
        if actions_found:
            print(f"actions that really ask something: {_ratio(actions_right, actions_found)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
