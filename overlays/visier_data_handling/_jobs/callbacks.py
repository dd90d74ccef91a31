"""How a job future calls back (progress and done callbacks), and which failed checks a wait rides out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from .._exceptions import InvalidArgument

log = logging.getLogger("visier_data_handling.jobs")

ProgressCallback = Callable[[dict[str, int]], object]



C = TypeVar("C", bound=Callable[..., object])
T = TypeVar("T")


def checked_callable(name: str, fn: C) -> C:
    if not callable(fn):
        raise InvalidArgument(f"{name} must be callable, not {fn!r}", argument=name)
    return fn


def call_safely(fn: Callable[[T], object], arg: T) -> None:
    try:
        fn(arg)
    except Exception:  # a broken callback must not break the wait, nor hide the job's outcome
        log.exception("job callback %r raised", fn)
