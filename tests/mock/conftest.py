"""An in-process mock on a manual clock, and a signed-in HTTP client for it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient
from visier_mock import MockApp


class Api:
    """A thin test client: signed-in requests, the control API, and the mock's state."""

    def __init__(self, app: MockApp, http: TestClient) -> None:
        self.app, self.http, self.state = app, http, app.state
        token = http.post("/v1/admin/visierSecureToken",
                          data={"username": app.config.username, "password": app.config.password}).text
        self.headers = {"apikey": app.config.api_key, "Cookie": f"VisierASIDToken={token}"}

    def get(self, path: str, **params: Any) -> Any:
        return self.http.get(path, params=params, headers=self.headers)

    def send(self, method: str, path: str, body: Any, **params: Any) -> Any:
        return self.http.request(method, path, json=body, params=params, headers=self.headers)

    def ok(self, response: Any) -> Any:
        assert response.status_code == 200, response.text
        return response.json()

    def advance(self, seconds: float) -> None:
        self.state.advance(seconds)

    def load(self, files: list[str] | None = None) -> str:
        body = {"model": {"files": files or ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]}}
        return str(self.ok(self.send("POST", "/v1/op/data/startload", body))["jobId"])

    def extract(self, **body: Any) -> str:
        return str(self.ok(self.send("POST", "/v1/op/data/startExtractAndLoad", body or {"allTenants": True}))["JobId"])


@pytest.fixture
def api(mock_app: MockApp) -> Iterator[Api]:
    with TestClient(mock_app) as http:
        yield Api(mock_app, http)


def world(state: Any) -> Any:
    """Everything a request could change, as plain values, to compare before and after (the journal aside)."""
    return (
        state.now(), repr(state.faults.rules), dict(state.failures), dict(state.slow), list(state.sftp),
        list(state.tenants), list(state.consolidated), list(state.credentials), list(state.jobs),
        dict(state.tokens), [(v.tenant, v.number, v.enabled) for v in state.data_versions],
        [(u.tenant, u.filename, u.included) for u in state.uploads],
        sorted((c.connector_id, c.credential_id, repr(c.settings)) for c in state.connectors.values()),
        state.intake_store.summary(), repr(state.intake_store.configs),
    )
