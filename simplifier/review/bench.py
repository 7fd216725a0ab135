"""Benchmark: how long the review app takes to show the next suggestion after a decision.

    python -m simplifier.review.bench [--sample fr/brochure_mutualite.docx] [--decisions 15]

Runs the real app (`app.py`) in Streamlit's test harness on a temporary SQLite database,
uploads a sample of about two pages (the French brochure: 1,012 words), then accepts
suggestions one by one and times each script run (decision saved, changed paragraph analysed
again, score updated, letter and card drawn). The first run (pipelines loaded, letter
analysed) is reported apart.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", default="fr/brochure_mutualite.docx")
    parser.add_argument("--decisions", type=int, default=15)
    args = parser.parse_args()
    from streamlit.testing.v1 import AppTest

    with tempfile.TemporaryDirectory() as folder:
        os.environ["SIMPLIFIER_DB"] = str(Path(folder) / "bench.sqlite")
        app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
        start = time.perf_counter()
        app.run()
        app.text_input(key="reviewer").input("Bench")
        sample = ROOT / "samples" / args.sample
        app.file_uploader(key="upload").set_value((sample.name, sample.read_bytes(), DOCX))
        app.button(key="check").click().run()
        first = time.perf_counter() - start
        session = app.session_state["session"]
        times = []
        for _ in range(args.decisions):
            position = app.session_state["position"]
            item = session.items[position]
            key = "accept" if item.rewrite is not None else "reject"
            started = time.perf_counter()
            app.button(key=key).click().run()
            times.append(time.perf_counter() - started)
            assert not app.exception, app.exception
        words = sum(len(b.text.split()) for b in session.report.blocks)
    print(f"{sample.name}: {words} words, {session.total} suggestions")
    print(f"start + upload + analysis: {first:.1f} s")
    print(
        f"decision -> next suggestion shown: median {statistics.median(times) * 1000:.0f} ms, "
        f"worst {max(times) * 1000:.0f} ms over {len(times)} decisions"
    )


if __name__ == "__main__":
    main()
