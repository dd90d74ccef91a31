"""Bad input to the public API gets a 4xx with a Status body naming the problem, never a 5xx: deep, huge or
malformed JSON, missing or wrong content types, oversized bodies and form fields, out-of-range times. None of it
reaches the handler of last resort."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import Api

JSON_OPERATIONS = [
    ("POST", "/v1/op/data/startload"),
    ("POST", "/v1/op/jobs/cancel"),
    ("PUT", "/v1/op/data-versions/disable"),
]
DEEP = ("[" * 10_000 + "]" * 10_000).encode()
HUGE_INTEGER = ('{"jobIds": ["a"], "n": ' + "9" * 5_000 + "}").encode()


@pytest.fixture(autouse=True)
def _never_last_resort(api: Api) -> Iterator[None]:
    yield
    assert api.state.unexpected == []


def _raw(api: Api, method: str, path: str, content: bytes, content_type: str | None = "application/json",
         **params: Any) -> Any:
    headers = dict(api.headers)
    if content_type is not None:
        headers["Content-Type"] = content_type
    return api.http.request(method, path, content=content, headers=headers, params=params)


def _status(response: Any, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"code", "message"}
    for word in words:
        assert word in body["message"], body["message"]


@pytest.mark.parametrize(("method", "path"), JSON_OPERATIONS)
def test_json_nested_ten_thousand_deep_is_a_400(api: Api, method: str, path: str) -> None:
    _status(_raw(api, method, path, DEEP), 400, "nests")


@pytest.mark.parametrize(("method", "path"), JSON_OPERATIONS)
def test_a_five_thousand_digit_integer_is_a_400(api: Api, method: str, path: str) -> None:
    _status(_raw(api, method, path, HUGE_INTEGER), 400, "not valid JSON")


@pytest.mark.parametrize("text", [b"{", b'{"model": }', b"\xff\xfe", b'{"a": NaN}', b"[1, 2"])
def test_malformed_json_is_a_400(api: Api, text: bytes) -> None:
    _status(_raw(api, "POST", "/v1/op/jobs/cancel", text), 400, "request body")


@pytest.mark.parametrize(("method", "path", "body"), [
    ("POST", "/v1/op/data/startload", b'{"model": {"files": ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]}}'),
    ("POST", "/v1/op/jobs/cancel", b'{"jobIds": ["d9299c6a-287e-4ae5-9f34-edb3b4e91e37"]}'),
    ("PUT", "/v1/op/data-versions/disable", b'{"model": {"dataVersionObjects": [{"tenantCode": "WFF_j1r~c7o"}]}}'),
    ("POST", "/v1/op/data/startExtractAndLoad", b'{"allTenants": true}'),
])
def test_a_json_body_without_content_type_is_read_as_json(api: Api, method: str, path: str, body: bytes) -> None:
    # Visier's curl samples send bodies with no JSON content type; the service reads them.
    response = _raw(api, method, path, body, content_type=None)
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/x-www-form-urlencoded"])
def test_a_json_body_declared_as_something_else_is_a_415(api: Api, content_type: str) -> None:
    response = _raw(api, "POST", "/v1/op/jobs/cancel", b'{"jobIds": ["x"]}', content_type=content_type)
    _status(response, 415, content_type, "application/json")


def test_an_oversized_json_body_is_a_413(api: Api) -> None:
    body = b'{"jobIds": ["' + b"x" * (2 * 1024 * 1024) + b'"]}'
    _status(_raw(api, "POST", "/v1/op/jobs/cancel", body), 413, "bytes")


@pytest.mark.parametrize("path", ["/v1/admin/visierSecureToken", "/v1/auth/oauth2/token"])
def test_a_sign_in_form_field_over_a_megabyte_is_a_413(api: Api, path: str) -> None:
    multipart = api.http.post(path, files={"username": (None, "u" * (1024 * 1024 + 10)), "password": (None, "p")})
    _status(multipart, 413, "bytes")
    urlencoded = api.http.post(path, data={"username": "u" * (1024 * 1024 + 10), "password": "p"})
    _status(urlencoded, 413, "bytes")


@pytest.mark.parametrize(("name", "value"), [
    ("startTime", "0001-01-01T00:00:00+14:00"),
    ("endTime", "9999-12-31T23:59:59-14:00"),
])
def test_job_status_times_outside_the_calendar_are_a_400(api: Api, name: str, value: str) -> None:
    _status(api.get("/v1/op/job-status/jobs", **{name: value}), 400, name, "outside")


def test_job_status_at_the_calendar_edges_in_utc_answers(api: Api) -> None:
    answer = api.ok(api.get("/v1/op/job-status/jobs", startTime="0001-01-01T00:00:00Z", endTime="9999-12-31T23:59:59Z"))
    assert answer["queryStartTime"].startswith("0001-01-01") and answer["queryEndTime"].startswith("9999-12-31")


def test_the_handler_of_last_resort_names_the_request_and_logs(api: Api, caplog: pytest.LogCaptureFixture,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: Any, **__: Any) -> Any:
        raise RuntimeError("a bug in the mock")

    monkeypatch.setattr(api.state.job_store, "job", broken)
    response = api.get("/v1/op/jobs/receiving-jobs/d9299c6a-287e-4ae5-9f34-edb3b4e91e37")
    _status(response, 500, "GET /v1/op/jobs/receiving-jobs/d9299c6a-287e-4ae5-9f34-edb3b4e91e37")
    assert "a bug in the mock" in caplog.text and "RuntimeError" in caplog.text
    assert api.state.unexpected == ["GET /v1/op/jobs/receiving-jobs/d9299c6a-287e-4ae5-9f34-edb3b4e91e37"]
    api.state.unexpected.clear()  # this test meant to reach it
