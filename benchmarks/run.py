"""Benchmarks: the SDK against raw httpx, side by side in one run.

    python benchmarks/run.py            # full run; writes docs/benchmarks.md
    python benchmarks/run.py --smoke    # tiny sizes, nothing written: proves the benchmarks still run

Absolute times on a shared machine mean little, so every SDK figure is printed next to the raw-httpx figure
measured in the same run, and the table reports the ratio.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, PASSWORD, USERNAME, machine, median_of, mock_process, sign_in

ROOT = Path(__file__).resolve().parent.parent
# How many runs, requests and items each benchmark uses.
FULL = {"import": 15, "sync": 300, "async": 1000, "items": 100_000, "page": 1000, "hammer": 5000, "gen": 3,
        "repeats": 3}
SMOKE = {"import": 3, "sync": 20, "async": 100, "items": 2000, "page": 500, "hammer": 200, "gen": 1, "repeats": 1}


@dataclass
class Row:
    name: str
    sdk: float
    raw: float
    unit: str
    target: str
    better: str  # "lower" or "higher"

    @property
    def ratio(self) -> float:
        return self.sdk / self.raw if self.raw else float("nan")

    def met(self) -> bool:
        limit = float(self.target.split()[-1].rstrip("x"))
        return self.ratio <= limit if self.better == "lower" else self.ratio >= limit


def _import_probe(statement: str) -> tuple[float, float]:
    # Peak RSS from VmHWM: ru_maxrss survives exec on Linux, so it would report this (larger) parent's size.
    code = (
        "import time; t = time.perf_counter(); " + statement + "; d = time.perf_counter() - t; "
        "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]; print(d, hwm)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1]) / 1024


def bench_import(runs: int) -> list[Row]:
    sdk = [_import_probe("import visier_data_handling") for _ in range(runs)]
    raw = [_import_probe("import httpx, attrs") for _ in range(runs)]
    med = lambda xs, i: sorted(x[i] for x in xs)[len(xs) // 2]  # noqa: E731
    return [
        Row("cold import time", med(sdk, 0) * 1000, med(raw, 0) * 1000, "ms", "≤ 1.3x", "lower"),
        Row("cold import peak RSS", med(sdk, 1), med(raw, 1), "MB", "≤ 1.3x", "lower"),
    ]


def _client(url: str):  # type: ignore[no-untyped-def]
    from visier_data_handling import VisierDataHandling

    return VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD)


def bench_sync_call(url: str, calls: int) -> Row:
    token = sign_in(url)
    path = "/v1/op/data-versions"
    with _client(url) as client, httpx.Client(base_url=url) as raw:
        headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={token}"}
        client.data_and_job_handling.latest_enabled_dv()  # sign in and warm up outside the timing
        raw.get(path, headers=headers).json()

        def sdk_once() -> float:
            t = time.perf_counter()
            client.data_and_job_handling.latest_enabled_dv()
            return time.perf_counter() - t

        def raw_once() -> float:
            t = time.perf_counter()
            raw.get(path, headers=headers).json()
            return time.perf_counter() - t

        # Interleave so drift on the shared machine hits both sides alike.
        sdk, rawt = [], []
        for _ in range(calls):
            sdk.append(sdk_once())
            rawt.append(raw_once())
    return Row("one sync GET", sorted(sdk)[calls // 2] * 1000, sorted(rawt)[calls // 2] * 1000, "ms", "≤ 1.2x", "lower")


async def _async_throughput(url: str, total: int, concurrency: int) -> tuple[float, float]:
    from visier_data_handling import VisierDataHandling

    token = sign_in(url)
    path = "/v1/op/data-versions"
    headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={token}"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def run(fetch) -> float:  # type: ignore[no-untyped-def]
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await fetch()

        t = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return total / (time.perf_counter() - t)

    async with httpx.AsyncClient(base_url=url, limits=limits) as raw:
        async def raw_fetch() -> None:
            (await raw.get(path, headers=headers)).json()

        await raw_fetch()
        raw_rate = await run(raw_fetch)
    client = VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD)
    async with client:
        async def sdk_fetch() -> None:
            await client.data_and_job_handling.alatest_enabled_dv()

        await sdk_fetch()
        sdk_rate = await run(sdk_fetch)
    return sdk_rate, raw_rate


def bench_async(url: str, total: int) -> Row:
    sdk, raw = asyncio.run(_async_throughput(url, total, 50))
    return Row(f"{total} async GETs, 50 concurrent", sdk, raw, "req/s", "≥ 0.85x", "higher")


def _raw_pages(url: str, token: str, page: int) -> Iterator[dict]:
    headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={token}"}
    with httpx.Client(base_url=url, headers=headers) as raw:
        start = 0
        while True:
            body = raw.get("/v1/op/data-connector-credentials", params={"start": start, "limit": page}).json()
            items = body.get("connectorCredentials", [])
            yield from items
            if len(items) < page:
                return
            start += len(items)


def _raw_pages_as_models(url: str, token: str, page: int) -> Iterator[object]:
    """The raw loop, also building the generated model of each item: isolates what paging itself costs."""
    from visier_data_handling_api.models import ExtractorCredentialAPIDTO

    for item in _raw_pages(url, token, page):
        yield ExtractorCredentialAPIDTO.from_dict(item)


def bench_iteration(url: str, items: int, page: int, repeats: int) -> list[Row]:
    token = sign_in(url)
    httpx.post(url + "/__mock__/seed/credentials", json={"count": items}).raise_for_status()

    def measure(iterate) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
        tracemalloc.start()
        t = time.perf_counter()
        count = sum(1 for _ in iterate())
        elapsed = time.perf_counter() - t
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        return count / elapsed, peak, count

    with _client(url) as client:
        # Sign in and import the models once, outside the timing: steady-state iteration is what is compared.
        client.data_and_job_handling.data_connector_credentials(limit=1)
        sdk_runs, raw_runs, model_runs = [], [], []
        for _ in range(repeats):  # interleaved, so drift on a shared machine hits both sides alike
            sdk_runs.append(measure(
                lambda: client.data_and_job_handling.data_connector_credentials(iterator=True, page_size=page)
            ))
            raw_runs.append(measure(lambda: _raw_pages(url, token, page)))
            model_runs.append(measure(lambda: _raw_pages_as_models(url, token, page)))
    sdk_rate, sdk_peak, sdk_count = sorted(sdk_runs)[len(sdk_runs) // 2]
    raw_rate, raw_peak, raw_count = sorted(raw_runs)[len(raw_runs) // 2]
    model_rate = sorted(model_runs)[len(model_runs) // 2][0]
    assert sdk_count == raw_count >= items, (sdk_count, raw_count)
    return [
        Row(f"iterate {items} items (page {page})", sdk_rate, raw_rate, "items/s", "≥ 0.8x", "higher"),
        Row("  peak traced memory while iterating", sdk_peak, raw_peak, "MB", "extra ≤ 25 MB", "extra"),
        Row("  same, raw loop also building the models", sdk_rate, model_rate, "items/s", "(diagnostic) ≥ 0.8x",
            "higher"),
    ]


def _hammer(url: str, total: int, connections: int = 4) -> float:
    """GETs per second the mock answers. A plain keep-alive socket client: httpx's own overhead (about 4,000
    requests a second for one AsyncClient here) would otherwise be what gets measured."""
    token = sign_in(url)
    host, port = url.removeprefix("http://").split(":")
    request = (f"GET /v1/op/data/categories HTTP/1.1\r\nHost: {host}\r\napikey: {API_KEY}\r\n"
               f"Cookie: VisierASIDToken={token}\r\n\r\n").encode()

    def worker(count: int) -> None:
        with socket.create_connection((host, int(port))) as sock:
            reader = sock.makefile("rb")
            for _ in range(count):
                sock.sendall(request)
                status = reader.readline()
                assert b" 200 " in status, status
                length = 0
                while (line := reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                reader.read(length)

    threads = [threading.Thread(target=worker, args=(total // connections,)) for _ in range(connections)]
    t = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (total // connections * connections) / (time.perf_counter() - t)


def bench_generate(runs: int) -> float:
    def once() -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "generator" / "generate.py"), "--check"], check=True,
                       capture_output=True)
        return time.perf_counter() - t

    return median_of(runs, once)


def render(rows: list[Row], mock_rate: float, generate_s: float, smoke: bool) -> str:
    lines = [
        "| benchmark | SDK | raw httpx | ratio | target | met |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        if row.better == "extra":
            extra = row.sdk - row.raw
            lines.append(f"| {row.name} | {row.sdk:.1f} {row.unit} | {row.raw:.1f} {row.unit} | "
                         f"+{extra:.1f} MB | {row.target} | {'yes' if extra <= 25 else 'NO'} |")
            continue
        lines.append(f"| {row.name} | {row.sdk:.2f} {row.unit} | {row.raw:.2f} {row.unit} | {row.ratio:.2f}x | "
                     f"{row.target} | {'yes' if row.met() else 'NO'} |")
    lines.append(f"| mock throughput, one worker | {mock_rate:.0f} GET/s | | | ≥ 1000 GET/s | "
                 f"{'yes' if mock_rate >= 1000 else 'NO'} |")
    lines.append(f"| `make generate` (as `generate.py --check`) | {generate_s:.2f} s | | | | |")
    header = "Smoke run (tiny sizes; numbers mean nothing)" if smoke else f"Machine: {machine()}"
    return header + "\n\n" + "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, print only")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    n = SMOKE if args.smoke else FULL
    rows = bench_import(n["import"])
    with mock_process() as url:
        rows.append(bench_sync_call(url, n["sync"]))
        rows.append(bench_async(url, n["async"]))
        rows += bench_iteration(url, n["items"], n["page"], n["repeats"])
        mock_rate = _hammer(url, n["hammer"])
    generate_s = bench_generate(n["gen"])
    table = render(rows, mock_rate, generate_s, args.smoke)
    print(table)
    if not args.smoke:
        previous = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        notes = previous.split("<!-- notes -->", 1)[1] if "<!-- notes -->" in previous else "\n"
        args.output.write_text(
            "# Benchmarks\n\nWritten by `make bench` (`benchmarks/run.py`). Each SDK figure is measured next to raw "
            "httpx in the same run against the same mock process.\n\n" + table + "\n<!-- notes -->" + notes,
            encoding="utf-8",
        )
    print(json.dumps({"written": None if args.smoke else str(args.output)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
