"""``extra_headers``, ``extra_query`` and ``extra_body``: each reaches the wire, sync, async and raw; the SDK's own
headers cannot be replaced; every try, page and same-host redirect carries them; their values stay out of errors and
logs. Against the scripted service behind httpx.MockTransport (tests/client/helpers.py)."""

from __future__ import annotations

import asyncio
import io
import logging
from typing import Any

import httpx
import pytest
from visier_data_handling import APIConnectionError, InvalidArgument, VisierDataHandling
from visier_data_handling_api.types import File

from .helpers import API_KEY, Service, body

SECRET = "EXTRA-s3cr3t-0006"
EXTRAS: dict[str, Any] = {
    "extra_headers": {"X-Feature": "preview", "targettenantid": "WFF_other"},
    "extra_query": {"dryRun": True, "level": 2},
    "extra_body": {"newField": {"nested": (1, 2.5, None)}, "skipDataLoad": True},
}


def _assert_extras_sent(request: httpx.Request) -> None:
    assert request.headers["x-feature"] == "preview"
    assert request.headers.get_list("targettenantid") == ["WFF_other"]  # replaced the typed one, not added to it
    assert request.url.params["dryRun"] == "true" and request.url.params["level"] == "2"
    sent = body(request)
    assert sent["newField"] == {"nested": [1, 2.5, None]}
    assert sent["skipDataLoad"] is True  # next to the wrapped "model", as the extra's own top-level field
    assert sent["model"] == {"files": ["hcm.zip.gpg"]}


def test_each_extra_reaches_the_wire_sync_async_and_raw(client: VisierDataHandling, service: Service) -> None:
    dh = client.data_and_job_handling
    dh.start_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
    _assert_extras_sent(service.last())
    dh.raw.start_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
    _assert_extras_sent(service.last())

    async def main() -> None:
        await dh.astart_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
        _assert_extras_sent(service.last())
        await dh.raw.astart_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
        _assert_extras_sent(service.last())
        await client.aclose()

    asyncio.run(main())
    assert len(service.data_requests()) == 4


def test_extra_body_wins_over_a_field_the_model_sets(client: VisierDataHandling, service: Service) -> None:
    client.data_and_job_handling.start_extraction(all_tenants=True, extra_body={"allTenants": False, "x": [1]})
    assert body(service.last()) == {"allTenants": False, "x": [1]}


@pytest.mark.parametrize("header", ["Authorization", "apikey", "COOKIE", "Proxy-Authorization", "Content-Length"])
def test_the_sdks_own_headers_cannot_be_replaced(client: VisierDataHandling, service: Service, header: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        client.data_and_job_handling.start_load(files=["a"], extra_headers={header: SECRET})
    assert caught.value.argument == "extra_headers" and repr(header) in str(caught.value)
    assert SECRET not in str(caught.value)

    async def main() -> None:
        with pytest.raises(InvalidArgument):
            _ = client.data_and_job_handling.astart_load(files=["a"], extra_headers={header: SECRET})  # at the call
        await client.aclose()

    asyncio.run(main())
    assert service.data_requests() == []  # checked before anything was sent
    assert all(r.headers.get("apikey") == API_KEY for r in service.requests)  # the sign-in kept its own


@pytest.mark.parametrize(
    ("call", "argument", "named"),
    [
        ({"extra_query": {"targetTenantId": "WFF"}}, "extra_query", "target_tenant_id="),
        ({"extra_query": {"x": None}}, "extra_query", "'x'"),
        ({"extra_body": {"x": float("nan")}}, "extra_body", "extra_body['x']"),
        ({"extra_body": {"x": {1: "a"}}}, "extra_body", "extra_body['x']"),
        ({"extra_headers": {"X-Id": "a\r\nInjected: 1"}}, "extra_headers", "'X-Id'"),
        ({"extra_headers": {"Bad Name": "v"}}, "extra_headers", "'Bad Name'"),
        ({"extra_headers": ["X-Id"]}, "extra_headers", "must be a dict"),
    ],
)
def test_bad_extras_are_refused_before_sending(
    client: VisierDataHandling, service: Service, call: dict[str, Any], argument: str, named: str
) -> None:
    with pytest.raises(InvalidArgument) as caught:
        client.data_and_job_handling.start_load(files=["a"], **call)
    assert caught.value.argument == argument and named in str(caught.value)
    assert service.data_requests() == []


def test_operations_without_a_json_object_body_refuse_extra_body(client: VisierDataHandling, service: Service) -> None:
    with pytest.raises(InvalidArgument, match="no JSON object body") as caught:
        client.data_intake.push_data(transfer_session_id="s-1", body="[]", extra_body={"a": 1})  # type: ignore[call-arg]
    assert caught.value.argument == "extra_body"
    with pytest.raises(InvalidArgument, match="no JSON object body"):
        client.data_and_job_handling.retrieve_data_categories(extra_body={"a": 1})  # type: ignore[call-arg]
    assert service.data_requests() == []


def test_a_retry_resends_the_extras_sync_and_async(client: VisierDataHandling, service: Service) -> None:
    dh = client.data_and_job_handling
    service.script = [httpx.Response(503)]
    dh.start_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
    sync_tries = service.data_requests()
    assert len(sync_tries) == 2
    for request in sync_tries:
        _assert_extras_sent(request)

    async def main() -> None:
        service.script = [httpx.Response(503)]
        await dh.astart_load(files=["hcm.zip.gpg"], target_tenant_id="WFF_j1r", **EXTRAS)
        await client.aclose()

    asyncio.run(main())
    async_tries = service.data_requests()[2:]
    assert len(async_tries) == 2
    for request in async_tries:
        _assert_extras_sent(request)


def test_every_page_carries_the_extras(client: VisierDataHandling, service: Service) -> None:
    pages = {"0": [{"tenantCode": "a"}, {"tenantCode": "b"}], "2": [{"tenantCode": "c"}]}
    service.route("GET", "/v1/op/data-versions",
                  lambda r: httpx.Response(200, json={"tenants": pages.get(r.url.params["start"], []), "limit": 2}))
    items = client.data_and_job_handling.latest_enabled_dv(
        iterator=True, page_size=2, page_ahead=False, extra_headers={"X-Feature": "preview"},
        extra_query={"view": "all"},
    )
    assert [t.tenant_code for t in items] == ["a", "b", "c"]
    sent = service.data_requests()
    assert [r.url.params["start"] for r in sent] == ["0", "2"]
    assert all(r.headers["x-feature"] == "preview" and r.url.params["view"] == "all" for r in sent)


@pytest.mark.parametrize("location", ["/v1/data/upload/target/x?ticket=t", "https://uploads.example.net/x?sig=s"])
def test_the_upload_redirect_keeps_the_extras_on_the_same_host_only(
    client: VisierDataHandling, service: Service, location: str
) -> None:
    service.route("PUT", "/v1/data/upload/files/x", lambda r: httpx.Response(307, headers={"Location": location}))
    client.data_upload.file_upload(
        filename="x", body=File(payload=io.BytesIO(b"zip")), extra_headers={"X-Feature": "preview"},
        extra_query={"view": "all"},
    )
    probe, sent = service.data_requests()
    assert probe.headers["x-feature"] == "preview" and probe.url.params["view"] == "all"
    assert sent.content == b"zip"
    same_host = location.startswith("/")
    assert ("x-feature" in sent.headers) is same_host
    assert ("view" in sent.url.params) is same_host
    assert sent.url.params.get("ticket" if same_host else "sig") in ("t", "s")  # the Location's own query kept


def test_extra_header_values_stay_out_of_errors_and_logs(
    client: VisierDataHandling, service: Service, caplog: pytest.LogCaptureFixture
) -> None:
    service.script = [httpx.ConnectError("refused")]
    with caplog.at_level(logging.DEBUG), pytest.raises(APIConnectionError) as caught:
        client.data_and_job_handling.retrieve_data_categories(
            extra_headers={"X-Partner-Token": SECRET}, max_retries=0
        )
    chained = caught.value.__cause__
    assert isinstance(chained, httpx.ConnectError)
    assert chained.request.headers["x-partner-token"] == "***"  # the request kept by the chained httpx error
    assert SECRET not in str(caught.value) and SECRET not in caplog.text
    assert any(r.name.startswith(("httpx", "visier")) for r in caplog.records)  # the logs were on, and said nothing
