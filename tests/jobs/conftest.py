"""Fixtures for the job tests that run against the mock: a client whose job waits move the mock's manual clock.

Nothing really sleeps: a future's ``sleep(s)`` advances the mock's clock by ``s`` and its ``clock()`` reads that same
clock, so backoff, timeouts and job lifecycles all happen in mock time, and every wait is recorded.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from visier_data_handling import VisierDataHandling
from visier_data_handling._jobs.polling import PollSchedule


class MockTime:
    """The mock's manual clock, as a poll schedule's sleep / asleep / clock."""

    def __init__(self, state: Any) -> None:
        self.state = state
        self.sleeps: list[float] = []

    def now(self) -> float:
        return float(self.state.now())

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.state.advance(seconds)

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)

    def schedule(self, **settings: float) -> PollSchedule:
        return PollSchedule(sleep=self.sleep, asleep=self.asleep, clock=self.now, **settings)


@pytest.fixture
def mock_time(mock_server: Any) -> MockTime:
    return MockTime(mock_server.state)


@pytest.fixture
def client(mock_server: Any, mock_time: MockTime) -> Iterator[VisierDataHandling]:
    with VisierDataHandling(
        host=mock_server.url,
        api_key=mock_server.api_key,
        username=mock_server.username,
        password=mock_server.password,
    ) as client:
        client.jobs.poll = mock_time.schedule()
        yield client
