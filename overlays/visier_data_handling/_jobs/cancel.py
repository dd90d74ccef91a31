"""Cancelling jobs: one job, many, or a whole tree, and reading cancelJobs' answer (one outcome per job).

A tree is cancelled job by job: cancelling the top job is not enough, because the service refuses a finished job (a
load's top receiving job succeeds early, while its tenants' jobs run on) and a running receiving job, and a Cancelled
top job can leave jobs under it running. So every job of the tree that can still be cancelled is asked, deepest
first, so that each answer is about that job and not about a parent that took it down already.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
from visier_data_handling_api.facts import CANCEL_JOBS_MAX_IDS

from .._exceptions import ResumableJob, VisierError
from .snapshot import Plan, text
from .tree import CANCELLING, JobTree

if TYPE_CHECKING:
    from visier_data_handling_api.models import JobCancellationResultDTO, JobCancellationResultsDTO
    from visier_data_handling_api.surface import DataAndJobHandling

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


async def cancel_each(ops: DataAndJobHandling, job_ids: list[str], tenant: str | None) -> list[CancelOutcome]:
    """Ask the service to cancel each job (the spec's maxItems IDs per request); one outcome per ID, in order."""
    outcomes: list[CancelOutcome] = []
    for start in range(0, len(job_ids), CANCEL_JOBS_MAX_IDS):
        batch = job_ids[start : start + CANCEL_JOBS_MAX_IDS]
        outcomes += cancel_outcomes(batch, await ops.acancel_jobs(job_ids=batch, target_tenant_id=tenant))
    return outcomes


def cancellable(tree: JobTree) -> list[str]:
    """The IDs of the jobs of ``tree`` that may still be cancelled (not finished, not being cancelled), deepest
    first: the reverse of the depth-first walk puts every job before its parent."""
    return [node.job_id for node in reversed(list(tree.walk()))
            if node.job_id and not node.terminal and node.status != CANCELLING]


def cancel_plan(
    job: ResumableJob,
    tenant: str | None,
    read_tree: Callable[[DataAndJobHandling], Plan[JobTree]] | None,
) -> Callable[[DataAndJobHandling], Plan[list[CancelOutcome]]]:
    """A future's cancel: its own job, or (given how to read its tree) every job of the tree that may still be
    cancelled. An error names the job and the future, like every error once a job exists."""

    async def plan(ops: DataAndJobHandling) -> list[CancelOutcome]:
        try:
            ids = cancellable(await read_tree(ops)) if read_tree is not None else [job.job_id]
            return await cancel_each(ops, ids, tenant)
        except VisierError as exc:
            exc.attach_job(job.job_id, job)
            raise

    return plan
