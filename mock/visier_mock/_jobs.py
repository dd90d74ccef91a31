"""Jobs and their lives. A job's status is a pure function of the clock: each job is created with its whole
future (when it starts, runs and ends, whether it fails), and its children are created up front with start
times in the future, so reading state never needs a background thread."""

from __future__ import annotations

from typing import Any

import attrs

RECEIVING = "RECEIVING_JOB"
PROCESSING = "PROCESSING_JOB"
EXTRACTION = "EXTRACTION_JOB"
DISPATCHING = "DISPATCHING_JOB"
CONSOLIDATED = "CONSOLIDATED_ANALYTICS_JOB"

STAGES = [
    "Initialize",
    "Retrieve Main Subject",
    "Retrieve Secondary Subjects",
    "Retrieve Custom Subjects",
    "Process Records",
    "Publish Artifacts",
    "Publish Records",
]
TERMINAL = {"Succeeded", "Failed", "Cancelled"}
# Seconds a cancelled running job spends in Cancelling before it is Cancelled.
CANCELLING_SECONDS = 1.0
# At speed 1: how long each kind of job waits and runs.
TIMINGS = {
    RECEIVING: (0.2, 0.8),
    PROCESSING: (0.2, 1.2),
    EXTRACTION: (0.2, 2.1),
    DISPATCHING: (0.1, 0.4),
    CONSOLIDATED: (0.2, 1.5),
}


@attrs.define
class Job:
    job_id: str
    kind: str
    tenant: str
    created: float
    pending: float
    running: float
    parent_id: str | None = None
    root_id: str | None = None
    failure: str | None = None
    cancel_at: float | None = None
    children: list[str] = attrs.field(factory=list)
    files: list[str] = attrs.field(factory=list)
    data_version: str | None = None
    extra: dict[str, Any] = attrs.field(factory=dict)

    @property
    def started(self) -> float:
        return self.created + self.pending

    @property
    def ends(self) -> float:
        return self.created + self.pending + self.running

    def exists(self, now: float) -> bool:
        return now >= self.created

    def status(self, now: float) -> str:
        if self.cancel_at is not None and now >= self.cancel_at:
            if self.cancel_at < self.started or now >= self.cancel_at + CANCELLING_SECONDS:
                return "Cancelled"
            return "Cancelling"
        if now < self.started:
            return "Pending"
        if now < self.ends:
            return "Running"
        return "Failed" if self.failure else "Succeeded"

    def stage(self, now: float) -> str | None:
        """An extraction job's current stage; None once it has completed (the service leaves it out then)."""
        if self.kind != EXTRACTION or self.status(now) in TERMINAL:
            return None
        if now < self.started:
            return STAGES[0]
        index = int((now - self.started) / self.running * len(STAGES))
        return STAGES[min(index, len(STAGES) - 1)]

    def message(self, now: float) -> str:
        return (self.failure or "") if self.status(now) == "Failed" else ""
