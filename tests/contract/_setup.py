"""One in-process mock for the contract tests, a signed-in token for it, and the schema schemathesis reads."""

from __future__ import annotations

import functools
from pathlib import Path

import schemathesis
from starlette.testclient import TestClient
from visier_mock import MockApp, MockConfig, create_app

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "visier-data-handling.yaml"
SEED = 1


@functools.cache
def app() -> MockApp:
    # A manual clock keeps every run identical; jobs simply stay where the test leaves them.
    return create_app(MockConfig(manual_clock=True, seed=SEED, validate_responses=True))


@functools.cache
def token() -> str:
    config = app().config
    with TestClient(app()) as client:
        response = client.post(
            "/v1/auth/oauth2/token",
            data={"grant_type": "client_credentials", "client_id": config.client_id,
                  "client_secret": config.client_secret},
        )
    response.raise_for_status()
    return str(response.json()["access_token"])


def credentials() -> dict[str, str]:
    return {"apikey": app().config.api_key, "Authorization": f"Bearer {token()}"}


def schema() -> schemathesis.schemas.BaseSchema:
    loaded = schemathesis.openapi.from_asgi("/openapi.json", app())
    return loaded
