"""Benchmark of `simplifier batch`: documents and words per second over generated .docx files
against bare `nlp.pipe` of the same pipelines on the same paragraphs, in the same run and with
as many processes, and the peak memory of the whole batch (all its processes).

    python -m simplifier.batch.bench [--docs 1000] [--jobs 2] [--rounds 4] [--keep DIR]

Three measurements, in the same run, in the same warm worker processes, taking turns over
`--rounds` slices of the documents (so that other work on the machine weighs on all three
alike): the batch (one run per slice, from the call to the report written: scan, cache,
analysis, pages, tables, JSON), bare `nlp.pipe` of the same pipelines over the same
paragraphs (the project's sentence-hints component off, as in `simplifier.bench`), and the
engine alone (`analyze_file` per document,
nothing around it), which tells what the batch machinery itself costs.

The documents are the sample letters (samples/*/*.docx) copied round-robin, each with one
extra paragraph carrying a unique file number, so that no two files have the same content
(the batch analyses identical files once). Memory is the proportional set size (PSS: shared
pages are divided among the processes sharing them) summed over the batch's processes.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import shutil
import tempfile
import threading
import time
import zipfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent.parent / "samples"
OWN_COMPONENTS = ["simplifier_sentence_hints"]
EXTRA = {
    "fr": "Numéro de dossier : BENCH-{n:06d}. Gardez ce numéro pour toute question.",
    "nl": "Dossiernummer: BENCH-{n:06d}. Vermeld dit nummer als u een vraag hebt.",
}


def sample_files() -> list[Path]:
    return sorted(SAMPLES.glob("*/*.docx"))


def variant(source: Path, target: Path, number: int, lang: str) -> Path:
    """A copy of the .docx `source` with one more paragraph at the end of the body."""
    text = EXTRA.get(lang, EXTRA["fr"]).format(n=number)
    paragraph = f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'.encode()
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w") as copy:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "word/document.xml":
                cut = data.rindex(b"<w:sectPr")
                data = data[:cut] + paragraph + data[cut:]
            copy.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(buffer.getvalue())
    return target


def sample_lang(path: Path) -> str:
    return path.parent.name if path.parent.name in EXTRA else "fr"


def generate(folder: Path, count: int) -> list[tuple[Path, Path, int]]:
    """`count` documents in `folder` (100 per sub-folder): (file, sample it copies, number)."""
    samples = sample_files()
    made = []
    for number in range(count):
        source = samples[number % len(samples)]
        target = folder / f"lot{number // 100:03d}" / f"{source.stem}-{number:06d}.docx"
        made.append((variant(source, target, number, sample_lang(source)), source, number))
    return made


class MemorySampler(threading.Thread):
    """Peak of the summed PSS of this process and all its descendants."""

    def __init__(self, every: float = 1.0) -> None:
        super().__init__(daemon=True)
        import psutil

        self.psutil = psutil
        self.every = every
        self.peak_pss = 0
        self.peak_worker_rss = 0
        self.stopped = threading.Event()

    def run(self) -> None:
        me = self.psutil.Process(os.getpid())
        while not self.stopped.is_set():
            total = 0
            for process in [me, *me.children(recursive=True)]:
                try:
                    info = process.memory_full_info()
                except (self.psutil.NoSuchProcess, self.psutil.AccessDenied):
                    continue
                total += info.pss
                if process.pid != me.pid:
                    self.peak_worker_rss = max(self.peak_worker_rss, info.rss)
            self.peak_pss = max(self.peak_pss, total)
            self.stopped.wait(self.every)

    def stop(self) -> None:
        self.stopped.set()
        self.join()


def _pipe(chunks: list[tuple[str, list[str]]]) -> tuple[int, float]:
    """In a worker: bare `nlp.pipe` of the texts, per language; (words, seconds)."""
    from simplifier.nlp import get_pipeline

    words, seconds = 0, 0.0
    for lang, texts in chunks:
        nlp = get_pipeline(lang)
        with nlp.select_pipes(disable=OWN_COMPONENTS):
            start = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=64):
                pass
            seconds += time.perf_counter() - start
        words += sum(len(text.split()) for text in texts)
    return words, seconds


def _analyse_files(paths: list[str]) -> float:
    """In a worker: the engine alone (`analyze_file`) on each file; seconds."""
    from simplifier.engine import analyze_file

    start = time.perf_counter()
    for path in paths:
        analyze_file(path, rewrites=False)  # as the batch worker does
    return time.perf_counter() - start


def sample_blocks(paths: list[str]) -> dict[str, list[tuple[str, str]]]:
    """In a worker: the (language, paragraph) pairs of each sample that the engine checks."""
    from simplifier.io import read_file
    from simplifier.language import detect_blocks

    found = {}
    for path in paths:
        blocks = read_file(path)
        langs = detect_blocks([b.text for b in blocks])
        found[path] = [
            (lang, b.text) for b, lang in zip(blocks, langs, strict=True) if lang in EXTRA
        ]
    return found


def baseline_texts(
    made: list[tuple[Path, Path, int]], blocks_of: dict[str, list[tuple[str, str]]]
) -> list[list[tuple[str, str]]]:
    """Per document, the (language, paragraph) pairs the batch parses: the sample's blocks in
    French or Dutch, and the extra paragraph."""
    return [
        [*blocks_of[str(source)], (sample_lang(source), EXTRA[sample_lang(source)].format(n=n))]
        for _, source, n in made
    ]


def _timed(pool, function, shares: list) -> float:
    """Wall time of `function` run on each share at once, in the (warm) pool."""
    start = time.perf_counter()
    for future in [pool.submit(function, share) for share in shares]:
        future.result()
    return time.perf_counter() - start


def bare_pipe(pool, documents: list[list[tuple[str, str]]], jobs: int) -> float:
    """Wall time of bare `nlp.pipe` over the documents' paragraphs, split across the jobs."""
    shares = []
    for job in range(jobs):
        mine = documents[job::jobs]
        shares.append(
            [
                (lang, [text for doc in mine for block_lang, text in doc if block_lang == lang])
                for lang in EXTRA
            ]
        )
    return _timed(pool, _pipe, shares)


def engine_only(pool, paths: list[Path], jobs: int) -> float:
    """Wall time of the engine's own analysis of the files (`analyze_file`), split across the
    jobs, without the batch around it (no cache, pages, tables, results sent back)."""
    return _timed(pool, _analyse_files, [[str(p) for p in paths[job::jobs]] for job in range(jobs)])


def _batch(runner, paths: list[Path], out: Path):
    from simplifier.batch.run import BatchOptions, run_batch

    start = time.perf_counter()
    summary = run_batch(BatchOptions(inputs=paths, out=out, progress=False), runner=runner)
    return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=4, help="Turns taken by the three.")
    parser.add_argument("--keep", type=Path, help="Keep the documents and report in this folder.")
    args = parser.parse_args()

    from simplifier.batch.parallel import LocalRunner

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="simplifier-bench-"))
    folder, out = work / "documents", work / "report"
    shutil.rmtree(out, ignore_errors=True)
    made = generate(folder, args.docs)
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores")
    print(f"{len(made)} documents generated in {folder}")

    load_before = f"{os.getloadavg()[0]:.2f}"
    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    runner = LocalRunner(args.jobs)
    runner.start()
    startup = time.perf_counter() - started
    pool = runner._pool()  # the same warm workers measure the baselines
    # read in a worker: the main process of a batch never loads the language detector
    blocks_of = pool.submit(sample_blocks, [str(p) for p in sample_files()]).result()
    size = -(-len(made) // args.rounds)
    seconds = {"batch": 0.0, "bare": 0.0, "engine": 0.0}
    words = checked = failed = 0
    phases: dict[str, float] = {}
    for number in range(args.rounds):
        chunk = made[number * size : (number + 1) * size]
        if not chunk:
            break
        texts = baseline_texts(chunk, blocks_of)
        words += sum(len(text.split()) for doc in texts for _, text in doc)
        paths = [path for path, _, _ in chunk]
        order = ["batch", "bare", "engine"]
        order = order[number % 3 :] + order[: number % 3]  # each goes first in turn
        for name in order:
            if name == "batch":
                wall, summary = _batch(runner, paths, out)
                checked, failed = checked + summary.checked, failed + summary.failed
                for phase, value in summary.seconds.items():
                    phases[phase] = phases.get(phase, 0.0) + value
                seconds["batch"] += wall
            elif name == "bare":
                seconds["bare"] += bare_pipe(pool, texts, args.jobs)
            else:
                seconds["engine"] += engine_only(pool, paths, args.jobs)
    runner.close()
    sampler.stop()
    batch_wps = words / seconds["batch"]
    bare_wps = words / seconds["bare"]
    engine_wps = words / seconds["engine"]
    print(
        f"batch: {checked} checked, {failed} failed, in {args.rounds} rounds taking turns with "
        f"the baselines; workers started in {startup:.1f} s; load average before/after: "
        f"{load_before} / {os.getloadavg()[0]:.2f}"
    )
    print("batch phases (s): " + ", ".join(f"{k} {v:.1f}" for k, v in phases.items()))
    print(
        "| documents | words | batch time (s) | documents/s | words/s | bare nlp.pipe words/s "
        "| batch / bare nlp.pipe | engine alone words/s | batch / engine alone "
        "| peak memory (PSS, all processes) | largest worker RSS |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {checked} | {words} | {seconds['batch']:.1f} | {checked / seconds['batch']:.2f} "
        f"| {batch_wps:.0f} | {bare_wps:.0f} | {batch_wps / bare_wps:.0%} | {engine_wps:.0f} "
        f"| {batch_wps / engine_wps:.0%} | {sampler.peak_pss / 2**20:.0f} MB "
        f"| {sampler.peak_worker_rss / 2**20:.0f} MB |"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
