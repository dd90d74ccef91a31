"""Benchmark: the mock's paging cost against the length of the list, so a page costs its own size, not the list's.

    python benchmarks/mock_paging.py            # 1,000 and 100,000 credentials, 5 interleaved rounds
    python benchmarks/mock_paging.py --smoke    # tiny sizes, one round: proves the benchmark still runs

One mock process holds both lists (credentials seeded into two analytic tenants), and one keep-alive httpx client
pages through each with the same page size, alternately, round by round. The figure is items per second; the
long list's median must be within 20% of the short one's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, machine, mock_process, sign_in

SHORT, LONG = "WFF_j1r~c7o", "WFF_j1r~e1a"
FULL = {"short": 1_000, "long": 100_000, "page": 100, "rounds": 5}
SMOKE = {"short": 100, "long": 1_000, "page": 50, "rounds": 1}


def _seed(url: str, tenant: str, count: int) -> None:
    httpx.post(url + "/__mock__/seed/credentials", json={"tenantCode": tenant, "count": count},
               timeout=120).raise_for_status()


def _page_through(client: httpx.Client, tenant: str, page: int) -> tuple[int, float]:
    """(items, seconds) for one pass over the tenant's credentials."""
    count, start = 0, 0
    began = time.perf_counter()
    while True:
        body = client.get("/v1/op/data-connector-credentials",
                          params={"tenantCode": tenant, "start": start, "limit": page}).json()
        items = len(body["connectorCredentials"])
        count += items
        if items < page:
            return count, time.perf_counter() - began
        start += items


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one round")
    args = parser.parse_args()
    n = SMOKE if args.smoke else FULL
    rates: dict[str, list[float]] = {SHORT: [], LONG: []}
    sizes: dict[str, int] = {}
    with mock_process() as url:
        _seed(url, SHORT, n["short"])
        _seed(url, LONG, n["long"])
        headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={sign_in(url)}"}
        with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
            _page_through(client, SHORT, n["page"])  # warm-up: imports, caches, the connection
            for _ in range(n["rounds"]):  # interleaved, so drift on a shared machine hits both alike
                for tenant in (SHORT, LONG):
                    sizes[tenant], seconds = _page_through(client, tenant, n["page"])
                    rates[tenant].append(sizes[tenant] / seconds)
    short, long = statistics.median(rates[SHORT]), statistics.median(rates[LONG])
    ratio = long / short
    lines = [
        "Smoke run (tiny sizes; numbers mean nothing)" if args.smoke else f"Machine: {machine()}",
        "",
        f"Mock paging, page size {n['page']}, {n['rounds']} interleaved rounds (items/s)",
        "",
        "| list | items | min | median | max |",
        "|---|---:|---:|---:|---:|",
    ]
    for label, tenant in (("short", SHORT), ("long", LONG)):
        runs = rates[tenant]
        lines.append(f"| {label} | {sizes[tenant]} | {min(runs):.0f} | {statistics.median(runs):.0f} | "
                     f"{max(runs):.0f} |")
    lines.append("")
    lines.append(f"long/short median throughput: {ratio:.2f}x (target ≥ 0.80x: {'met' if ratio >= 0.8 else 'NOT met'})")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
