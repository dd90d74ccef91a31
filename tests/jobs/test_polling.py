"""The poll schedule: 1 s, then x1.2 per wait, capped at 15 s; settable; deadlines on an injected clock."""

from __future__ import annotations

import itertools

import pytest
from visier_data_handling import InvalidArgument
from visier_data_handling._jobs.errors import JobTimeout
from visier_data_handling._jobs.future import JobFuture
from visier_data_handling._jobs.polling import Deadline, PollSchedule

from .fake import Clock, FakeClient


def test_default_schedule_backs_off_by_1_2_up_to_15_seconds() -> None:
    delays = list(itertools.islice(PollSchedule().delays(), 20))
    expected = [min(1.0 * 1.2**n, 15.0) for n in range(20)]
    assert delays == pytest.approx(expected)
    assert delays[:4] == pytest.approx([1.0, 1.2, 1.44, 1.728])
    assert delays[-1] == 15.0 and max(delays) == 15.0
    # 1.2**15 ~ 15.4: the 16th wait is the first one capped.
    assert delays[14] < 15.0 and delays[15] == 15.0


def test_schedule_is_settable() -> None:
    delays = list(itertools.islice(PollSchedule(initial=0.5, factor=2.0, maximum=3.0).delays(), 5))
    assert delays == [0.5, 1.0, 2.0, 3.0, 3.0]
    assert list(itertools.islice(PollSchedule(factor=1.0).delays(), 3)) == [1.0, 1.0, 1.0]


@pytest.mark.parametrize("bad", [{"initial": 0}, {"maximum": -1}, {"factor": 0.5}])
def test_schedule_rejects_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(InvalidArgument):
        PollSchedule(**bad)


def test_deadline_clips_the_last_wait() -> None:
    clock = Clock()
    schedule = PollSchedule(clock=clock)
    deadline = Deadline(schedule, 2.5)
    assert deadline.clip(1.0) == 1.0
    clock.now = 2.0
    assert deadline.clip(1.0) == pytest.approx(0.5)
    clock.now = 3.0
    assert deadline.expired() and deadline.clip(1.0) == 0.0
    assert Deadline(schedule, None).remaining() is None
    with pytest.raises(InvalidArgument):
        Deadline(schedule, -1)


def test_a_future_sleeps_on_the_schedule_between_checks() -> None:
    client = FakeClient()
    clock = client.clock
    # A job that never finishes: the waits follow the schedule until the timeout clips the last one.
    client.data_and_job_handling.script_load("load-1", ["WFF_j1r~a"])
    client.data_and_job_handling.jobs["load-1"].finishes = 10_000
    poll = PollSchedule(sleep=clock.sleep, asleep=clock.asleep, clock=clock)
    future = JobFuture(client, "load-1", kind="receiving", poll=poll)
    with pytest.raises(JobTimeout):
        future.result(timeout=100)
    expected = []
    for delay in PollSchedule().delays():
        if sum(expected) + delay >= 100:
            expected.append(100 - sum(expected))
            break
        expected.append(delay)
    assert clock.sleeps == pytest.approx(expected)
    assert clock.now == pytest.approx(100)
    # One status check before each wait and one at the deadline.
    assert client.data_and_job_handling.count("receiving_job_status") == 2 * (len(expected) + 1)
