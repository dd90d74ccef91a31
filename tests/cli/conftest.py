"""A mock on a real, fast clock for the command line: jobs finish in well under a second."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from visier_mock import MockConfig, RunningMock, serve_in_thread

SPEED = 200.0


@pytest.fixture(scope="module")
def live_mock() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(speed=SPEED, seed=1)) as running:
        yield running


@pytest.fixture
def mock_env(live_mock: RunningMock, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The VISIER_* settings of the live mock (back to its seeded world), set in this process's environment too."""
    with live_mock.state.lock:
        live_mock.state.reset(1)
    env = {
        "VISIER_HOST": live_mock.url,
        "VISIER_APIKEY": live_mock.api_key,
        "VISIER_USERNAME": live_mock.username,
        "VISIER_PASSWORD": live_mock.password,
    }
    for name in ("VISIER_VANITY", "VISIER_CLIENT_ID", "VISIER_CLIENT_SECRET", "VISIER_TARGET_TENANT_ID"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return env


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "hcm_20260101.zip"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 400)
    return path
