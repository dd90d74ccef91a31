"""Routes come from the spec, every operation has a handler, and auth works as the service's does."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient
from visier_mock import MockConfig, create_app
from visier_mock._app import STREAMED, _spec
from visier_mock._handlers import HANDLERS, handler_name

from .conftest import Api


def test_every_spec_operation_has_a_handler() -> None:
    ids = [op["operationId"] for item in _spec()["paths"].values() for op in item.values()]
    assert len(ids) == 52
    # fileUpload, uploadFile and uploadData are answered by the mock's own layer (visier_mock._app.STREAMED), which
    # streams their bodies.
    assert sorted(i for i in ids if handler_name(i) not in HANDLERS) == sorted(STREAMED) == [
        "fileUpload", "uploadData", "uploadFile"]
    # and every handler answers an operation: a misnamed one would be a dead coroutine and a missing route
    assert sorted(set(HANDLERS) - {handler_name(i) for i in ids}) == []


def test_the_served_spec_is_the_shipped_one(api: Api) -> None:
    served = api.http.get("/openapi.json").json()
    assert served["paths"].keys() == _spec()["paths"].keys()
    assert served["security"] == _spec()["security"]


def test_asid_sign_in_returns_a_text_token_that_opens_data_operations(api: Api) -> None:
    response = api.http.post("/v1/admin/visierSecureToken", data={"username": "mock-user", "password": "mock-password"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/plain")
    headers = {"apikey": "mock-api-key", "Cookie": f"VisierASIDToken={response.text}"}
    assert api.http.get("/v1/op/data/categories", headers=headers).status_code == 200


def test_oauth2_password_and_client_credentials_grants_give_bearer_tokens(api: Api) -> None:
    for form in (
        {"grant_type": "password", "username": "mock-user", "password": "mock-password"},
        {"grant_type": "client_credentials", "client_id": "mock-client", "client_secret": "mock-client-secret"},
    ):
        body = api.ok(api.http.post("/v1/auth/oauth2/token", data=form))
        assert body["token_type"] == "Bearer" and body["expires_in"] == 3600
        headers = {"apikey": "mock-api-key", "Authorization": f"Bearer {body['access_token']}"}
        assert api.http.get("/v1/op/data/categories", headers=headers).status_code == 200


def test_missing_or_wrong_credentials_get_401_with_a_status_body(api: Api) -> None:
    for headers in ({}, {"apikey": "mock-api-key"}, {"Cookie": api.headers["Cookie"]},
                    {"apikey": "wrong", "Cookie": api.headers["Cookie"]}):
        response = api.http.get("/v1/op/data/categories", headers=headers)
        assert response.status_code == 401
        assert response.json()["code"] == "Unauthenticated"


def test_tokens_expire_after_their_ttl_on_the_mock_clock() -> None:
    app = create_app(MockConfig(manual_clock=True, token_ttl=60))
    with TestClient(app) as http:
        api = Api(app, http)
        assert api.get("/v1/op/data/categories").status_code == 200
        api.advance(59)
        assert api.get("/v1/op/data/categories").status_code == 200
        api.advance(2)
        assert api.get("/v1/op/data/categories").status_code == 401


def test_control_api_expires_every_token_now(api: Api) -> None:
    assert api.http.post("/__mock__/tokens/expire").status_code == 200
    assert api.get("/v1/op/data/categories").status_code == 401


def test_same_seed_same_world_other_seed_other_ids() -> None:
    def world(seed: int) -> Any:
        app = create_app(MockConfig(manual_clock=True, seed=seed))
        with TestClient(app) as http:
            api = Api(app, http)
            job = api.load()
            return job, api.ok(api.get("/v1/op/data-connector-credentials"))
    assert world(3) == world(3)
    assert world(3)[0] != world(4)[0]


def test_the_cli_parser_knows_every_documented_flag() -> None:
    from visier_mock.cli import _parser

    args = _parser().parse_args(["serve", "--port", "9", "--api-key", "K", "--username", "U", "--password", "P",
                                 "--seed", "2", "--speed", "3", "--error-503-rate", "0.1", "--error-429-rate", "0.1",
                                 "--latency-ms", "5", "--drop-rate", "0.01", "--retry-after", "2"])
    assert (args.port, args.api_key, args.seed, args.speed) == (9, "K", 2, 3.0)
    assert (args.error_503_rate, args.latency_ms, args.drop_rate, args.retry_after) == (0.1, 5.0, 0.01, 2)
