"""Secrets stay out of logs (ours, httpx's and httpcore's at DEBUG); import stays cheap."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys

import httpx
import pytest

from .helpers import API_KEY, ASID, CLIENT_SECRET, PASSWORD, Service, make_client


def test_debug_logs_of_a_session_hold_no_secrets(service: Service, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    service.route(
        "GET",
        "/v1/op/data/categories",
        lambda r: httpx.Response(200, json={}, headers={"Set-Cookie": f"VisierASIDToken={ASID}-x; Path=/"}),
    )
    client = make_client(service, client_id="cid", client_secret=CLIENT_SECRET)
    service.check_tokens = True
    client.data_and_job_handling.retrieve_data_categories()
    service.valid_tokens.clear()
    service.script = [httpx.Response(503)]
    client.data_and_job_handling.retrieve_data_categories()
    client.data_and_job_handling.start_load(files=["a"])

    async def main() -> None:
        await client.data_and_job_handling.aretrieve_data_categories()
        await client.aclose()

    asyncio.run(main())
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "/v1/op/data/categories" in text and "attempt" in text and "retrying" in text
    for secret in (API_KEY, PASSWORD, CLIENT_SECRET, ASID):
        assert secret not in text


def test_httpcore_header_logs_are_redacted() -> None:
    from visier_data_handling._http.log import redact

    line = (
        "receive_response_headers.complete return_value=(b'HTTP/1.1', 200, b'OK', "
        "[(b'Set-Cookie', b'VisierASIDToken=abc; Path=/'), (b'Content-Type', b'x')])"
    )
    assert "abc" not in redact(line) and "Content-Type" in redact(line)


@pytest.mark.parametrize(
    ("sync_backend", "pool_logger"), [("httpx", "httpcore"), ("urllib3", "urllib3.connectionpool")]
)
def test_real_http_debug_logs_hold_no_secrets(  # type: ignore[no-untyped-def]
    mock_server, caplog: pytest.LogCaptureFixture, sync_backend: str, pool_logger: str
) -> None:
    from visier_data_handling import VisierDataHandling

    caplog.set_level(logging.DEBUG)
    with VisierDataHandling(
        mock_server.url, mock_server.api_key, username=mock_server.username, password=mock_server.password,
        sync_backend=sync_backend,  # type: ignore[arg-type]
    ) as client:
        client.data_and_job_handling.retrieve_data_categories()
        token = client._auth._token
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert pool_logger in " ".join(r.name for r in caplog.records)  # the pool's own debug lines were seen
    for secret in (mock_server.api_key, mock_server.password, token):
        assert secret and secret not in text


def test_import_does_not_load_generated_models() -> None:
    code = (
        "import sys, visier_data_handling as v; from visier_data_handling import VisierDataHandling;"
        "import visier_data_handling_python_sdk;"
        "bad = [m for m in sys.modules if m.startswith('visier_data_handling_api.models') or "
        "m.startswith('visier_data_handling_api.api')]; print(bad); assert not bad, bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
