"""start/limit paging as the service does it: the page plus the limit and start it used."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any, TypeVar

T = TypeVar("T")
DEFAULT_LIMIT = 1000


def page(
    items: Iterable[T], start: int | None, limit: int | None, default: int = DEFAULT_LIMIT
) -> tuple[list[T], int, int]:
    """``items`` may be lazy: only the first start + limit are ever produced, so a page costs no more than that."""
    start = start or 0
    limit = default if limit is None else limit
    return list(islice(items, max(start, 0), max(start, 0) + max(limit, 0))), limit, start


def clean(value: Any) -> Any:
    """Leave out keys whose value is None: the spec declares no nullable field."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [clean(v) for v in value]
    return value
