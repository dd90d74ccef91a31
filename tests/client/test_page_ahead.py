"""Paging with N pages fetched ahead (3 by default): the same items and errors in the same places as without it, at
most N pages ahead of the consumer, a 429/503 lowers N, and a stopped iteration cancels what is in flight."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from visier_data_handling import InvalidArgument, NotFound, VisierDataHandling
from visier_data_handling._calls.page_ahead import DEFAULT_PAGES_AHEAD

from .helpers import API_KEY, HOST, PASSWORD, Service, Sleeps

PATH = "/v1/op/data-versions"


class Pages:
    """Pages of ``total`` tenants on ``service``; records each start and the most requests in flight at once."""

    def __init__(self, service: Service, total: int, *, missing_from: int | None = None,
                 hold: Callable[[int], object] | None = None, throttle_at: int | None = None) -> None:
        self.total, self.missing_from, self.hold, self.throttle_at = total, missing_from, hold, throttle_at
        self.starts: list[int] = []
        self.in_flight = 0
        self.most: dict[int, int] = {}  # start -> requests in flight when it arrived (itself included)
        self.lock = threading.Lock()
        service.route("GET", PATH, self)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        start, limit = int(request.url.params["start"]), int(request.url.params["limit"])
        with self.lock:
            throttled = start == self.throttle_at and start not in self.starts
            self.starts.append(start)
            self.in_flight += 1
            self.most[start] = max(self.most.get(start, 0), self.in_flight)
        try:
            if throttled:
                return httpx.Response(429, headers={"Retry-After": "2"}, json={"message": "slow down"})
            if self.hold is not None:
                self.hold(start)
            if self.missing_from is not None and start >= self.missing_from:
                return httpx.Response(404, json={"message": "gone"})
            tenants = [{"tenantCode": f"t{i}"} for i in range(start, min(start + limit, self.total))]
            return httpx.Response(200, json={"tenants": tenants, "limit": limit, "start": start})
        finally:
            with self.lock:
                self.in_flight -= 1


def _wait_until(condition: Callable[[], bool], seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def count_submissions(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every task handed to a thread pool from now on (the look-ahead's page fetches), in order."""
    submitted: list[object] = []
    submit = ThreadPoolExecutor.submit

    def counting(pool: ThreadPoolExecutor, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        submitted.append(args)
        return submit(pool, fn, *args, **kwargs)

    monkeypatch.setattr(ThreadPoolExecutor, "submit", counting)
    return submitted


def _codes(client: VisierDataHandling, **kwargs: Any) -> list[str]:
    return [t.tenant_code for t in client.data_and_job_handling.latest_enabled_dv(iterator=True, **kwargs)]


@pytest.mark.parametrize("ahead", [False, True, 1, 2, 16])
def test_same_items_in_the_same_order_however_many_ahead(
    client: VisierDataHandling, service: Service, ahead: bool | int
) -> None:
    Pages(service, 23)
    assert _codes(client, page_size=2, page_ahead=ahead) == [f"t{i}" for i in range(23)]


def test_a_list_that_fits_in_one_page_sends_one_request(client: VisierDataHandling, service: Service) -> None:
    pages = Pages(service, 3)
    assert _codes(client, page_size=5) == ["t0", "t1", "t2"]
    assert pages.starts == [0]


@pytest.mark.parametrize("ahead", [1, DEFAULT_PAGES_AHEAD, 5])
def test_n_pages_are_fetched_ahead_and_never_more(
    client: VisierDataHandling, service: Service, ahead: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A consumer that stops after one item holds the first page plus N fetched ahead: memory bounded by N pages."""
    pages = Pages(service, 100)
    submitted = count_submissions(monkeypatch)
    kwargs: dict[str, Any] = {"page_ahead": ahead} if ahead != DEFAULT_PAGES_AHEAD else {}  # the default is N = 3
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2, **kwargs)
    assert next(it).tenant_code == "t0"
    # Pages ahead are handed to the workers only on the consumer's thread, as it iterates: with the consumer
    # paused, what it has handed over is all that can ever be requested.
    assert len(submitted) == ahead
    expected = [2 * page for page in range(ahead + 1)]
    assert _wait_until(lambda: sorted(pages.starts) == expected)
    assert [next(it).tenant_code for _ in range(2)] == ["t1", "t2"]  # page 1 consumed: one more goes out
    assert len(submitted) == ahead + 1
    assert _wait_until(lambda: sorted(pages.starts) == [*expected, 2 * (ahead + 1)])
    it.close()


def test_pages_are_in_flight_at_once(client: VisierDataHandling, service: Service) -> None:
    both = threading.Barrier(4, timeout=5)  # pages 1 to 3 must be on the wire together to pass it
    pages = Pages(service, 20, hold=lambda start: start in (2, 4, 6) and both.wait())
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2)
    assert next(it).tenant_code == "t0"
    both.wait()
    assert [t.tenant_code for t in it] == [f"t{i}" for i in range(1, 20)]
    assert pages.most[6] >= 3


def test_an_error_surfaces_where_its_page_is_reached(client: VisierDataHandling, service: Service) -> None:
    Pages(service, 20, missing_from=6)
    seen: list[str] = []
    with pytest.raises(NotFound):
        for tenant in client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2, page_ahead=4):
            seen.append(tenant.tenant_code)
    assert seen == [f"t{i}" for i in range(6)]  # every item of the pages before the failing one


def test_a_429_halves_the_pages_in_flight_and_its_retry_after_is_waited(
    service: Service, sleeps: Sleeps
) -> None:
    from .helpers import make_client

    release = threading.Event()
    pages = Pages(service, 60, throttle_at=4, hold=lambda start: start < 12 and release.wait(5))
    with make_client(service, sleeps) as client:
        it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2, page_ahead=4)
        assert next(it).tenant_code == "t0"
        assert _wait_until(lambda: 4 in pages.starts[1:] and pages.starts.count(4) == 2)  # 429, then its retry
        release.set()
        assert [t.tenant_code for t in it] == [f"t{i}" for i in range(1, 60)]
    assert 2.0 in sleeps.delays  # the Retry-After
    late = [most for start, most in pages.most.items() if start >= 24]
    assert late and max(late) <= 2  # four ahead at first, two once the service asked to slow down


def test_closing_the_iterator_stops_the_look_ahead(client: VisierDataHandling, service: Service) -> None:
    release = threading.Event()
    pages = Pages(service, 100, hold=lambda start: start > 0 and release.wait(10))
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2)
    assert next(it).tenant_code == "t0"
    assert _wait_until(lambda: sorted(pages.starts) == [0, 2, 4, 6])  # three on the wire, held by the server
    started = time.monotonic()
    it.close()
    assert time.monotonic() - started < 1.0  # closing does not wait for the held pages
    release.set()
    # Once the look-ahead's workers have ended, nothing more can be requested: wait for that, then look.
    assert _wait_until(lambda: not [t for t in threading.enumerate() if t.name.startswith("visier-page-ahead")])
    assert sorted(pages.starts) == [0, 2, 4, 6]  # and nothing further was requested


def test_async_same_items_and_errors_in_place(client: VisierDataHandling, service: Service) -> None:
    Pages(service, 20, missing_from=8)

    async def until_error(ahead: int) -> list[str]:
        seen: list[str] = []
        with pytest.raises(NotFound):
            async for tenant in client.data_and_job_handling.alatest_enabled_dv(
                iterator=True, page_size=2, page_ahead=ahead
            ):
                seen.append(tenant.tenant_code)
        return seen

    async def main() -> tuple[list[str], list[str]]:
        try:
            return await until_error(0), await until_error(4)
        finally:
            await client.aclose()

    sequential, ahead = asyncio.run(main())
    assert ahead == sequential == [f"t{i}" for i in range(8)]


class _AsyncPages(httpx.AsyncBaseTransport):
    """Sign-ins and pages of 2 of a long list; pages after the first wait until ``release`` or until cancelled."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.cancelled = 0
        self.in_flight = 0
        self.most = 0
        self.release: asyncio.Event | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/admin/visierSecureToken":
            return httpx.Response(200, text="token")
        start = int(request.url.params["start"])
        self.starts.append(start)
        self.in_flight += 1
        self.most = max(self.most, self.in_flight)
        try:
            if start > 0 and self.release is not None:
                await self.release.wait()
            else:
                await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            self.cancelled += 1
            raise
        finally:
            self.in_flight -= 1
        tenants = [{"tenantCode": f"t{i}"} for i in range(start, start + 2)] if start < 40 else []
        return httpx.Response(200, json={"tenants": tenants, "limit": 2, "start": start})


def _async_client(transport: httpx.AsyncBaseTransport) -> VisierDataHandling:
    return VisierDataHandling(host=HOST, api_key=API_KEY, username="alice", password=PASSWORD,
                              async_transport=transport)


def test_async_pages_in_flight_at_once_and_in_order() -> None:
    transport = _AsyncPages()
    client = _async_client(transport)

    async def main() -> list[str]:
        codes = [t.tenant_code async for t in client.data_and_job_handling.alatest_enabled_dv(
            iterator=True, page_size=2, page_ahead=4)]
        await client.aclose()
        return codes

    assert asyncio.run(asyncio.wait_for(main(), 10)) == [f"t{i}" for i in range(40)]
    assert transport.most == 4
    client.close()


def test_async_closing_the_iterator_cancels_the_look_ahead() -> None:
    transport = _AsyncPages()
    client = _async_client(transport)

    async def main() -> None:
        transport.release = asyncio.Event()
        pages = client.data_and_job_handling.alatest_enabled_dv(iterator=True, page_size=2)
        async with contextlib.aclosing(pages):
            async for tenant in pages:
                assert tenant.tenant_code == "t0"
                for _ in range(100):  # let the look-ahead reach the transport
                    await asyncio.sleep(0)
                break
        await client.aclose()

    asyncio.run(asyncio.wait_for(main(), 10))
    assert sorted(transport.starts) == [0, 2, 4, 6] and transport.cancelled == 3
    client.close()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"iterator": True, "page_ahead": "yes"}, "page_ahead must be True, False or a number of pages from 0 to 16"),
    ({"iterator": True, "page_ahead": 17}, "page_ahead must be True, False or a number"),
    ({"iterator": True, "page_ahead": -1}, "page_ahead must be True, False or a number"),
    ({"iterator": True, "page_ahead": 2.0}, "page_ahead must be True, False or a number"),
    ({"page_ahead": False}, "page_ahead needs iterator=True"),
])
def test_page_ahead_is_checked(client: VisierDataHandling, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidArgument, match=message):
        client.data_and_job_handling.latest_enabled_dv(**kwargs)


class _ThrottlingPages(_AsyncPages):
    """The first request for start 4 is answered 429; records requests in flight as each arrives, by start."""

    def __init__(self) -> None:
        super().__init__()
        self.throttled = False
        self.at_arrival: dict[int, int] = {}

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != "/v1/admin/visierSecureToken":
            start = int(request.url.params["start"])
            self.at_arrival[start] = self.in_flight + 1
            if start == 4 and not self.throttled:
                self.throttled = True
                return httpx.Response(429, headers={"Retry-After": "0"}, json={"message": "slow down"})
        return await super().handle_async_request(request)


def test_async_a_429_halves_the_pages_in_flight() -> None:
    transport = _ThrottlingPages()
    client = _async_client(transport)

    async def main() -> list[str]:
        codes = [t.tenant_code async for t in client.data_and_job_handling.alatest_enabled_dv(
            iterator=True, page_size=2, page_ahead=4)]
        await client.aclose()
        return codes

    assert asyncio.run(asyncio.wait_for(main(), 10)) == [f"t{i}" for i in range(40)]
    assert transport.throttled and transport.starts.count(4) == 1  # answered after its retry
    late = [count for start, count in transport.at_arrival.items() if start >= 24]
    assert late and max(late) <= 2  # four ahead at first, two once the service asked to slow down
    client.close()
