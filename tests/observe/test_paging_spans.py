"""Pages fetched ahead, in threads (sync) or tasks (async), are traced as part of the iteration that asked for them:
each page's call span is a child of the span around the loop, never a trace of its own."""

from __future__ import annotations

import asyncio

from client.helpers import Service, make_client
from client.test_page_ahead import Pages
from opentelemetry import trace

from .conftest import Spans


def _tenants(spans: Spans) -> None:
    (outer,) = spans.roots()  # one trace
    pages = [span for span in spans.children(outer) if span.name == "latest_enabled_dv"]
    assert outer.name == "iterating" and len(pages) >= 5  # 10 tenants, 2 a page (and any fetched past the end)
    assert len(pages) == len(spans.named("latest_enabled_dv"))  # every page's call in the tree


def test_sync_pages_fetched_ahead_in_threads_are_in_the_tree(spans: Spans) -> None:
    service = Service()
    Pages(service, 10)
    with make_client(service) as client, trace.get_tracer("test").start_as_current_span("iterating"):
        assert len(list(client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2))) == 10
    _tenants(spans)


def test_async_pages_fetched_ahead_in_tasks_are_in_the_tree(spans: Spans) -> None:
    service = Service()
    Pages(service, 10)
    client = make_client(service)

    async def main() -> int:
        with trace.get_tracer("test").start_as_current_span("iterating"):
            found = [t async for t in client.data_and_job_handling.alatest_enabled_dv(iterator=True, page_size=2)]
        await client.aclose()
        return len(found)

    assert asyncio.run(main()) == 10
    client.close()
    _tenants(spans)
