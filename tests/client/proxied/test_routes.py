"""Behind a forward proxy: the SDK goes through it as httpx would, on every path (sign-in, pages read ahead, the
upload and its redirect), sync and async on both backends, from the environment or from explicit settings.

The mock is reached as ``visier.test``, a name only the proxy resolves: a request that arrives went through it.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from visier_data_handling import APIConnectionError, ConfigurationError, VisierDataHandling
from visier_data_handling_api.facts import ASID_SIGN_IN_PATH, OAUTH_TOKEN_PATH
from visier_mock import RunningMock

from ..served import BACKENDS
from .clients import DRIVERS, call_both_ways, client_for, dead_proxy, fake_host, run_every_path
from .forward_proxy import ProxyLog, forward_proxy


def assert_carried_every_path(
    log: ProxyLog, mock: RunningMock, data_file: Path, sign_in: str = ASID_SIGN_IN_PATH
) -> None:
    base = f"http://visier.test:{mock.url.rsplit(':', 1)[1]}"
    assert f"POST {base}{sign_in}" in log.forwarded
    assert sum(1 for line in log.forwarded if line.startswith(f"GET {base}/v1/op/data-versions?")) > 2
    puts = [line for line in log.forwarded if line.startswith("PUT ")]
    assert puts[0] == f"PUT {base}/v1/data/upload/files/{data_file.name}"
    assert puts[1].startswith(f"PUT {base}/__upload__/{data_file.name}?ticket=")  # the 307's location


@pytest.mark.parametrize("driver", DRIVERS)
def test_the_environment_proxy_carries_every_path(
    live: RunningMock, proxy: tuple[str, ProxyLog], data_file: Path, monkeypatch: pytest.MonkeyPatch, driver: str
) -> None:
    url, log = proxy
    monkeypatch.setenv("HTTP_PROXY" if driver == "sync" else "http_proxy", url)  # either spelling counts
    run_every_path(live, data_file, driver)
    assert_carried_every_path(log, live, data_file)


@pytest.mark.parametrize("driver", DRIVERS)
def test_an_explicit_proxy_wins_over_the_environment(
    live: RunningMock, proxy: tuple[str, ProxyLog], data_file: Path, monkeypatch: pytest.MonkeyPatch, driver: str
) -> None:
    url, log = proxy
    monkeypatch.setenv("ALL_PROXY", dead_proxy())
    monkeypatch.setenv("NO_PROXY", "visier.test")  # an explicit proxy= is for every URL, as in httpx
    oauth = {"username": None, "password": None, "client_id": live.client_id, "client_secret": live.client_secret}
    run_every_path(live, data_file, driver, proxy=url, **oauth)
    assert_carried_every_path(log, live, data_file, OAUTH_TOKEN_PATH)


@pytest.mark.parametrize("backend", BACKENDS)
def test_no_proxy_bypasses_it(
    live: RunningMock, env_proxy: ProxyLog, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1")
    call_both_ways(live, live.url, backend)
    assert env_proxy.count == 0
    with client_for(live) as client:  # the made-up name is not listed: proxied
        client.data_and_job_handling.retrieve_data_categories()
    assert env_proxy.count == 2  # the sign-in and the call


@pytest.mark.parametrize("backend", BACKENDS)
def test_trust_env_false_ignores_the_environment(live: RunningMock, env_proxy: ProxyLog, backend: str) -> None:
    call_both_ways(live, live.url, backend, trust_env=False)
    assert env_proxy.count == 0
    with client_for(live, trust_env=False) as client, pytest.raises(APIConnectionError, match=r"visier\.test"):
        client.data_and_job_handling.retrieve_data_categories(max_retries=0)  # the made-up name resolves nowhere


USER, PASSWORD = "proxyuser", "PROXYPASS-s3cr3t-0006"


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("where", ["environment", "explicit"])
def test_proxy_credentials_are_sent_and_never_shown(
    live: RunningMock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, backend: str, where: str
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx's and httpcore's traces too
    with forward_proxy(credentials=(USER, PASSWORD)) as (url, log):
        with_credentials = url.replace("http://", f"http://{USER}:{PASSWORD}@")
        if where == "environment":
            monkeypatch.setenv("HTTP_PROXY", with_credentials)
            settings: dict[str, Any] = {}
        else:
            settings = {"proxy": with_credentials}
        call_both_ways(live, fake_host(live), backend, **settings)
        with client_for(live, **settings) as client:
            shown = repr(client) + repr(client._routes)
    assert log.refused == 0 and log.count == 4
    assert all("proxy-authorization" not in headers for headers in log.headers_to_target)  # not passed on
    assert PASSWORD not in caplog.text + shown and "cHJveHl1c2Vy" not in caplog.text  # nor its base64


def test_a_proxy_that_is_not_a_url_is_a_configuration_error(live: RunningMock) -> None:
    with pytest.raises(ConfigurationError, match="proxy must be a URL") as caught:
        client_for(live, proxy=f"ftp://{USER}:{PASSWORD}@proxy.example.com")
    assert PASSWORD not in str(caught.value)
    with pytest.raises(ConfigurationError, match="trust_env must be True or False"):
        client_for(live, trust_env="no")


def test_from_env_reads_visier_proxy_and_ca_bundle(
    live: RunningMock, proxy: tuple[str, ProxyLog], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url, log = proxy
    environ = {"VISIER_HOST": fake_host(live), "VISIER_APIKEY": live.api_key, "VISIER_USERNAME": live.username,
               "VISIER_PASSWORD": live.password, "VISIER_PROXY": url}
    with VisierDataHandling.from_env(environ) as client:
        client.data_and_job_handling.retrieve_data_categories()
    assert log.count == 2
    with pytest.raises(ConfigurationError, match=r"verify .*no such file or directory: '/nowhere/ca\.pem'"):
        VisierDataHandling.from_env({**environ, "VISIER_CA_BUNDLE": "/nowhere/ca.pem"})
    with caplog.at_level(logging.WARNING, "visier_data_handling"):
        VisierDataHandling.from_env(environ, verify=False).close()
    assert "TLS certificates are not checked (verify=False" in caplog.text
