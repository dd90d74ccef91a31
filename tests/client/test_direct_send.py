"""The sync calls' direct send path (``_http/direct_send.py``) gives what ``httpx.Client.request`` gives."""

from __future__ import annotations

import gc
from collections.abc import Callable

import httpx
import pytest
from visier_data_handling._http import direct_send

from .helpers import Service, make_client

PATH = "/v1/op/data-versions"


def _both(service: Callable[[], Service], **kwargs: object) -> tuple[httpx.Response, httpx.Response]:
    """The same request, sent by Client.request and by the direct path, each to a service and client of its own."""
    answers = []
    for send in ("client", "direct"):
        client = make_client(service())
        http = client._http
        extensions = {"visier_operation": "latest_enabled_dv"}
        if send == "client":
            answers.append(http.request("GET", PATH, extensions=extensions, **kwargs))  # type: ignore[arg-type]
        else:
            answers.append(direct_send.request(http, "GET", PATH, extensions=extensions, **kwargs))
    return answers[0], answers[1]


def _sent(response: httpx.Response) -> tuple[object, ...]:
    request = response.request
    return request.method, str(request.url), request.headers.multi_items(), sorted(request.extensions.items())


def test_the_request_sent_is_the_one_client_request_sends() -> None:
    services: list[Service] = []

    def service() -> Service:
        services.append(Service())
        return services[-1]

    by_client, direct = _both(service, params={"limit": 2}, headers={"TargetTenantID": "WFF_j1r~c7o"})
    assert _sent(direct) == _sent(by_client)
    assert direct.content == by_client.content and direct.is_closed
    assert [r.url.path for r in services[1].requests] == ["/v1/admin/visierSecureToken", PATH]


def test_a_401_renews_the_sign_in_and_keeps_the_history_as_httpx_does() -> None:
    def service() -> Service:
        expiring = Service()
        expiring.script = [httpx.Response(401, json={"message": "expired"})]  # the first data request's answer
        return expiring

    by_client, direct = _both(service)
    assert direct.status_code == by_client.status_code == 200
    history = [r.status_code for r in direct.history]
    assert history == [r.status_code for r in by_client.history] == [200, 401, 200]  # sign-in, 401, sign-in
    assert _sent(direct) == _sent(by_client)


def test_a_redirect_is_not_followed_and_names_its_next_request() -> None:
    def service() -> Service:
        redirecting = Service()
        redirecting.route("GET", PATH, lambda _: httpx.Response(307, headers={"location": "/v1/elsewhere"}))
        return redirecting

    by_client, direct = _both(service)
    assert direct.status_code == 307
    assert direct.next_request is not None and by_client.next_request is not None
    assert str(direct.next_request.url) == str(by_client.next_request.url)


def test_a_client_with_event_hooks_goes_through_client_request() -> None:
    seen: list[str] = []
    client = make_client(Service())
    client._http.event_hooks["request"].append(lambda request: seen.append(request.url.path))
    client.data_and_job_handling.latest_enabled_dv()
    assert seen == ["/v1/admin/visierSecureToken", PATH]


def test_a_closed_client_refuses_as_httpx_does() -> None:
    client = make_client(Service())
    client.close()
    with pytest.raises(RuntimeError, match="client has been closed"):
        direct_send.request(client._http, "GET", PATH, extensions={})


@pytest.mark.parametrize(
    ("method", "url", "kwargs"),
    [
        ("GET", "http://127.0.0.1:8080" + PATH, {}),
        ("get", "http://127.0.0.1:8080" + PATH, {"params": None}),
        ("GET", "http://127.0.0.1:8080" + PATH + "?start=5", {"params": None, "content": None}),
        ("DELETE", "https://tenant.api.visier.io/v1/op/data-versions/7", {}),
        ("GET", "https://[::1]:8443" + PATH, {}),
        ("HEAD", "http://example.test" + PATH, {}),
        ("GET", "http://127.0.0.1:8080" + PATH, {"params": {"limit": 2}}),
        ("POST", "http://127.0.0.1:8080" + PATH, {}),
        ("POST", "http://127.0.0.1:8080" + PATH, {"json": {"a": 1}}),
        ("PUT", "http://127.0.0.1:8080" + PATH, {"content": b"xyz"}),
    ],
)
@pytest.mark.parametrize("headers", [{"User-Agent": "sdk", "apikey": "k"}, {"Host": "other.test", "apikey": "k"}])
def test_each_request_is_built_as_httpx_request_builds_it(
    method: str, url: str, kwargs: dict[str, object], headers: dict[str, str]
) -> None:
    extensions = {"timeout": {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}}
    ours = direct_send._request(method, httpx.URL(url), httpx.Headers(headers), extensions, dict(kwargs))
    httpxs = httpx.Request(method, httpx.URL(url), headers=httpx.Headers(headers), extensions=extensions,
                           **kwargs)  # type: ignore[arg-type]
    for request in (ours, httpxs):
        assert isinstance(request.stream, httpx.SyncByteStream)
    assert (ours.method, ours.url, ours.headers.raw, ours.content, ours.extensions) == (
        httpxs.method, httpxs.url, httpxs.headers.raw, httpxs.content, httpxs.extensions)
    assert b"".join(ours.stream) == b"".join(httpxs.stream)  # type: ignore[union-attr]


def test_a_sync_calls_answer_is_freed_without_the_garbage_collector() -> None:
    # httpx's bound stream refers back to its response; left in place, every answer (its body too) would wait for
    # the cyclic garbage collector, and a long paging run would hold pages' bodies for as long.
    client = make_client(Service())
    call = client.data_and_job_handling.latest_enabled_dv
    call()  # the sign-in
    gc.collect()
    gc.disable()
    try:
        for _ in range(5):
            call()
        alive = [thing for thing in gc.get_objects() if isinstance(thing, httpx.Response)]
    finally:
        gc.enable()
    assert alive == []
