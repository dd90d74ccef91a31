"""A proxy that refuses or asks for credentials is named in a one-line error, never retried as if the service
were down, and its credentials never show, sync and async on both backends."""

from __future__ import annotations

import pytest
from visier_data_handling import ProxyAuthenticationRequired, ProxyError
from visier_mock import RunningMock

from .clients import DRIVERS, client_for, dead_proxy, failing, fake_host
from .forward_proxy import forward_proxy

USER, PASSWORD = "proxyuser", "WRONGPASS-s3cr3t-0007"


@pytest.mark.parametrize("driver", DRIVERS)
def test_a_proxy_that_refuses_the_connection_is_named(
    live: RunningMock, driver: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy = dead_proxy()
    monkeypatch.setenv("HTTP_PROXY", proxy.replace("http://", f"http://{USER}:{PASSWORD}@"))
    text = failing(live, fake_host(live), driver, ProxyError)
    first = text.splitlines()[0]
    assert first.startswith(f"retrieve_data_categories(): signing in could not reach {fake_host(live)}: ")
    assert f"could not connect to the proxy {proxy} (ConnectError: " in first
    assert PASSWORD not in text


@pytest.mark.parametrize("driver", DRIVERS)
@pytest.mark.parametrize("scheme", ["http", "https"])  # a request the proxy forwards, or a tunnel's CONNECT
def test_a_proxy_that_asks_for_credentials_is_named(live: RunningMock, driver: str, scheme: str) -> None:
    host = fake_host(live).replace("http://", f"{scheme}://")
    with forward_proxy(credentials=(USER, "the right one")) as (url, log):
        with_wrong = url.replace("http://", f"http://{USER}:{PASSWORD}@")
        text = failing(live, host, driver, ProxyAuthenticationRequired, proxy=with_wrong)
    assert log.refused == 1 and log.count == 0  # asked once: not retried
    first = text.splitlines()[0]
    assert first == (
        f"retrieve_data_categories(): signing in could not reach {host}: the proxy {url} asks for credentials "
        "(407 Proxy Authentication Required); put its user and password in the proxy URL"
    )
    assert PASSWORD not in text


def test_a_wait_stops_at_a_proxy_error_instead_of_polling_on(live: RunningMock) -> None:
    with client_for(live, proxy=dead_proxy()) as client, pytest.raises(ProxyError):
        client.jobs.future("some-job").wait(timeout=60)  # polling on would take the whole minute
