"""Reading a cancelJobs answer: one outcome per requested job, paired by ID."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .snapshot import text

if TYPE_CHECKING:
    from visier_data_handling_api.models import JobCancellationResultDTO, JobCancellationResultsDTO

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
    def from_line(cls, job_id: str, line: JobCancellationResultDTO | None) -> CancelOutcome:
        if line is None:
            return cls(job_id, False, message="the service sent no result line for this job")
        return cls(
            job_id=text(line.job_id) or job_id,
            accepted=text(line.cancel_status) == CANCEL_SUCCEEDED,
            job_type=text(line.job_type),
            job_status=text(line.job_status),
            message=text(line.message),
        )


def cancel_outcomes(job_ids: list[str], response: JobCancellationResultsDTO) -> list[CancelOutcome]:
    """Pair each requested ID with its result line (by jobId; by position when the service leaves the ID out)."""
    lines = [line for line in (response.job_cancellation_results or []) if line is not None]
    by_id = {text(line.job_id): line for line in lines}
    outcomes = []
    for index, job_id in enumerate(job_ids):
        line = by_id.get(job_id)
        if line is None and index < len(lines) and not text(lines[index].job_id):
            line = lines[index]
        outcomes.append(CancelOutcome.from_line(job_id, line))
    return outcomes
