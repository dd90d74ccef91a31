"""The benchmarks still run (tiny sizes, nothing timed or asserted about speed): they never rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_benchmarks_run_at_smoke_size() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    for row in ("cold import time", "one sync GET", "async GETs", "iterate", "mock throughput"):
        assert row in result.stdout, row
    assert '"written": null' in result.stdout


def test_upload_memory_benchmark_runs_at_smoke_size() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "upload_memory.py"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "| SDK upload |" in result.stdout and "| raw httpx |" in result.stdout
