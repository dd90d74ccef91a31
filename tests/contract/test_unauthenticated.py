"""Without credentials every data operation answers 401 with a Status body; wrong sign-in answers 401 too."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from ._setup import app, schema

# Every operation but the two sign-in ones, which need no credentials (security: []).
OPERATIONS = [
    (method.upper(), path, op)
    for path, item in schema().raw_schema["paths"].items()
    for method, op in item.items()
    if op.get("security") != []
]


def test_all_data_operations_are_covered() -> None:
    assert len(OPERATIONS) == 50


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "00000000-0000-4000-8000-000000000000", path)


@pytest.mark.parametrize(("method", "path", "op"), OPERATIONS, ids=[op["operationId"] for _, _, op in OPERATIONS])
@pytest.mark.parametrize("credentials", ["none", "api key only", "wrong api key", "unknown token"])
def test_data_operation_without_valid_credentials_is_401(method: str, path: str, op: dict, credentials: str) -> None:
    headers = {
        "none": {},
        "api key only": {"apikey": app().config.api_key},
        "wrong api key": {"apikey": "not-the-key", "Authorization": "Bearer whatever"},
        "unknown token": {"apikey": app().config.api_key, "Cookie": "VisierASIDToken=forged"},
    }[credentials]
    with TestClient(app()) as client:
        response = client.request(method, _concrete(path), headers=headers, json={} if method != "GET" else None)
    assert response.status_code == 401
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["code"] == "Unauthenticated" and body["localizedMessage"]


@pytest.mark.parametrize(
    ("path", "form"),
    [
        ("/v1/admin/visierSecureToken", {"username": "mock-user", "password": "wrong"}),
        ("/v1/auth/oauth2/token", {"grant_type": "password", "username": "mock-user", "password": "wrong"}),
        ("/v1/auth/oauth2/token", {"grant_type": "client_credentials", "client_id": "x", "client_secret": "y"}),
    ],
)
def test_sign_in_with_wrong_credentials_is_401(path: str, form: dict[str, str]) -> None:
    with TestClient(app()) as client:
        response = client.post(path, data=form)
    assert response.status_code == 401
    assert "wrong" not in response.text  # the password is not echoed back
