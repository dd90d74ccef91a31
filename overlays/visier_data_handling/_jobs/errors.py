"""The outcomes a job future raises: the job failed, was cancelled, or the wait ran out of time."""

from __future__ import annotations

from .._exceptions import ResumableJob, VisierError
from .tree import JobNode, JobTree


class JobError(VisierError):
    """Base of the job outcomes a future raises. ``tree`` is the last snapshot (None if never read)."""

    job_id: str

    def __init__(self, message: str, *, job_id: str, tree: JobTree | None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.tree = tree
        self.future: ResumableJob | None = None  # set by the future that raised it: resume waiting with it


class JobFailed(JobError):
    """The job, or jobs under it, failed. ``failures`` lists each failed (or cancelled) job in the tree."""

    def __init__(self, *, job_id: str, tree: JobTree, failures: list[JobNode]) -> None:
        lines = [f"job {job_id} finished with {len(failures)} failed job(s):"]
        lines += [f"  {node.describe()}" for node in failures]
        super().__init__("\n".join(lines), job_id=job_id, tree=tree)
        self.failures = failures


class JobCancelled(JobError):
    """The job was cancelled (by this future's ``cancel()`` or by anyone else)."""


class JobTimeout(JobError, TimeoutError):
    """Waiting ran out of time; the job itself goes on."""

    def __init__(self, *, job_id: str, tree: JobTree | None, timeout: float | None) -> None:
        status = tree.status if tree else None
        super().__init__(
            f"job {job_id} not finished after {timeout} s (last status: {status or 'unknown'}); it keeps running",
            job_id=job_id,
            tree=tree,
        )
        self.timeout = timeout
