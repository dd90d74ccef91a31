"""One client on any event loop: each loop gets its own connection pool, closed on that loop as it shuts down, and
the sign-in carries over. Before, a second ``asyncio.run`` failed with "Event loop is closed" on both backends."""

from __future__ import annotations

import asyncio
import gc
import logging
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling._http.aiohttp_transport import check_backend

from .helpers import Service, Sleeps
from .served import BACKENDS, network_client, served


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    service = Service()
    service.route("GET", "/v1/op/data-versions", lambda _: None)
    with served(service) as address:
        yield address


@pytest.mark.parametrize("backend", BACKENDS)
def test_three_successive_asyncio_runs_on_one_client(
    url: str, backend: str, caplog: pytest.LogCaptureFixture
) -> None:
    client = network_client(url, backend, Sleeps())

    async def call() -> Any:
        return await client.data_and_job_handling.alatest_enabled_dv()

    with warnings.catch_warnings(record=True) as caught, caplog.at_level(logging.ERROR, "asyncio"):
        warnings.simplefilter("always")
        for _ in range(3):
            asyncio.run(call())
        client.close()
        gc.collect()
    unclosed = [str(w.message) for w in caught if "nclosed" in str(w.message) or w.category is ResourceWarning]
    assert unclosed == []
    assert "Unclosed" not in caplog.text and "Event loop is closed" not in caplog.text


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_loop_gets_its_own_pool_and_the_sign_in_carries_over(url: str, backend: str) -> None:
    service = Service()
    service.route("GET", "/v1/op/data-versions", lambda _: None)
    with served(service) as address:
        client = network_client(address, backend, Sleeps())

        async def pool() -> object:
            await client.data_and_job_handling.alatest_enabled_dv()
            return client._async_client()

        first, second = asyncio.run(pool()), asyncio.run(pool())
        client.close()
    assert first is not second
    assert service.sign_ins == 1  # signed in once, on the first loop


def test_the_default_backend_is_aiohttp_when_it_is_installed() -> None:
    assert check_backend("auto") == "aiohttp"  # the dev install, as the README's install lines, has it
    assert VisierDataHandling(host="https://acme.api.visier.io", api_key="k", username="u",
                              password="p")._options.async_backend == "aiohttp"


# pytest-asyncio runs each test on a loop of its own; one client shared by them must work on every one.
@pytest.fixture(scope="module")
def shared_client(url: str) -> Iterator[VisierDataHandling]:
    client = network_client(url, "auto", Sleeps())
    yield client
    client.close()


@pytest.mark.asyncio
@pytest.mark.parametrize("round_", [1, 2, 3])
async def test_a_client_shared_by_tests_each_on_its_own_loop(shared_client: VisierDataHandling, round_: int) -> None:
    assert await shared_client.data_and_job_handling.alatest_enabled_dv() is not None
