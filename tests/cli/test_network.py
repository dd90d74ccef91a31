"""``visier-dh`` behind a proxy and over TLS: ``--proxy``, ``--ca-bundle`` and ``--insecure``, or the environment
(``VISIER_PROXY``, ``VISIER_CA_BUNDLE``, ``VISIER_INSECURE``, ``HTTPS_PROXY``, ``SSL_CERT_FILE``), uploads included."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from client.proxied.forward_proxy import ProxyLog, forward_proxy
from visier_mock import MockConfig, RunningMock, serve_in_thread
from visier_mock._tls import make_certificate

from .test_commands import console_script, in_process, ok


@pytest.fixture(scope="module")
def tls_mock(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningMock]:
    files = make_certificate(tmp_path_factory.mktemp("tls"), ["visier.test", "127.0.0.1"])
    with serve_in_thread(MockConfig(speed=200.0, seed=1), tls=files) as running:
        yield running


@pytest.fixture
def proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, ProxyLog]]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "SSL_CERT_FILE", "SSL_CERT_DIR",
                 "VISIER_PROXY", "VISIER_CA_BUNDLE", "VISIER_INSECURE"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    with forward_proxy() as running:
        yield running


@pytest.fixture
def tls_env(tls_mock: RunningMock, mock_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> str:
    """The settings of the TLS mock, reached as visier.test (a name only the proxy resolves); its CA file."""
    monkeypatch.setenv("VISIER_HOST", tls_mock.url.replace("127.0.0.1", "visier.test"))
    assert tls_mock.ca_bundle is not None
    return tls_mock.ca_bundle


@pytest.mark.parametrize("where", ["option", "environment"])
def test_the_cli_goes_through_the_proxy_uploads_included(
    mock_env: dict[str, str],
    data_file: Path,
    proxy: tuple[str, ProxyLog],
    monkeypatch: pytest.MonkeyPatch,
    where: str,
) -> None:
    url, log = proxy
    monkeypatch.setenv("VISIER_HOST", mock_env["VISIER_HOST"].replace("127.0.0.1", "visier.test"))
    if where == "environment":
        monkeypatch.setenv("HTTP_PROXY", url)
    options = ["--proxy", url] if where == "option" else []
    assert [u["fileName"] for u in ok(in_process(*options, "upload", str(data_file), "-o", "json"))] == [
        data_file.name
    ]
    puts = [line for line in log.forwarded if line.startswith("PUT ")]
    assert len(puts) == 2 and "/__upload__/" in puts[1]  # the probe, then the 307's location


@pytest.mark.parametrize("where", ["option", "environment"])
def test_the_cli_trusts_a_ca_bundle_through_a_tunnel(
    tls_env: str, proxy: tuple[str, ProxyLog], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    url, log = proxy
    untrusted = in_process("--proxy", url, "auth", "check")
    assert untrusted.code == 3 and "is not trusted" in untrusted.stderr, untrusted
    assert len(untrusted.stderr.strip().splitlines()) == 1, untrusted
    if where == "environment":
        monkeypatch.setenv("VISIER_PROXY", url)
        monkeypatch.setenv("VISIER_CA_BUNDLE", tls_env)
        options: list[str] = []
    else:
        options = ["--proxy", url, "--ca-bundle", tls_env]
    assert ok(in_process(*options, "auth", "check", "-o", "json"))["signedIn"] is True
    assert log.forwarded == [] and len(log.tunnels) == 2


def test_an_untrusted_certificate_names_the_cli_settings_not_the_sdk_argument(
    tls_mock: RunningMock, mock_env: dict[str, str], proxy: tuple[str, ProxyLog]
) -> None:
    outcome = in_process("--host", tls_mock.url, "auth", "check")
    assert outcome.code == 3, outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "is not trusted" in lines[0], outcome
    assert "--ca-bundle" in lines[0] and "VISIER_CA_BUNDLE" in lines[0] and "verify=" not in lines[0], outcome


@pytest.mark.parametrize("where", ["option", "environment"])
def test_insecure_skips_the_check_and_says_so(
    tls_env: str, proxy: tuple[str, ProxyLog], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    url, _ = proxy
    if where == "environment":
        monkeypatch.setenv("VISIER_INSECURE", "1")
    options = ["--insecure"] if where == "option" else []
    outcome = console_script("--proxy", url, *options, "auth", "check", "-o", "json")  # a real stderr
    assert ok(outcome)["signedIn"] is True
    assert outcome.stderr.startswith("TLS certificates are not checked (verify=False, --insecure): "), outcome


def test_proxy_credentials_never_show_in_cli_errors(mock_env: dict[str, str], proxy: tuple[str, ProxyLog]) -> None:
    with forward_proxy(credentials=("proxyuser", "the right one")) as (url, log):
        wrong = url.replace("http://", "http://proxyuser:WRONG-s3cr3t-0008@")
        outcome = in_process("--proxy", wrong, "--debug", "auth", "check")
    assert outcome.code == 3 and "407" in outcome.stderr, outcome
    assert "WRONG-s3cr3t-0008" not in outcome.stderr + outcome.stdout and log.refused == 1
