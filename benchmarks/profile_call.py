"""Where one sync call's time goes: the SDK's own code, httpx and its transport stack, and the rest.

    python benchmarks/profile_call.py            # 2,000 calls of latest_enabled_dv against the canned server
    python benchmarks/profile_call.py --smoke    # 50 calls

cProfile's own time per function, summed by the package the function lives in, over many calls of one operation
against the canned server (which answers from bytes built once); the time blocked on the socket is set apart, and
the rest is the client's CPU, split by package (cProfile's overhead inflates it evenly): how much of a call is the
SDK's own, httpx's, and the pool's (urllib3 and http.client by default, httpcore and h11 with sync_backend="httpx").
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import API_KEY, PASSWORD, USERNAME, canned_process

GROUPS = {  # first match wins, on the function's file path
    "visier_data_handling_api (generated)": "visier_data_handling_api",
    "visier_data_handling (overlays)": "visier_data_handling",
    "httpx": "/httpx/",
    "httpcore, h11 (httpx's transport)": ("/httpcore/", "/h11/"),
    "urllib3, http.client (the default sync pool)": ("/urllib3/", "/http/client.py", "/email/"),
    "attrs, dateutil": ("/attr/", "/attrs/", "/dateutil/"),
    "socket, ssl, selectors (the wire)": ("socket.py", "ssl.py", "selectors.py", "<method 'recv", "<method 'send"),
}


def _group(path: str) -> str:
    for name, marks in GROUPS.items():
        if any(mark in path for mark in ((marks,) if isinstance(marks, str) else marks)):
            return name
    return "Python and the rest"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true")
    args = parser.parse_args()
    calls = 50 if args.smoke else 2000
    from visier_data_handling import VisierDataHandling

    with canned_process(10) as url, VisierDataHandling(
        host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD
    ) as client:
        call = client.data_and_job_handling.latest_enabled_dv
        call()  # sign in, connect, import
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(calls):
            call()
        profile.disable()
    stats = pstats.Stats(profile)
    totals: dict[str, float] = {}
    for (path, _line, function), row in stats.stats.items():  # type: ignore[attr-defined]
        where = path if path != "~" else function
        totals[_group(where)] = totals.get(_group(where), 0.0) + row[2]
    wire = totals.pop("socket, ssl, selectors (the wire)", 0.0)  # mostly waiting for the server: nobody's CPU
    cpu = sum(totals.values())
    shares = {name: round(100 * seconds / cpu, 1) for name, seconds in sorted(totals.items(), key=lambda i: -i[1])}
    print(json.dumps({"calls": calls, "client_cpu_us_per_call_profiled": round(cpu / calls * 1e6),
                      "wire_wait_us_per_call": round(wire / calls * 1e6), "percent_of_client_cpu": shares}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
