"""Closing connections that do not finish their request headers in time (slowloris and stuck clients).

uvicorn bounds neither the wait for a new connection's first request nor the time its headers take:
``timeout_keep_alive`` only closes a connection idle *between* requests, and uvicorn cancels it as soon as any byte
arrives, so a client that sends one header line and stops holds its connection forever. These protocol classes
(uvicorn's own, for httptools and h11) arm a timer when a connection opens and whenever a new request begins, and
cancel it once the request's headers are complete; when it fires, the connection is closed unanswered."""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

DEFAULT_HEADER_TIMEOUT = 10.0


class _HeaderDeadline:
    """The timer; mixed into a uvicorn protocol class, whose ``loop`` and ``transport`` it uses."""

    header_timeout = DEFAULT_HEADER_TIMEOUT
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport
    _header_timer: asyncio.TimerHandle | None = None

    def _arm_header_timer(self) -> None:
        if self._header_timer is None:
            self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if not self.transport.is_closing():
            self.transport.close()


class H11HeaderTimeout(_HeaderDeadline, H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm_header_timer()

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            self._arm_header_timer()
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._cancel_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)


def _httptools_class() -> type | None:
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # httptools is optional for uvicorn; h11 is always there
        return None

    class HttpToolsHeaderTimeout(_HeaderDeadline, HttpToolsProtocol):
        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm_header_timer()

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._arm_header_timer()

        def on_headers_complete(self) -> None:
            self._cancel_header_timer()
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            self._cancel_header_timer()
            super().connection_lost(exc)

    return HttpToolsHeaderTimeout


def protocol_class(header_timeout: float = DEFAULT_HEADER_TIMEOUT) -> Any:
    """uvicorn's fastest available HTTP protocol, closing connections whose headers take over header_timeout."""
    if not header_timeout > 0:
        raise ValueError("header_timeout must be a positive number of seconds")
    base = _httptools_class() or H11HeaderTimeout
    return type(base.__name__, (base,), {"header_timeout": float(header_timeout)})
