"""Which failures are retried, how long the waits are, and per-call overrides. No real sleeping."""

from __future__ import annotations

import asyncio
import email.utils
import time

import httpx
import pytest
from visier_data_handling import RateLimited, ServerError, ServiceMayHaveActed, VisierDataHandling
from visier_data_handling._http.retry import BACKOFF_CAP, backoff

from .helpers import Service, Sleeps, make_client


def _count(service: Service, path: str) -> int:
    return sum(1 for r in service.data_requests() if r.url.path == path)


@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_get_retries_transient_statuses(
    client: VisierDataHandling, service: Service, sleeps: Sleeps, status: int
) -> None:
    service.script = [httpx.Response(status), httpx.Response(status)]
    client.data_and_job_handling.retrieve_data_categories()
    assert _count(service, "/v1/op/data/categories") == 3
    assert len(sleeps.delays) == 2


@pytest.mark.parametrize(("status", "retried"), [(429, True), (503, True), (502, False), (504, False), (500, False)])
def test_post_retries_only_429_and_503(
    client: VisierDataHandling, service: Service, status: int, retried: bool
) -> None:
    service.script = [httpx.Response(status)]
    if retried:
        client.data_and_job_handling.start_load(files=["a"])
    else:
        with pytest.raises(RateLimited if status == 429 else ServerError):
            client.data_and_job_handling.start_load(files=["a"])
    assert _count(service, "/v1/op/data/startload") == (2 if retried else 1)


def test_never_a_second_start_load_after_read_timeout(client: VisierDataHandling, service: Service) -> None:
    service.script = [httpx.ReadTimeout("slow")]
    with pytest.raises(ServiceMayHaveActed, match="may have acted"):
        client.data_and_job_handling.start_load(files=["a"])
    assert _count(service, "/v1/op/data/startload") == 1


@pytest.mark.parametrize("error", [httpx.ReadTimeout("x"), httpx.ReadError("x"), httpx.RemoteProtocolError("x")])
def test_idempotent_methods_retry_read_errors(client: VisierDataHandling, service: Service, error: Exception) -> None:
    service.script = [error]
    client.data_and_job_handling.delete_connector_credential(id="c1")
    client_path = "/v1/op/data-connector-credentials/c1"
    assert _count(service, client_path) == 2


@pytest.mark.parametrize("error", [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow")])
def test_post_retries_when_request_was_not_sent(client: VisierDataHandling, service: Service, error: Exception) -> None:
    service.script = [error, error]
    client.data_and_job_handling.start_load(files=["a"])
    assert _count(service, "/v1/op/data/startload") == 3


def test_gives_up_after_max_retries(client: VisierDataHandling, service: Service, sleeps: Sleeps) -> None:
    service.script = [httpx.Response(503)] * 10
    with pytest.raises(ServerError):
        client.data_and_job_handling.retrieve_data_categories()
    assert _count(service, "/v1/op/data/categories") == 4  # 1 + default 3 retries
    assert all(0 <= d <= BACKOFF_CAP for d in sleeps.delays)


def test_per_call_and_per_client_max_retries(service: Service, sleeps: Sleeps) -> None:
    with make_client(service, sleeps, max_retries=1) as client:
        service.script = [httpx.Response(503)] * 10
        with pytest.raises(ServerError):
            client.data_and_job_handling.retrieve_data_categories()
        assert _count(service, "/v1/op/data/categories") == 2
        service.script = [httpx.Response(503)] * 10
        with pytest.raises(ServerError):
            client.data_and_job_handling.retrieve_data_categories(max_retries=0)
        assert _count(service, "/v1/op/data/categories") == 3


def test_retry_after_seconds_and_date_honoured(client: VisierDataHandling, service: Service, sleeps: Sleeps) -> None:
    date = email.utils.formatdate(time.time() + 30, usegmt=True)
    service.script = [
        httpx.Response(429, headers={"Retry-After": "2"}),
        httpx.Response(503, headers={"Retry-After": date}),
    ]
    client.data_and_job_handling.retrieve_data_categories()
    assert sleeps.delays[0] == 2.0
    assert 25 <= sleeps.delays[1] <= 31


def test_retry_after_beyond_cap_not_retried(client: VisierDataHandling, service: Service, sleeps: Sleeps) -> None:
    service.script = [httpx.Response(429, headers={"Retry-After": "3600"})]
    with pytest.raises(RateLimited) as caught:
        client.data_and_job_handling.retrieve_data_categories()
    assert caught.value.retry_after == 3600.0
    assert sleeps.delays == [] and len(service.data_requests()) == 1


def test_backoff_is_exponential_with_full_jitter() -> None:
    assert [backoff(n, lambda: 1.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert backoff(3, lambda: 0.0) == 0.0


def test_per_call_timeout_reaches_the_transport(client: VisierDataHandling, service: Service) -> None:
    seen: list[dict[str, float]] = []
    service.route("GET", "/v1/op/data/categories", lambda r: seen.append(r.extensions["timeout"]) or None)
    client.data_and_job_handling.retrieve_data_categories()
    client.data_and_job_handling.retrieve_data_categories(timeout=2.5)
    assert seen[0]["connect"] == 5.0 and seen[0]["read"] == 60.0
    assert seen[1]["read"] == 2.5 and seen[1]["connect"] == 2.5


def test_async_retries(client: VisierDataHandling, service: Service, sleeps: Sleeps) -> None:
    service.script = [httpx.Response(503), httpx.Response(429, headers={"Retry-After": "1"})]

    async def main() -> None:
        await client.data_and_job_handling.astart_load(files=["a"])
        service.script = [httpx.ReadTimeout("slow")]
        with pytest.raises(ServiceMayHaveActed):
            await client.data_and_job_handling.astart_load(files=["a"])
        await client.aclose()

    asyncio.run(main())
    assert _count(service, "/v1/op/data/startload") == 4
    assert sleeps.delays[1] == 1.0
