"""Benchmark: the mock's paging cost against the length of the list, so a page costs its own size, not the list's.

    python benchmarks/mock_paging.py            # 1,000 and 100,000 credentials, 5 interleaved rounds
    python benchmarks/mock_paging.py --smoke    # tiny sizes, one round: proves the benchmark still runs

Two mock processes, started alike, hold 1,000 and 100,000 credentials in all (a page must not pay for items the
mock holds anywhere else either). One keep-alive httpx client per process pages through the administrating
tenant's credentials with the same page size, alternately, round by round. The figure is items per second; the
long list's median must be within 20% of the short one's.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, machine, mock_process, sign_in

SHORT, LONG = "short", "long"
FULL = {"short": 1_000, "long": 100_000, "page": 100, "rounds": 5}
SMOKE = {"short": 100, "long": 1_000, "page": 50, "rounds": 1}


def _client(url: str, count: int) -> httpx.Client:
    """A signed-in client of a mock holding ``count`` more credentials than it is seeded with."""
    httpx.post(url + "/__mock__/seed/credentials", json={"count": count}, timeout=120).raise_for_status()
    headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={sign_in(url)}"}
    return httpx.Client(base_url=url, headers=headers, timeout=30)


def _page_through(client: httpx.Client, page: int) -> tuple[int, float]:
    """(items, seconds) for one pass over the administrating tenant's credentials."""
    count, start = 0, 0
    began = time.perf_counter()
    while True:
        body = client.get("/v1/op/data-connector-credentials", params={"start": start, "limit": page}).json()
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
    with contextlib.ExitStack() as stack:
        clients = {size: stack.enter_context(_client(stack.enter_context(mock_process()), n[size]))
                   for size in (SHORT, LONG)}
        for client in clients.values():
            _page_through(client, n["page"])  # warm-up: imports, caches, the connection
        for _ in range(n["rounds"]):  # interleaved, so drift on a shared machine hits both alike
            for size, client in clients.items():
                sizes[size], seconds = _page_through(client, n["page"])
                rates[size].append(sizes[size] / seconds)
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
    for size in (SHORT, LONG):
        runs = rates[size]
        lines.append(f"| {size} | {sizes[size]} | {min(runs):.0f} | {statistics.median(runs):.0f} | "
                     f"{max(runs):.0f} |")
    lines.append("")
    lines.append(f"long/short median throughput: {ratio:.2f}x (target ≥ 0.80x: {'met' if ratio >= 0.8 else 'NOT met'})")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
