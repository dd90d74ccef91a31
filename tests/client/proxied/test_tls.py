"""The mock over HTTPS, its certificate from a test CA (trustme): untrusted by default and named so; trusted through
``verify=``, an ``ssl.SSLContext`` or ``SSL_CERT_FILE``; and reached through a proxy's CONNECT tunnel on every path,
sync and async on both backends."""

from __future__ import annotations

import logging
import shlex
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from visier_data_handling import APIConnectionError, ConfigurationError, UntrustedCertificate, VisierDataHandling
from visier_data_handling_api.facts import ASID_SIGN_IN_PATH
from visier_data_handling_api.operations import OPERATIONS
from visier_mock import MockConfig, RunningMock, serve_in_thread
from visier_mock._server import free_port
from visier_mock._tls import make_certificate
from visier_mock.cli import main as mock_main

from .clients import DRIVERS, SYNC_DRIVERS, call_once, dead_proxy, failing, fake_host, run_every_path
from .forward_proxy import ProxyLog


@pytest.fixture(scope="module")
def tls_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningMock]:
    files = make_certificate(tmp_path_factory.mktemp("tls"), ["visier.test", "127.0.0.1"])
    with serve_in_thread(MockConfig(speed=200.0), tls=files) as running:
        yield running


@pytest.fixture(autouse=True)
def no_ca_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own CA settings stay out: by default the client trusts certifi's bundle only."""
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)


def ca_of(mock: RunningMock) -> str:
    assert mock.ca_bundle is not None
    return mock.ca_bundle


@pytest.mark.parametrize("driver", DRIVERS)
def test_an_untrusted_certificate_is_named(tls_mock: RunningMock, driver: str) -> None:
    assert tls_mock.url.startswith("https://127.0.0.1:")
    first = failing(tls_mock, tls_mock.url, driver, UntrustedCertificate).splitlines()[0]
    assert first.startswith(
        f"retrieve_data_categories(): signing in could not reach {tls_mock.url}: the certificate of 127.0.0.1 is "
        "not trusted (unable to get local issuer certificate); pass verify= the CA bundle that signs it"
    ), first


@pytest.fixture(scope="module")
def plain_mock() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(speed=200.0)) as running:
        yield running


@pytest.mark.parametrize("driver", DRIVERS)
def test_https_to_a_plain_http_server_fails_at_once_and_says_so(plain_mock: RunningMock, driver: str) -> None:
    url = plain_mock.url.replace("http://", "https://")
    first = failing(plain_mock, url, driver, APIConnectionError, max_retries=3).splitlines()[0]
    assert first.startswith(
        f"retrieve_data_categories(): signing in could not reach {url}: the TLS handshake with "
        f"{url.removeprefix('https://')} failed"
    ), first
    assert "not an HTTPS server (a plain-HTTP one takes http://)" in first, first


@pytest.mark.parametrize("driver", DRIVERS)
@pytest.mark.parametrize("how", ["verify=path", "verify=context", "SSL_CERT_FILE"])
def test_the_test_ca_is_trusted_when_given(
    tls_mock: RunningMock, driver: str, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings: dict[str, Any] = {}
    if how == "verify=path":
        settings["verify"] = ca_of(tls_mock)
    elif how == "verify=context":
        settings["verify"] = ssl.create_default_context(cafile=ca_of(tls_mock))
    else:
        monkeypatch.setenv("SSL_CERT_FILE", ca_of(tls_mock))
    with tls_mock.state.lock:
        before = len(tls_mock.state.journal)
    assert call_once(tls_mock, tls_mock.url, driver, **settings) > 0
    with tls_mock.state.lock:  # both requests reached the TLS mock: the sign-in and the call
        paths = [entry["path"] for entry in list(tls_mock.state.journal)[before:]]
    assert paths == [ASID_SIGN_IN_PATH, OPERATIONS["retrieve_data_categories"]["path"]], paths


@pytest.mark.parametrize("driver", SYNC_DRIVERS)
def test_trust_env_false_ignores_ssl_cert_file(
    tls_mock: RunningMock, monkeypatch: pytest.MonkeyPatch, driver: str
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", ca_of(tls_mock))
    failing(tls_mock, tls_mock.url, driver, UntrustedCertificate, trust_env=False)


@pytest.mark.parametrize("driver", SYNC_DRIVERS)
def test_verify_false_works_and_warns(tls_mock: RunningMock, caplog: pytest.LogCaptureFixture, driver: str) -> None:
    with caplog.at_level(logging.WARNING, "visier_data_handling"):
        call_once(tls_mock, tls_mock.url, driver, verify=False)
    assert "TLS certificates are not checked (verify=False" in caplog.text


@pytest.mark.parametrize("driver", DRIVERS)
@pytest.mark.parametrize("where", ["environment", "explicit"])
def test_https_goes_through_the_proxy_tunnel_on_every_path(
    tls_mock: RunningMock,
    proxy: tuple[str, ProxyLog],
    data_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    driver: str,
    where: str,
) -> None:
    url, log = proxy
    if where == "environment":
        monkeypatch.setenv("HTTPS_PROXY", url)
        monkeypatch.setenv("SSL_CERT_FILE", ca_of(tls_mock))
        settings: dict[str, Any] = {}
    else:
        monkeypatch.setenv("HTTPS_PROXY", dead_proxy())
        settings = {"proxy": url, "verify": ca_of(tls_mock)}
    run_every_path(tls_mock, data_file, driver, fake_host(tls_mock), **settings)
    assert log.forwarded == [] and log.tunnels  # all of it inside tunnels to the made-up name
    assert set(log.tunnels) == {fake_host(tls_mock).removeprefix("https://")}


def test_the_mock_command_serves_https_with_a_certificate_it_makes(tmp_path: Path) -> None:
    """``visier-mock serve --tls-self-signed`` prints the settings to use, the CA file among them."""
    port = free_port()
    command = [str(Path(sys.executable).with_name("visier-mock")), "serve", "--port", str(port), "--tls-self-signed"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            env: dict[str, str] = {}
            while "VISIER_CA_BUNDLE" not in env:  # the settings print as shell export lines, the CA file last
                line = server.stdout.readline()
                assert line, "visier-mock ended before printing VISIER_CA_BUNDLE"
                if line.startswith("export "):
                    name, _, value = line.removeprefix("export ").strip().partition("=")
                    env[name] = shlex.split(value)[0]
            assert env["VISIER_HOST"] == f"https://127.0.0.1:{port}"
            with VisierDataHandling.from_env(env) as client:
                deadline = time.monotonic() + 20
                while True:  # uvicorn listens a moment after the settings are printed
                    try:
                        client.data_and_job_handling.retrieve_data_categories(max_retries=0)
                        break
                    except UntrustedCertificate:
                        raise
                    except APIConnectionError:
                        assert time.monotonic() < deadline
                        time.sleep(0.1)
        finally:
            server.terminate()


def test_the_mock_command_checks_its_tls_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        mock_main(["serve", "--tls-cert", "server.pem"])
    assert "--tls-cert and --tls-key go together" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        mock_main(["serve", "--tls-self-signed", "--tls-key", "server.key"])
    assert "--tls-self-signed makes its own certificate" in capsys.readouterr().err


@pytest.mark.parametrize("driver", SYNC_DRIVERS)
def test_a_client_certificate_is_shown_when_given(tmp_path: Path, driver: str) -> None:
    """cert= for a service (or proxy) that asks for one: mutual TLS with the mock."""
    import trustme

    files = make_certificate(tmp_path / "server", ["127.0.0.1"])
    client_ca = trustme.CA()
    identity = client_ca.issue_cert("client.visier.test")
    certfile, keyfile = tmp_path / "client.pem", tmp_path / "client.key"
    identity.cert_chain_pems[0].write_to_path(str(certfile))
    identity.private_key_pem.write_to_path(str(keyfile))
    client_ca.cert_pem.write_to_path(str(tmp_path / "client-ca.pem"))
    mutual = attrs.evolve(files, client_ca=str(tmp_path / "client-ca.pem"))
    with serve_in_thread(MockConfig(), tls=mutual) as running:
        call_once(running, running.url, driver, verify=files.ca, cert=(str(certfile), str(keyfile)))
        with pytest.raises(APIConnectionError):
            call_once(running, running.url, driver, verify=files.ca, max_retries=0)


def test_a_file_that_holds_no_certificate_is_a_configuration_error_naming_the_setting(tmp_path: Path) -> None:
    """The CA bundle is read on a thread of its own while the client is built (network.py): what goes wrong there
    is still raised by the constructor, as the SDK's error naming the setting, and no thread is left behind."""
    garbage = tmp_path / "garbage.pem"
    garbage.write_text("not a certificate\n")
    files = make_certificate(tmp_path / "server", ["127.0.0.1"])
    settings: dict[str, Any] = {"host": "https://127.0.0.1:9", "api_key": "k", "username": "u", "password": "p"}
    with pytest.raises(ConfigurationError, match=r"^verify: the CA certificates could not be read from '.*garbage"):
        VisierDataHandling(**settings, verify=str(garbage))
    secret = "KEY-PASSWORD-s3cr3t"
    with pytest.raises(ConfigurationError, match=r"^cert: the client certificate could not be read from") as caught:
        VisierDataHandling(**settings, verify=files.ca, cert=(str(garbage), str(garbage), secret))
    assert secret not in str(caught.value) and secret not in repr(caught.value.__cause__)
    VisierDataHandling(**settings, verify=files.ca).close()
    assert not [thread for thread in threading.enumerate() if thread.name == "visier-ssl-context"]
