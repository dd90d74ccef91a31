"""Traces of a whole load against the mock: one tree of the flow, its waits and polls, its calls and their HTTP
attempts, with a retry visible, sync and async on both async backends."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from jobs.conftest import MockTime
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind, StatusCode
from reliability.conftest import mock_client

from .conftest import Spans

FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
START_LOAD_ROUTE = "POST /v1/op/data/startload"


@pytest.fixture
def mock_time(mock_server: Any) -> MockTime:
    return MockTime(mock_server.state)


def _attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


def _check_tree(spans: Spans, job_id: str) -> None:
    (root,) = spans.roots()  # ONE tree
    assert root.name == "load" and _attributes(root)["visier.job_id"] == job_id
    assert {span.context.trace_id for span in spans.all() if span.context} == {root.context.trace_id}  # type: ignore[union-attr]

    by_name = {span.name: span for span in spans.children(root)}  # the flow's calls (start_load...) and its wait
    start, wait = by_name["start_load"], by_name["wait"]
    first, second = [s for s in spans.children(start) if s.name == START_LOAD_ROUTE]
    assert first.kind is SpanKind.CLIENT and first.status.status_code is StatusCode.ERROR
    failed, retried = _attributes(first), _attributes(second)
    assert failed["http.response.status_code"] == 503 and failed["error.type"] == "503"
    assert failed["visier.rci"]  # the mock's 5xx bodies carry one, as the service's do
    assert "http.request.resend_count" not in failed
    assert retried["http.request.resend_count"] == 1 and retried["http.response.status_code"] == 200
    assert retried["url.template"] == "/v1/op/data/startload" and retried["http.request.method"] == "POST"
    assert retried["server.address"] == "127.0.0.1"

    polls = spans.children(wait)
    assert polls and {poll.name for poll in polls} == {"poll"}
    assert _attributes(polls[-1])["visier.job.status"] == "Succeeded"
    calls = spans.children(polls[0])
    assert calls and all(spans.children(call) for call in calls)  # each call has its attempts
    assert {attempt.kind for call in calls for attempt in spans.children(call)} == {SpanKind.CLIENT}


def test_a_traced_load_is_one_tree_of_flow_calls_and_attempts(
    spans: Spans, mock_server: Any, mock_time: MockTime
) -> None:
    mock_server.state.faults.set("startLoad", {"sequence": [503]})
    with mock_client(mock_server, mock_time) as client:
        result = client.load([FILE])
    _check_tree(spans, result.job_id)


@pytest.mark.parametrize("backend", ["httpx", "aiohttp"])
def test_a_traced_aload_is_the_same_tree_on_each_async_backend(
    spans: Spans, mock_server: Any, mock_time: MockTime, backend: str
) -> None:
    mock_server.state.faults.set("startLoad", {"sequence": [503]})
    client = mock_client(mock_server, mock_time, async_backend=backend)

    async def main() -> Any:
        try:
            return await client.aload([FILE])
        finally:
            await client.aclose()

    result = asyncio.run(main())
    client.close()
    _check_tree(spans, result.job_id)


def test_an_error_answer_ends_the_call_span_with_its_status_and_rci(
    spans: Spans, mock_server: Any, mock_time: MockTime
) -> None:
    from visier_data_handling import ServerError

    mock_server.state.faults.set("retrieveDataCategories", {"sequence": [500]})
    with mock_client(mock_server, mock_time) as client, pytest.raises(ServerError) as raised:
        client.data_and_job_handling.retrieve_data_categories()
    (call,) = spans.named("retrieve_data_categories")
    attributes = _attributes(call)
    assert call.status.status_code is StatusCode.ERROR
    assert attributes["error.type"] == "ServerError" and attributes["http.response.status_code"] == 500
    assert attributes["visier.rci"] == raised.value.rci


def test_without_a_tracer_provider_no_span_is_made(mock_server: Any, mock_time: MockTime) -> None:
    from visier_data_handling._observe import tracing

    with mock_client(mock_server, mock_time) as client:
        client.data_and_job_handling.retrieve_data_categories()
        assert tracing.tracer() is None  # the API's default proxy provider: nothing set
        assert tracing.span("x").__enter__() is tracing.NO_SPAN
