"""Every request obeys a timeout -- sign-ins included, sync and async, client-wide and per call -- against a server
that accepts the connection and never answers. Each call must end within its timeout x attempts plus a margin."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any

import pytest
from visier_data_handling import APITimeoutError, VisierDataHandling, VisierError

from .conftest import SilentServer

MARGIN = 3.0  # seconds: a loaded CI machine, thread start-up, the socket's close
GIVE_UP = 30.0  # a regression must fail the test, not hang the suite
BACKENDS = ["httpx", "aiohttp"]  # every async transport offered


def _client(server: SilentServer, **settings: Any) -> VisierDataHandling:
    credentials: dict[str, Any] = {"username": "user", "password": "PASSWORD-s3cr3t"}
    credentials.update(settings)
    return VisierDataHandling(host=server.url, api_key="APIKEY-s3cr3t", **credentials)


def _timed(call: Callable[[], Any]) -> tuple[BaseException, float]:
    """Run ``call`` in a thread; return the APITimeoutError it raised and how long it took."""
    raised: list[BaseException] = []

    def target() -> None:
        try:
            call()
        except BaseException as exc:
            raised.append(exc)

    started = time.monotonic()
    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(GIVE_UP)
    assert not thread.is_alive(), f"the call still hangs after {GIVE_UP} s"
    assert len(raised) == 1 and isinstance(raised[0], APITimeoutError), raised
    return raised[0], time.monotonic() - started


def _arun(coroutine: Coroutine[Any, Any, float]) -> float:
    return asyncio.run(asyncio.wait_for(coroutine, GIVE_UP))


def test_sign_in_obeys_the_client_timeout(silent_server: SilentServer) -> None:
    with _client(silent_server, timeout=0.5, max_retries=0) as client:
        error, elapsed = _timed(client.data_and_job_handling.retrieve_data_categories)
    assert elapsed < 0.5 + MARGIN
    assert "ReadTimeout" in str(error) and silent_server.url in str(error)
    assert len(silent_server.accepted) == 1  # the sign-in; nothing else was sent


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_sign_in_obeys_the_client_timeout(silent_server: SilentServer, backend: str) -> None:
    async def main() -> tuple[BaseException, float]:
        async with _client(silent_server, timeout=0.5, max_retries=0, async_backend=backend) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError) as caught:
                await client.data_and_job_handling.aretrieve_data_categories()
            return caught.value, time.monotonic() - started

    error, elapsed = asyncio.run(asyncio.wait_for(main(), GIVE_UP))
    assert elapsed < 0.5 + MARGIN
    assert "ReadTimeout" in str(error) and silent_server.url in str(error)


def test_sign_in_obeys_a_per_call_timeout_and_is_retried(silent_server: SilentServer) -> None:
    # Default client timeouts (5 s connect, 60 s read); the call's own timeout must bound its sign-in too.
    with _client(silent_server, sleep=lambda _: None) as client:
        _, elapsed = _timed(lambda: client.data_and_job_handling.retrieve_data_categories(timeout=0.3, max_retries=1))
    assert elapsed < 2 * 0.3 + MARGIN
    assert len(silent_server.accepted) == 2  # a sign-in is safe to repeat: tried twice


@pytest.mark.parametrize("per_call", [False, True])
def test_data_call_obeys_the_timeout(silent_server: SilentServer, per_call: bool) -> None:
    settings: dict[str, Any] = {"access_token": "BEARER-s3cr3t", "username": None, "password": None}
    if not per_call:
        settings.update(timeout=0.5, max_retries=0)
    with _client(silent_server, **settings) as client:
        ops = client.data_and_job_handling
        call = (lambda: ops.latest_enabled_dv(timeout=0.5, max_retries=0)) if per_call else ops.latest_enabled_dv
        _, elapsed = _timed(call)
    assert elapsed < 0.5 + MARGIN


@pytest.mark.parametrize("backend", BACKENDS)
def test_async_data_call_obeys_a_per_call_timeout(silent_server: SilentServer, backend: str) -> None:
    async def main() -> float:
        settings: dict[str, Any] = {"access_token": "BEARER-s3cr3t", "username": None, "password": None}
        async with _client(silent_server, async_backend=backend, **settings) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError):
                await client.data_and_job_handling.alatest_enabled_dv(timeout=0.5, max_retries=0)
            return time.monotonic() - started

    assert _arun(main()) < 0.5 + MARGIN


def test_a_load_does_not_hang_either(silent_server: SilentServer) -> None:
    with _client(silent_server, timeout=0.3, max_retries=0) as client:
        _, elapsed = _timed(lambda: client.load(["hcm.zip.gpg"]))
    assert elapsed < 0.3 + MARGIN


def test_both_sync_pools_word_a_read_timeout_and_a_refused_connection_alike(silent_server: SilentServer) -> None:
    with socket.socket() as unused:  # a port nobody listens on
        unused.bind(("127.0.0.1", 0))
        refused_url = f"http://127.0.0.1:{unused.getsockname()[1]}"
    said: dict[str, list[str]] = {}
    for pool in ("httpx", "urllib3"):
        for url in (silent_server.url, refused_url):
            client = VisierDataHandling(host=url, api_key="APIKEY-s3cr3t", username="user",
                                        password="PASSWORD-s3cr3t", timeout=0.5, max_retries=0, sync_backend=pool)
            with client, pytest.raises(VisierError) as raised:
                client.data_and_job_handling.retrieve_data_categories()
            said.setdefault(pool, []).append(str(raised.value).split(" (", 1)[1])
    assert said["urllib3"] == said["httpx"] == ["ReadTimeout: timed out)", said["httpx"][1]]
    assert said["httpx"][1].startswith("ConnectError: [Errno")  # the socket's words, not urllib3's pool repr
