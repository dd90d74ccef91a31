"""The benchmarks still run (tiny sizes, nothing timed or asserted about speed): they never rot."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _smoke(script: str) -> str:
    """The benchmark's output at smoke size, after checking it ran to the end."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_benchmarks_run_at_smoke_size() -> None:
    out = _smoke("run.py")
    for row in ("fresh process: import, client, first result (canned)", "per sync call (mock)", "GETs at concurrency",
                'async_backend="httpx"', "paging 2,000 items", "the raw loop also building our models",
                "peak traced memory", "the mock answers", "mock at 50 ms latency (defaults)", "page_ahead=4"):
        assert row in out, row
    assert '"written": null' in out


def test_upload_memory_benchmark_runs_at_smoke_size() -> None:
    out = _smoke("upload_memory.py")
    assert "| SDK upload |" in out and "| SDK DDI upload |" in out and "| raw httpx |" in out
    assert "| SDK encrypted upload |" in out and "gpg's own peak RSS" in out


def test_mock_paging_benchmark_runs_at_smoke_size() -> None:
    out = _smoke("mock_paging.py")
    assert "| short | 110 |" in out and "| long | 1010 |" in out
    assert "long/short median throughput" in out


def test_scale_load_benchmark_runs_at_smoke_size() -> None:
    out = _smoke("scale_load.py")
    assert '"tenants": 50' in out and '"per_round"' in out and '"peak_mb"' in out


def test_call_profile_runs_at_smoke_size() -> None:
    out = _smoke("profile_call.py")
    assert '"percent_of_client_cpu"' in out and "httpx" in out


def test_spec_diff_benchmark_runs_at_smoke_size() -> None:
    out = _smoke("spec_diff_time.py")
    assert "| spec-diff |" in out and "target < 5 s" in out


def test_untraced_cost_benchmark_runs_at_smoke_size() -> None:
    out = _smoke("untraced_cost.py")
    assert "| baseline |" in out and "| otel imported, no provider |" in out and "| traced |" in out
    assert "The untraced check alone:" in out
