"""Paging with one page of look-ahead (the default): same items and errors in the same places as without it, at
most one page ahead, and a stopped iteration cancels the look-ahead."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from visier_data_handling import InvalidArgument, NotFound, VisierDataHandling

from .helpers import API_KEY, HOST, PASSWORD, Service

PATH = "/v1/op/data-versions"


def _serve_pages(service: Service, total: int, *, missing_from: int | None = None,
                 hold: Callable[[int], None] | None = None) -> list[int]:
    """Pages of ``total`` tenants; pages from ``missing_from`` on answer 404; ``hold(start)`` runs first."""
    starts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        start, limit = int(request.url.params["start"]), int(request.url.params["limit"])
        starts.append(start)
        if hold is not None:
            hold(start)
        if missing_from is not None and start >= missing_from:
            return httpx.Response(404, json={"message": "gone"})
        tenants = [{"tenantCode": f"t{i}"} for i in range(start, min(start + limit, total))]
        return httpx.Response(200, json={"tenants": tenants, "limit": limit, "start": start})

    service.route("GET", PATH, handler)
    return starts


def _wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def _codes(client: VisierDataHandling, **kwargs: Any) -> list[str]:
    return [t.tenant_code for t in client.data_and_job_handling.latest_enabled_dv(iterator=True, **kwargs)]


def test_same_items_in_the_same_order_with_and_without(client: VisierDataHandling, service: Service) -> None:
    _serve_pages(service, 7)
    assert _codes(client, page_size=2) == _codes(client, page_size=2, page_ahead=False) == [f"t{i}" for i in range(7)]


def test_the_next_page_is_fetched_while_this_one_is_consumed_and_never_two_ahead(
    client: VisierDataHandling, service: Service
) -> None:
    starts = _serve_pages(service, 10)
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2)
    assert next(it).tenant_code == "t0"
    assert _wait_until(lambda: starts == [0, 2])  # page 2 requested while page 1 is consumed
    time.sleep(0.1)
    assert starts == [0, 2]  # not page 3: one page ahead at most
    assert [next(it).tenant_code for _ in range(2)] == ["t1", "t2"]
    assert _wait_until(lambda: starts == [0, 2, 4])
    it.close()


def test_an_error_surfaces_where_its_page_is_reached(client: VisierDataHandling, service: Service) -> None:
    _serve_pages(service, 10, missing_from=2)
    seen: list[str] = []
    with pytest.raises(NotFound):
        for tenant in client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2):
            seen.append(tenant.tenant_code)
    assert seen == ["t0", "t1"]  # every item of the page before the failing one


def test_closing_the_iterator_stops_the_look_ahead(client: VisierDataHandling, service: Service) -> None:
    release = threading.Event()
    starts = _serve_pages(service, 10, hold=lambda start: start == 2 and release.wait(10))
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2)
    assert next(it).tenant_code == "t0"
    assert _wait_until(lambda: starts == [0, 2])  # page 2 is on the wire, held by the server
    started = time.monotonic()
    it.close()
    assert time.monotonic() - started < 1.0  # closing does not wait for the held page
    release.set()
    time.sleep(0.2)
    assert starts == [0, 2]  # and nothing further is requested


def test_async_same_items_and_errors_in_place(client: VisierDataHandling, service: Service) -> None:
    _serve_pages(service, 5, missing_from=4)

    async def main() -> list[str]:
        seen: list[str] = []
        with pytest.raises(NotFound):
            async for tenant in client.data_and_job_handling.alatest_enabled_dv(iterator=True, page_size=2):
                seen.append(tenant.tenant_code)
        await client.aclose()
        return seen

    assert asyncio.run(main()) == ["t0", "t1", "t2", "t3"]


class _HeldPages(httpx.AsyncBaseTransport):
    """Answers sign-ins and pages of 2; page 2 waits until cancelled, which it records."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.cancelled = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/admin/visierSecureToken":
            return httpx.Response(200, text="token")
        start = int(request.url.params["start"])
        self.starts.append(start)
        if start == 2:
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                self.cancelled = True
                raise
        tenants = [{"tenantCode": f"t{i}"} for i in range(start, start + 2)]
        return httpx.Response(200, json={"tenants": tenants, "limit": 2, "start": start})


def test_async_closing_the_iterator_cancels_the_look_ahead() -> None:
    transport = _HeldPages()
    client = VisierDataHandling(host=HOST, api_key=API_KEY, username="alice", password=PASSWORD,
                                async_transport=transport)

    async def main() -> None:
        pages = client.data_and_job_handling.alatest_enabled_dv(iterator=True, page_size=2)
        async with contextlib.aclosing(pages):
            async for tenant in pages:
                assert tenant.tenant_code == "t0"
                for _ in range(100):  # let the look-ahead reach the transport
                    await asyncio.sleep(0)
                break
        await client.aclose()

    asyncio.run(asyncio.wait_for(main(), 10))
    assert transport.starts == [0, 2] and transport.cancelled
    client.close()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"iterator": True, "page_ahead": "yes"}, "page_ahead must be True or False"),
    ({"page_ahead": False}, "page_ahead needs iterator=True"),
])
def test_page_ahead_is_checked(client: VisierDataHandling, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        client.data_and_job_handling.latest_enabled_dv(**kwargs)
