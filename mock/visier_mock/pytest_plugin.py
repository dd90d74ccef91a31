"""pytest fixtures for the mock: registered by `pytest_plugins = ["visier_mock.pytest_plugin"]`.

- ``mock_config``: a MockConfig on a manual clock (seed 1); override the fixture to change it.
- ``mock_app``: the ASGI app (``mock_app.state`` is its world), for in-process clients (httpx.ASGITransport).
- ``mock_server``: the app served on a free 127.0.0.1 port for the test, stopped afterwards.
- ``mock_intake``: Direct Data Intake's counts in ``mock_server`` as a function of no arguments (``intake_summary``).

``intake_summary(mock)`` reads the same counts from any mock (app or server), as ``GET /__mock__/intake`` does: per
transaction its status, commits performed and attempted; ``open``, the transactions still open; ``doubleCommits``,
the commits refused because the transaction was already committed. A chaos test asserts
``summary["doubleCommits"] == 0 and summary["open"] == 0``. ``mock.state.plant_failure(tenant)`` makes that tenant's
commits' processing jobs fail, like ``POST /__mock__/failures``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ._app import MockApp, create_app
from ._config import MockConfig
from ._server import RunningMock, serve_in_thread


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(manual_clock=True, seed=1, validate_responses=True)


@pytest.fixture
def mock_app(mock_config: MockConfig) -> MockApp:
    return create_app(mock_config)


@pytest.fixture
def mock_server(mock_config: MockConfig) -> Iterator[RunningMock]:
    with serve_in_thread(mock_config) as running:
        yield running


def intake_summary(mock: MockApp | RunningMock) -> dict[str, Any]:
    with mock.state.lock:
        summary: dict[str, Any] = mock.state.intake_store.summary()
    return summary


@pytest.fixture
def mock_intake(mock_server: RunningMock) -> Callable[[], dict[str, Any]]:
    return lambda: intake_summary(mock_server)
