"""Reading a cancelJobs answer: one outcome per requested job, paired by ID."""

from __future__ import annotations

from typing import Any

import attrs

from .snapshot import text

CANCEL_SUCCEEDED = "CANCEL_SUCCEEDED"


@attrs.frozen
class CancelOutcome:
    """One job's line of a cancelJobs answer: whether the service accepted, and what it said."""

    job_id: str
    accepted: bool
    job_type: str | None = None
    job_status: str | None = None
    message: str | None = None

    @classmethod
    def from_line(cls, job_id: str, line: Any) -> CancelOutcome:
        if line is None:
            return cls(job_id, False, message="the service sent no result line for this job")
        return cls(
            job_id=text(getattr(line, "job_id", None)) or job_id,
            accepted=text(getattr(line, "cancel_status", None)) == CANCEL_SUCCEEDED,
            job_type=text(getattr(line, "job_type", None)),
            job_status=text(getattr(line, "job_status", None)),
            message=text(getattr(line, "message", None)),
        )


def cancel_outcomes(job_ids: list[str], response: Any) -> list[CancelOutcome]:
    """Pair each requested ID with its result line (by jobId; by position when the service leaves the ID out)."""
    lines = [line for line in (getattr(response, "job_cancellation_results", None) or []) if line is not None]
    by_id = {text(getattr(line, "job_id", None)): line for line in lines}
    outcomes = []
    for index, job_id in enumerate(job_ids):
        line = by_id.get(job_id)
        if line is None and index < len(lines) and not text(getattr(lines[index], "job_id", None)):
            line = lines[index]
        outcomes.append(CancelOutcome.from_line(job_id, line))
    return outcomes
