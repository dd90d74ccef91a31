"""A sync call's cost in instructions: each contender's CPU work per call, counted by valgrind, not timed.

    python benchmarks/instructions.py [--calls 300] [--rounds 3]   # needs valgrind; the official SDK from .venv-peers

Wall-clock per-call figures on a shared machine move by more than the few percent between the contenders. callgrind
counts the instructions a process runs in user space, the same for the same program and inputs whatever else the
machine is doing. Each contender runs ``_worker.py``'s sync call in a process of its own under callgrind, once with
no timed calls and once with ``--calls``, against the canned server and the mock (each in a process of its own, not
counted); the difference divided by the calls is one call's instructions, start-up and the first call excluded.
The kernel's part of a call (the socket's system calls) is not counted: it is the same for every urllib3 contender,
as they make the same system calls. A process's count still moves between runs (the string hash seed, which
orders dicts and sets, differs per process; the official SDK's moved by up to a fifth), so there are rounds,
interleaved, with min, median and max. A round takes minutes, mostly the official SDK's import under valgrind.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import canned_process, mock_process

HERE = Path(__file__).resolve().parent
PEERS = HERE.parent / ".venv-peers" / "bin" / "python"
COLLECTED = re.compile(r"Collected : (\d+)")
# A contender's calls, after one untimed call (sign-in, connection, imports) and 50 more to warm its caches.
PROGRAM = """
import sys
sys.path.insert(0, {here!r})
from _worker import Contender
call = Contender({name!r}).sync_call({url!r})
for _ in range(50 + {calls}):
    call()
"""


def instructions(python: str, name: str, url: str, calls: int) -> int:
    """What one process of ``name`` making ``calls`` calls runs, in instructions."""
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={scratch}/out", python, "-c",
             PROGRAM.format(here=str(HERE), name=name, url=url, calls=calls)],
            capture_output=True, text=True, timeout=900,
        )
    found = COLLECTED.search(result.stderr)
    if result.returncode != 0 or found is None:
        raise RuntimeError(f"{name} under callgrind failed: {result.stderr[-1500:]}")
    return int(found.group(1))


def per_call(python: str, name: str, url: str, calls: int) -> int:
    return round((instructions(python, name, url, calls) - instructions(python, name, url, 0)) / calls)


def _spread(values: list[int]) -> dict[str, int]:
    return {"median": round(statistics.median(values)), "min": min(values), "max": max(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print(json.dumps({"instructions per sync call": "valgrind is not installed"}))
        return 0
    contenders = {"ours": sys.executable, "ours-sync-httpx": sys.executable}
    if PEERS.exists():
        contenders["official"] = str(PEERS)
    figures: dict[str, dict[str, object]] = {}
    for label, server in (("canned", canned_process(10)), ("mock", mock_process())):
        counts: dict[str, list[int]] = {name: [] for name in contenders}
        with server as url:
            for round_ in range(args.rounds):
                order = list(contenders.items())
                for name, python in order if round_ % 2 == 0 else order[::-1]:
                    counts[name].append(per_call(python, name, url, args.calls))
        row: dict[str, object] = {name: _spread(values) for name, values in counts.items()}
        if "official" in counts:
            official = statistics.median(counts["official"])
            row |= {f"{name} / official (medians)": round(statistics.median(counts[name]) / official, 3)
                    for name in ("ours", "ours-sync-httpx")}
        figures[label] = row
    print(json.dumps({"instructions per sync call": figures, "calls": args.calls, "rounds": args.rounds},
                     indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
