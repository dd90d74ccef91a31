"""Per-request control: ``with_options`` copies (one sign-in, one pool), ``default_headers``, and the user's own
``httpx.Client``/``AsyncClient`` under the SDK's auth and retries. Sync and async, on ``httpx.MockTransport``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from visier_data_handling import ConfigurationError, InvalidArgument, VisierDataHandling
from visier_data_handling._http.retry import MAX_RETRIES

from .helpers import API_KEY, ASID, HOST, PASSWORD, Service, Sleeps, make_client

CATEGORIES = "/v1/op/data/categories"


def _categories(client: VisierDataHandling, driver: str) -> None:
    """One call, sync or async (a fresh event loop)."""
    if driver == "sync":
        client.data_and_job_handling.retrieve_data_categories()
        return

    async def run() -> None:
        await client.data_and_job_handling.aretrieve_data_categories()

    asyncio.run(run())


# -- with_options ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_a_copy_shares_the_sign_in_and_the_connections(service: Service, driver: str) -> None:
    client = make_client(service)
    copy = client.with_options(timeout=7.5, max_retries=0)
    _categories(client, driver)
    _categories(copy, driver)
    assert service.sign_ins == 1  # one token for both
    assert copy._http is client._http and copy._auth is client._auth
    first, second = service.data_requests()
    assert first.extensions["timeout"]["read"] == 60.0 and second.extensions["timeout"]["read"] == 7.5
    assert MAX_RETRIES not in first.extensions and second.extensions[MAX_RETRIES] == 0


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_a_copy_retries_as_it_was_told(service: Service, sleeps: Sleeps, driver: str) -> None:
    client = make_client(service, sleeps, max_retries=3)
    service.script = [httpx.Response(503)] * 2
    with pytest.raises(Exception, match="503"):
        _categories(client.with_options(max_retries=1), driver)
    assert len(service.data_requests()) == 2 and len(sleeps.delays) == 1
    service.script = [httpx.Response(503)] * 2
    _categories(client, driver)  # the first client keeps its own 3 retries
    assert len(service.data_requests()) == 5


def test_a_per_call_setting_wins_over_the_copys(service: Service) -> None:
    copy = make_client(service).with_options(timeout=7.5, max_retries=0)
    copy.data_and_job_handling.retrieve_data_categories(timeout=3.0, max_retries=2)
    sent = service.last()
    assert sent.extensions["timeout"]["read"] == 3.0 and sent.extensions[MAX_RETRIES] == 2


def test_closing_a_copy_leaves_the_shared_connections_open(service: Service) -> None:
    client = make_client(service)
    with client.with_options(timeout=5) as copy:
        copy.data_and_job_handling.retrieve_data_categories()
    client.data_and_job_handling.retrieve_data_categories()  # still open
    client.close()
    assert client._http.is_closed


def test_with_options_checks_what_it_is_given(service: Service) -> None:
    client = make_client(service)
    with pytest.raises(InvalidArgument, match="timeout"):
        client.with_options(timeout=-1)
    with pytest.raises(InvalidArgument, match="max_retries"):
        client.with_options(max_retries=-2)
    assert service.requests == []


# -- default_headers ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_default_headers_go_with_every_request(service: Service, driver: str) -> None:
    client = make_client(service, default_headers={"X-Team": "payroll", "X-Trace": "1"})
    copy = client.with_options(default_headers={"X-Trace": "2", "X-Job": "nightly"})
    _categories(client, driver)
    _categories(copy, driver)
    first, second = service.data_requests()
    assert (first.headers["x-team"], first.headers["x-trace"], "x-job" in first.headers) == ("payroll", "1", False)
    assert (second.headers["x-team"], second.headers["x-trace"], second.headers["x-job"]) == ("payroll", "2", "nightly")
    assert second.headers["cookie"] == f"VisierASIDToken={ASID}-1"  # auth still set by the SDK
    assert "x-team" not in service.requests[0].headers  # the sign-in is the SDK's own request


@pytest.mark.parametrize("name", ["Authorization", "apikey", "COOKIE", "Proxy-Authorization"])
def test_a_default_header_may_not_replace_the_sign_in(service: Service, name: str) -> None:
    with pytest.raises(InvalidArgument, match=name) as caught:
        make_client(service, default_headers={name: "mine"})
    assert caught.value.argument == "default_headers"
    with pytest.raises(InvalidArgument, match=name):
        make_client(service).with_options(default_headers={name: "mine"})


def test_a_default_headers_value_stays_out_of_reprs(service: Service) -> None:
    client = make_client(service, default_headers={"X-Gateway-Token": "gw-s3cr3t-0006"}).with_options(timeout=5)
    shown = repr(client) + repr(client._options)
    assert "X-Gateway-Token" in shown and "gw-s3cr3t-0006" not in shown


def test_default_headers_must_be_strings(service: Service) -> None:
    with pytest.raises(InvalidArgument, match="default_headers"):
        make_client(service, default_headers={"X-Count": 3})
    with pytest.raises(InvalidArgument, match="default_headers"):
        make_client(service, default_headers=["X-Count"])


# -- the user's own httpx clients -----------------------------------------------------------------------------------


def _user_client(service: Service, seen: list[str], **kwargs: Any) -> VisierDataHandling:
    def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path} apikey={request.headers.get('apikey') == API_KEY}")

    async def ahook(request: httpx.Request) -> None:
        hook(request)

    sleeps = Sleeps()
    return VisierDataHandling(
        HOST,
        API_KEY,
        username="alice",
        password=PASSWORD,
        http_client=httpx.Client(transport=httpx.MockTransport(service), event_hooks={"request": [hook]},
                                 headers={"X-Mine": "kept"}, auth=("ignored", "ignored")),
        async_http_client=httpx.AsyncClient(transport=httpx.MockTransport(service),
                                            event_hooks={"request": [ahook]}, headers={"X-Mine": "kept"}),
        sleep=sleeps,
        async_sleep=sleeps.asleep,
        **kwargs,
    )


@pytest.mark.parametrize("driver", ["sync", "async"])
def test_the_users_client_carries_every_attempt_under_the_sdks_auth_and_retries(service: Service, driver: str) -> None:
    seen: list[str] = []
    client = _user_client(service, seen)
    service.script = [httpx.Response(503)]
    _categories(client, driver)
    assert seen == [
        "POST /v1/admin/visierSecureToken apikey=True",
        f"GET {CATEGORIES} apikey=True",
        f"GET {CATEGORIES} apikey=True",  # the retry goes through their hooks too
    ]
    sent = service.last()
    assert sent.headers["cookie"] == f"VisierASIDToken={ASID}-1" and sent.headers["x-mine"] == "kept"
    assert "authorization" not in sent.headers  # their auth is not used: the SDK signs in


def test_the_sdk_never_closes_the_users_client(service: Service) -> None:
    mine = httpx.Client(transport=httpx.MockTransport(service))
    with VisierDataHandling(HOST, API_KEY, username="alice", password=PASSWORD, http_client=mine) as client:
        client.data_and_job_handling.retrieve_data_categories()
    assert not mine.is_closed
    mine.close()


def test_a_users_client_and_a_transport_contradict(service: Service) -> None:
    with pytest.raises(ConfigurationError, match="http_client or transport"):
        VisierDataHandling(HOST, API_KEY, username="a", password="b", http_client=httpx.Client(),
                           transport=httpx.MockTransport(service))
    with pytest.raises(ConfigurationError, match=r"httpx\.AsyncClient"):
        VisierDataHandling(HOST, API_KEY, username="a", password="b", async_http_client=httpx.Client())  # type: ignore[arg-type]
