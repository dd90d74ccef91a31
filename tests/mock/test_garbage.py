"""Generated garbage (hypothesis) at every route of the spec and of the control API, over HTTP: never a 5xx, the
handler of last resort never reached, the server alive afterwards, and a rejected request changes nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from visier_mock import MockConfig, RunningMock, serve_in_thread
from visier_mock._app import _spec
from visier_mock._control import ROUTES

from .conftest import world

TOKEN = "tok-garbage"
EXAMPLES = 20


def _spec_routes() -> list[tuple[str, str, list[str]]]:
    return [(method.upper(), path, [p["name"] for p in op.get("parameters", []) if p["in"] == "query"])
            for path, item in _spec()["paths"].items() for method, op in item.items()]


ROUTES_UNDER_TEST = _spec_routes() + [(method, f"/__mock__{path}", []) for method, path in ROUTES]


def _field_names() -> list[str]:
    names: set[str] = set()
    for schema in _spec()["components"]["schemas"].values():
        names.update(schema.get("properties") or {})
    controls = ["seconds", "count", "seed", "tenantCode", "operationId", "sequence", "error_503_rate", "stage"]
    return [*sorted(names), *controls]


KEYS = st.sampled_from(_field_names()) | st.text(max_size=8)
SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
           | st.text(max_size=16) | st.sampled_from(["WFF_j1r~c7o", "WFF_j1r", "*", "drop", "(.*.*)*Z"]))
JSON_VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(KEYS, inner, max_size=5), max_leaves=20)
BODIES = st.one_of(
    st.none(),
    JSON_VALUES.map(lambda value: json.dumps(value).encode()),
    st.binary(max_size=64),
    st.integers(1, 20_000).map(lambda depth: ("[" * depth + "]" * depth).encode()),
    st.sampled_from([b"9" * 5000, b'{"seconds": NaN}', b'{"seconds": Infinity}', b"\xff\xfe", b"null", b'"x"']),
)
CONTENT_TYPES = st.sampled_from([None, "application/json", "application/json; charset=utf-8", "text/plain",
                                 "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])
SEGMENTS = st.text(st.characters(blacklist_characters="/?#", blacklist_categories=("Cs",)), min_size=1, max_size=24)
QUERY_VALUES = st.text(max_size=24) | st.integers().map(str) | st.sampled_from(["0001-01-01T00:00:00+14:00",
                                                                                  "(.*.*)*Z", "-1", "1e999"])


@pytest.fixture(scope="module")
def running() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(manual_clock=True)) as mock:
        yield mock


@pytest.fixture(scope="module")
def http(running: RunningMock) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=running.url, timeout=30) as client:
        yield client


def _fill(path: str, values: list[str]) -> str:
    filled = iter(values)
    return re.sub(r"\{[^}]+\}", lambda _: quote(next(filled), safe=""), path)


@pytest.mark.parametrize(("method", "path", "query_names"), ROUTES_UNDER_TEST,
                         ids=[f"{m} {p}" for m, p, _ in ROUTES_UNDER_TEST])
@settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
          suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_garbage_never_gets_a_5xx_nor_changes_state_when_rejected(
        running: RunningMock, http: httpx.Client, method: str, path: str, query_names: list[str], data: Any) -> None:
    state = running.state
    with state.lock:
        state.reset(1)
        state.tokens[TOKEN] = state.now() + 3600
    segments = data.draw(st.lists(SEGMENTS, min_size=path.count("{"), max_size=path.count("{")))
    query = data.draw(st.dictionaries(st.sampled_from([*query_names, "x"]), QUERY_VALUES, max_size=3))
    body = data.draw(BODIES)
    headers = {"apikey": running.api_key, "Cookie": f"VisierASIDToken={TOKEN}"}
    content_type = data.draw(CONTENT_TYPES)
    if content_type is not None:
        headers["Content-Type"] = content_type
    before = world(state)
    response = http.request(method, _fill(path, segments), params=query, content=body, headers=headers)
    assert response.status_code < 500, (response.status_code, response.text)
    if response.status_code >= 400:
        assert world(state) == before, response.text
    assert state.unexpected == []


def test_the_server_is_alive_after_the_garbage(running: RunningMock, http: httpx.Client) -> None:
    assert http.get("/__mock__/state").status_code == 200
    token = http.post("/v1/admin/visierSecureToken", data={"username": running.username,
                                                            "password": running.password}).text
    answer = http.get("/v1/op/data/categories", headers={"apikey": running.api_key,
                                                         "Cookie": f"VisierASIDToken={token}"})
    assert answer.status_code == 200 and answer.json()["categories"]
    assert running.state.unexpected == []
