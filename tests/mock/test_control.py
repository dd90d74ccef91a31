"""The control API checks a whole call before changing anything: a rejected call leaves the world as it was,
``reset`` restores all of it (the clock too), and nothing it accepts can make a later request fail."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from visier_mock import MockConfig, create_app

from .conftest import Api, world

DEEP = "[" * 10_000 + "]" * 10_000


@pytest.fixture(autouse=True)
def _never_last_resort(api: Api) -> Iterator[None]:
    yield
    assert api.state.unexpected == []


def _rejected(api: Api, method: str, path: str, content: str | bytes, *words: str) -> None:
    before = world(api.state)
    response = api.http.request(method, f"/__mock__{path}", content=content,
                                headers={"Content-Type": "application/json"})
    assert response.status_code == 400, response.text
    for word in words:
        assert word in response.json()["error"], response.json()
    assert world(api.state) == before


@pytest.mark.parametrize("content", ["null", '"text"', "[1]", "7", DEEP, "{", '{"seconds": 1e999}'])
@pytest.mark.parametrize("path", ["/clock/advance", "/faults", "/slow", "/reset", "/seed/credentials"])
def test_bodies_that_are_not_json_objects_are_rejected(api: Api, path: str, content: str) -> None:
    _rejected(api, "POST", path, content)


@pytest.mark.parametrize(("body", "field"), [
    ({"seconds": 1e308}, "seconds"),
    ({"seconds": -1e308}, "seconds"),
    ({"seconds": -1}, "seconds"),
    ({"seconds": "10"}, "seconds"),
    ({"seconds": True}, "seconds"),
    ({}, "seconds"),
    ({"seconds": 1, "extra": 2}, "extra"),
])
def test_clock_advance_takes_a_finite_forward_step_only(api: Api, body: dict[str, Any], field: str) -> None:
    _rejected(api, "POST", "/clock/advance", json.dumps(body), field)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize(("path", "fields"), [("/clock/advance", ""), ("/slow", '"tenantCode": "WFF_j1r~c7o", ')])
def test_non_finite_numbers_are_refused(api: Api, path: str, fields: str, number: str) -> None:
    _rejected(api, "POST", path, "{" + fields + '"seconds": ' + number + "}", "not a JSON number")


@pytest.mark.parametrize(("body", "field"), [
    ({"tenantCode": "WFF_j1r~c7o", "seconds": 1e308}, "seconds"),
    ({"tenantCode": "WFF_j1r~c7o", "seconds": -1}, "seconds"),
    ({"tenantCode": 7, "seconds": 1}, "tenantCode"),
])
def test_slow_takes_a_bounded_number_of_seconds(api: Api, body: dict[str, Any], field: str) -> None:
    _rejected(api, "POST", "/slow", json.dumps(body), field)


@pytest.mark.parametrize(("rule", "field"), [
    ({"error_503_rate": "often"}, "error_503_rate"),
    ({"error_503_rate": 1.5}, "error_503_rate"),
    ({"error_503_rate": 0.7, "error_429_rate": 0.7}, "add up"),
    ({"retry_after": "soon"}, "retry_after"),
    ({"retry_after": -1}, "retry_after"),
    ({"latency_ms": 1e308}, "latency_ms"),
    ({"sequence": ["crash"]}, "sequence[0]"),
    ({"sequence": [503, {"slow": "long"}]}, "slow"),
    ({"sequence": "503"}, "sequence"),
    ({"operationId": 5}, "operationId"),
    ({"flaky": True}, "flaky"),
])
def test_fault_rules_are_checked_when_set(api: Api, rule: dict[str, Any], field: str) -> None:
    _rejected(api, "POST", "/faults", json.dumps(rule), field)
    # Nothing was stored, so sign-in and data operations answer as before.
    assert api.ok(api.get("/v1/op/data/categories"))["categories"]
    signed = api.http.post("/v1/admin/visierSecureToken", data={"username": "mock-user", "password": "mock-password"})
    assert signed.status_code == 200


@pytest.mark.parametrize(("path", "body", "field"), [
    ("/failures", {"tenantCode": "WFF_j1r~c7o", "stage": "nowhere"}, "stage"),
    ("/failures", {"tenantCode": ["WFF_j1r~c7o"]}, "tenantCode"),
    ("/failures", {"tenantCode": "WFF_j1r~c7o", "when": 1}, "when"),
    ("/sftp", {"files": "a.zip"}, "files"),
    ("/sftp", {"files": ["a.zip", 5]}, "files"),
    ("/seed/credentials", {"count": -1}, "count"),
    ("/seed/credentials", {"count": 10**9}, "count"),
    ("/seed/credentials", {"count": 2, "tenantCode": "WFF_nobody"}, "tenantCode"),
    ("/seed/tenants", {"count": 1.5}, "count"),
    ("/reset", {"seed": "one"}, "seed"),
])
def test_other_controls_check_every_field(api: Api, path: str, body: dict[str, Any], field: str) -> None:
    _rejected(api, "POST", path, json.dumps(body), field)


def test_an_accepted_fault_rule_keeps_later_requests_working(api: Api) -> None:
    rule = {"operationId": "*", "error_503_rate": 0.5, "retry_after": 2, "latency_ms": 0, "sequence": [429, 200]}
    assert api.http.post("/__mock__/faults", json=rule).status_code == 200
    statuses = [api.get("/v1/op/data/categories").status_code for _ in range(20)]
    assert statuses[:2] == [429, 200] and set(statuses) <= {200, 503} | {429}
    assert api.http.delete("/__mock__/faults").status_code == 200
    assert api.get("/v1/op/data/categories").status_code == 200


def test_reset_restores_the_whole_world_clock_included(api: Api) -> None:
    before = world(api.state)
    api.http.post("/__mock__/slow", json={"tenantCode": "WFF_j1r~c7o", "seconds": 5})
    api.load()
    api.http.post("/__mock__/faults", json={"operationId": "jobStatus", "error_503_rate": 1})
    api.http.post("/__mock__/clock/advance", json={"seconds": 86_400})
    assert world(api.state) != before
    assert api.http.post("/__mock__/reset", json={}).status_code == 200
    after = world(api.state)
    assert after[0] == before[0]  # the clock is back at its start
    assert after[1:9] == before[1:9] and after[10:] == before[10:]  # sign-in tokens are gone, as on a restart
    assert after[9] == {}


def test_a_configuration_with_a_bad_fault_rule_is_refused_up_front() -> None:
    with pytest.raises(ValueError, match="error_503_rate"):
        create_app(MockConfig(faults={"*": {"error_503_rate": "often"}}))
    with pytest.raises(ValueError, match="speed"):
        MockConfig(speed=float("inf"))
