
"""iterator=True: lazy paging derived from OPERATIONS (requires, counts, echoed limit)."""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import httpx
import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling_api.operations import OPERATIONS

from .helpers import Service

PAGED = sorted(name for name, op in OPERATIONS.items() if op["pagination"])
PATH_ARGS = {"job_id": "j1", "receiving_job_id": "r1"}


def _pages(service: Service, path: str, key: str, total: int, *, cap: int | None = None, item: Any = None) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        start, limit = int(request.url.params["start"]), int(request.url.params["limit"])
        limit = min(limit, cap) if cap else limit
        make = item or (lambda i: {"tenantCode": f"t{i}"})
        return httpx.Response(
            200, json={key: [make(i) for i in range(start, min(start + limit, total))], "limit": limit, "start": start}
        )

    service.route("GET", path, handler)


def _args(name: str) -> dict[str, str]:
    endpoint = importlib.import_module(f"visier_data_handling_api.api.{OPERATIONS[name]['tag']}.{name}")
    return {p: PATH_ARGS.get(p, "x") for p in endpoint.OPERATION.signature.path}


@pytest.mark.parametrize("name", PAGED)
def test_every_paged_operation_iterates(client: VisierDataHandling, service: Service, name: str) -> None:
    spec = OPERATIONS[name]["pagination"]
    path = OPERATIONS[name]["path"].replace("{jobId}", "j1").replace("{receivingJobId}", "r1")
    counts = spec.get("counts")
    item = (lambda i: {"tenantCode": f"t{i}", counts: [{"fileName": f"f{i}"}]}) if counts else None
    _pages(service, path, spec["items"], 7, item=item)
    # One page at a time, to see each request paging asks for (test_page_ahead covers pages fetched ahead).
    items = list(getattr(client.data_and_job_handling, name)(**_args(name), iterator=True, page_size=3, page_ahead=0))
    assert len(items) == 7
    requests = service.data_requests()
    assert [r.url.params["start"] for r in requests] == ["0", "3", "6"]
    for wire, value in (spec.get("requires") or {}).items():
        assert all(r.url.params[wire] == str(value).lower() for r in requests)


def test_iterator_is_lazy(client: VisierDataHandling, service: Service) -> None:
    _pages(service, "/v1/op/data-versions", "tenants", 10)
    it = client.data_and_job_handling.latest_enabled_dv(iterator=True, page_size=2, page_ahead=False)
    assert service.requests == []
    first = next(it)
    assert first.tenant_code == "t0"
    assert len(service.data_requests()) == 1


def test_stops_on_exact_multiple_with_empty_page(client: VisierDataHandling, service: Service) -> None:
    _pages(service, "/v1/op/data/uploads", "tenants", 4)
    uploads = client.data_and_job_handling.retrieve_data_uploads(iterator=True, page_size=2, page_ahead=0)
    assert len(list(uploads)) == 4
    assert [r.url.params["start"] for r in service.data_requests()] == ["0", "2", "4"]


def test_echoed_limit_when_service_caps_it(client: VisierDataHandling, service: Service) -> None:
    _pages(service, "/v1/op/data-connectors", "dataConnectors", 5, cap=2, item=lambda i: {"connectorId": f"c{i}"})
    items = list(client.data_and_job_handling.data_connectors(iterator=True, page_size=100))
    assert [i.connector_id for i in items] == [f"c{i}" for i in range(5)]


def test_counts_advance_by_nested_files(client: VisierDataHandling, service: Service) -> None:
    # 5 files: tenant A has 3, tenant B 2; page limit 3 files.
    files = [("A", "a1"), ("A", "a2"), ("A", "a3"), ("B", "b1"), ("B", "b2")]

    def handler(request: httpx.Request) -> httpx.Response:
        start, limit = int(request.url.params["start"]), int(request.url.params["limit"])
        page = files[start : start + limit]
        tenants: dict[str, list[dict[str, str]]] = {}
        for tenant, name in page:
            tenants.setdefault(tenant, []).append({"fileName": name})
        body = {"tenants": [{"tenantCode": t, "extractedFiles": f} for t, f in tenants.items()], "limit": limit}
        return httpx.Response(200, json=body)

    service.route("GET", "/v1alpha/op/data/receiving-jobs/r1/files", handler)
    tenants = list(
        client.data_and_job_handling.retrieve_receiving_job_extracted_files(
            job_id="r1", iterator=True, page_size=3, page_ahead=0
        )
    )
    assert [(t.tenant_code, len(t.extracted_files)) for t in tenants] == [("A", 3), ("B", 2)]
    assert [r.url.params["start"] for r in service.data_requests()] == ["0", "3"]


def test_async_iterator_without_await(client: VisierDataHandling, service: Service) -> None:
    _pages(service, "/v1/op/jobs/receiving-jobs/r1", "receivingJobs", 5, item=lambda i: {"receivingJobId": f"j{i}"})

    async def main() -> list[str]:
        out = [
            job.receiving_job_id
            async for job in client.data_and_job_handling.areceiving_job_status(
                receiving_job_id="r1", iterator=True, page_size=2
            )
        ]
        await client.aclose()
        return out

    assert asyncio.run(main()) == [f"j{i}" for i in range(5)]
    assert all(r.url.params["jobs"] == "true" for r in service.data_requests())


def test_non_paged_operation_rejects_iterator(client: VisierDataHandling) -> None:
    from visier_data_handling import InvalidArgument

    with pytest.raises(InvalidArgument):
        client.data_and_job_handling.retrieve_data_categories(iterator=True)
    with pytest.raises(InvalidArgument):
        client.data_and_job_handling.latest_enabled_dv(page_size=5)
