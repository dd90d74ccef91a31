"""Benchmark: one `make spec-diff` on two full Data-In files, as a maintainer runs it (a fresh process each time).

    python benchmarks/spec_diff_time.py            # 5 rounds
    python benchmarks/spec_diff_time.py --smoke    # one round: proves the benchmark still runs

The pair is Visier's e7ebef8 before/after (tests/fixtures/visier-spec-history, whole files of about 220 kB): both
cut and validated, compared, and judged against the curated spec. The figure is wall-clock seconds per run, from
process start to exit; the target is under 5 s, so that a history run over every published version stays short.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import machine

ROOT = Path(__file__).resolve().parent.parent
PAIR = [ROOT / "tests" / "fixtures" / "visier-spec-history" / f"data-in-e7ebef8-{side}.yaml"
        for side in ("before", "after")]
TOOL = ROOT / "tools" / "releasing" / "spec_diff.py"
TARGET_SECONDS = 5.0


def _once() -> float:
    began = time.perf_counter()
    subprocess.run([sys.executable, str(TOOL), *map(str, PAIR)], check=True, capture_output=True)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="one round")
    args = parser.parse_args()
    rounds = 1 if args.smoke else 5
    _once()  # warm-up: bytecode and the file cache, as on any maintainer's second run
    runs = [_once() for _ in range(rounds)]
    median = statistics.median(runs)
    print("\n".join([
        "Smoke run (one round; numbers mean nothing)" if args.smoke else f"Machine: {machine()}",
        "",
        f"spec-diff on two full Data-In files ({PAIR[0].name}, {PAIR[1].name}), {rounds} rounds (s)",
        "",
        "| run | min | median | max |",
        "|---|---:|---:|---:|",
        f"| spec-diff | {min(runs):.2f} | {median:.2f} | {max(runs):.2f} |",
        "",
        f"median: {median:.2f} s (target < {TARGET_SECONDS:.0f} s: {'met' if median < TARGET_SECONDS else 'NOT met'})",
    ]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
