"""load / aload / extract_and_load / aextract_and_load check every argument before anything is sent."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from visier_data_handling import InvalidArgument, VisierDataHandling

LOAD_CASES: list[tuple[str, dict[str, Any]]] = [
    ("files", {"files": "one.zip.gpg"}),
    ("files", {"files": []}),
    ("files", {"files": ["ok.zip.gpg", 3]}),
    ("timeout", {"timeout": -1}),
    ("timeout", {"timeout": "10"}),
    ("poll", {"poll": "fast"}),
    ("on_progress", {"on_progress": 3}),
    ("wait", {"wait": "yes"}),
    ("raise_on_failure", {"raise_on_failure": None}),
    ("skip_data_load", {"skip_data_load": "no"}),
    ("target_tenant_id", {"target_tenant_id": ""}),
    ("reconcile", {"reconcile": 1}),
    ("reconcile_window", {"reconcile_window": -5}),
]
EXTRACTION_CASES: list[tuple[str, dict[str, Any]]] = [
    ("tenants", {"tenants": "WFF_j1r~c7o"}),
    ("tenants", {"tenants": ["WFF_j1r~c7o", None]}),
    ("all_tenants", {"all_tenants": "all"}),
    ("run_processing_job", {"run_processing_job": None}),
    ("timeout", {"timeout": float("nan")}),
    ("poll", {"poll": 5}),
    ("on_progress", {"on_progress": "print"}),
]


def _client() -> tuple[VisierDataHandling, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = VisierDataHandling(
        "https://acme.api.visier.io", "APIKEY-0001", username="u", password="p", transport=httpx.MockTransport(record)
    )
    return client, sent


@pytest.mark.parametrize(("argument", "bad"), LOAD_CASES)
def test_load_checks_before_sending(argument: str, bad: dict[str, Any]) -> None:
    client, sent = _client()
    call = {"files": ["hcm.zip.gpg"], **bad}
    files = call.pop("files")
    with pytest.raises(InvalidArgument) as caught:
        client.load(files, **call)
    assert caught.value.argument == argument and argument in str(caught.value) and "load()" in str(caught.value)
    with pytest.raises(InvalidArgument) as acaught:
        asyncio.run(client.aload(files, **call))
    assert acaught.value.argument == argument
    assert sent == []  # not even a sign-in


@pytest.mark.parametrize(("argument", "bad"), EXTRACTION_CASES)
def test_extract_and_load_checks_before_sending(argument: str, bad: dict[str, Any]) -> None:
    client, sent = _client()
    call = {"tenants": ["WFF_j1r~c7o"], **bad}
    with pytest.raises(InvalidArgument) as caught:
        client.extract_and_load(**call)
    assert caught.value.argument == argument and "extract_and_load()" in str(caught.value)
    with pytest.raises(InvalidArgument) as acaught:
        asyncio.run(client.aextract_and_load(**call))
    assert acaught.value.argument == argument
    assert sent == []


def test_unknown_extraction_option_is_named_before_sending() -> None:
    client, sent = _client()
    with pytest.raises(InvalidArgument) as caught:
        client.extract_and_load(tenants=["WFF_j1r~c7o"], data_categry_id="x")
    assert "data_categry_id" in str(caught.value)
    assert sent == []
