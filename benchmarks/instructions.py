"""A sync call's cost in instructions: each contender's CPU work per call, counted by valgrind, not timed.

    python benchmarks/instructions.py [--calls 300]    # needs valgrind; the official SDK from .venv-peers

Wall-clock per-call figures on a shared machine move by more than the few percent between the contenders. callgrind
counts the instructions a process runs in user space, the same for the same program and inputs whatever else the
machine is doing. Each contender runs ``_worker.py``'s sync call in a process of its own under callgrind, once with
no timed calls and once with ``--calls``, against the canned server and the mock (each in a process of its own, not
counted); the difference divided by the calls is one call's instructions, start-up and the first call excluded.
The kernel's part of a call (the socket's system calls) is not counted: it is the same for every urllib3 contender,
as they make the same system calls.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print(json.dumps({"instructions per sync call": "valgrind is not installed"}))
        return 0
    contenders = {"ours": sys.executable, "ours-sync-httpx": sys.executable}
    if PEERS.exists():
        contenders["official"] = str(PEERS)
    figures: dict[str, dict[str, int | float]] = {}
    for label, server in (("canned", canned_process(10)), ("mock", mock_process())):
        with server as url:
            counts = {name: per_call(python, name, url, args.calls) for name, python in contenders.items()}
        if "official" in counts:
            counts |= {f"{name} / official": round(counts[name] / counts["official"], 3)
                       for name in ("ours", "ours-sync-httpx")}
        figures[label] = counts
    print(json.dumps({"instructions per sync call": figures, "calls": args.calls}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
