"""pytest fixtures for the mock: registered by `pytest_plugins = ["visier_mock.pytest_plugin"]`.

- ``mock_config``: a MockConfig on a manual clock (seed 1); override the fixture to change it.
- ``mock_app``: the ASGI app (``mock_app.state`` is its world), for in-process clients (httpx.ASGITransport).
- ``mock_server``: the app served on a free 127.0.0.1 port for the test, stopped afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

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
