"""Running one of the official SDK's scripts (tests/peers/official_*.py) under .venv-peers against a mock."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PEERS_PYTHON = ROOT / ".venv-peers" / "bin" / "python"
TENANT = "WFF_j1r~c7o"


def run_official(script: str, mock_server: Any) -> dict[str, Any]:
    """What the script printed (its calls' answers, as JSON), having signed in to the mock and acted for TENANT."""
    assert PEERS_PYTHON.exists(), "the official SDK's venv is missing: run `make peers` (make test does)"
    command = [str(PEERS_PYTHON), str(Path(__file__).with_name(script)), mock_server.url,
               mock_server.api_key, mock_server.username, mock_server.password, TENANT]
    run = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result
