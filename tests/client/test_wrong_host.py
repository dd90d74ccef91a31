"""A host that is not a Visier API (a plain web server on the port) or a host with a path: the error says that
signing in failed, where, and that the host may be wrong, instead of a bare ``501 Not Implemented``."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from visier_data_handling import APIConnectionError, ConfigurationError, VisierDataHandling


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


@contextmanager
def serving(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """A web server with ``handler`` on a free 127.0.0.1 port, for the block; its URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


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
    with pytest.raises(ConfigurationError, match=r"host as the service's URL with no path.*'https://x\.test/api'"):
        VisierDataHandling(host="https://x.test/api", api_key="k", username="u", password="p")
    VisierDataHandling(host="https://x.test/", api_key="k", username="u", password="p").close()
