"""start/limit paging as the service does it: the page plus the limit and start it used."""

from __future__ import annotations

from typing import Any, TypeVar

T = TypeVar("T")
DEFAULT_LIMIT = 1000


def page(
    items: list[T], start: int | None, limit: int | None, default: int = DEFAULT_LIMIT
) -> tuple[list[T], int, int]:
    start = start or 0
    limit = default if limit is None else limit
    return items[start : start + limit], limit, start


def clean(value: Any) -> Any:
    """Leave out keys whose value is None: the spec declares no nullable field."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value
