"""Stopping a job tree when a person stops the task (on_kill): which jobs to cancel, and what to log about it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from visier_data_handling import CancelOutcome, JobTree


def cancellable(tree: JobTree) -> list[str]:
    """The jobs of the tree still running or waiting to run (the service refuses the others)."""
    return [node.job_id for node in tree.walk() if not node.terminal]


class Log(Protocol):
    def info(self, msg: str, /, *args: object) -> object: ...

    def warning(self, msg: str, /, *args: object) -> object: ...


def report_cancel(log: Log, job_id: str, outcomes: Sequence[CancelOutcome]) -> None:
    if not outcomes:
        log.info("Visier job %s: nothing left to cancel", job_id)
    for outcome in outcomes:
        log.warning("Visier job %s: cancel %s", job_id, outcome)
