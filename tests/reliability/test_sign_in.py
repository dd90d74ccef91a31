"""One sign-in per expiry for the whole client: 25 threads and 25 asyncio tasks share one client while the mock
expires its tokens. Counted from the mock's own journal. Sign-ins are retried on connection failures."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from visier_data_handling import VisierDataHandling

from .conftest import journal_count

SIGN_IN = "asidTokenAuthentication"
THREADS = TASKS = 25


def _storm(client: VisierDataHandling, loop: asyncio.AbstractEventLoop) -> list[Any]:
    """25 threads and 25 tasks call at once; returns every call's result or exception."""
    outcomes: list[Any] = []
    go = threading.Event()

    def in_thread() -> None:
        go.wait()
        try:
            outcomes.append(client.data_and_job_handling.retrieve_data_categories())
        except Exception as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=in_thread) for _ in range(THREADS)]
    for thread in threads:
        thread.start()

    async def tasks() -> list[Any]:
        go.set()  # the threads start while the tasks are being scheduled
        calls = [client.data_and_job_handling.aretrieve_data_categories() for _ in range(TASKS)]
        return list(await asyncio.gather(*calls, return_exceptions=True))

    outcomes += loop.run_until_complete(tasks())  # one loop: the client's async connections belong to it
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


def test_threads_and_tasks_sign_in_once_per_expiry(mock_server: Any) -> None:
    state = mock_server.state
    client = VisierDataHandling(
        host=mock_server.url, api_key=mock_server.api_key, username=mock_server.username, password=mock_server.password
    )
    # A slow sign-in, so that threads and tasks surely meet the missing or expired token while one is under way.
    state.faults.set(SIGN_IN, {"latency_ms": 300})
    loop = asyncio.new_event_loop()
    first = _storm(client, loop)  # no token yet: all 50 need one
    assert [o for o in first if isinstance(o, BaseException)] == [] and len(first) == THREADS + TASKS
    assert journal_count(state, SIGN_IN) == 1
    for expiry in range(1, 3):
        state.tokens.clear()  # every token the mock issued is now refused with 401
        outcomes = _storm(client, loop)
        assert [o for o in outcomes if isinstance(o, BaseException)] == []
        assert len(outcomes) == THREADS + TASKS
        assert journal_count(state, SIGN_IN) == 1 + expiry
    assert client._auth.sign_ins == 3
    loop.run_until_complete(client.aclose())
    loop.close()


def test_a_dropped_sign_in_is_retried(mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set(SIGN_IN, {"sequence": ["drop", 503]})
    with VisierDataHandling(
        host=mock_server.url,
        api_key=mock_server.api_key,
        username=mock_server.username,
        password=mock_server.password,
        sleep=lambda _: None,
    ) as client:
        assert client.data_and_job_handling.retrieve_data_categories() is not None
    assert journal_count(state, SIGN_IN) == 3
