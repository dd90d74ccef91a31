"""End to end against the live mock server (real sockets, real sign-in, faults and paging)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from visier_data_handling import NotFound, ServerError, VisierDataHandling

from .helpers import Sleeps


def _client(mock: Any, sleeps: Sleeps | None = None, **kwargs: Any) -> VisierDataHandling:
    sleeps = sleeps or Sleeps()
    settings: dict[str, Any] = {"username": mock.username, "password": mock.password}
    settings.update(kwargs)
    return VisierDataHandling(mock.url, mock.api_key, sleep=sleeps, async_sleep=sleeps.asleep, **settings)


def _control(mock: Any, method: str, path: str, json: Any = None) -> Any:
    return httpx.request(method, f"{mock.url}/__mock__{path}", json=json).json()


def _count(mock: Any, operation: str) -> int:
    journal = _control(mock, "GET", "/requests")["requests"]
    return sum(1 for entry in journal if operation in str(entry))


@pytest.mark.parametrize(
    "credentials",
    [
        {},  # ASID
        {"client_id": "CID", "client_secret": "SECRET"},  # password grant (secret filled from the mock below)
        {"username": None, "password": None, "client_id": "CID", "client_secret": "SECRET"},
    ],
)
def test_sign_in_kinds(mock_server: Any, credentials: dict[str, Any]) -> None:
    credentials = {
        k: {"CID": mock_server.client_id, "SECRET": mock_server.client_secret}.get(v, v) if isinstance(v, str) else v
        for k, v in credentials.items()
    }
    with _client(mock_server, **credentials) as client:
        categories = client.data_and_job_handling.retrieve_data_categories()
        assert categories is not None


def test_load_flow_pages_and_errors(mock_server: Any) -> None:
    with _client(mock_server) as client:
        ops = client.data_and_job_handling
        tenants = list(ops.latest_enabled_dv(iterator=True, page_size=2))
        raw = ops.raw.latest_enabled_dv(limit=1000)
        assert raw.status == 200
        assert len(tenants) == len(raw.body["tenants"]) > 2  # more than one page of 2
        with pytest.raises(NotFound):
            ops.dispatching_job_status(job_id="no-such-job")


def test_expired_tokens_renewed_once_across_threads(mock_server: Any) -> None:
    with _client(mock_server) as client:
        client.data_and_job_handling.retrieve_data_categories()
        first = client._auth.sign_ins
        _control(mock_server, "POST", "/tokens/expire")
        threads = [threading.Thread(target=client.data_and_job_handling.retrieve_data_categories) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert client._auth.sign_ins == first + 1


def test_expired_tokens_renewed_once_across_tasks(mock_server: Any) -> None:
    client = _client(mock_server)

    async def main() -> None:
        await client.data_and_job_handling.aretrieve_data_categories()
        _control(mock_server, "POST", "/tokens/expire")
        await asyncio.gather(*(client.data_and_job_handling.aretrieve_data_categories() for _ in range(8)))
        await client.aclose()

    asyncio.run(main())
    assert client._auth.sign_ins == 2


def test_fault_retry_rules(mock_server: Any) -> None:
    sleeps = Sleeps()
    with _client(mock_server, sleeps) as client:
        _control(mock_server, "POST", "/faults", {"operationId": "retrieveDataCategories", "sequence": [503, 200]})
        client.data_and_job_handling.retrieve_data_categories()
        assert len(sleeps.delays) == 1
        _control(mock_server, "POST", "/faults", {"operationId": "startLoad", "sequence": [502, 200]})
        with pytest.raises(ServerError):
            client.data_and_job_handling.start_load(files=["x.zip.gpg"])
        assert len(sleeps.delays) == 1  # POST is not retried on 502
