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
# generatePgpKeyPair's expiry must lie 2 to 10 years from the day of the call, a window no schema can state: a
# schema-valid date outside it is rightly a 400 naming expirationDate (tests/mock/test_pgp_keys.py shows both
# sides), so the check that every schema-valid request is accepted does not apply to it; every other check does.
DATE_WINDOW = frozenset({"generatePgpKeyPair"})


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
