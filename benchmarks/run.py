"""Benchmarks: the SDK side by side with a raw httpx loop and with Visier's official SDK, in one run.

    python benchmarks/run.py                     # full run; writes docs/benchmarks.md
    python benchmarks/run.py --smoke             # tiny sizes, nothing written: proves the benchmarks still run
    python benchmarks/run.py --peers PYTHON      # PYTHON has visier-platform-sdk (make bench-peers sets it up)
    python benchmarks/run.py --per-call 9        # only the sync per-call rows, 9 interleaved rounds; nothing written

Every contender runs in a worker process of its own (``_worker.py``), against the same server, with the same
connection limits; rounds are interleaved (the order rotates each round) and each figure is given as the median with
the min-max over rounds. Two servers: a canned-response server (``_canned.py``), which isolates what the client
costs, and the mock. Without ``--peers`` (and no ``.venv-peers``) the official SDK's column says "not installed".
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _extras import generate_time, mock_throughput
from _harness import canned_process, machine, mock_process
from _report import Row, render
from _worker import CONNECTIONS

ROOT = Path(__file__).resolve().parent.parent
WORKER = str(Path(__file__).resolve().parent / "_worker.py")
COLD = str(Path(__file__).resolve().parent / "_cold.py")
PEERS = ROOT / ".venv-peers" / "bin" / "python"
FULL = {"rounds": 5, "page_rounds": 7, "cold": 5, "calls": 300, "async": 2000, "async_rounds": 3,
        "items": 100_000, "page": 1000, "hammer": 5000, "gen": 3, "slow_items": 20_000, "slow_rounds": 5}
SMOKE = {"rounds": 1, "page_rounds": 1, "cold": 1, "calls": 20, "async": 100, "async_rounds": 1, "items": 2000,
         "page": 500, "hammer": 200, "gen": 1, "slow_items": 2000, "slow_rounds": 1}
LATENCY_MS = 50


class Worker:
    """A contender's process, answering one JSON command a line."""

    def __init__(self, contender: str, python: str) -> None:
        self.process = subprocess.Popen([python, WORKER, "serve", contender], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)

    def ask(self, **command: Any) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps(command) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        if isinstance(answer, dict) and "error" in answer:
            raise RuntimeError(answer["error"])
        return answer

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def interleaved(rounds: int, names: list[str], measure: Any) -> dict[str, list[Any]]:
    """``measure(name)`` for every contender, ``rounds`` times, the order rotating each round."""
    results: dict[str, list[Any]] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            results[name].append(measure(name))
    return results


def cold(url: str, rounds: int, pythons: dict[str, str], warm: bool = True) -> dict[str, list[float]]:
    # Bytecode is written and reused, as after any pip install (which compiles it): with PYTHONDONTWRITEBYTECODE
    # set, an editable install would compile the SDK's modules in every fresh process and site-packages would not.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def once(name: str) -> float:
        out = subprocess.run([pythons[name], COLD, name, url], check=True, capture_output=True, text=True, env=env)
        return float(json.loads(out.stdout)["seconds"]) * 1000

    for name in pythons if warm else ():
        once(name)  # untimed: writes the bytecode
    return interleaved(rounds, list(pythons), once)


def client_rows(n: dict[str, int], canned: str, mock: str, pythons: dict[str, str]) -> list[Row]:
    # A smoke run starts each contender's process once, on the canned server only: the official SDK's import alone
    # takes seconds, and a smoke run's numbers mean nothing.
    smoke = n["cold"] == SMOKE["cold"] and n["rounds"] == SMOKE["rounds"]
    rows = [
        Row(f"fresh process: import, client, first result ({label})", "ms", "lower",
            cold(url, n["cold"], pythons, warm=not smoke), {"raw": 1.3})
        for label, url in (("canned", canned), ("mock", mock))[: 1 if smoke else 2]
    ]
    names = list(pythons)
    extra = {"ours-httpx": sys.executable, "ours-sync-httpx": sys.executable, **per_call_extras(pythons)}
    workers = {name: Worker(name, python) for name, python in {**pythons, **extra}.items()}
    try:
        for label, url in (("canned", canned), ("mock", mock)):
            per_call = interleaved(n["rounds"], [*names, *per_call_extras(pythons)],
                                   lambda w, u=url: workers[w].ask(do="per_call", url=u, calls=n["calls"]) * 1e6)
            rows += per_call_rows(label, per_call, names)
        fan = interleaved(n["async_rounds"], [*names, "ours-httpx"], lambda w: workers[w].ask(
            do="fan_out", url=canned, total=n["async"], concurrency=CONNECTIONS))
        title = (f"async: {n['async']:,} GETs at concurrency {CONNECTIONS}, default constructor (canned; official: "
                 f"{CONNECTIONS} threads)")
        rows.append(Row(title, "req/s", "higher", {k: fan[k] for k in names}, {"official": 1.0}))
        rows.append(Row('  same, ours with async_backend="httpx"', "req/s", "higher",
                        {**{k: fan[k] for k in names}, "ours": fan["ours-httpx"]}))
        for label, url in (("canned", canned), ("mock", mock)):
            def paging(w: str, u: str = url, models: bool = False) -> float:
                rate, count = workers[w].ask(do="paging", url=u, page=n["page"], models=models)
                assert count >= n["items"], (w, count)  # the mock holds a few credentials of its own
                return float(rate)

            for w in names:
                paging(w)  # warm up: imports, connections, the mock's caches
            pages = interleaved(n["page_rounds"], [*names, "raw-models"],
                                lambda w: paging("raw", models=True) if w == "raw-models" else paging(w))
            title = f"paging {n['items']:,} items, page {n['page']} ({label})"
            # Targets: the raw loop building the same models on the canned server (client cost), the raw dict loop
            # against the mock (where fetching ahead can hide the server's time).
            rows.append(Row(title, "items/s", "higher", {k: pages[k] for k in names},
                            {"raw": 1.0} if label == "mock" else {}))
            rows.append(Row("  same, the raw loop also building our models", "items/s", "higher",
                            {**{k: pages[k] for k in names}, "raw": pages["raw-models"]},
                            {"raw": 0.95} if label == "canned" else {}))
        memory = {w: [workers[w].ask(do="memory", url=canned, page=n["page"])] for w in names}
        rows.append(Row(f"peak traced memory, {n['items']:,} items (own pass, untimed)", "MB", "lower", memory,
                        {"limit": 25.0}))
    finally:
        for worker in workers.values():
            worker.close()
    return rows


def latency_rows(n: dict[str, int], pythons: dict[str, str]) -> list[Row]:
    """Paging over a wire with real latency: the mock answering every request 50 ms late."""
    names = [*pythons, "ours-ahead-4"]
    workers = {name: Worker(name if name != "ours-ahead-4" else "ours", pythons.get(name, sys.executable))
               for name in names}
    try:
        with mock_process("--latency-ms", str(LATENCY_MS)) as mock:
            seeded = httpx.post(mock + "/__mock__/seed/credentials", json={"count": n["slow_items"]}, timeout=120)
            seeded.raise_for_status()

            def paging(w: str) -> float:
                ahead = 4 if w == "ours-ahead-4" else None
                rate, count = workers[w].ask(do="paging", url=mock, page=n["page"], ahead=ahead)
                assert count >= n["slow_items"], (w, count)
                return float(rate)

            for w in names:
                paging(w)  # warm up
            rates = interleaved(n["slow_rounds"], names, paging)
    finally:
        for worker in workers.values():
            worker.close()
    title = f"paging {n['slow_items']:,} items, page {n['page']}, mock at {LATENCY_MS} ms latency (defaults)"
    base = {k: rates[k] for k in pythons}
    return [
        Row(title, "items/s", "higher", base, {"raw": 1.8}),
        Row("  same, ours with page_ahead=4", "items/s", "higher", {**base, "ours": rates["ours-ahead-4"]},
            {"raw": 2.5}),
    ]


def per_call_extras(pythons: dict[str, str]) -> dict[str, str]:
    """The per-call rows' variants: ours on httpx's pool, and the official SDK given our timeouts."""
    return {"ours-sync-httpx": sys.executable, **({"official-timeouts": pythons["official"]} if "official" in pythons
                                                  else {})}


def per_call_rows(label: str, per_call: dict[str, list[float]], names: list[str]) -> list[Row]:
    """The target (issue 33: at most the official SDK's time, on both servers) and its variants. The official SDK
    sets no timeout unless told, so its sockets block with no poll before each send and receive; the SDK always has
    one (5 s to connect, 60 s to read): the row with the official SDK given the same timeouts compares like for like."""
    plain = {k: per_call[k] for k in names}
    rows = [Row(f"per sync call ({label})", "µs", "lower", plain, {"official": 1.0}),
            Row('  same, ours with sync_backend="httpx"', "µs", "lower",
                {**plain, "ours": per_call["ours-sync-httpx"]})]
    if "official-timeouts" in per_call:
        rows.append(Row("  same, official given the SDK's timeouts (5 s connect, 60 s read)", "µs", "lower",
                        {**plain, "official": per_call["official-timeouts"]}))
    return rows


def per_call_only(rounds: int, calls: int, peers: str | None) -> int:
    """The sync per-call rows alone (the quick check while working on a call's cost), with the load average."""
    load_before = os.getloadavg()
    pythons = {"raw": sys.executable, "ours": sys.executable, **({"official": peers} if peers else {})}
    every = {**pythons, **per_call_extras(pythons)}
    workers = {name: Worker(name, python) for name, python in every.items()}
    rows: list[Row] = []
    try:
        with canned_process(10) as canned, mock_process() as mock:
            for label, url in (("canned", canned), ("mock", mock)):
                for name in every:
                    workers[name].ask(do="per_call", url=url, calls=calls)  # warm up
                per_call = interleaved(rounds, list(every),
                                       lambda w, u=url: workers[w].ask(do="per_call", url=u, calls=calls) * 1e6)
                rows += per_call_rows(label, per_call, list(pythons))
    finally:
        for worker in workers.values():
            worker.close()
    load = "/".join(f"{a:.1f}" for a in load_before), "/".join(f"{a:.1f}" for a in os.getloadavg())
    print(f"{rounds} rounds of {calls} calls; load average {load[0]} at the start, {load[1]} at the end\n")
    print(render(rows, peers is not None))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, print only")
    parser.add_argument("--peers", help="a Python with visier-platform-sdk installed")
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    parser.add_argument("--per-call", type=int, metavar="ROUNDS", help="only the sync per-call rows; print only")
    args = parser.parse_args()
    n = SMOKE if args.smoke else FULL
    peers = args.peers or (str(PEERS) if PEERS.exists() else None)
    if args.per_call:
        return per_call_only(args.per_call, n["calls"], peers)
    load_before = os.getloadavg()
    pythons = {"raw": sys.executable, "ours": sys.executable, **({"official": peers} if peers else {})}
    with canned_process(n["items"]) as canned, mock_process() as mock:
        httpx.post(mock + "/__mock__/seed/credentials", json={"count": n["items"]}).raise_for_status()
        rows = client_rows(n, canned, mock, pythons)
        mock_rate = mock_throughput(mock, n["hammer"])
    rows += latency_rows(n, pythons)
    generate_s = generate_time(n["gen"])
    table = render(rows, peers is not None) + (
        f"\nOther figures: the mock answers {mock_rate:,.0f} GETs/s (one worker, keep-alive sockets; target ≥ 1,000); "
        f"`make generate` (as `generate.py --check`) takes {generate_s:.2f} s.\n"
    )
    load = "/".join(f"{a:.1f}" for a in load_before), "/".join(f"{a:.1f}" for a in os.getloadavg())
    # The machine may be shared: its load (1/5/15-minute averages) says how far to trust the figures.
    header = ("Smoke run (tiny sizes; numbers mean nothing)" if args.smoke else
              f"Machine: {machine()}; load average {load[0]} at the start, {load[1]} at the end")
    print(header + "\n\n" + table)
    if not args.smoke:
        previous = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        notes = previous.split("<!-- notes -->", 1)[1] if "<!-- notes -->" in previous else "\n"
        args.output.write_text(
            "# Benchmarks\n\nWritten by `make bench` / `make bench-peers` (`benchmarks/run.py`). Each cell is the "
            "median over interleaved rounds, with min-max in brackets; every contender runs in its own process "
            "against the same server with the same connection limits.\n\n" + header + "\n\n" + table
            + "\n<!-- notes -->" + notes,
            encoding="utf-8",
        )
    print(json.dumps({"written": None if args.smoke else str(args.output)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
