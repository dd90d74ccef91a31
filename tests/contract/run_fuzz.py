"""`make fuzz`: schemathesis over HTTP against the mock, deeper than the CI run.

    python tests/contract/run_fuzz.py --examples 250 --seed 1

Starts the mock on a free 127.0.0.1 port, signs in for a bearer token, runs `schemathesis run` with every
check, and stops the mock; the exit code is schemathesis's (the worse of its two runs). The operations whose valid
values no schema can state (DATE_WINDOW in _setup.py) run apart, without the check that every schema-valid request
is accepted, as in tests/contract/test_fuzz.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import httpx
from _setup import DATE_WINDOW  # tests/contract/_setup.py, beside this script
from visier_mock import MockConfig, serve_in_thread

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=250, help="examples per operation (CI uses 25)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with serve_in_thread(MockConfig(manual_clock=True, seed=args.seed)) as mock:
        token = httpx.post(
            mock.url + "/v1/auth/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": mock.client_id, "client_secret": mock.client_secret},
        ).json()["access_token"]
        command = [
            str(Path(sys.executable).parent / "schemathesis"), "run",
            str(ROOT / "openapi" / "visier-data-handling.yaml"),
            "--url", mock.url, "--checks", "all", "-n", str(args.examples), "--seed", str(args.seed),
            "-H", f"apikey: {mock.api_key}", "-H", f"Authorization: Bearer {token}",
        ]
        windowed = [f"--exclude-operation-id={name}" for name in sorted(DATE_WINDOW)]
        codes = [subprocess.run([*command, *windowed], cwd=ROOT).returncode]
        for name in sorted(DATE_WINDOW):
            # One operation alone has no links to follow: no stateful phase.
            apart = ["--include-operation-id", name, "--exclude-checks", "positive_data_acceptance",
                     "--phases", "examples,coverage,fuzzing"]
            codes.append(subprocess.run([*command, *apart], cwd=ROOT).returncode)
        return max(codes)


if __name__ == "__main__":
    raise SystemExit(main())
