"""``client.jobs``: futures, trees, bulk cancel and waiting for many jobs at once.

Example::

    job = client.data_and_job_handling.start_load(model={"files": ["hcm.zip.gpg"]})
    future = client.jobs.future(job)             # a response or a job ID; the kind is detected when not given
    tree = future.result(timeout=3600)           # JobFailed lists each failed tenant job
    print(tree.render(), tree.data_versions())
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

from .._exceptions import InvalidArgument
from .callbacks import ProgressCallback
from .cancel import CancelOutcome, cancel_each
from .future import JobFuture
from .polling import Deadline, PollSchedule
from .snapshot import Expect, JobClient, Plan, arun, build_tree, detect_kind, job_kind, run, text
from .tree import JobKind, JobTree

if TYPE_CHECKING:
    from visier_data_handling_api.models import DataLoadResponse, JobIdResponse, StartExtractionResponse
    from visier_data_handling_api.surface import DataAndJobHandling

# A job, as users hold one: its ID, or the answer of the operation that started it.
JobRef: TypeAlias = "str | DataLoadResponse | StartExtractionResponse | JobIdResponse"

ReturnWhen = Literal["ALL_COMPLETED", "FIRST_COMPLETED"]


def job_id_of(job: object) -> str:
    """The job ID in a job ID string or in a start operation's response.

    startExtraction's response declares ``JobId``; a service that sends ``jobId`` instead leaves it in the
    model's additional properties, so both are read.
    """
    if isinstance(job, str):
        return job
    job_id = text(getattr(job, "job_id", None))
    extra = getattr(job, "additional_properties", None) or {}
    job_id = job_id or text(extra.get("jobId")) or text(extra.get("JobId"))
    if not job_id:
        raise InvalidArgument(f"job must be a job ID or a start operation's response, not {job!r}", argument="job")
    return job_id


def _job_ids(jobs: Iterable[JobRef]) -> list[str]:
    if isinstance(jobs, str | bytes) or not isinstance(jobs, Iterable):
        raise InvalidArgument(f"jobs must be a list of job IDs, not {jobs!r}", argument="jobs")
    return [job_id_of(job) for job in jobs]


def kind_of(job: object) -> JobKind | None:
    """The kind a start operation's response implies: startLoad -> receiving, startExtraction -> dispatching."""
    from visier_data_handling_api.models.data_load_response import DataLoadResponse
    from visier_data_handling_api.models.start_extraction_response import StartExtractionResponse

    if isinstance(job, DataLoadResponse):
        return JobKind.RECEIVING
    if isinstance(job, StartExtractionResponse):
        return JobKind.DISPATCHING
    return None  # JobIdResponse (ad hoc jobs): a dispatching job or a single one, detected on first check


class Jobs:
    """Job helpers bound to a client. ``poll`` and ``settle`` are the defaults of the futures it makes."""

    def __init__(self, client: JobClient, *, poll: PollSchedule | None = None, settle: float = 60.0) -> None:
        self._client = client
        self.poll = poll or PollSchedule()
        self.settle = settle

    def future(
        self,
        job: JobRef,
        kind: JobKind | str | None = None,
        *,
        poll: PollSchedule | None = None,
        settle: float | None = None,
        expect: Expect | None = None,
        target_tenant_id: str | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> JobFuture:
        """A future for a job ID (or a start operation's response). Nothing is requested until it is checked."""
        return JobFuture(
            self._client,
            job_id_of(job),
            kind=kind if kind is not None else kind_of(job),
            poll=poll or self.poll,
            settle=self.settle if settle is None else settle,
            expect=expect,
            target_tenant_id=target_tenant_id,
            on_progress=on_progress,
        )

    # -- kinds and trees, read once -------------------------------------------------------------------------------

    def kind(self, job: JobRef, *, target_tenant_id: str | None = None) -> JobKind:
        """What kind of job this is: tries dispatching, then receiving, then the generic job status."""
        job_id = job_id_of(job)
        return run(self._client, lambda ops: detect_kind(ops, job_id, target_tenant_id))

    async def akind(self, job: JobRef, *, target_tenant_id: str | None = None) -> JobKind:
        job_id = job_id_of(job)
        return await arun(self._client, lambda ops: detect_kind(ops, job_id, target_tenant_id))

    def tree(self, job: JobRef, kind: JobKind | str | None = None, *, target_tenant_id: str | None = None) -> JobTree:
        """The job and every job under it, as the service reports them now (one snapshot, no waiting)."""
        return run(self._client, self._tree_plan(job, kind, target_tenant_id))

    async def atree(
        self, job: JobRef, kind: JobKind | str | None = None, *, target_tenant_id: str | None = None
    ) -> JobTree:
        return await arun(self._client, self._tree_plan(job, kind, target_tenant_id))

    @staticmethod
    def _tree_plan(
        job: JobRef, kind: JobKind | str | None, tenant: str | None
    ) -> Callable[[DataAndJobHandling], Plan[JobTree]]:
        job_id = job_id_of(job)
        known = job_kind(kind) if kind is not None else kind_of(job)

        async def plan(ops: DataAndJobHandling) -> JobTree:
            resolved = known if known is not None else await detect_kind(ops, job_id, tenant)
            return await build_tree(ops, job_id, resolved, tenant, Expect())

        return plan

    # -- bulk cancel ----------------------------------------------------------------------------------------------

    def cancel(self, jobs: Iterable[JobRef], *, target_tenant_id: str | None = None) -> list[CancelOutcome]:
        """Cancel many jobs (the spec's maxItems IDs per request); one outcome per ID, in order, with the service's
        message. To cancel a job and every job under it: ``client.jobs.future(job).cancel(tree=True)``."""
        ids = _job_ids(jobs)
        return run(self._client, lambda ops: cancel_each(ops, ids, target_tenant_id))

    async def acancel(self, jobs: Iterable[JobRef], *, target_tenant_id: str | None = None) -> list[CancelOutcome]:
        ids = _job_ids(jobs)
        return await arun(self._client, lambda ops: cancel_each(ops, ids, target_tenant_id))

    # -- many futures ---------------------------------------------------------------------------------------------

    def wait_all(
        self,
        futures: Sequence[JobFuture],
        timeout: float | None = None,
        *,
        return_when: ReturnWhen = "ALL_COMPLETED",
    ) -> tuple[list[JobFuture], list[JobFuture]]:
        """Poll every unfinished future each round (one shared backoff); return (done, not done).

        Like ``concurrent.futures.wait``: it does not raise the jobs' outcomes, and a timeout just returns.
        """
        deadline, delays = Deadline(self.poll, timeout), self.poll.delays()
        while True:
            done = [future for future in futures if future.done()]
            if len(done) == len(futures) or (done and return_when == "FIRST_COMPLETED") or deadline.expired():
                return done, [future for future in futures if future not in done]
            self.poll.sleep(deadline.clip(next(delays)))

    async def await_all(
        self,
        futures: Sequence[JobFuture],
        timeout: float | None = None,
        *,
        return_when: ReturnWhen = "ALL_COMPLETED",
    ) -> tuple[list[JobFuture], list[JobFuture]]:
        deadline, delays = Deadline(self.poll, timeout), self.poll.delays()
        while True:
            done = [future for future in futures if await future.adone()]
            if len(done) == len(futures) or (done and return_when == "FIRST_COMPLETED") or deadline.expired():
                return done, [future for future in futures if future not in done]
            await self.poll.asleep(deadline.clip(next(delays)))

    def as_completed(self, futures: Sequence[JobFuture], timeout: float | None = None) -> Iterator[JobFuture]:
        """Yield futures as they finish. Raises ``TimeoutError`` when time runs out."""
        pending = list(futures)
        deadline, delays = Deadline(self.poll, timeout), self.poll.delays()
        while pending:
            finished = [future for future in pending if future.done()]
            for future in finished:
                pending.remove(future)
                yield future
            if not pending:
                return
            if deadline.expired():
                raise TimeoutError(f"{len(pending)} of {len(futures)} jobs not finished after {timeout} s")
            self.poll.sleep(deadline.clip(next(delays)))


__all__ = ["Jobs", "job_id_of", "kind_of"]
