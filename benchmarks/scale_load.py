"""Benchmark: one load across thousands of analytic tenants, followed to the end by the SDK.

    python benchmarks/scale_load.py            # 5,000 tenants, 3 rounds, the mock at speed 20
    python benchmarks/scale_load.py --smoke    # 50 tenants, one round: proves the benchmark still runs

The mock runs in a process of its own and is seeded with the tenants (``POST /__mock__/seed/tenants``); one file
feeds every analytic tenant. Figures per round: wall time of ``client.load(wait=True)``, the requests the SDK sent
per poll round (from the mock's journal), and the peak memory the client traced. Requests per round must stay
proportional to tenants / page size: the tree is read page by page, never job by job.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, PASSWORD, USERNAME, mock_process

FULL = {"tenants": 5000, "rounds": 3, "speed": "20"}
SMOKE = {"tenants": 50, "rounds": 1, "speed": "20"}
FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"  # every analytic tenant's


def one_load(url: str) -> dict[str, float]:
    from visier_data_handling import VisierDataHandling
    from visier_data_handling._calls.pagination import DEFAULT_PAGE_SIZE
    from visier_data_handling._jobs.polling import PollSchedule

    httpx.delete(url + "/__mock__/requests").raise_for_status()
    rounds = 0

    def progress(_: dict[str, int]) -> None:
        nonlocal rounds
        rounds += 1

    with VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD) as client:
        client.jobs.poll = PollSchedule(initial=0.5, maximum=2.0)
        tracemalloc.start()
        began = time.perf_counter()
        result = client.load([FILE], on_progress=progress)
        seconds = time.perf_counter() - began
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    journal = httpx.get(url + "/__mock__/requests").json()["requests"]
    data = [e for e in journal if not e["path"].startswith(("/v1/admin/", "/v1/auth/"))]
    assert result.ok, result.summary()
    return {"seconds": seconds, "requests": len(data), "rounds": rounds, "per_round": len(data) / max(rounds, 1),
            "peak_mb": peak, "tenants": len(result.tenants), "page": DEFAULT_PAGE_SIZE}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="50 tenants, one round")
    args = parser.parse_args()
    n = SMOKE if args.smoke else FULL
    runs = []
    with mock_process("--speed", str(n["speed"])) as url:
        httpx.post(url + "/__mock__/seed/tenants", json={"count": n["tenants"] - 5}, timeout=120).raise_for_status()
        for _ in range(n["rounds"]):
            runs.append(one_load(url))
    tenants = runs[0]["tenants"]
    figures = {key: [run[key] for run in runs] for key in ("seconds", "requests", "per_round", "peak_mb")}
    summary = {key: {"median": statistics.median(v), "min": min(v), "max": max(v)} for key, v in figures.items()}
    ratio = summary["per_round"]["median"] / (tenants / runs[0]["page"])
    print(json.dumps({"tenants": tenants, "speed": n["speed"], **summary, "per_round_per_page_of_tenants": ratio}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
