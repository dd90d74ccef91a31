"""Clocks the mock's jobs advance on: real time scaled by a speed factor, or a manual clock for tests."""

from __future__ import annotations

import math
import threading
import time
from datetime import UTC, datetime

# The fixed start of the manual clock, and of a real one given it: seeded data and job times then match on every
# run. A real clock starts at the current time unless told otherwise, so "the last hour" means what it says.
EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z
# No clock moves past this (3000-01-01T00:00:00Z): every time the mock writes stays a valid ISO 8601 year.
MAX_TIME = 32_503_680_000.0
MAX_SPEED = 10_000.0


def iso(seconds: float) -> str:
    """A time as the service writes it: ISO 8601 in UTC, to the millisecond."""
    moment = datetime.fromtimestamp(seconds, UTC)
    # %Y does not pad years before 1000 on every platform; ISO 8601 wants four digits.
    return f"{moment.year:04d}-" + moment.strftime("%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _check_step(now: float, seconds: float) -> None:
    if not math.isfinite(seconds) or seconds < 0 or now + seconds > MAX_TIME:
        raise ValueError("the clock moves forward only, by a finite number of seconds, and stays before year 3000")


def check_start(start: float) -> None:
    if not math.isfinite(start) or not 0 <= start < MAX_TIME:
        raise ValueError(f"start must be a time between 1970 and year 3000 (seconds since the Unix epoch), not {start}")


class RealClock:
    """Seconds since the Unix epoch, starting at ``start`` (default: the current time) and running `speed` times
    faster than the wall clock.

    The times the mock reports (job start times, ``queryEndTime``) run fast too: one clock, so a job's start, end,
    status and duration always agree, as on the service. A client must not compare them with its own clock; the
    SDK compares the service's times only with each other, and its tests run against this clock at speed 10.
    """

    def __init__(self, speed: float = 1.0, start: float | None = None) -> None:
        if not math.isfinite(speed) or not 0 < speed <= MAX_SPEED:
            raise ValueError(f"speed must be a positive number up to {MAX_SPEED:g}")
        self.start = time.time() if start is None else start
        check_start(self.start)
        self.speed = speed
        self._started = time.monotonic()
        self._offset = 0.0

    def now(self) -> float:
        return self.start + self._offset + (time.monotonic() - self._started) * self.speed

    def advance(self, seconds: float) -> None:
        _check_step(self.now(), seconds)
        self._offset += seconds


class ManualClock:
    """A clock that moves only when told to: tests step jobs through their lives deterministically."""

    def __init__(self, start: float = EPOCH) -> None:
        check_start(start)
        self.start = start
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        _check_step(self._now, seconds)
        with self._lock:
            self._now += seconds


Clock = RealClock | ManualClock
