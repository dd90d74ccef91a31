"""Injected faults (latency, 503s, 429s with Retry-After, dropped connections), per operation or for all,
chosen by a seeded random generator or replayed from a fixed sequence so retry tests are deterministic."""

from __future__ import annotations

import random
from typing import Any

import attrs

# One step of a sequence: a status to answer instead of the operation (200 lets the request through),
# "drop" to close the connection unanswered, or {"slow": seconds} to act and then answer late.
Step = int | str | dict[str, Any]


@attrs.define
class Decision:
    status: int | None = None  # answer this instead of running the operation
    retry_after: int | None = None
    drop: bool = False
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
        if roll < float(rule.get("drop_rate", 0)):
            decision.drop = True
        return decision
