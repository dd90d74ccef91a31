"""One contender of the benchmarks, in a process of its own (the official SDK runs from its own venv).

    python benchmarks/_worker.py serve CONTENDER      # reads one JSON command a line, answers one JSON line

Contenders: ``raw`` (a plain httpx loop), ``ours`` (the SDK, default constructor), ``ours-httpx`` (the SDK with
async_backend="httpx", httpx's own async pool), ``ours-sync-httpx`` (the SDK with sync_backend="httpx", httpx's
own sync pool), ``official`` (visier-platform-sdk: urllib3 and pydantic), ``official-timeouts`` (the same, each call
given the SDK's default timeouts, which the official SDK leaves unset). Every contender gets the same connection
limits. This file imports neither httpx nor the SDK at the top, so that it runs in the official SDK's venv too; no
tracing runs inside a timed loop (memory is measured in a pass of its own).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

API_KEY, USERNAME, PASSWORD = "bench-api-key", "bench-user", "bench-password"
VERSIONS, CREDENTIALS = "/v1/op/data-versions", "/v1/op/data-connector-credentials"
CONNECTIONS = 50  # every contender's pool: at most 50 connections, all kept alive


# -- building each contender's client --------------------------------------------------------------------------------


def _raw(url: str) -> Any:
    import httpx

    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    token = httpx.post(url + "/v1/admin/visierSecureToken", data={"username": USERNAME, "password": PASSWORD}).text
    headers = {"apikey": API_KEY, "Cookie": f"VisierASIDToken={token}"}
    return httpx, limits, headers


def _ours(url: str, backend: str | None = None, sync_backend: str | None = None) -> Any:
    """The SDK's client; ``backend`` None is the default constructor's choice (aiohttp when installed), and
    ``sync_backend`` None the default sync backend's (httpx's pool)."""
    import httpx
    from visier_data_handling import VisierDataHandling

    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    chosen = {} if backend is None else {"async_backend": backend}
    if sync_backend is not None:
        chosen["sync_backend"] = sync_backend
    return VisierDataHandling(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD, limits=limits,
                              **chosen)


def _official(url: str) -> Any:
    from visier_platform_sdk import ApiClient, Configuration, DataAndJobHandlingApi

    config = Configuration(host=url, api_key=API_KEY, username=USERNAME, password=PASSWORD)
    config.connection_pool_maxsize = CONNECTIONS
    return DataAndJobHandlingApi(ApiClient(config))


# -- the timed figures, one round each -------------------------------------------------------------------------------


class Contender:
    def __init__(self, name: str) -> None:
        self.name = name
        self.sync: dict[str, Callable[[], Any]] = {}
        self.clients: dict[Any, Any] = {}

    def raw(self, url: str) -> Any:
        """httpx, the shared limits and the signed-in headers for ``url`` (signed in once, like the SDKs)."""
        if ("raw", url) not in self.clients:
            self.clients[("raw", url)] = _raw(url)
        return self.clients[("raw", url)]

    def raw_client(self, url: str) -> Any:
        """One signed-in httpx.Client per server, kept like the SDKs keep theirs."""
        if ("raw-client", url) not in self.clients:
            httpx, limits, headers = self.raw(url)
            self.clients[("raw-client", url)] = httpx.Client(base_url=url, headers=headers, limits=limits)
        return self.clients[("raw-client", url)]

    def sync_call(self, url: str) -> Callable[[], Any]:
        if url not in self.sync:
            if self.name == "raw":
                client = self.raw_client(url)
                self.sync[url] = lambda: client.get(VERSIONS).json()
            elif self.name == "official":
                api = _official(url)
                self.sync[url] = api.latest_enabled_dv
            elif self.name == "official-timeouts":  # as ours: 5 s to connect, 60 s to read (DEFAULT_*_TIMEOUT)
                api = _official(url)
                self.sync[url] = lambda: api.latest_enabled_dv(_request_timeout=(5.0, 60.0))
            else:
                ours = _ours(url, sync_backend="httpx" if self.name == "ours-sync-httpx" else None)
                self.clients[url] = ours
                self.sync[url] = ours.data_and_job_handling.latest_enabled_dv
            self.sync[url]()  # sign in, open the connection, import what the call needs
        return self.sync[url]

    def per_call(self, url: str, calls: int) -> float:
        """The median time of one sync call over ``calls`` calls (seconds)."""
        call = self.sync_call(url)
        times = []
        for _ in range(calls):
            started = time.perf_counter()
            call()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    def fan_out(self, url: str, total: int, concurrency: int) -> float:
        """Requests per second for ``total`` GETs, ``concurrency`` at a time (threads for the official SDK)."""
        if self.name == "official":
            call = self.sync_call(url)
            with ThreadPoolExecutor(concurrency) as pool:
                list(pool.map(lambda _: call(), range(concurrency)))  # open the connections
                started = time.perf_counter()
                list(pool.map(lambda _: call(), range(total)))
                return total / (time.perf_counter() - started)
        return asyncio.run(self._afan_out(url, total, concurrency))

    async def _afan_out(self, url: str, total: int, concurrency: int) -> float:
        if self.name == "raw":
            httpx, limits, headers = self.raw(url)
            client = httpx.AsyncClient(base_url=url, headers=headers, limits=limits)

            async def call() -> Any:
                return (await client.get(VERSIONS)).json()

            close = client.aclose
        else:
            ours = _ours(url, "httpx" if self.name == "ours-httpx" else None)
            call, close = ours.data_and_job_handling.alatest_enabled_dv, ours.aclose
        queue = iter(range(total))

        async def worker() -> None:
            for _ in queue:
                await call()

        await asyncio.gather(*(call() for _ in range(concurrency)))  # sign in, open the connections
        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        rate = total / (time.perf_counter() - started)
        await close()
        return rate

    def items(self, url: str, page: int, models: bool = False, ahead: int | None = None) -> Iterator[Any]:
        if self.name == "official":
            api, start = self.clients.setdefault(("official", url), _official(url)), 0
            while True:
                items = api.data_connector_credentials(start=start, limit=page).connector_credentials or []
                yield from items
                if len(items) < page:
                    return
                start += len(items)
        elif self.name == "raw":
            yield from _raw_items(self.raw_client(url), page, models)
        else:
            self.sync_call(url)
            ops = self.clients[url].data_and_job_handling
            extra = {} if ahead is None else {"page_ahead": ahead}  # None: the SDK's default
            yield from ops.data_connector_credentials(iterator=True, page_size=page, **extra)

    def paging(self, url: str, page: int, models: bool = False, ahead: int | None = None) -> tuple[float, int]:
        started = time.perf_counter()
        count = sum(1 for _ in self.items(url, page, models, ahead))
        return count / (time.perf_counter() - started), count

    def memory(self, url: str, page: int) -> float:
        """Peak traced memory (MB) while iterating every item: a pass of its own, never a timed one."""
        tracemalloc.start()
        try:
            sum(1 for _ in self.items(url, page, models=True))
            return tracemalloc.get_traced_memory()[1] / 1e6
        finally:
            tracemalloc.stop()


def _raw_items(client: Any, page: int, models: bool) -> Iterator[Any]:
    """The raw loop: start/limit pages through one httpx client, optionally building our generated models."""
    build = None
    if models:
        from visier_data_handling_api.models.extractor_credential_apidto import ExtractorCredentialAPIDTO

        build = ExtractorCredentialAPIDTO.from_dict
    start = 0
    while True:
        items = client.get(CREDENTIALS, params={"start": start, "limit": page}).json()["connectorCredentials"]
        yield from (map(build, items) if build else items)
        if len(items) < page:
            return
        start += len(items)


def serve(contender: Contender) -> None:
    for line in sys.stdin:
        command = json.loads(line)
        what, args = command.pop("do"), command
        try:
            answer: Any = getattr(contender, what)(**args)
        except Exception as exc:  # reported to the runner, which prints it next to the figure
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    serve(Contender(sys.argv[2]))
