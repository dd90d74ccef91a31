"""One async HTTP client per event loop: a connection pool belongs to the loop it runs on.

A client used under a second ``asyncio.run`` (or pytest-asyncio's loop per test) gets a new pool on that loop; the
sign-in lives on the shared ``httpx.Auth`` and carries over. Each pool is closed on its own loop when that loop
shuts down: when the pool is made, a small async generator is started on the loop, and ``asyncio.run`` (like every
runner that calls ``loop.shutdown_asyncgens()``) closes it there, which closes the pool -- no "Unclosed client
session", no socket left to the garbage collector. A pool whose loop was closed without that is dropped.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncGenerator, Callable
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:  # imported where used: a sync-only program never imports asyncio
    import asyncio


async def _closed_at_shutdown(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()


def _start(closer: AsyncGenerator[None, None]) -> None:
    """Run ``closer`` to its ``yield``: that registers it with the running loop, which finalizes it at shutdown."""
    step = closer.__anext__()
    with contextlib.suppress(StopIteration):  # raised once it is suspended at its yield: registered
        step.send(None)


class PerLoop:
    """The async client of each event loop, made by ``make`` on the loop's first request."""

    def __init__(self, make: Callable[[], httpx.AsyncClient]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._pools: dict[asyncio.AbstractEventLoop, tuple[httpx.AsyncClient, AsyncGenerator[None, None]]] = {}
        self._last: tuple[asyncio.AbstractEventLoop, httpx.AsyncClient] | None = None  # the usual case: one loop

    def get(self) -> httpx.AsyncClient:
        import asyncio

        loop = asyncio.get_running_loop()
        last = self._last
        if last is not None and last[0] is loop:
            return last[1]
        with self._lock:
            for closed in [old for old in self._pools if old.is_closed()]:
                del self._pools[closed]  # its loop shut down (and closed it) or was closed without that
            entry = self._pools.get(loop)
            if entry is None:
                client = self._make()
                closer = _closed_at_shutdown(client)
                _start(closer)
                entry = self._pools[loop] = (client, closer)
            self._last = (loop, entry[0])
            return entry[0]

    async def aclose(self) -> None:
        """Close the running loop's client now (the others close as their loops shut down)."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._pools.pop(loop, None)
            if self._last is not None and self._last[0] is loop:
                self._last = None
        if entry is not None:
            await entry[1].aclose()
