"""The IDs Visier support asks for: ``rci`` from the service's error body and a request ID header, on the error, in
its message, and in the command line's one-line error."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cli.scripted import visier_dh
from jobs.conftest import MockTime
from reliability.conftest import mock_client
from visier_data_handling import ApiException, ServerError, VisierDataHandling
from visier_mock import MockConfig, RunningMock, serve_in_thread


def test_a_500_from_the_mock_names_its_rci_in_the_error(mock_server: Any) -> None:
    mock_server.state.faults.set("retrieveDataCategories", {"sequence": [500]})
    with mock_client(mock_server, MockTime(mock_server.state)) as client, pytest.raises(ServerError) as raised:
        client.data_and_job_handling.retrieve_data_categories()
    error = raised.value
    assert error.rci and re.fullmatch(r"[0-9a-f-]{36}", error.rci)
    assert error.rci == error.body["rci"]  # type: ignore[index]  # as the body sent it
    assert f"(rci: {error.rci})" in str(error) and error.request_id is None


def test_a_request_id_header_is_on_the_error_and_in_its_message() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"localizedMessage": "no such job", "rci": "r-1"}
        return httpx.Response(404, json=body, headers={"X-Request-ID": "q-9"})

    transport = httpx.MockTransport(answer)
    with VisierDataHandling("https://h.invalid", "key", access_token="tok", transport=transport) as client, \
            pytest.raises(ApiException) as raised:
        client.data_and_job_handling.job_id_status(job_id="j")
    assert (raised.value.rci, raised.value.request_id) == ("r-1", "q-9")
    assert str(raised.value) == "404 Not Found: no such job (rci: r-1, request ID: q-9)"


def test_an_error_without_ids_reads_as_before() -> None:
    error = ApiException.from_response(400, b'{"localizedMessage": "bad"}', {"x-request-id": " "})
    assert (error.rci, error.request_id, str(error)) == (None, None, "400 Bad Request: bad")


@pytest.fixture(scope="module")
def live_mock() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(seed=1)) as running:
        yield running


def test_the_command_line_error_line_names_the_rci(live_mock: RunningMock) -> None:
    live_mock.state.faults.set("retrieveDataCategories", {"sequence": [500]})
    env = {"VISIER_HOST": live_mock.url, "VISIER_APIKEY": live_mock.api_key,
           "VISIER_USERNAME": live_mock.username, "VISIER_PASSWORD": live_mock.password, "PATH": "/usr/bin:/bin"}
    outcome = visier_dh(env, "auth", "check")
    assert outcome.code == 1, outcome
    (line,) = outcome.stderr.strip().splitlines()
    rci = re.search(r"\(rci: ([0-9a-f-]{36})\)", line)
    assert line.startswith("visier-dh: error: 500 Internal Server Error") and rci, outcome
