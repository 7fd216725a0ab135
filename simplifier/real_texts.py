"""Measure findings and changes on real public texts that nobody on the project wrote.

The texts (`../shared/realtext/`, retrieved into a local folder, never into the project) are
third-party pages: this module writes reading sheets next to them (outside the project) and
keeps in the project only what readers said of each item, keyed by file name and item, as a
verdict and a reason category, never the text.

Reading is blind: a reader who did not write the rule or the lexicon entry gets each finding
with its words marked and each sure change as the sentence before and after, and answers only
"right or wrong, and why". A reader also counts the hard words of the text that no finding
marks (the hard words missed).

Files are split by their number: odd numbers are the half rules and lexicons are tuned on,
even numbers the half figures are reported on (`--half`).

    simplifier eval real DIR --sheets OUT      # reading sheets for the items not yet judged
    simplifier eval real DIR                   # the figures, from eval/real/*.tsv
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from simplifier.engine import analyze_file
from simplifier.io.atomic import write_atomically
from simplifier.items import group
from simplifier.loader import load_rules
from simplifier.models import WIDE_CATEGORIES, Finding, Report
from simplifier.real_anchor import ANCHOR, Anchors, normal, sentence_span
from simplifier.real_verdicts import (
    VERDICTS_DIR,
    Verdict,
    load_missed,
    load_texts,
    load_verdicts,
)

_NUMBER = re.compile(r"(\d+)")
# Dutch advice quotes words as ‘…’ since it stopped using French « … »: the same advice, so the
# same key (verdicts were given under the older quotes).
_QUOTED = re.compile(r"‘([^‘’]*)’")


@dataclass(frozen=True)
class Item:
    """One thing a reader judges: a finding, or the sure change that goes with it."""

    file: str  # "fr_01", "p03_nl"
    key: str  # the finding's id; a change adds a hash of its new words
    kind: str  # finding | change
    lang: str
    number: int = 0  # its number on the reading sheet


@dataclass
class Case:
    """One real text and what the analysis made of it."""

    file: str
    path: Path
    lang: str
    half: str  # tune (odd number) | report (even number)
    sha256: str
    report: Report
    anchors: Anchors
    items: list[Item] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(block.text.split()) for block in self.report.blocks)


def file_name(path: Path) -> str:
    return path.stem


def half_of(name: str) -> str:
    found = _NUMBER.search(name)
    return "tune" if found and int(found.group(1)) % 2 else "report"


def lang_of(name: str, report: Report) -> str:
    for lang in ("fr", "nl"):
        if name.startswith(f"{lang}_") or name.endswith(f"_{lang}"):
            return lang
    return report.lang


def is_sure(finding: Finding) -> bool:
    return bool(finding.rewrites) and finding.rewrites[0].confident and not finding.choose


def location_key(finding: Finding, anchors: Anchors) -> str:
    """The rule and the words it points at, placed by their sentence (`real_anchor`)."""
    return f"{finding.rule_id}@{anchors.place(finding.start, finding.end)}"


def finding_key(finding: Finding, anchors: Anchors) -> str:
    """A finding about words is judged again when its advice differs (a lexicon entry got
    other alternatives or another explanation); one about a whole sentence or paragraph is
    judged on the sentence, whatever its figures say."""
    key = location_key(finding, anchors)
    if finding.category in WIDE_CATEGORIES:
        return key
    advice = _QUOTED.sub(r"« \1 »", f"{finding.message}\n{finding.explanation}")
    return f"{key}~{hashlib.sha1(advice.encode()).hexdigest()[:8]}"


def change_key(finding: Finding, anchors: Anchors) -> str:
    """A change is judged again when its new words differ, not when only the rule did."""
    rewrite = finding.rewrites[0]
    where = anchors.place(rewrite.start, rewrite.end)
    digest = hashlib.sha1(f"{where}:{rewrite.text}".encode()).hexdigest()[:10]
    return f"{location_key(finding, anchors)}#{digest}"


def items_of(file: str, lang: str, report: Report, anchors: Anchors) -> list[Item]:
    items: list[Item] = []
    for finding in report.findings:
        items.append(Item(file, finding_key(finding, anchors), "finding", lang, len(items) + 1))
        if is_sure(finding):
            key = change_key(finding, anchors)
            items.append(Item(file, key, "change", lang, len(items) + 1))
    return items


def collect(folder: Path, half: str = "all") -> list[Case]:
    """Every .txt under `folder`, analysed with its changes, in a stable order."""
    cases = []
    for path in sorted(folder.rglob("*.txt")):
        name = file_name(path)
        if half != "all" and half_of(name) != half:
            continue
        report = analyze_file(path)
        lang = lang_of(name, report)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        anchors = Anchors(report)
        case = Case(name, path, lang, half_of(name), sha, report, anchors)
        case.items = items_of(name, lang, report, anchors)
        cases.append(case)
    return cases


# --- reading sheets (outside the project: they hold the texts) -------------------------------


def _finding_lines(report: Report, finding: Finding) -> list[str]:
    a, b = sentence_span(report, finding.start, finding.end)
    text = report.text
    if finding.category in WIDE_CATEGORIES:
        marked = text[a:b]
        where = "(the whole sentence or paragraph)"
    else:
        marked = f"{text[a : finding.start]}[[{text[finding.start : finding.end]}]]"
        marked += text[finding.end : b]
        where = ""
    lines = [f"   Text: {' '.join(marked.split())} {where}".rstrip()]
    lines.append(f"   Says: {finding.message}")
    if finding.explanation:
        lines.append(f"   Why: {' '.join(finding.explanation.split())}")
    return lines


def _change_lines(report: Report, finding: Finding) -> list[str]:
    rewrite = finding.rewrites[0]
    a, b = sentence_span(report, rewrite.start, rewrite.end)
    text = report.text
    after = text[a : rewrite.start] + rewrite.text + text[rewrite.end : b]
    return [
        f"   Before: {' '.join(text[a:b].split())}",
        f"   After:  {' '.join(after.split())}",
    ]


def sheet(case: Case, judged: set[tuple[str, str]]) -> str:
    """The reading sheet of one text: its items not judged yet, numbered."""
    by_key = {location_key(f, case.anchors): f for f in case.report.findings}
    out = [
        f"# {case.file} ({case.lang}, {case.words} words)",
        "",
        "For each item answer: right or wrong, and why (grammar, meaning, register, name,",
        "not_hard, wrong_words, unclear, other). FINDING: is the marked problem a real problem",
        "for a reader at level B1, and is the advice right? CHANGE: is the sentence after the",
        "change correct, does it say the same, in the same register?",
        "Then count the hard words of the text that no finding marks.",
        "",
        "## The text",
        "",
        *[block.text for block in case.report.blocks],
        "",
        "## Items",
        "",
    ]
    for item in case.items:
        if (item.file, item.key) in judged:
            continue
        finding = by_key[re.split("[#~]", item.key)[0]]
        out.append(f"[{item.number}] {item.kind.upper()} {item.key}")
        lines = _finding_lines if item.kind == "finding" else _change_lines
        out += lines(case.report, finding)
        out.append("")
    return "\n".join(out) + "\n"


def write_sheets(cases: Iterable[Case], out: Path, judged: set[tuple[str, str]]) -> list[Path]:
    """One sheet per text, and `items.tsv` (file, number, key, kind, lang: no text)."""
    written = []
    rows = ["file\tnumber\tkey\tkind\tlang"]
    for case in cases:
        path = out / f"{case.file}.md"
        write_atomically(path, sheet(case, judged))
        written.append(path)
        rows += [f"{i.file}\t{i.number}\t{i.key}\t{i.kind}\t{i.lang}" for i in case.items]
    write_atomically(out / "items.tsv", "\n".join(rows) + "\n")
    return written


# --- figures --------------------------------------------------------------------------------


@dataclass
class Figures:
    texts: int = 0
    words: int = 0
    findings: int = 0
    items: int = 0  # what a reviewer goes through: one per problem
    ready_items: int = 0  # of which with a concrete change
    sure: int = 0
    judged_findings: int = 0
    right_findings: int = 0
    judged_sure: int = 0
    wrong_sure: int = 0
    word_findings_right: int = 0
    missed: int = 0
    texts_with_missed: int = 0
    unmarked: int = 0  # hard words a reader saw marked rightly that nothing marks now
    reasons: Counter[str] = field(default_factory=Counter)

    def per_1000(self, count: int) -> float:
        return 1000 * count / self.words if self.words else 0.0


def figures(
    cases: Iterable[Case],
    verdicts: dict[tuple[str, str], Verdict],
    missed: dict[str, int],
) -> dict[str, Figures]:
    """Figures per language over the cases given."""
    result: dict[str, Figures] = {}
    for case in cases:
        f = result.setdefault(case.lang, Figures())
        f.texts += 1
        f.words += case.words
        f.findings += len(case.report.findings)
        problems = group(case.report)
        f.items += len(problems)
        f.ready_items += sum(p.ready for p in problems)
        for item in case.items:
            verdict = verdicts.get((item.file, item.key))
            if item.kind == "change":
                f.sure += 1
                if verdict:
                    f.judged_sure += 1
                    f.wrong_sure += verdict.verdict == "wrong"
            elif verdict:
                f.judged_findings += 1
                right = verdict.verdict == "right"
                f.right_findings += right
                f.word_findings_right += right and not _is_wide(case, item.key)
            if verdict and verdict.verdict == "wrong":
                f.reasons[f"{item.kind}:{verdict.reason or 'other'}"] += 1
        if case.file in missed:
            f.missed += missed[case.file]
            f.texts_with_missed += 1
        f.unmarked += len(no_longer_marked(case, verdicts))
    return result


_LOCATION = re.compile(
    rf"^(?P<rule>[A-Z]+\.\w+)@(?P<anchor>{ANCHOR}):(?P<start>\d+)-(?P<end>\d+)(?:~\w+)?$"
)


@cache
def _categories() -> dict[str, str]:
    return {rule.id: rule.category for lang in ("fr", "nl") for rule in load_rules(lang)}


def no_longer_marked(case: Case, verdicts: dict[tuple[str, str], Verdict]) -> list[str]:
    """Words a reader judged a right finding on (in any round) that no finding marks now and
    the text does not explain: hard words lost, counted with those the readers missed. Places
    that overlap are one word; words marked at another of their places are not lost (readers
    count each term once). A verdict whose sentence is not in this copy of the text says
    nothing either way."""
    categories = _categories()
    sentences = case.anchors.sentences()
    marked: dict[str, list[tuple[int, int]]] = {}
    marked_words = set()
    for finding in [*case.report.findings, *case.report.explained]:
        if finding.category in WIDE_CATEGORIES:
            continue
        found = _LOCATION.match(location_key(finding, case.anchors))
        start, end = int(found["start"]), int(found["end"])
        marked.setdefault(found["anchor"], []).append((start, end))
        words = normal(case.report.text[finding.start : finding.end]).text
        marked_words.add(words.lower())
    lost: dict[str, list[tuple[int, int]]] = {}
    for (file, key), verdict in verdicts.items():
        found = _LOCATION.match(key) if file == case.file else None
        if found is None or verdict.verdict != "right" or found["anchor"] not in sentences:
            continue
        if categories.get(found["rule"], "sentence_length") in WIDE_CATEGORIES:
            continue
        start, end = int(found["start"]), int(found["end"])
        if any(a < end and start < b for a, b in marked.get(found["anchor"], [])):
            continue
        if sentences[found["anchor"]][start:end].lower() not in marked_words:
            lost.setdefault(found["anchor"], []).append((start, end))
    merged: list[str] = []
    for anchor, spans in lost.items():
        last = -1
        for start, end in sorted(spans):
            if start >= last:
                merged.append(f"{anchor}:{start}-{end}")
            last = max(last, end)
    return merged


def _is_wide(case: Case, key: str) -> bool:
    finding = next(f for f in case.report.findings if finding_key(f, case.anchors) == key)
    return finding.category in WIDE_CATEGORIES


def _share(part: int, whole: int) -> str:
    return f"{part} / {whole} ({100 * part / whole:.1f} %)" if whole else "-"


def render(results: dict[str, Figures], half: str) -> str:
    lines = [
        f"Real texts, half: {half} (odd numbers: tune; even numbers: report)",
        "",
        "| | " + " | ".join(sorted(results)) + " |",
        "|---|" + "---|" * len(results),
    ]

    def row(label: str, value) -> None:
        cells = [value(results[lang]) for lang in sorted(results)]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")

    row("texts, words", lambda f: f"{f.texts}, {f.words}")
    row("findings per 1,000 words", lambda f: f"{f.per_1000(f.findings):.0f}")
    row("items to go through per 1,000 words", lambda f: f"{f.per_1000(f.items):.0f}")
    row("  of which with a ready change", lambda f: f"{f.per_1000(f.ready_items):.0f}")
    row("sure changes per 1,000 words", lambda f: f"{f.per_1000(f.sure):.1f}")
    row("findings right (judged)", lambda f: _share(f.right_findings, f.judged_findings))
    row("findings not judged yet", lambda f: str(f.findings - f.judged_findings))
    row("sure changes wrong (judged)", lambda f: _share(f.wrong_sure, f.judged_sure))
    row("sure changes not judged yet", lambda f: str(f.sure - f.judged_sure))
    row(
        "hard words found (right word findings / with those missed and no longer marked)",
        lambda f: (
            _share(f.word_findings_right, f.word_findings_right + f.missed + f.unmarked)
            if f.texts_with_missed
            else "-"
        ),
    )
    row("  hard words marked rightly before, not now", lambda f: str(f.unmarked))
    lines.append("")
    for lang in sorted(results):
        reasons = ", ".join(f"{k} {v}" for k, v in results[lang].reasons.most_common())
        lines.append(f"Wrong, by reason ({lang}): {reasons or '-'}")
    return "\n".join(lines) + "\n"


def evaluate_real(
    folder: Path,
    half: str = "report",
    sheets: Path | None = None,
    verdicts_dir: Path = VERDICTS_DIR,
    record_texts: bool = False,
) -> str:
    """The figures for one half of the texts in `folder`; with `sheets`, also the reading
    sheets of the items not judged yet."""
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such folder (retrieve the texts first)")
    cases = collect(folder, half)
    verdicts = load_verdicts(verdicts_dir)
    known = load_texts(verdicts_dir)
    changed = [c.file for c in cases if c.file in known and known[c.file] != c.sha256]
    if sheets is not None:
        write_sheets(cases, sheets, set(verdicts))
    if record_texts:
        write_atomically(verdicts_dir / "texts.tsv", texts_table(cases, verdicts_dir))
    text = render(figures(cases, verdicts, load_missed(verdicts_dir)), half)
    if changed:
        text += (
            f"\nWarning: {len(changed)} text(s) differ from the copies the verdicts were given "
            f"on: {', '.join(changed)}\n"
        )
    return text


def texts_table(cases: Iterable[Case], folder: Path = VERDICTS_DIR) -> str:
    """`texts.tsv`: the fingerprint of each text the verdicts are given on; texts recorded
    earlier and not among `cases` (the other half) are kept."""
    rows: dict[str, str] = {}
    path = folder / "texts.tsv"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            rows[line.split("\t")[0]] = line
    rows.update({c.file: f"{c.file}\t{c.sha256}\t{c.words}\t{c.lang}" for c in cases})
    return "file\tsha256\twords\tlang\n" + "".join(f"{rows[f]}\n" for f in sorted(rows))
