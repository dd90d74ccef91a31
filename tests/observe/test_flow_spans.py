"""The other flows' spans: an intake and a transfer session each make one tree under a span named after the flow,
with the job's ID (and the transaction's or session's) once known; an error leaving a session ends its span."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from intake.test_intake_mock import _file
from jobs.conftest import MockTime
from opentelemetry.trace import StatusCode
from reliability.conftest import mock_client

from .conftest import Spans

TENANT = "WFF_j1r~c7o"
RECORDS = [{"EmployeeID": f"E{i}", "StartDate": "2026-01-01"} for i in range(3)]


def _root(spans: Spans, name: str) -> dict[str, Any]:
    (root,) = spans.roots()
    assert root.name == name
    names = {span.name for span in spans.all()}
    assert "wait" not in names or spans.named("wait")[0].parent.span_id == root.context.span_id  # type: ignore[union-attr]
    return dict(root.attributes or {})


def test_an_intake_is_one_tree_under_its_span(spans: Spans, mock_server: Any, tmp_path: Path) -> None:
    with mock_client(mock_server, MockTime(mock_server.state)) as client:
        result = client.intake({"Employee": _file(tmp_path, "Employee")}, target_tenant_id=TENANT)
    attributes = _root(spans, "intake")
    assert attributes["visier.job_id"] == result.job_id
    assert attributes["visier.transaction_id"] == result.transaction_id
    assert spans.named("wait") and spans.named("commit_transaction")


def test_a_transfer_session_is_one_tree_under_its_span(spans: Spans, mock_server: Any) -> None:
    with mock_client(mock_server, MockTime(mock_server.state)) as client:
        with client.transfer("Employee", tenant=TENANT) as session:
            session.push(RECORDS)
        session.job.result(timeout=30)
    (transfer,) = spans.named("transfer")
    attributes = dict(transfer.attributes or {})
    assert attributes["visier.job_id"] == session.job.job_id
    assert attributes["visier.transfer_session_id"] == session.session_id
    assert transfer.parent is None and len(spans.children(transfer)) >= 3  # its calls: open, push, complete...


def test_an_error_leaving_an_async_session_ends_its_span_with_it(spans: Spans, mock_server: Any) -> None:
    client = mock_client(mock_server, MockTime(mock_server.state))

    async def main() -> None:
        try:
            async with client.atransfer("Employee", tenant=TENANT, batch_records=2) as session:
                await session.push(RECORDS)
                raise KeyError("the caller's own error")
        finally:
            await client.aclose()

    with pytest.raises(KeyError):
        asyncio.run(main())
    client.close()
    (transfer,) = spans.named("transfer")
    assert transfer.status.status_code is StatusCode.ERROR
    assert dict(transfer.attributes or {})["error.type"] == "KeyError"
    assert [span for span in spans.children(transfer) if span.name == "push_data_cancel"]


def test_an_extraction_is_one_tree_under_its_span(spans: Spans, mock_server: Any) -> None:
    with mock_client(mock_server, MockTime(mock_server.state)) as client:
        result = client.extract_and_load(tenants=[TENANT])
    attributes = _root(spans, "extract_and_load")
    assert attributes["visier.job_id"] == result.job_id
    assert spans.named("start_extraction") and spans.named("poll")
