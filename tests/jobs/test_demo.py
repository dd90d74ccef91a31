"""`make demo` end to end: examples/demo.py in a subprocess, against the mock it starts itself (~10-15 s)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DEMO = Path(__file__).resolve().parents[2] / "examples" / "demo.py"


def test_demo_runs_and_reports_every_step() -> None:
    done = subprocess.run(
        [sys.executable, str(DEMO)], capture_output=True, text=True, timeout=180, check=False
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    for line in (
        "mock started at http://127.0.0.1:",
        "5/5 done  Succeeded 4 · Failed 1",  # the live progress bar's last state
        "WFF_j1r~e1a      Failed: [DP510002]",  # the failed tenant, with the service's message
        "failed tenant reported: WFF_j1r~e1a",
        "new data versions: WFF_j1r~c7o",
        "disabled data version",
        "exclude 2019-10-22T20:35:21.420Z: Failed The data upload does not exist for the tenant.",
        "Receiving jobs with the Running status cannot be cancelled.",
        "running receiving job refused (service rule); running processing job cancelled",
        "uploaded as WFF_j1r_demo_20260301.zip.gpg",
        "every receiving job decrypted the file",
        "expired on 1970-01-01",
        "mock stopped",
        "DEMO OK",
    ):
        assert line in out, f"missing {line!r} in:\n{out}"
    assert "PROBLEM" not in out
