"""What a task keeps across its tries: Airflow's ``task_state_store`` (kept across the tries of a task in its DAG run),
with the IDs people and later tasks read mirrored in XCom (which Airflow clears when a new try starts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from pydantic import JsonValue

Stored = JsonValue  # what Airflow's task_state_store keeps

if TYPE_CHECKING:
    from airflow.sdk import Context


class Log(Protocol):
    def warning(self, msg: str, /, *args: object) -> object: ...


class TaskState:
    """The task's own store, or none on an Airflow without one (then a retry cannot find what a try started)."""

    def __init__(self, context: Context, log: Log) -> None:
        self._store = context.get("task_state_store")
        self._ti = context["ti"]
        if self._store is None:
            log.warning("this Airflow has no task_state_store: a retry cannot find what this try starts")

    def get(self, key: str) -> Stored | None:
        if self._store is None:
            return None
        value: Stored | None = self._store.get(key)
        return value

    def text(self, key: str) -> str | None:
        value = self.get(key)
        return value if isinstance(value, str) and value else None

    def set(self, key: str, value: Stored, *, xcom: bool = True) -> None:
        """Kept for later tries (written before this returns), and shown in XCom unless ``xcom=False``."""
        if self._store is not None:
            self._store.set(key, value)
        if xcom:
            self.show(key, value)

    def show(self, key: str, value: Stored) -> None:
        """In this try's XCom only (a new try starts with its XCom cleared)."""
        self._ti.xcom_push(key=key, value=value)

    def forget(self, *keys: str) -> None:
        if self._store is not None:
            for key in keys:
                self._store.delete(key)
