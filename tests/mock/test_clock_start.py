"""Where the mock's clock starts: at the current time by default, so "the last hour" finds what was just done, and
at a fixed time when asked, so a real-clock mock's seeded data is the same on every run."""

from __future__ import annotations

import time

import pytest
from starlette.testclient import TestClient
from visier_mock import MockConfig, create_app
from visier_mock._clock import EPOCH
from visier_mock.cli import _parser

from .conftest import Api


def _world(config: MockConfig) -> tuple[float, list[str]]:
    """The clock's reading and the seeded data versions' dates of a fresh mock on ``config``."""
    app = create_app(config)
    with TestClient(app) as http:
        api = Api(app, http)
        now = api.state.clock.now()
        answer = api.ok(api.get("/v1/op/data-versions"))
    dates = [v["dataVersionDate"] for t in answer["tenants"] for v in t.get("dataVersions", [])]
    return now, dates


def test_a_real_clock_starts_now_and_the_seeded_data_lies_just_before() -> None:
    before = time.time()
    now, dates = _world(MockConfig(speed=1.0))
    assert before <= now <= time.time() + 1
    assert dates and all(d < time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)) for d in dates)
    assert max(dates) > time.strftime("%Y-%m-%d", time.gmtime(now - 3 * 86_400))


def test_a_fixed_start_gives_the_same_world_on_every_run() -> None:
    first_now, first = _world(MockConfig(speed=1.0, start=EPOCH))
    _, second = _world(MockConfig(speed=1.0, start=EPOCH))
    assert EPOCH <= first_now < EPOCH + 60 and first == second
    assert max(first) == "2025-12-31T00:00:00.000Z"
    assert _world(MockConfig(manual_clock=True))[0] == EPOCH  # the manual clock keeps its fixed start


def test_serve_takes_a_start_time_and_refuses_a_bad_one(capsys: pytest.CaptureFixture[str]) -> None:
    assert _parser().parse_args(["serve"]).start is None
    assert _parser().parse_args(["serve", "--start", "2026-01-01T00:00:00Z"]).start == EPOCH
    assert _parser().parse_args(["serve", "--start", "2026-01-01T00:00:00"]).start == EPOCH  # no zone: UTC
    with pytest.raises(SystemExit) as refused:
        _parser().parse_args(["serve", "--start", "yesterday"])
    assert refused.value.code == 2 and "'yesterday' is not an ISO 8601 time" in capsys.readouterr().err
    with pytest.raises(ValueError, match="start must be a time between 1970 and year 3000"):
        MockConfig(start=-1.0)
