"""Serving the mock on 127.0.0.1 in a background thread, for tests, the demo and benchmarks."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import attrs
import uvicorn

from ._app import MockApp, create_app
from ._config import MockConfig
from ._header_timeout import DEFAULT_HEADER_TIMEOUT, protocol_class
from ._tls import TLSFiles, tls_options


@attrs.define
class RunningMock:
    """A live mock: where it listens, the credentials it accepts, and its state for in-process control."""

    url: str
    app: MockApp
    ca_bundle: str | None = None  # over HTTPS with a made certificate: the CA file that signs it

    @property
    def config(self) -> MockConfig:
        return self.app.config

    @property
    def state(self) -> Any:
        return self.app.state

    @property
    def api_key(self) -> str:
        return self.config.api_key

    @property
    def username(self) -> str:
        return self.config.username

    @property
    def password(self) -> str:
        return self.config.password

    @property
    def client_id(self) -> str:
        return self.config.client_id

    @property
    def client_secret(self) -> str:
        return self.config.client_secret

    def __repr__(self) -> str:
        return f"RunningMock(url={self.url!r})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_in_thread(config: MockConfig | None = None, port: int | None = None,
                    header_timeout: float = DEFAULT_HEADER_TIMEOUT,
                    tls: TLSFiles | None = None) -> Iterator[RunningMock]:
    """The mock on 127.0.0.1; a connection whose request headers take over header_timeout seconds is closed. With
    ``tls`` it serves HTTPS."""
    app = create_app(config)
    port = port or free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off",
                                           http=protocol_class(header_timeout), **tls_options(tls)))
    thread = threading.Thread(target=server.run, name="visier-mock", daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the mock server did not start")
        time.sleep(0.01)
    try:
        yield RunningMock(f"{'https' if tls else 'http'}://127.0.0.1:{port}", app, tls.ca if tls else None)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
