"""Clients of the mock for the proxy tests: reached as ``visier.test`` (a name only the proxy resolves) or directly."""

from __future__ import annotations

import asyncio
from typing import Any

from visier_data_handling import VisierDataHandling
from visier_mock import RunningMock
from visier_mock._server import free_port

from ..served import BACKENDS

DRIVERS = ["sync", *BACKENDS]  # a sync client, or an async one on each backend


def fake_host(mock: RunningMock) -> str:
    return mock.url.replace("127.0.0.1", "visier.test")


def client_for(mock: RunningMock, host: str | None = None, **kwargs: Any) -> VisierDataHandling:
    settings: dict[str, Any] = {"username": mock.username, "password": mock.password}
    settings.update(kwargs)
    return VisierDataHandling(host or fake_host(mock), mock.api_key, **settings)


def dead_proxy() -> str:
    return f"http://127.0.0.1:{free_port()}"  # nothing listens there


def call_once(mock: RunningMock, host: str, driver: str, **settings: Any) -> None:
    """One call with a sync client (driver "sync") or an async client on that backend."""
    if driver == "sync":
        with client_for(mock, host, **settings) as client:
            client.data_and_job_handling.retrieve_data_categories()
        return

    async def run() -> None:
        async with client_for(mock, host, async_backend=driver, **settings) as client:
            await client.data_and_job_handling.aretrieve_data_categories()

    asyncio.run(run())


def call_both_ways(mock: RunningMock, host: str, backend: str, **settings: Any) -> None:
    """One call with a sync client, one with an async client on ``backend``."""
    call_once(mock, host, "sync", **settings)
    call_once(mock, host, backend, **settings)
