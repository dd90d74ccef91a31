"""Typed errors, client-side argument checks and configuration."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from visier_data_handling import (
    APIConnectionError,
    ApiException,
    APITimeoutError,
    BadRequest,
    ConfigurationError,
    Forbidden,
    InvalidArgument,
    NotFound,
    RateLimited,
    ServerError,
    Unauthorized,
    VisierDataHandling,
    VisierError,
)

from .helpers import API_KEY, CLIENT_SECRET, HOST, PASSWORD, Service, make_client


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequest),
        (401, Unauthorized),
        (403, Forbidden),
        (404, NotFound),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (418, ApiException),
    ],
)
def test_status_maps_to_exception(service: Service, status: int, kind: type[ApiException]) -> None:
    service.route(
        "GET",
        "/v1/op/job-status/jobs/j1",
        lambda r: httpx.Response(status, json={"message": "boom", "code": "E1"}, headers={"Retry-After": "7"}),
    )
    with make_client(service, max_retries=0, access_token="tok") as client, pytest.raises(kind) as info:
        client.data_and_job_handling.job_id_status(job_id="j1")
    exc = info.value
    assert type(exc) is kind and isinstance(exc, VisierError)
    assert exc.status == status
    assert exc.body == {"message": "boom", "code": "E1"}
    assert exc.status_body is not None and exc.status_body.code == "E1"
    assert exc.headers["retry-after"] == "7"
    assert exc.round_trip_time is not None and exc.reason
    assert "boom" in str(exc)
    if kind is RateLimited:
        assert exc.retry_after == 7.0


def test_non_json_error_body(client: VisierDataHandling, service: Service) -> None:
    service.route("GET", "/v1/op/data/categories", lambda r: httpx.Response(404, text="<html>nope</html>"))
    with pytest.raises(NotFound) as info:
        client.data_and_job_handling.retrieve_data_categories()
    assert info.value.body == "<html>nope</html>" and info.value.status_body is None


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ({"localizedMessage": "Tenant not found", "message": "", "code": "E1"}, "Tenant not found"),
        # The Status fields renamed upstream: the message still says what the service said.
        ({"errorText": "Tenant not found", "errorCode": "E1"}, '{"errorText":"Tenant not found","errorCode":"E1"}'),
        ({"detail": "x" * 500}, '{"detail":"' + "x" * 289 + "..."),
    ],
)
def test_the_message_does_not_depend_on_generated_field_names(service: Service, body: dict[str, str],
                                                              shown: str) -> None:
    service.route("GET", "/v1/op/job-status/jobs/j1", lambda r: httpx.Response(404, json=body))
    with make_client(service, max_retries=0, access_token="tok") as client, pytest.raises(NotFound) as info:
        client.data_and_job_handling.job_id_status(job_id="j1")
    assert str(info.value) == f"404 Not Found: {shown}"
    assert info.value.body == body


def test_connection_errors(service: Service) -> None:
    service.script = [httpx.ConnectError("refused")] * 10
    with make_client(service, max_retries=1) as client, pytest.raises(APIConnectionError):
        client.data_and_job_handling.retrieve_data_categories()
    service.script = [httpx.ReadTimeout("slow")] * 10
    with make_client(service, max_retries=0) as client, pytest.raises(APITimeoutError):
        client.data_and_job_handling.retrieve_data_categories()


@pytest.mark.parametrize(
    ("method", "kwargs", "argument"),
    [
        ("job_id_status", {}, "job_id"),
        ("cancel_jobs", {"job_ids": "j1"}, "job_ids"),
        ("cancel_jobs", {"job_idz": ["j1"]}, "job_idz"),
        ("data_connectors", {"limit": "10"}, "limit"),
        ("data_connectors", {"limit": True}, "limit"),
        ("data_connectors", {"bogus": 1}, "bogus"),
        ("start_load", {"model": {"files": "a.zip"}}, "model.files"),
        ("start_load", {"model": {"files": ["a"]}, "files": ["b"]}, "body"),
        ("start_extraction", {"all_tenants": "yes"}, "all_tenants"),
        ("data_connectors", {"timeout": -1}, "timeout"),
        ("data_connectors", {"max_retries": "3"}, "max_retries"),
        ("job_id_status", {"job_id": "j", "iterator": True}, "iterator"),
    ],
)
def test_invalid_arguments_raise_before_any_request(
    client: VisierDataHandling, service: Service, method: str, kwargs: dict[str, Any], argument: str | None
) -> None:
    with pytest.raises(InvalidArgument) as info:
        getattr(client.data_and_job_handling, method)(**kwargs)
    assert isinstance(info.value, TypeError)
    if argument is not None:
        assert argument.split(".")[-1] in str(info.value)
    assert service.requests == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"limit": -1}, "latest_enabled_dv() limit must be >= 0, not -1"),
        ({"start": -5}, "latest_enabled_dv() start must be >= 0, not -5"),
        ({"number_of_versions": 6}, "latest_enabled_dv() number_of_versions must be from 1 to 5, not 6"),
        ({"number_of_versions": 0}, "latest_enabled_dv() number_of_versions must be from 1 to 5, not 0"),
        ({"iterator": True, "limit": 0}, "latest_enabled_dv(): limit must be an int >= 1, not 0"),
        ({"iterator": True, "page_size": 0}, "latest_enabled_dv(): page_size must be an int >= 1, not 0"),
        ({"iterator": True, "start": -5}, "latest_enabled_dv(): start must be an int >= 0, not -5"),
    ],
)
def test_every_bound_the_spec_states_is_checked_naming_the_argument_written(
    client: VisierDataHandling, service: Service, kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(InvalidArgument) as info:
        list(client.data_and_job_handling.latest_enabled_dv(**kwargs))
    assert str(info.value) == message and info.value.argument == message.split(" must")[0].split()[-1]
    assert service.requests == []
    client.data_and_job_handling.latest_enabled_dv(start=0, limit=0, number_of_versions=5)  # the bounds themselves
    assert service.requests[-1].url.params["numberOfVersions"] == "5"


def test_async_invalid_argument_raised_at_call(client: VisierDataHandling, service: Service) -> None:
    with pytest.raises(InvalidArgument):
        client.data_and_job_handling.ajob_id_status()
    assert service.requests == []


@pytest.mark.parametrize(
    ("kwargs", "mentions"),
    [
        ({"api_key": API_KEY, "username": "u", "password": "p"}, "host"),
        ({"host": HOST, "username": "u", "password": "p"}, "api_key"),
        ({"host": HOST, "api_key": API_KEY}, "credentials"),
        ({"host": HOST, "api_key": API_KEY, "username": "u"}, "password"),
        ({"host": HOST, "api_key": API_KEY, "client_secret": "s"}, "client_id"),
        ({"host": HOST, "api_key": API_KEY, "api_key_auth": "other", "access_token": "t"}, "twice"),
        ({"host": "acme.api.visier.io", "api_key": API_KEY, "access_token": "t"}, "https://"),
    ],
)
def test_configuration_errors(kwargs: dict[str, Any], mentions: str) -> None:
    with pytest.raises(ConfigurationError, match=mentions) as info:
        VisierDataHandling(**kwargs)
    assert isinstance(info.value, ValueError)
    assert API_KEY not in str(info.value)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {"VISIER_VANITY": "acme", "VISIER_APIKEY": API_KEY, "VISIER_USERNAME": "u", "VISIER_PASSWORD": PASSWORD}
    client = VisierDataHandling.from_env(env)
    assert client.host == "https://acme.api.visier.io"
    client.close()
    with pytest.raises(ConfigurationError, match="VISIER_APIKEY"):
        VisierDataHandling.from_env({"VISIER_HOST": HOST})
    with pytest.raises(ConfigurationError, match="disagree"):
        VisierDataHandling.from_env({**env, "VISIER_HOST": "https://other.example"})
    for key in list(__import__("os").environ):
        if key.startswith("VISIER_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("VISIER_HOST", HOST)
    monkeypatch.setenv("VISIER_APIKEY", API_KEY)
    monkeypatch.setenv("VISIER_CLIENT_ID", "cid")
    monkeypatch.setenv("VISIER_CLIENT_SECRET", CLIENT_SECRET)
    with VisierDataHandling.from_env() as client:
        assert "client_credentials" in repr(client)


def test_seed_style_constructor() -> None:
    with VisierDataHandling(host=HOST, api_key_auth=API_KEY, cookie_auth="ASID", client_id="c", client_secret="s") as c:
        assert "cookie" in repr(c)


def test_repr_hides_secrets(service: Service) -> None:
    client = make_client(service, client_id="cid", client_secret=CLIENT_SECRET, access_token="BEARERTOKEN")
    text = repr(client) + repr(client._settings) + repr(client._auth) + repr(client.data_and_job_handling)
    for secret in (API_KEY, PASSWORD, CLIENT_SECRET, "BEARERTOKEN"):
        assert secret not in text
    client.close()


def test_every_parameter_bound_in_the_spec_reaches_the_checks() -> None:
    import importlib

    from foundation._spec import operations
    from visier_data_handling_api.operations import OPERATIONS

    stated = {
        (op["operationId"], p["name"]): (p["schema"].get("minimum"), p["schema"].get("maximum"))
        for _, _, op in operations()
        for p in op.get("parameters", [])
        if "minimum" in p.get("schema", {}) or "maximum" in p.get("schema", {})
    }
    checked = {}
    for name, facts in OPERATIONS.items():
        module = importlib.import_module(f"visier_data_handling_api.api.{facts['tag']}.{name}")
        operation = getattr(module, "OPERATION", None)  # sign-ins are the auth layer's, with no bounds
        for param, bounds in (operation.signature.bounds if operation else {}).items():
            checked[(facts["operation_id"], param.replace("_", "").lower())] = bounds
    assert stated and {(o, p.lower()): b for (o, p), b in stated.items()} == checked
