"""A host that is not a Visier API (a plain web server on the port) or a host with a path: the error says that
signing in failed, where, and that the host may be wrong, instead of a bare ``501 Not Implemented``. A silent host:
signing in gives up after its own limit (sign_in_timeout), retries included, not after four read timeouts."""

from __future__ import annotations

import http.server
import socket
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from visier_data_handling import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    InvalidArgument,
    VisierDataHandling,
    WrongHost,
)
from web_server import serving


class WebPage(http.server.BaseHTTPRequestHandler):
    """A web server that answers every POST with a page."""

    def do_POST(self) -> None:
        body = b"<html><body>Welcome</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class Plain(http.server.SimpleHTTPRequestHandler):
    """Python's file server: GET only, so a POST gets 501."""

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(params=[Plain, WebPage], ids=["501", "web page"])
def web_server(request: pytest.FixtureRequest) -> Iterator[str]:
    with serving(request.param) as url:
        yield url


def test_signing_in_to_a_web_server_says_the_host_may_be_wrong(web_server: str) -> None:
    client = VisierDataHandling(host=web_server, api_key="k", username="u", password="p")
    with client, pytest.raises(APIConnectionError) as caught:
        client.data_and_job_handling.retrieve_data_categories()
    message = str(caught.value)
    assert message.startswith(f"signing in at {web_server}/v1/admin/visierSecureToken failed ("), message
    assert "127.0.0.1 may not be a Visier API; check the host setting" in message, message


def test_a_host_with_a_path_is_refused_before_anything_is_sent() -> None:
    with pytest.raises(WrongHost, match=r"'https://x\.test/api' may not be a Visier API's URL.*with no path"):
        VisierDataHandling(host="https://x.test/api", api_key="k", username="u", password="p")
    # With other settings missing too, it is one of the problems named, as any setting is.
    with pytest.raises(ConfigurationError, match=r"with no path.*api_key") as caught:
        VisierDataHandling(host="https://x.test/api", username="u", password="p")
    assert not isinstance(caught.value, WrongHost)
    VisierDataHandling(host="https://x.test/", api_key="k", username="u", password="p").close()


@contextmanager
def silent_host() -> Iterator[str]:
    """A host that accepts connections and never answers."""
    listener = socket.create_server(("127.0.0.1", 0))
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def test_a_sign_in_is_bounded_by_its_own_limit_retries_included() -> None:
    timeouts: list[dict[str, float]] = []

    def silent(request: httpx.Request) -> httpx.Response:
        timeouts.append(dict(request.extensions["timeout"]))
        raise httpx.ReadTimeout("timed out", request=request)

    client = VisierDataHandling(host="https://x.test", api_key="k", username="u", password="p", max_retries=3,
                                sign_in_timeout=2.5, transport=httpx.MockTransport(silent), sleep=lambda _: None)
    with client, pytest.raises(APITimeoutError, match="signing in timed out"):
        client.data_and_job_handling.retrieve_data_categories()
    assert timeouts and all(0 < t["read"] <= 2.5 and t["connect"] <= 2.5 for t in timeouts), timeouts
    with pytest.raises(InvalidArgument, match="sign_in_timeout must be a positive number"):
        VisierDataHandling(host="https://x.test", api_key="k", username="u", password="p", sign_in_timeout=0)

