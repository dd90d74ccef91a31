"""How job futures wait between status checks.

Jobs on Visier run for minutes to hours, so a future polls: first after ``initial`` seconds, then each wait is
``factor`` times the last, never more than ``maximum`` (1 s, 1.2 s, 1.44 s, ... 15 s by default).

The three functions that touch time -- ``sleep``, ``asleep`` and ``clock`` -- are fields so that tests (and the
mock's manual clock) can replace them: a test's ``sleep`` advances the mock's clock instead of waiting, and
``clock`` reads that same clock, so timeouts are measured in the mock's time too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator

import attrs

from .._exceptions import InvalidArgument


def _seconds(name: str, value: object, low: float, problem: str, *, above: bool = False) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < low or (above and value == low):
        raise InvalidArgument(f"{name} must be {problem}, not {value!r}", argument=name)


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _seconds(attribute.name, value, 0, "a number > 0", above=True)


def _at_least_one(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    _seconds(attribute.name, value, 1, "a number >= 1 (waits never shrink)")


@attrs.frozen(kw_only=True)
class PollSchedule:
    """Backoff between status checks, plus the (replaceable) clock and sleep functions it uses.

    Example: ``PollSchedule(initial=0.5, maximum=5.0)``; ``PollSchedule(sleep=fake_sleep, clock=fake_clock)``.
    """

    initial: float = attrs.field(default=1.0, validator=_positive)
    factor: float = attrs.field(default=1.2, validator=_at_least_one)
    maximum: float = attrs.field(default=15.0, validator=_positive)
    sleep: Callable[[float], None] = attrs.field(default=time.sleep, repr=False)
    asleep: Callable[[float], Awaitable[None]] = attrs.field(default=asyncio.sleep, repr=False)
    # Monotonic seconds; only differences matter (deadlines of result(timeout=...)).
    clock: Callable[[], float] = attrs.field(default=time.monotonic, repr=False)

    def delays(self) -> Iterator[float]:
        """The waits between checks, forever: initial, initial*factor, ... capped at maximum."""
        delay = min(self.initial, self.maximum)
        while True:
            yield delay
            delay = min(delay * self.factor, self.maximum)


class Deadline:
    """A point in time on a schedule's clock, or none (wait forever)."""

    def __init__(self, schedule: PollSchedule, timeout: float | None) -> None:
        if timeout is not None:
            _seconds("timeout", timeout, 0, "a number of seconds >= 0 (or None)")
        self._clock = schedule.clock
        self._at = None if timeout is None else self._clock() + timeout

    def remaining(self) -> float | None:
        """Seconds left (never negative), or None without a deadline."""
        return None if self._at is None else max(0.0, self._at - self._clock())

    def expired(self) -> bool:
        remaining = self.remaining()
        return remaining is not None and remaining <= 0

    def clip(self, delay: float) -> float:
        """The wait to use: ``delay``, shortened so that the last check happens right at the deadline."""
        remaining = self.remaining()
        return delay if remaining is None else min(delay, remaining)
