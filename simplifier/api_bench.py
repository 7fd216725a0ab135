"""Load test of the HTTP API: `python -m simplifier.api_bench`.

Starts the real server (`simplifier serve`) on 127.0.0.1 and a free port, sends N `POST
/check` requests of a one-page sample letter, C at a time, checks that every answer is a
report, samples the server's resident memory at start and end (flat means no leak per
request), and reports p50/p95 latency and requests per second, against `simplifier check`
run in a loop (what each letter costs without a warm server). Bounded: at most --requests
requests and --max-seconds in all. The figures are in docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psutil

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "fr" / "lettre_intervention_majoree.docx"  # one page, 512 words
MB = 1024 * 1024


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def start_server(log: Path, deadline: float) -> tuple[subprocess.Popen[bytes], str, float]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    with log.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "simplifier", "serve", "--port", str(port)],
            stdout=err,
            stderr=subprocess.STDOUT,
        )
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the server stopped:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return process, url, time.perf_counter() - start
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.terminate()
    raise SystemExit("the server did not start in time")


def letters(rotate: bool, sample: Path) -> list[Path]:
    """The sample alone, or every one-page letter of samples/ (French and Dutch, not the
    brochures): the rewrite checks remember what they worked out for a sentence, so the same
    letter again costs less than a new one."""
    if not rotate:
        return [sample]
    found = sorted((ROOT / "samples").glob("[fn][rl]/*.docx"))
    return [path for path in found if not path.stem.startswith("broch")]


def load(
    url: str, samples: list[Path], requests: int, concurrency: int, server: psutil.Process
) -> tuple[list[float], float, int]:
    """Latencies of `requests` POST /check, `concurrency` at a time, the wall time, and the
    server's memory after the first tenth (once the caches that fill on use are full)."""
    contents = [(path.name, path.read_bytes()) for path in samples]
    early: list[int] = []

    def one(index: int) -> float:
        with httpx.Client(base_url=url, timeout=120) as client:
            start = time.perf_counter()
            response = client.post("/check", files={"file": contents[index % len(contents)]})
            elapsed = time.perf_counter() - start
        if response.status_code != 200 or response.json().get("schema") != "simplifier.report/1":
            raise SystemExit(f"request failed: {response.status_code} {response.text[:200]}")
        if index == requests // 10:
            early.append(server.memory_info().rss)
        return elapsed

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = list(pool.map(one, range(requests)))
    return latencies, time.perf_counter() - start, early[0] if early else 0


def cli_loop(sample: Path, runs: int) -> list[float]:
    """Seconds of each `simplifier check --format json` of the sample, a new process each."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "simplifier", "check", str(sample), "--format", "json"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--cli-runs", type=int, default=3)
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument(
        "--rotate", action="store_true", help="Send each one-page letter of samples/ in turn."
    )
    args = parser.parse_args(argv)
    deadline = time.monotonic() + args.max_seconds
    sent = letters(args.rotate, args.sample)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    with tempfile.TemporaryDirectory(prefix="simplifier-api-bench-") as folder:
        process, url, started = start_server(Path(folder) / "server.log", deadline)
        try:
            server = psutil.Process(process.pid)
            rss_start = server.memory_info().rss
            latencies, wall, rss_early = load(url, sent, args.requests, args.concurrency, server)
            rss_end = server.memory_info().rss
        finally:
            process.terminate()
            process.wait(timeout=30)
    cli = cli_loop(args.sample, args.cli_runs) if time.monotonic() < deadline else []
    print(f"server ready (pipelines loaded) in {started:.1f} s")
    print(
        f"{args.requests} POST /check of {', '.join(p.name for p in sent)}, "
        f"{args.concurrency} at a time: "
        f"no error; p50 {statistics.median(latencies):.2f} s, "
        f"p95 {percentile(latencies, 0.95):.2f} s, {args.requests / wall:.2f} requests/s "
        f"({wall / args.requests:.2f} s per letter)"
    )
    print(
        f"server memory (RSS): {rss_start / MB:.0f} MB at start, {rss_early / MB:.0f} MB after "
        f"{args.requests // 10 + 1} requests, {rss_end / MB:.0f} MB at end"
    )
    if cli:
        print(
            f"simplifier check in a loop ({len(cli)} runs): {statistics.mean(cli):.1f} s per "
            f"letter (min {min(cli):.1f}, max {max(cli):.1f})"
        )
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
