"""Clocks the mock's jobs advance on: real time scaled by a speed factor, or a manual clock for tests."""

from __future__ import annotations

import threading
import time

# Every mock starts its calendar here, so seeded data and job times are the same on every run.
EPOCH = 1_767_225_600.0  # 2026-01-01T00:00:00Z


class RealClock:
    """Seconds since the Unix epoch, starting at EPOCH and running `speed` times faster than the wall clock."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.speed = speed
        self._started = time.monotonic()
        self._offset = 0.0

    def now(self) -> float:
        return EPOCH + self._offset + (time.monotonic() - self._started) * self.speed

    def advance(self, seconds: float) -> None:
        self._offset += seconds


class ManualClock:
    """A clock that moves only when told to: tests step jobs through their lives deterministically."""

    def __init__(self, start: float = EPOCH) -> None:
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the clock cannot go back")
        with self._lock:
            self._now += seconds


Clock = RealClock | ManualClock
