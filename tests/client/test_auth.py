"""Sign-in flows, renewal on 401, precedence, and one sign-in under concurrency."""

from __future__ import annotations

import asyncio
import threading
from urllib.parse import parse_qs

import httpx
import pytest
from visier_data_handling import Unauthorized

from .helpers import API_KEY, ASID, CLIENT_SECRET, PASSWORD, Service, make_client


def _form(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode()).items()}


def test_asid_sign_in_is_lazy_and_sent_as_cookie(service: Service) -> None:
    client = make_client(service)
    assert service.requests == []
    client.data_and_job_handling.retrieve_data_categories()
    sign_in, call = service.requests
    assert sign_in.url.path == "/v1/admin/visierSecureToken"
    assert _form(sign_in) == {"username": "alice", "password": PASSWORD}
    assert sign_in.headers["apikey"] == API_KEY
    assert call.headers["cookie"] == f"VisierASIDToken={ASID}-1"
    assert call.headers["apikey"] == API_KEY
    assert "authorization" not in call.headers
    client.close()


def test_oauth_password_grant(service: Service) -> None:
    client = make_client(service, client_id="cid", client_secret=CLIENT_SECRET)
    client.data_and_job_handling.retrieve_data_categories()
    sign_in, call = service.requests
    assert sign_in.url.path == "/v1/auth/oauth2/token"
    assert _form(sign_in) == {
        "grant_type": "password",
        "username": "alice",
        "password": PASSWORD,
        "client_id": "cid",
        "client_secret": CLIENT_SECRET,
    }
    assert call.headers["authorization"] == f"Bearer {ASID}-1"
    client.close()


def test_oauth_client_credentials_grant(service: Service) -> None:
    client = make_client(service, username=None, password=None, client_id="cid", client_secret=CLIENT_SECRET)
    client.data_and_job_handling.retrieve_data_categories()
    assert _form(service.requests[0]) == {
        "grant_type": "client_credentials",
        "client_id": "cid",
        "client_secret": CLIENT_SECRET,
    }
    client.close()


def test_access_token_wins_and_is_not_renewed_without_credentials(service: Service) -> None:
    client = make_client(service, username=None, password=None, access_token="GIVEN", cookie_auth="ALSO")
    client.data_and_job_handling.retrieve_data_categories()
    assert [r.url.path for r in service.requests] == ["/v1/op/data/categories"]
    assert service.last().headers["authorization"] == "Bearer GIVEN"
    service.route("GET", "/v1/op/data/categories", lambda r: httpx.Response(401, json={"message": "expired"}))
    with pytest.raises(Unauthorized):
        client.data_and_job_handling.retrieve_data_categories()
    assert service.sign_ins == 0
    client.close()


def test_401_signs_in_again_once_and_replays(service: Service) -> None:
    client = make_client(service)
    service.check_tokens = True
    client.data_and_job_handling.retrieve_data_categories()
    service.valid_tokens.clear()  # the service forgets the token
    client.data_and_job_handling.retrieve_data_categories()
    assert service.sign_ins == 2
    paths = [r.url.path for r in service.requests]
    assert paths.count("/v1/op/data/categories") == 3  # ok, 401, replay
    # A service that keeps refusing: one renewal, then the 401 is raised.
    service.route("GET", "/v1/op/data/categories", lambda r: httpx.Response(401))
    service.check_tokens = False
    with pytest.raises(Unauthorized):
        client.data_and_job_handling.retrieve_data_categories()
    assert service.sign_ins == 3
    client.close()


def test_failed_sign_in_raises_without_secrets(service: Service) -> None:
    service.route("POST", "/v1/admin/visierSecureToken", lambda r: httpx.Response(401))
    original = service.__call__

    def refuse(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/admin/visierSecureToken":
            return httpx.Response(401, json={"message": "bad password"})
        return original(request)

    client = make_client(service)
    client._http._transport._inner = httpx.MockTransport(refuse)  # type: ignore[attr-defined]
    with pytest.raises(Unauthorized) as info:
        client.data_and_job_handling.retrieve_data_categories()
    assert PASSWORD not in str(info.value) and API_KEY not in str(info.value)
    client.close()


def test_threads_hitting_expired_token_sign_in_once(service: Service) -> None:
    client = make_client(service)
    service.check_tokens = True
    client.data_and_job_handling.retrieve_data_categories()
    assert service.sign_ins == 1
    service.valid_tokens.clear()
    barrier = threading.Barrier(16)
    errors: list[BaseException] = []

    def work() -> None:
        barrier.wait()
        try:
            client.data_and_job_handling.retrieve_data_categories()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert service.sign_ins == 2
    client.close()


def test_first_use_from_many_threads_signs_in_once(service: Service) -> None:
    client = make_client(service)
    threads = [threading.Thread(target=client.data_and_job_handling.retrieve_data_categories) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert service.sign_ins == 1
    client.close()


def test_tasks_hitting_expired_token_sign_in_once(service: Service) -> None:
    client = make_client(service)
    service.check_tokens = True

    async def main() -> None:
        await asyncio.gather(*(client.data_and_job_handling.aretrieve_data_categories() for _ in range(10)))
        assert service.sign_ins == 1
        service.valid_tokens.clear()
        await asyncio.gather(*(client.data_and_job_handling.aretrieve_data_categories() for _ in range(10)))
        assert service.sign_ins == 2
        await client.aclose()

    asyncio.run(main())
