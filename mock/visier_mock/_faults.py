"""Injected faults (latency, 503s, 429s with Retry-After, dropped connections, answers lost or late after the
operation ran), per operation or for all, chosen by a seeded random generator or replayed from a fixed sequence so
retry tests are deterministic.

Rates, each a share of requests: ``error_503_rate``, ``error_429_rate``, ``drop_rate`` (closed before the operation
runs), ``lost_rate`` (the operation runs, then the connection closes unanswered) and ``slow_rate`` (the operation
runs, and the answer comes ``slow_seconds`` late).

A rule is checked in full when it is set (``check_rule``) and stored in its checked form, so no rule that was
accepted can make a later request fail."""

from __future__ import annotations

import random
from typing import Any

import attrs

from ._checks import Invalid, integer, number, only

# One step of a sequence: a status to answer instead of the operation (200 lets the request through),
# "drop" to close the connection unanswered, "lost" to act and then close it unanswered, or {"slow": seconds} to
# act and then answer late.
Step = int | str | dict[str, float]
RATES = ("error_503_rate", "error_429_rate", "drop_rate", "lost_rate", "slow_rate")
MAX_SLOW = 600.0
MAX_SEQUENCE = 10_000


@attrs.define
class Decision:
    status: int | None = None  # answer this instead of running the operation
    retry_after: int | None = None
    drop: bool = False
    lost: bool = False  # run the operation, then close the connection instead of answering
    delay_before: float = 0.0  # seconds before the operation runs
    delay_after: float = 0.0  # seconds between running the operation and answering


def check_rule(rule: Any) -> dict[str, Any]:
    """The rule with every value checked and converted, or Invalid naming the first bad field."""
    if not isinstance(rule, dict):
        raise Invalid("rule", "must be a JSON object")
    only(rule, (*RATES, "latency_ms", "retry_after", "slow_seconds", "sequence"), "fault rule")
    checked: dict[str, Any] = {key: number(rule, key, 0, 1, 0) for key in RATES}
    if sum(checked.values()) > 1:
        raise Invalid("error_503_rate", "the rates add up to more than 1")
    checked["latency_ms"] = number(rule, "latency_ms", 0, 60_000, 0)
    checked["retry_after"] = integer(rule, "retry_after", 0, 86_400, 1)
    checked["slow_seconds"] = number(rule, "slow_seconds", 0, MAX_SLOW, 1.0)
    sequence = rule.get("sequence") or []
    if not isinstance(sequence, list) or len(sequence) > MAX_SEQUENCE:
        raise Invalid("sequence", f"must be a list of at most {MAX_SEQUENCE} steps")
    checked["sequence"] = [_check_step(index, step) for index, step in enumerate(sequence)]
    return checked


def _check_step(index: int, step: Any) -> Step:
    field = f"sequence[{index}]"
    if step in ("drop", "lost"):
        return str(step)
    if isinstance(step, dict):
        only(step, ("slow",), field)
        return {"slow": number(step, "slow", 0, MAX_SLOW)}
    if isinstance(step, int) and not isinstance(step, bool) and 200 <= step <= 599:
        return step
    raise Invalid(field, 'must be a status from 200 to 599, "drop", "lost" or {"slow": seconds}')


class Faults:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7919 + 17)
        self.rules: dict[str, dict[str, Any]] = {}

    def set(self, operation_id: str, rule: dict[str, Any]) -> None:
        self.rules[operation_id] = check_rule(rule)

    def clear(self) -> None:
        self.rules.clear()

    def decide(self, operation_id: str | None) -> Decision:
        rule = self.rules.get(operation_id or "") or self.rules.get("*")
        if not rule:
            return Decision()
        decision = Decision(delay_before=rule["latency_ms"] / 1000)
        retry_after: int = rule["retry_after"]
        if rule["sequence"]:
            step: Step = rule["sequence"].pop(0)
            if step == "drop":
                decision.drop = True
            elif step == "lost":
                decision.lost = True
            elif isinstance(step, dict):
                decision.delay_after = step["slow"]
            elif isinstance(step, int) and step != 200:
                decision.status = step
                decision.retry_after = retry_after if step in (429, 503) else None
            return decision
        roll = self.rng.random()
        for key, status in (("error_503_rate", 503), ("error_429_rate", 429)):
            if roll < rule[key]:
                decision.status, decision.retry_after = status, retry_after
                return decision
            roll -= rule[key]
        for key in ("drop_rate", "lost_rate", "slow_rate"):
            if roll < rule[key]:
                decision.drop = key == "drop_rate"
                decision.lost = key == "lost_rate"
                decision.delay_after = rule["slow_seconds"] if key == "slow_rate" else 0.0
                return decision
            roll -= rule[key]
        return decision
