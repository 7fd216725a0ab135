"""Benchmark: words per second of the full analysis against bare `nlp.pipe` of the same
pipeline on the same text, in one run, for French and Dutch.

    python -m simplifier.bench [--words 20000] [--rounds 3] [--lang fr nl]

The text is made of the sample letters (samples/<lang>/*.txt) repeated to the wanted length.
Both measurements run in the same process, alternately, and the best round of each counts.
"""

from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from simplifier.engine import analyze_blocks, get_analyzer
from simplifier.io import number_blocks
from simplifier.io.docx_reader import RawBlock
from simplifier.io.txt_reader import split_paragraphs
from simplifier.models import Block

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
OWN_COMPONENTS = ["simplifier_sentence_hints"]


def corpus(lang: str, words: int) -> list[Block]:
    paragraphs = [
        chunk
        for path in sorted((SAMPLES / lang).glob("*.txt"))
        for _, chunk in split_paragraphs(path.read_text(encoding="utf-8"))
    ]
    if not paragraphs:
        raise SystemExit(f"no sample texts in {SAMPLES / lang}")
    chosen: list[str] = []
    count = 0
    while count < words:
        for paragraph in paragraphs:
            chosen.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                break
    return number_blocks([RawBlock(t, "paragraph", "", "", i) for i, t in enumerate(chosen)])


def bench(lang: str, words: int, rounds: int, rewrites: bool = True) -> dict[str, float]:
    analyzer = get_analyzer(lang)
    blocks = corpus(lang, words)
    texts = [b.text for b in blocks]
    n_words = sum(len(t.split()) for t in texts)
    analyze_blocks(blocks[:20])  # warm up caches (language detector, frequency lists)
    bare_best = full_best = float("inf")
    for _ in range(rounds):
        with analyzer.nlp.select_pipes(disable=OWN_COMPONENTS):
            start = time.perf_counter()
            for _doc in analyzer.nlp.pipe(texts, batch_size=64):
                pass
            bare_best = min(bare_best, time.perf_counter() - start)
        start = time.perf_counter()
        report = analyze_blocks(blocks, rewrites=rewrites)
        full_best = min(full_best, time.perf_counter() - start)
    return {
        "words": n_words,
        "findings": len(report.findings),
        "bare_wps": n_words / bare_best,
        "full_wps": n_words / full_best,
        "ratio": bare_best / full_best,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--lang", nargs="+", default=["fr", "nl"])
    parser.add_argument(
        "--no-rewrites", action="store_true", help="analyse without making rewrites (as batch)"
    )
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {platform.machine()}, one process")
    print(
        "| language | pipeline | words | bare nlp.pipe (words/s) | full analysis (words/s) "
        "| share kept |"
    )
    print("|---|---|---|---|---|---|")
    for lang in args.lang:
        result = bench(lang, args.words, args.rounds, rewrites=not args.no_rewrites)
        name = get_analyzer(lang).nlp.meta.get("name", "")
        print(
            f"| {lang} | {lang}_{name} | {result['words']:.0f} | {result['bare_wps']:.0f} | "
            f"{result['full_wps']:.0f} | {result['ratio']:.0%} |"
        )


if __name__ == "__main__":
    main()
