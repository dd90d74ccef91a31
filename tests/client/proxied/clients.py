"""Clients of the mock for the proxy tests: reached as ``visier.test`` (a name only the proxy resolves) or directly."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path
from typing import Any

import httpx
import pytest
from visier_data_handling import APIConnectionError, VisierDataHandling
from visier_mock import RunningMock
from visier_mock._server import free_port

from ..helpers import Sleeps
from ..served import BACKENDS

# A sync client on each sync backend ("sync": the default, httpx's pool; "sync-urllib3": urllib3's), or an async
# one on each async backend.
SYNC_DRIVERS = {"sync": {}, "sync-urllib3": {"sync_backend": "urllib3"}}
DRIVERS = [*SYNC_DRIVERS, *BACKENDS]


def fake_host(mock: RunningMock) -> str:
    return mock.url.replace("127.0.0.1", "visier.test")


def client_for(mock: RunningMock, host: str | None = None, **kwargs: Any) -> VisierDataHandling:
    settings: dict[str, Any] = {"username": mock.username, "password": mock.password}
    settings.update(kwargs)
    return VisierDataHandling(host or fake_host(mock), mock.api_key, **settings)


def dead_proxy() -> str:
    return f"http://127.0.0.1:{free_port()}"  # nothing listens there


def call_once(mock: RunningMock, host: str, driver: str, **settings: Any) -> int:
    """One call with a sync client (a driver of SYNC_DRIVERS) or an async client on that backend; how many data
    categories it read (the seeded mock has some, so a call that worked returns more than 0)."""
    if driver in SYNC_DRIVERS:
        with client_for(mock, host, **SYNC_DRIVERS[driver], **settings) as client:
            return len(client.data_and_job_handling.retrieve_data_categories().categories or [])

    async def run() -> int:
        async with client_for(mock, host, async_backend=driver, **settings) as client:
            return len((await client.data_and_job_handling.aretrieve_data_categories()).categories or [])

    return asyncio.run(run())


def call_both_ways(mock: RunningMock, host: str, backend: str, **settings: Any) -> None:
    """One call with a sync client, one with an async client on ``backend``."""
    call_once(mock, host, "sync", **settings)
    call_once(mock, host, backend, **settings)


def every_path(client: VisierDataHandling, data_file: Path) -> None:
    """A sign-in, pages read ahead, and an upload with its redirect."""
    tenants = list(client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2))
    assert len(tenants) > 2
    assert client.upload(data_file).size == data_file.stat().st_size


async def every_path_async(client: VisierDataHandling, data_file: Path) -> None:
    pages = client.data_and_job_handling.alatest_enabled_dv(iterator=True, page_size=2)
    assert len([t async for t in pages]) > 2
    assert (await client.aupload(data_file)).size == data_file.stat().st_size


def run_every_path(mock: RunningMock, data_file: Path, driver: str, host: str | None = None, **settings: Any) -> None:
    """``every_path`` with a sync client (a driver of SYNC_DRIVERS) or with an async one on that backend."""
    if driver in SYNC_DRIVERS:
        with client_for(mock, host, **SYNC_DRIVERS[driver], **settings) as client:
            every_path(client, data_file)
        return

    async def run() -> None:
        async with client_for(mock, host, async_backend=driver, **settings) as client:
            await every_path_async(client, data_file)

    asyncio.run(run())


def every_text(exc: BaseException) -> str:
    """What an error hands out: its message and repr, and every chained error's, with their requests' headers."""
    texts: list[str] = []
    current: BaseException | None = exc
    while current is not None:
        texts += [str(current), repr(current)]
        if isinstance(current, httpx.RequestError):
            with contextlib.suppress(RuntimeError):  # no request attached
                texts.append(str(current.request.headers.items()))
        current = current.__cause__ or current.__context__
    return "\n".join(texts)


def failing(mock: RunningMock, host: str, driver: str, expected: type[APIConnectionError], **settings: Any) -> str:
    """The error one call raises; it must be the first attempt's (no backoff waited)."""
    sleeps = Sleeps()
    with pytest.raises(expected) as caught:
        call_once(mock, host, driver, sleep=sleeps, async_sleep=sleeps.asleep, **settings)
    assert sleeps.delays == []
    message = str(caught.value)
    assert "\n" not in message
    return every_text(caught.value)
