"""Faults for retry tests: shares of 503s and 429s from a seeded generator, fixed sequences, latency, dropped
connections, and answers that come late after the operation ran."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient
from visier_mock import MockConfig, create_app

from .conftest import Api


def _statuses(seed: int, rule: dict[str, Any], count: int = 200) -> list[int]:
    app = create_app(MockConfig(manual_clock=True, seed=seed))
    with TestClient(app) as http:
        api = Api(app, http)
        http.post("/__mock__/faults", json={"operationId": "retrieveDataCategories", **rule})
        return [api.get("/v1/op/data/categories").status_code for _ in range(count)]


def test_a_share_of_503s_is_deterministic_for_a_seed() -> None:
    first = _statuses(7, {"error_503_rate": 0.25})
    assert first == _statuses(7, {"error_503_rate": 0.25})
    assert set(first) == {200, 503}
    assert 25 <= first.count(503) <= 75


def test_429_carries_retry_after(api: Api) -> None:
    api.http.post("/__mock__/faults", json={"operationId": "*", "sequence": [429], "retry_after": 4})
    response = api.get("/v1/op/data/categories")
    assert response.status_code == 429 and response.headers["Retry-After"] == "4"
    assert response.json()["code"] == "TooManyRequests"
    assert api.get("/v1/op/data/categories").status_code == 200  # the sequence is used up


def test_a_sequence_answers_in_order_and_never_runs_the_operation_it_refuses(api: Api) -> None:
    api.http.post("/__mock__/faults", json={"operationId": "startLoad", "sequence": [503, 503, 200]})
    body = {"model": {"files": ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]}}
    codes = [api.send("POST", "/v1/op/data/startload", body).status_code for _ in range(3)]
    assert codes == [503, 503, 200]
    journal = api.http.get("/__mock__/requests").json()["requests"]
    loads = [e for e in journal if e["operationId"] == "startLoad"]
    assert [(e["status"], e["fault"]) for e in loads] == [(503, 503), (503, 503), (200, None)]
    lines = api.ok(api.get("/v1/op/job-status/jobs", startTime="2025-12-31T00:00:00Z"))["jobStatus"]
    assert len([line for line in lines if "parentJobId" not in line]) == 1  # one load, not three


def test_latency_is_added(api: Api) -> None:
    api.http.post("/__mock__/faults", json={"operationId": "retrieveDataCategories", "latency_ms": 80})
    started = time.perf_counter()
    assert api.get("/v1/op/data/categories").status_code == 200
    assert time.perf_counter() - started >= 0.08


def test_dropped_connection_reaches_the_client_as_a_transport_error(mock_server: Any) -> None:
    httpx.post(mock_server.url + "/__mock__/faults", json={"operationId": "*", "sequence": ["drop"]})
    with pytest.raises(httpx.TransportError):
        httpx.get(mock_server.url + "/v1/op/data/categories", headers={"apikey": mock_server.api_key})


def test_slow_answer_comes_after_the_operation_ran(mock_server: Any) -> None:
    token = httpx.post(mock_server.url + "/v1/admin/visierSecureToken",
                       data={"username": mock_server.username, "password": mock_server.password}).text
    headers = {"apikey": mock_server.api_key, "Cookie": f"VisierASIDToken={token}"}
    httpx.post(mock_server.url + "/__mock__/faults", json={"operationId": "startLoad", "sequence": [{"slow": 1}]})
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(mock_server.url + "/v1/op/data/startload", headers=headers, timeout=httpx.Timeout(5, read=0.2),
                   json={"model": {"files": ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]}})
    jobs = httpx.get(mock_server.url + "/v1/op/job-status/jobs", headers=headers,
                     params={"startTime": "2025-12-31T00:00:00Z"}).json()["jobStatus"]
    assert len(jobs) == 1  # the load was started although its answer never arrived


def test_faults_from_the_config_apply_from_the_start() -> None:
    app = create_app(MockConfig(manual_clock=True, faults={"*": {"sequence": [503]}}))
    with TestClient(app) as http:
        assert http.get("/v1/op/data/categories").status_code == 503
