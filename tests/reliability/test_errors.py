"""Errors say the real reason, and no secret is reachable from a raised exception, chained exceptions included."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from visier_data_handling import APIConnectionError, APITimeoutError, ServiceMayHaveActed, VisierDataHandling
from visier_mock._server import free_port

from .conftest import SilentServer

API_KEY, PASSWORD, TOKEN = "APIKEY-s3cr3t-77", "PASSWORD-s3cr3t-78", "BEARER-s3cr3t-79"
SECRETS = (API_KEY, PASSWORD, TOKEN)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo += [item.__cause__, item.__context__]


def _reachable_text(exc: BaseException) -> str:
    """Everything a caller can read off the exception and its chain: messages, reprs, notes, requests."""
    parts: list[str] = []
    for item in _chain(exc):
        parts += [str(item), repr(item), *getattr(item, "__notes__", []), repr(vars(item))]
        if isinstance(item, httpx.RequestError):
            try:
                request = item.request
            except RuntimeError:
                continue
            parts += [str(request.url), repr(dict(request.headers)), request.content.decode(errors="replace")]
    return "\n".join(parts)


def _assert_clean(exc: BaseException) -> None:
    text = _reachable_text(exc)
    for secret in SECRETS:
        assert secret not in text
    assert any(isinstance(item, httpx.RequestError) for item in _chain(exc))  # the cause is kept, scrubbed


def test_connection_refused_says_so_and_holds_no_secret() -> None:
    host = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    client = VisierDataHandling(host, API_KEY, access_token=TOKEN, max_retries=0)
    with client, pytest.raises(APIConnectionError) as caught:
        client.data_and_job_handling.retrieve_data_categories()
    message = str(caught.value)
    assert "ConnectError" in message and ("refused" in message.lower() or "connection attempts failed" in message)
    assert not isinstance(caught.value, ServiceMayHaveActed)  # never sent: safe to repeat
    _assert_clean(caught.value)


def test_unknown_host_says_so() -> None:
    client = VisierDataHandling("http://no-such-host.invalid", API_KEY, access_token=TOKEN, max_retries=0)
    with client, pytest.raises(APIConnectionError) as caught:
        client.data_and_job_handling.retrieve_data_categories()
    assert "ConnectError: " in str(caught.value) and str(caught.value).split("ConnectError: ")[1].strip(") ")


def test_timed_out_data_call_holds_no_secret(silent_server: SilentServer) -> None:
    client = VisierDataHandling(silent_server.url, API_KEY, access_token=TOKEN, timeout=0.3, max_retries=0)
    with client, pytest.raises(APITimeoutError) as caught:
        client.data_and_job_handling.latest_enabled_dv()
    _assert_clean(caught.value)


def test_timed_out_sign_in_holds_no_secret(silent_server: SilentServer) -> None:
    async def main() -> BaseException:
        async with VisierDataHandling(
            silent_server.url, API_KEY, username="u", password=PASSWORD, timeout=0.3, max_retries=0
        ) as client:
            with pytest.raises(APITimeoutError) as caught:
                await client.data_and_job_handling.aretrieve_data_categories()
            return caught.value

    error = asyncio.run(main())
    assert "signing in" in str(error)
    _assert_clean(error)


def test_lost_answer_of_a_start_says_the_service_may_have_acted(silent_server: SilentServer) -> None:
    client = VisierDataHandling(silent_server.url, API_KEY, access_token=TOKEN, timeout=0.3, max_retries=3)
    with client, pytest.raises(ServiceMayHaveActed) as caught:
        client.data_and_job_handling.start_load(model={"files": ["hcm.zip.gpg"]})
    error = caught.value
    assert isinstance(error, APIConnectionError) and error.operation == "start_load"
    assert "may have acted" in str(error) and "since" in str(error) and error.sent_at > 0
    assert len(silent_server.accepted) == 1  # a POST whose answer was lost is not resent
    _assert_clean(error)


def test_api_exception_headers_keep_no_cookie(mock_server: Any) -> None:
    mock_server.state.faults.set("retrieveDataCategories", {"sequence": [403]})
    with VisierDataHandling(
        mock_server.url, mock_server.api_key, username=mock_server.username, password=mock_server.password
    ) as client:
        token_holder = client._auth
        with pytest.raises(Exception) as caught:
            client.data_and_job_handling.retrieve_data_categories()
        text = _reachable_text(caught.value) + repr(dict(getattr(caught.value, "headers", {})))
        assert token_holder._token and token_holder._token not in text and mock_server.api_key not in text
