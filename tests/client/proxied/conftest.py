"""One mock per module, reached through a forward proxy; the machine's own proxy settings stay out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from visier_mock import MockConfig, RunningMock, serve_in_thread

from .forward_proxy import ProxyLog, forward_proxy

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


@pytest.fixture(scope="module")
def live() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(speed=200.0)) as running:
        yield running


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own proxy settings (either case) stay out of these tests."""
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[tuple[str, ProxyLog]]:
    with forward_proxy() as running:
        yield running


@pytest.fixture
def env_proxy(proxy: tuple[str, ProxyLog], monkeypatch: pytest.MonkeyPatch) -> ProxyLog:
    """The proxy, named by HTTP_PROXY."""
    monkeypatch.setenv("HTTP_PROXY", proxy[0])
    return proxy[1]


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "hcm_20260301.zip"
    path.write_bytes(bytes(range(256)) * 5_000)
    return path
