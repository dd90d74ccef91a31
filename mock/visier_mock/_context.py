"""The state of the mock serving the current request (several mocks may run in one process, as in tests)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._state import State

current_state: ContextVar[State] = ContextVar("visier_mock_state")
current_headers: ContextVar[dict[str, str]] = ContextVar("visier_mock_headers")


def state() -> State:
    return current_state.get()


def target_tenant() -> str | None:
    return current_headers.get({}).get("targettenantid")
