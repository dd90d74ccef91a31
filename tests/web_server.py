"""A plain web server on a free 127.0.0.1 port for a test's block: for tests that need a real HTTP server that is
not the mock (a host that is not Visier, the docs site for a browser)."""

from __future__ import annotations

import http.server
import socketserver
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# Any: socketserver's handler factory takes (request, client address, server) of its own types.
HandlerFactory = Callable[[Any, Any, socketserver.BaseServer], socketserver.BaseRequestHandler]


@contextmanager
def serving(handler: HandlerFactory) -> Iterator[str]:
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
