"""What a mock instance is started with."""

from __future__ import annotations

import math
from typing import Any

import attrs

from ._clock import MAX_SPEED, check_start

DEFAULT_API_KEY = "mock-api-key"
DEFAULT_USERNAME = "mock-user"
DEFAULT_PASSWORD = "mock-password"
DEFAULT_CLIENT_ID = "mock-client"
DEFAULT_CLIENT_SECRET = "mock-client-secret"


@attrs.define
class MockConfig:
    """Credentials, seed, clock and faults of one mock service.

    ``speed`` scales real time (2.0 runs jobs twice as fast); ``manual_clock`` replaces real time with a clock
    that only moves through ``state.advance()`` or ``POST /__mock__/clock/advance``. ``start`` is the clock's first
    reading (seconds since the Unix epoch); by default a real clock starts at the current time and the manual one
    at 2026-01-01 (``EPOCH``). A fixed ``start`` makes a real-clock mock's seeded data the same on every run.
    """

    api_key: str = DEFAULT_API_KEY
    username: str = DEFAULT_USERNAME
    password: str = DEFAULT_PASSWORD
    client_id: str = DEFAULT_CLIENT_ID
    client_secret: str = DEFAULT_CLIENT_SECRET
    seed: int = 1
    speed: float = attrs.field(default=1.0)
    manual_clock: bool = False
    start: float | None = attrs.field(default=None)
    token_ttl: float = attrs.field(default=3600.0)
    validate_responses: bool = False
    # Faults as for POST /__mock__/faults: {"*": {...}} for every operation or {"startLoad": {...}}.
    faults: dict[str, dict[str, Any]] = attrs.field(factory=dict)
    # Planted failures as for POST /__mock__/failures.
    failures: list[dict[str, Any]] = attrs.field(factory=list)

    @speed.validator
    def _check_speed(self, _: Any, value: float) -> None:
        if not math.isfinite(value) or not 0 < value <= MAX_SPEED:
            raise ValueError(f"speed must be a positive number up to {MAX_SPEED:g}, not {value}")

    @start.validator
    def _check_start(self, _: Any, value: float | None) -> None:
        if value is not None:
            check_start(value)

    @token_ttl.validator
    def _check_ttl(self, _: Any, value: float) -> None:
        if not math.isfinite(value) or not 0 < value <= 365 * 86_400:
            raise ValueError(f"token_ttl must be a positive number of seconds up to a year, not {value}")

    def __repr__(self) -> str:
        # Secrets stay out of reprs, also in a mock: test logs get shared.
        return (
            f"MockConfig(username={self.username!r}, client_id={self.client_id!r}, seed={self.seed}, "
            f"speed={self.speed}, manual_clock={self.manual_clock}, start={self.start}, token_ttl={self.token_ttl})"
        )
