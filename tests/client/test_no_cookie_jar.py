"""The clients keep no cookie jar: a cookie a server sets is never sent back (tokens travel only as auth sets them)."""

from __future__ import annotations

import asyncio

import httpx

from .helpers import ASID, Service, make_client


def _set_cookie(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={}, headers={"Set-Cookie": "session=SERVER-SET-s3cr3t; Path=/"})


def test_a_cookie_set_by_the_server_is_neither_kept_nor_sent_back(service: Service) -> None:
    service.route("GET", "/v1/op/data/categories", _set_cookie)
    client = make_client(service)
    client.data_and_job_handling.retrieve_data_categories()
    client.data_and_job_handling.retrieve_data_categories()

    async def twice() -> None:
        await client.data_and_job_handling.aretrieve_data_categories()
        await client.data_and_job_handling.aretrieve_data_categories()
        assert not client._async_client().cookies  # nothing was kept
        await client.aclose()

    assert not client._http.cookies

    asyncio.run(twice())
    calls = service.data_requests()
    assert len(calls) == 4
    assert all(r.headers["cookie"] == f"VisierASIDToken={ASID}-1" for r in calls), [r.headers for r in calls]
