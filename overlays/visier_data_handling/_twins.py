"""One definition, two drivers: the sync twin runs the async definition to its end in a single step.

A loop written once as a coroutine takes its I/O as awaitable steps. The async twin awaits it. The sync twin passes
steps that do their I/O synchronously inside a coroutine that never suspends, so the whole loop finishes in one
``send(None)``: no event loop, no thread, the same code.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import ParamSpec, TypeVar

T = TypeVar("T")
P = ParamSpec("P")


def finish(coroutine: Coroutine[object, object, T]) -> T:
    """The value of a coroutine whose awaited steps never suspend (the sync twin's steps)."""
    try:
        coroutine.send(None)
    except StopIteration as done:
        value: T = done.value
        return value
    coroutine.close()
    raise RuntimeError("a sync driver's step suspended: it must not await real async I/O")


def ready(function: Callable[P, T]) -> Callable[P, Coroutine[object, object, T]]:
    """``function`` as an async step that runs synchronously when awaited (for the sync twin)."""

    async def step(*args: P.args, **kwargs: P.kwargs) -> T:
        return function(*args, **kwargs)

    return step
