"""What tracing costs a sync call when nobody traces: the otel extra installed but no tracer provider set.

    python benchmarks/untraced_cost.py           # 15 interleaved rounds of 400 calls each, against the canned server
    python benchmarks/untraced_cost.py --smoke   # 1 round of 20 calls

Contenders, each a worker process of its own running the same SDK against the same canned server:

* ``baseline``: opentelemetry never imported (the SDK never imports it itself);
* ``otel imported, no provider``: ``opentelemetry.trace`` imported, no provider set (the API's default): the case
  the issue asks to cost nothing measurable;
* ``traced``: the OpenTelemetry SDK's provider with no exporter, for scale (spans are made and dropped).

Rounds are interleaved (the order rotates each round); each figure is the median per call with the min-max over
rounds, and the ratio to the baseline is taken within each round (neighbours in time share the machine's load).
Beside it, the check that an untraced call adds, timed alone in a loop (ns per call).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, PASSWORD, USERNAME, canned_process

CONTENDERS = ["baseline", "otel imported, no provider", "traced"]


def worker(contender: str, url: str) -> None:
    """Answer each line "N" with the µs per call of N calls."""
    if contender != "baseline":
        from opentelemetry import trace
    if contender == "traced":
        from opentelemetry.sdk.trace import TracerProvider

        trace.set_tracer_provider(TracerProvider())
    from visier_data_handling import VisierDataHandling

    with VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD) as client:
        call = client.data_and_job_handling.latest_enabled_dv
        for _ in range(50):
            call()  # sign in, connect, import, warm up
        for line in sys.stdin:
            calls = int(line)
            started = time.perf_counter()
            for _ in range(calls):
                call()
            print(json.dumps((time.perf_counter() - started) / calls * 1e6), flush=True)


def check_cost_ns() -> float:
    """The untraced path's added work per call (the operation's span check and the attempt's), timed alone."""
    import opentelemetry.trace  # noqa: F401  -- the case measured: imported, no provider
    from visier_data_handling._observe import tracing

    def untraced_call() -> None:
        with tracing.span("op"):
            tracing.tracer()  # the attempt's check

    loops = 200_000
    return min(timeit.repeat(untraced_call, number=loops, repeat=5)) / loops * 1e9


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true")
    parser.add_argument("--worker", nargs=2, metavar=("CONTENDER", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker)
        return 0
    rounds, calls = (1, 20) if args.smoke else (15, 400)
    results: dict[str, list[float]] = {name: [] for name in CONTENDERS}
    with canned_process(10) as url:
        workers = {name: subprocess.Popen([sys.executable, __file__, "--worker", name, url], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, text=True) for name in CONTENDERS}
        try:
            for r in range(rounds):
                for name in CONTENDERS[r % 3:] + CONTENDERS[: r % 3]:
                    process = workers[name]
                    assert process.stdin is not None and process.stdout is not None
                    process.stdin.write(f"{calls}\n")
                    process.stdin.flush()
                    results[name].append(float(json.loads(process.stdout.readline())))
        finally:
            for process in workers.values():
                assert process.stdin is not None
                process.stdin.close()
                process.wait(timeout=30)
    print("| per sync call (canned) | median | min-max | / baseline, same round: median (min-max) |")
    print("|---|---:|---:|---:|")
    for name, values in results.items():
        ratios = [value / base for value, base in zip(values, results["baseline"], strict=True)]
        print(f"| {name} | {statistics.median(values):,.0f} µs | {min(values):,.0f}-{max(values):,.0f} µs | "
              f"{statistics.median(ratios):.3f}x ({min(ratios):.2f}-{max(ratios):.2f}) |")
    print(f"\nThe untraced check alone: {check_cost_ns():.0f} ns per call ({rounds} rounds of {calls} calls above).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
