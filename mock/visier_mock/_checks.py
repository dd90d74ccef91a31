"""Checks of control-API and configuration values: each names the field and the problem, and nothing is changed
until every field of a call has passed (callers check first, then act)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any


class Invalid(ValueError):
    """A control value out of type or range; answered 400 naming the field."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"Invalid value for '{field}': {problem}")


def only(body: dict[str, Any], allowed: Iterable[str], where: str = "body") -> None:
    unknown = sorted(set(body) - set(allowed))
    if unknown:
        raise Invalid(unknown[0], f"not a field of the {where} (known: {', '.join(sorted(allowed)) or 'none'})")


def number(body: dict[str, Any], field: str, low: float, high: float, default: float | None = None) -> float:
    value = body.get(field, default)
    if value is None:
        raise Invalid(field, "required")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Invalid(field, f"must be a number, not {type(value).__name__}")
    if not math.isfinite(value) or not low <= value <= high:
        raise Invalid(field, f"must be a finite number from {low:g} to {high:g}")
    return float(value)


def integer(body: dict[str, Any], field: str, low: int, high: int, default: int | None = None) -> int:
    value = body.get(field, default)
    if value is None:
        raise Invalid(field, "required")
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(field, f"must be an integer, not {type(value).__name__}")
    if not low <= value <= high:
        raise Invalid(field, f"must be from {low} to {high}")
    return value


def text(body: dict[str, Any], field: str, default: str | None = None, max_length: int = 1000) -> str:
    value = body.get(field, default)
    if value is None:
        raise Invalid(field, "required")
    if not isinstance(value, str) or not value:
        raise Invalid(field, "must be a non-empty string")
    if len(value) > max_length:
        raise Invalid(field, f"must be at most {max_length} characters")
    return value
