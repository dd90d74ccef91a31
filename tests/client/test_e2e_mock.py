"""End to end against the live mock server (real sockets, real sign-in, faults and paging)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx
import pytest
from visier_data_handling import NotFound, ServerError, VisierDataHandling
from visier_data_handling_api.facts import ASID_SIGN_IN_PATH, OAUTH_TOKEN_PATH

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


class SignIns(httpx.HTTPTransport):
    """The real network, with each request's path, form and credential headers noted."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, dict[str, str], str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        form = dict(httpx.QueryParams(request.read().decode())) if request.method == "POST" else {}
        sent_as = "bearer" if "authorization" in request.headers else "cookie" if "cookie" in request.headers else ""
        self.seen.append((request.url.path, form, sent_as))
        return super().handle_request(request)


@pytest.mark.parametrize(
    ("credentials", "sign_in", "grant", "sent_as"),
    [
        ({}, ASID_SIGN_IN_PATH, None, "cookie"),
        ({"client_id": "CID", "client_secret": "SECRET"}, OAUTH_TOKEN_PATH, "password", "bearer"),
        ({"username": None, "password": None, "client_id": "CID", "client_secret": "SECRET"},
         OAUTH_TOKEN_PATH, "client_credentials", "bearer"),
    ],
    ids=["asid", "password grant", "client credentials"],
)
def test_sign_in_kinds(
    mock_server: Any, credentials: dict[str, Any], sign_in: str, grant: str | None, sent_as: str
) -> None:
    credentials = {
        k: {"CID": mock_server.client_id, "SECRET": mock_server.client_secret}.get(v, v) if isinstance(v, str) else v
        for k, v in credentials.items()
    }
    network = SignIns()
    with _client(mock_server, transport=network, **credentials) as client:
        categories = client.data_and_job_handling.retrieve_data_categories()
    assert categories.categories  # the seeded categories, read with the token the sign-in gave
    (path, form, _), (_, _, data_sent_as) = network.seen
    assert path == sign_in and form.get("grant_type") == grant and data_sent_as == sent_as, network.seen


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
