"""``VISIER_LOG`` switches the SDK's logging on without code; each record carries the structured fields, and no
record (message, arguments or fields) holds a secret."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from jobs.conftest import MockTime
from reliability.conftest import mock_client
from visier_data_handling import ConfigurationError, VisierDataHandling

FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
FIELDS = ("operation", "attempt", "status", "elapsed_ms", "job_id", "rci")


@pytest.fixture
def sdk_logger() -> Iterator[logging.Logger]:
    """The SDK's logger, put back as it was (the switch sets its level and adds a handler for the process)."""
    logger = logging.getLogger("visier_data_handling")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


def _attempts(records: list[logging.LogRecord], operation: str) -> list[logging.LogRecord]:
    return [r for r in records if r.name == "visier_data_handling" and getattr(r, "operation", None) == operation]


def test_visier_log_debug_gives_records_with_the_fields(
    sdk_logger: logging.Logger, mock_server: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("VISIER_LOG", "debug")
    mock_server.state.faults.set("startLoad", {"sequence": [503]})
    mock_server.state.faults.set("receivingJobStatus", {"sequence": [500]})  # one status check fails, then passes
    with mock_client(mock_server, MockTime(mock_server.state)) as client:
        (handler,) = [h for h in sdk_logger.handlers if isinstance(h, logging.StreamHandler)]
        assert sdk_logger.level == logging.DEBUG and handler.stream is sys.stderr
        result = client.load([FILE])

    for record in _attempts(caplog.records, "start_load") + _attempts(caplog.records, "receiving_job_status"):
        assert all(hasattr(record, name) for name in FIELDS), record.__dict__
    refused, accepted = _attempts(caplog.records, "start_load")
    assert (refused.attempt, refused.status, accepted.attempt, accepted.status) == (1, 503, 2, 200)  # type: ignore[attr-defined]
    assert refused.rci and f"rci={refused.rci}" in refused.getMessage()  # type: ignore[attr-defined]
    assert isinstance(refused.elapsed_ms, float) and refused.job_id is None  # type: ignore[attr-defined]
    polled = _attempts(caplog.records, "receiving_job_status")
    assert polled and {r.job_id for r in polled} == {result.job_id}  # type: ignore[attr-defined]
    assert [r for r in caplog.records if r.name == "visier_data_handling.flows" and r.job_id == result.job_id]  # type: ignore[attr-defined]
    (failed_check,) = [r for r in caplog.records if r.name == "visier_data_handling.jobs"]
    assert (failed_check.status, failed_check.job_id) == (500, result.job_id)  # type: ignore[attr-defined]
    assert failed_check.rci and failed_check.rci in failed_check.getMessage()  # type: ignore[attr-defined]


def test_no_record_of_a_real_sign_in_holds_a_secret(
    sdk_logger: logging.Logger, mock_server: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("VISIER_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # httpx's and httpcore's records too
    with VisierDataHandling(
        mock_server.url, mock_server.api_key, username=mock_server.username, password=mock_server.password
    ) as client:
        client.data_and_job_handling.retrieve_data_categories()
        token = client._auth._token
    signed_in = [r for r in caplog.records if getattr(r, "operation", None) == "sign_in"]
    assert signed_in and signed_in[0].status == 200  # type: ignore[attr-defined]
    for record in caplog.records:
        everything = f"{record.getMessage()} {record.args!r} {vars(record)!r}"
        for secret in (mock_server.api_key, mock_server.password, token):
            assert secret and secret not in everything, record.name


def test_a_secret_in_a_field_is_masked(sdk_logger: logging.Logger, caplog: pytest.LogCaptureFixture) -> None:
    from visier_data_handling._http.log import SECRETS, install_filters

    class Owner:  # weakly held, like a client
        pass

    owner = Owner()
    SECRETS.add(owner, "s3cr3t-value")
    install_filters()
    sdk_logger.setLevel(logging.INFO)
    sdk_logger.info("status", extra={"status": "refused s3cr3t-value", "operation": "x"})
    (record,) = [r for r in caplog.records if r.name == "visier_data_handling"]
    assert record.status == "refused ***"  # type: ignore[attr-defined]


def test_an_unknown_visier_log_level_is_refused_naming_the_variable(
    sdk_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VISIER_LOG", "loud")
    with pytest.raises(ConfigurationError, match="VISIER_LOG must be one of debug, info"):
        VisierDataHandling("https://example.invalid", "key", access_token="token")


def test_the_sdk_never_imports_opentelemetry_itself() -> None:
    code = (
        "import sys, httpx; from visier_data_handling import VisierDataHandling\n"
        "answer = lambda request: httpx.Response(200, json={'categories': []})\n"
        "with VisierDataHandling('https://h.invalid', 'key', access_token='tok', transport=httpx.MockTransport(answer))"
        " as c:\n    c.data_and_job_handling.retrieve_data_categories()\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "[]", done.stdout + done.stderr
