"""Injected faults (latency, 503s, 429s with Retry-After, dropped connections, answers lost or late after the
operation ran), per operation or for all, chosen by a seeded random generator or replayed from a fixed sequence so
retry tests are deterministic.

Rates, each a share of requests: ``error_503_rate``, ``error_429_rate``, ``drop_rate`` (closed before the operation
runs), ``lost_rate`` (the operation runs, then the connection closes unanswered) and ``slow_rate`` (the operation
runs, and the answer comes ``slow_seconds`` late)."""

from __future__ import annotations

import random
from typing import Any

import attrs

# One step of a sequence: a status to answer instead of the operation (200 lets the request through),
# "drop" to close the connection unanswered, "lost" to act and then close it unanswered, or {"slow": seconds} to
# act and then answer late.
Step = int | str | dict[str, Any]


@attrs.define
class Decision:
    status: int | None = None  # answer this instead of running the operation
    retry_after: int | None = None
    drop: bool = False
    lost: bool = False  # run the operation, then close the connection instead of answering
    delay_before: float = 0.0  # seconds before the operation runs
    delay_after: float = 0.0  # seconds between running the operation and answering


class Faults:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.rules: dict[str, dict[str, Any]] = {}

    def set(self, operation_id: str, rule: dict[str, Any]) -> None:
        self.rules[operation_id] = {**rule, "sequence": list(rule.get("sequence") or [])}

    def clear(self) -> None:
        self.rules.clear()

    def decide(self, operation_id: str | None) -> Decision:
        rule = self.rules.get(operation_id or "") or self.rules.get("*")
        if not rule:
            return Decision()
        decision = Decision(delay_before=float(rule.get("latency_ms", 0)) / 1000)
        retry_after = int(rule.get("retry_after", 1))
        if rule["sequence"]:
            step: Step = rule["sequence"].pop(0)
            if step == "drop":
                decision.drop = True
            elif step == "lost":
                decision.lost = True
            elif isinstance(step, dict):
                decision.delay_after = float(step.get("slow", 0))
            elif int(step) != 200:
                decision.status = int(step)
                decision.retry_after = retry_after if int(step) in (429, 503) else None
            return decision
        roll = self.rng.random()
        for key, status in (("error_503_rate", 503), ("error_429_rate", 429)):
            rate = float(rule.get(key, 0))
            if roll < rate:
                decision.status, decision.retry_after = status, retry_after
                return decision
            roll -= rate
        for key in ("drop_rate", "lost_rate", "slow_rate"):
            rate = float(rule.get(key, 0))
            if roll < rate:
                decision.drop = key == "drop_rate"
                decision.lost = key == "lost_rate"
                decision.delay_after = float(rule.get("slow_seconds", 1.0)) if key == "slow_rate" else 0.0
                return decision
            roll -= rate
        return decision
