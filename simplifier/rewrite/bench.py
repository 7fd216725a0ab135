"""Benchmark: writing reviewed changes into a .docx as tracked changes with comments.

    python -m simplifier.rewrite.bench [--edits 100] [--pages 5] [--rounds 20]

Builds a letter of about `pages` pages (500 words a page, sample paragraphs in runs of mixed
formatting, a table, header and footer) with python-docx, spreads `edits` accepted decisions
over it (word replacements of different lengths, some across two runs), and times
`apply_file` writing the tracked version with one comment per change: median and worst of
`rounds` runs, after one warm-up run.
"""

from __future__ import annotations

import argparse
import platform
import re
import statistics
import tempfile
import time
import zipfile
from pathlib import Path

import docx

from simplifier.io import read_file
from simplifier.io.txt_reader import split_paragraphs
from simplifier.models import BLOCK_SEPARATOR
from simplifier.review.decisions import Decision
from simplifier.rewrite.apply import apply_file

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
WORDS_PER_PAGE = 500


def build_letter(path: Path, pages: int) -> Path:
    paragraphs = [
        chunk
        for sample in sorted((SAMPLES / "fr").glob("*.txt"))
        for _, chunk in split_paragraphs(sample.read_text(encoding="utf-8"))
        if len(chunk.split()) > 12
    ]
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Mutualité – Service Droits et Statuts"
    document.sections[0].footer.paragraphs[0].text = "Tél. 081 22 47 90"
    words = 0
    index = 0
    while words < pages * WORDS_PER_PAGE:
        text = paragraphs[index % len(paragraphs)]
        paragraph = document.add_paragraph()
        half = len(text) // 2
        paragraph.add_run(text[:half])
        paragraph.add_run(text[half:]).bold = True  # an edit may cross the two runs
        words += len(text.split())
        index += 1
    table = document.add_table(rows=3, cols=2)
    for row in table.rows:
        row.cells[0].text, row.cells[1].text = "Quote-part personnelle", "4,00 EUR"
    document.save(str(path))
    return path


def decisions_for(path: Path, count: int) -> list[Decision]:
    blocks = read_file(path)
    text = BLOCK_SEPARATOR.join(b.text for b in blocks)
    body = [b for b in blocks if b.kind == "body" and len(b.text.split()) > 12]
    decisions = []
    for number in range(count):
        block = body[number % len(body)]
        words = [(w.start(), w.end()) for w in re.finditer(r"\w{4,}", block.text)]
        slot = words[(number // len(body) * 3 + len(words) // 2) % len(words)]
        start, end = block.start + slot[0], block.start + slot[1]
        decisions.append(
            Decision(
                id=f"bench@{start}",
                status="accepted",
                start=start,
                end=end,
                original=text[start:end],
                text="mot simple" if number % 2 else "plus",
                reason="Écrivez plutôt un mot courant.",
                reviewer="Marie Dupont",
                time="2026-11-23T10:00:00Z",
            )
        )
    unique = {d.start: d for d in decisions}
    return sorted(unique.values(), key=lambda d: d.start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=100)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        letter = build_letter(Path(folder) / "letter.docx", args.pages)
        blocks = read_file(letter)
        decisions = decisions_for(letter, args.edits)
        output = Path(folder) / "out.docx"
        edits = apply_file(letter, decisions, output, blocks=blocks)  # warm-up
        with zipfile.ZipFile(output) as archive:
            written = archive.read("word/document.xml").count(b"<w:del ")
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            apply_file(letter, decisions, output, blocks=blocks)
            times.append(time.perf_counter() - start)
        words = sum(len(b.text.split()) for b in blocks)
    print(f"Python {platform.python_version()}, {platform.machine()}, one process")
    print(
        f"document: {words} words (~{words / WORDS_PER_PAGE:.1f} pages), "
        f"{len(decisions)} decisions -> {len(edits)} edits, {written} w:del in the output"
    )
    print(
        f"median {statistics.median(times) * 1000:.1f} ms, worst {max(times) * 1000:.1f} ms "
        f"over {args.rounds} runs"
    )


if __name__ == "__main__":
    main()
