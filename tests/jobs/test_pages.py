"""iterator=True over 10,000+ items across pages, against the mock: every item once, in order, with flat memory.

The paging itself lives in the client (``_pagination``); these tests prove it at volume, sync and async, for
operations whose paging comes from the spec's ``x-pagination`` (credentials, and tenants' data versions).
Memory is measured with tracemalloc while iterating: the peak must not grow with the number of items.
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling._calls.page_ahead import DEFAULT_PAGES_AHEAD
from visier_data_handling_api.operations import OPERATIONS

CREDENTIALS = 12_000
TENANTS = 10_000
PAGE = 500
FEW = 2_000  # the smaller run: four pages


@pytest.fixture
def many_credentials(mock_server: Any) -> int:
    """12,000 credentials of the administrating tenant, on top of the seeded ones."""
    answer = httpx.post(f"{mock_server.url}/__mock__/seed/credentials", json={"count": CREDENTIALS})
    answer.raise_for_status()
    return int(answer.json()["credentials"])


@pytest.fixture
def many_tenants(mock_server: Any) -> int:
    answer = httpx.post(f"{mock_server.url}/__mock__/seed/tenants", json={"count": TENANTS})
    answer.raise_for_status()
    return int(answer.json()["tenants"])


def peak_while(consume: Callable[[], int]) -> tuple[int, int]:
    """(items consumed, peak bytes traced above the starting point) while ``consume`` runs."""
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        count = consume()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak - start


def count(items: Iterator[Any]) -> int:
    # Drop each item at once, as a streaming consumer would.
    return sum(1 for _ in items)


def test_the_spec_marks_these_operations_as_paged() -> None:
    assert OPERATIONS["data_connector_credentials"]["pagination"]["items"] == "connectorCredentials"
    assert OPERATIONS["latest_enabled_dv"]["pagination"]["items"] == "tenants"


def test_ten_thousand_credentials_in_order_and_once(
    client: VisierDataHandling, mock_server: Any, many_credentials: int
) -> None:
    ops = client.data_and_job_handling
    ids = [c.credential_id for c in ops.data_connector_credentials(iterator=True, page_size=PAGE)]
    assert len(ids) == many_credentials >= CREDENTIALS and len(set(ids)) == len(ids)
    assert ids == [c.credential_id for c in mock_server.state.credentials.values()]
    pages = [e for e in mock_server.state.journal if e["operationId"] == "dataConnectorCredentials"]
    # The last, short page ends the iteration; pages fetched ahead past it are at most DEFAULT_PAGES_AHEAD.
    assert many_credentials // PAGE + 1 <= len(pages) <= many_credentials // PAGE + 1 + DEFAULT_PAGES_AHEAD


def test_memory_stays_flat_however_many_items(client: VisierDataHandling, many_credentials: int) -> None:
    ops = client.data_and_job_handling

    def pages(ahead: int = 1) -> Iterator[Any]:
        # One page ahead for the calibrated figures: how many pages are in flight at the peak varies with timing.
        return iter(ops.data_connector_credentials(iterator=True, page_size=PAGE, page_ahead=ahead))

    count(pages())  # warm up caches (imports, validators, connections)
    few, few_peak = peak_while(lambda: count(itertools.islice(pages(), FEW)))
    many, many_peak = peak_while(lambda: count(pages()))
    kept, kept_peak = peak_while(lambda: len(list(itertools.islice(pages(), FEW))))
    assert (few, many, kept) == (FEW, many_credentials, FEW)
    # What holding one item costs; iterating must not pay that for the items it has passed.
    per_item = (kept_peak - few_peak) / FEW
    assert per_item > 100, (few_peak, kept_peak)
    growth = many_peak - few_peak
    assert growth < 0.25 * per_item * (many - few), (few_peak, many_peak, per_item)
    assert many_peak < 2 * few_peak, (few_peak, many_peak)
    # With the default pages ahead, memory is bounded by those pages, whatever the number of items.
    _, few_ahead_peak = peak_while(lambda: count(itertools.islice(pages(DEFAULT_PAGES_AHEAD), FEW)))
    _, many_ahead_peak = peak_while(lambda: count(pages(DEFAULT_PAGES_AHEAD)))
    assert many_ahead_peak < 2 * max(few_ahead_peak, few_peak), (few_ahead_peak, many_ahead_peak)


def test_ten_thousand_tenants_async(client: VisierDataHandling, mock_server: Any, many_tenants: int) -> None:
    ops = client.data_and_job_handling

    async def scenario() -> tuple[list[str], int, int]:
        try:

            async def consume(limit: int | None) -> int:
                seen = 0
                async for _tenant in ops.alatest_enabled_dv(iterator=True, page_size=PAGE):
                    seen += 1
                    if limit is not None and seen == limit:
                        break
                return seen

            codes = [t.tenant_code async for t in ops.alatest_enabled_dv(iterator=True, page_size=PAGE)]
            tracemalloc.start()
            base, _ = tracemalloc.get_traced_memory()
            await consume(FEW)
            _, few_peak = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            await consume(None)
            _, many_peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            return codes, few_peak - base, many_peak - base
        finally:
            await client.aclose()

    codes, few_peak, many_peak = asyncio.run(scenario())
    listed = mock_server.state.visible_tenants()  # analytic tenants, then the consolidated analytics one
    assert codes == listed and len(codes) == many_tenants + 1 and many_tenants >= TENANTS
    assert many_peak < 2 * few_peak, (few_peak, many_peak)
