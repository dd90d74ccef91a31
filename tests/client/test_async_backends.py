"""Retries, auth and error types through every async transport offered (httpx's pool and aiohttp's), over a real
connection to 127.0.0.1: the same answers must give the same behaviour whichever pool carries them."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Coroutine, Iterator
from typing import Any

import httpx
import pytest
from visier_data_handling import (
    APIConnectionError,
    ConfigurationError,
    ServiceMayHaveActed,
    Unauthorized,
    VisierDataHandling,
)
from visier_data_handling._http.aiohttp_transport import AiohttpTransport

from .helpers import ASID, CLIENT_SECRET, Service, Sleeps
from .served import BACKENDS, network_client, served


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def url(service: Service) -> Iterator[str]:
    with served(service) as address:
        yield address


def _run(client: VisierDataHandling, coroutine: Coroutine[Any, Any, Any]) -> Any:
    async def main() -> Any:
        try:
            return await asyncio.wait_for(coroutine, 30)
        finally:
            await client.aclose()

    return asyncio.run(main())


def _count(service: Service, path: str) -> int:
    return sum(1 for r in service.data_requests() if r.url.path == path)


def test_the_backend_is_the_one_asked_for(url: str, backend: str, sleeps: Sleeps) -> None:
    client = network_client(url, backend, sleeps)

    async def inner_transport() -> object:
        await client.data_and_job_handling.aretrieve_data_categories()
        return client._async_client()._transport._inner._inner  # type: ignore[attr-defined]  # retries, refusals

    inner = _run(client, inner_transport())
    assert isinstance(inner, AiohttpTransport if backend == "aiohttp" else httpx.AsyncHTTPTransport)


def test_an_unknown_backend_is_refused_when_the_client_is_built(url: str, sleeps: Sleeps) -> None:
    with pytest.raises(ConfigurationError, match="async_backend must be one of 'auto', 'httpx', 'aiohttp', not 'trio'"):
        network_client(url, "trio", sleeps)


def test_statuses_are_retried_and_retry_after_honoured(
    url: str, backend: str, service: Service, sleeps: Sleeps
) -> None:
    service.script = [httpx.Response(503), httpx.Response(429, headers={"Retry-After": "1"})]
    client = network_client(url, backend, sleeps)
    _run(client, client.data_and_job_handling.astart_load(files=["a"]))
    assert _count(service, "/v1/op/data/startload") == 3
    assert sleeps.delays[1] == 1.0


def test_a_post_whose_answer_was_lost_is_not_resent(url: str, backend: str, service: Service, sleeps: Sleeps) -> None:
    client = network_client(url, backend, sleeps)

    async def main() -> None:
        await client.data_and_job_handling.aretrieve_data_categories()  # signed in, connection open
        service.script = [httpx.ReadError("dropped")]
        with pytest.raises(ServiceMayHaveActed, match="may have acted"):
            await client.data_and_job_handling.astart_load(files=["a"])

    _run(client, main())
    assert _count(service, "/v1/op/data/startload") == 1


def test_a_get_whose_answer_was_lost_is_retried(url: str, backend: str, service: Service, sleeps: Sleeps) -> None:
    service.script = [httpx.ReadError("dropped")]
    client = network_client(url, backend, sleeps)
    _run(client, client.data_and_job_handling.adelete_connector_credential(id="c1"))
    assert _count(service, "/v1/op/data-connector-credentials/c1") == 2


def test_a_refused_connection_is_retried_then_an_api_connection_error(backend: str, sleeps: Sleeps) -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = network_client(f"http://127.0.0.1:{port}", backend, sleeps, max_retries=2)
    with pytest.raises(APIConnectionError, match="ConnectError") as info:
        _run(client, client.data_and_job_handling.aretrieve_data_categories())
    assert not isinstance(info.value, ServiceMayHaveActed)
    assert len(sleeps.delays) == 2  # the sign-in was retried twice, then given up


def test_asid_and_oauth_sign_ins(url: str, backend: str, service: Service, sleeps: Sleeps) -> None:
    asid = network_client(url, backend, sleeps)
    _run(asid, asid.data_and_job_handling.aretrieve_data_categories())
    assert service.last().headers["cookie"] == f"VisierASIDToken={ASID}-1"
    oauth = network_client(url, backend, sleeps, client_id="cid", client_secret=CLIENT_SECRET)
    _run(oauth, oauth.data_and_job_handling.aretrieve_data_categories())
    assert service.last().headers["authorization"] == f"Bearer {ASID}-2"


def test_tasks_hitting_an_expired_token_sign_in_once(url: str, backend: str, service: Service, sleeps: Sleeps) -> None:
    client = network_client(url, backend, sleeps)
    service.check_tokens = True

    async def main() -> None:
        calls = client.data_and_job_handling.aretrieve_data_categories
        await asyncio.gather(*(calls() for _ in range(10)))
        assert service.sign_ins == 1
        service.valid_tokens.clear()
        await asyncio.gather(*(calls() for _ in range(10)))
        assert service.sign_ins == 2
        service.route("GET", "/v1/op/data/categories", lambda r: httpx.Response(401))
        service.check_tokens = False
        with pytest.raises(Unauthorized):
            await calls()
        assert service.sign_ins == 3  # one renewal, then the 401 is raised

    _run(client, main())
