"""A small scripted stand-in for ``client.data_and_job_handling``, for unit tests of the job layer.

Jobs are scripted against a fake clock: each job appears at ``created``, is Running until ``finishes`` and then
has its ``final`` status. The operations answer with the generated models, like the real client, and record every
call. ``sleep`` advances the clock, so nothing really waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import attrs
from visier_data_handling._exceptions import NotFound
from visier_data_handling_api.models import (
    DataLoadResponse,
    DispatchingJobStatusResponse,
    ExtractionJob,
    ExtractionJobAndStatusResponse,
    JobCancellationResultDTO,
    JobCancellationResultDTOCancelStatus,
    JobCancellationResultsDTO,
    JobStatusListResponse,
    JobStatusWithStartTime,
    ProcessingJob,
    ProcessingJobAndStatusResponse,
    ProcessingJobStatusResponse,
    ReceivingJob,
    ReceivingJobAndStatusResponse,
    ReceivingJobStatusResponse,
    StartExtractionResponse,
)


def not_found(message: str) -> Exception:
    return NotFound(404, body={"message": message})


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


@attrs.define
class Job:
    kind: str  # receiving-root | receiving | processing | dispatching | extraction
    job_id: str
    tenant: str
    parent: str | None
    created: float
    finishes: float
    final: str = "Succeeded"
    message: str = ""
    data_version: str = ""
    stages: tuple[str, ...] = ("Initialize", "Process Records", "Publish Records")
    cancellable: bool = True

    def visible(self, now: float) -> bool:
        return now >= self.created

    def status(self, now: float) -> str:
        if now < self.finishes:
            return "Pending" if now < self.created + 0.5 else "Running"
        return self.final

    def stage(self, now: float) -> str | None:
        if now >= self.finishes:
            return None
        span = max(self.finishes - self.created, 1e-9)
        return self.stages[min(int((now - self.created) / span * len(self.stages)), len(self.stages) - 1)]


_TYPES = {
    "receiving-root": "RECEIVING_JOB",
    "receiving": "RECEIVING_JOB",
    "processing": "PROCESSING_JOB",
    "dispatching": "DISPATCHING_JOB",
    "extraction": "EXTRACTION_JOB",
}


class FakeOps:
    """The job operations of the client, answering from scripted jobs."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.jobs: dict[str, Job] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.on_start_load: Callable[[list[str]], str] | None = None
        self.on_start_extraction: Callable[[dict[str, Any]], str] | None = None

    # -- scripting ------------------------------------------------------------------------------------------------

    def add(self, job: Job) -> Job:
        self.jobs[job.job_id] = job
        return job

    def script_load(
        self,
        root_id: str,
        tenants: list[str],
        *,
        fail: dict[str, tuple[str, str]] | None = None,
        start: float = 0.0,
        admin: str = "WFF_j1r",
    ) -> None:
        """A load: root receiving (0-2 s), per-tenant receiving (1-4 s), processing (6-9 s, one per tenant).

        ``fail`` maps a tenant to (stage, message): stage "receiving" or "processing".
        """
        fail = fail or {}
        self.add(Job("receiving-root", root_id, admin, None, 0, start + 2))  # visible from the start call
        for index, tenant in enumerate(tenants):
            stage, message = fail.get(tenant, ("", ""))
            receiving = self.add(
                Job(
                    "receiving",
                    f"{root_id}-r{index}",
                    tenant,
                    root_id,
                    start + 1,
                    start + 4,
                    final="Failed" if stage == "receiving" else "Succeeded",
                )
            )
            if stage == "receiving":
                continue
            self.add(
                Job(
                    "processing",
                    f"{root_id}-p{index}",
                    tenant,
                    receiving.job_id,
                    start + 6,
                    start + 9,
                    final="Failed" if stage == "processing" else "Succeeded",
                    message=message if stage == "processing" else "",
                    data_version="" if stage == "processing" else str(7000000 + index),
                )
            )

    def script_extraction(self, root_id: str, tenants: list[str], *, fail: dict[str, str] | None = None) -> None:
        """Dispatching (0-1 s) -> extraction per tenant (0.5-4 s) -> receiving (5-6 s) -> processing (7-10 s)."""
        fail = fail or {}
        self.add(Job("dispatching", root_id, "WFF_j1r", None, 0, 1))
        for index, tenant in enumerate(tenants):
            failed = tenant in fail
            self.add(
                Job(
                    "extraction",
                    f"{root_id}-e{index}",
                    tenant,
                    root_id,
                    0.5,
                    4,
                    final="Failed" if failed else "Succeeded",
                )
            )
            if failed:
                continue
            self.add(Job("receiving", f"{root_id}-r{index}", tenant, root_id, 5, 6))
            self.add(
                Job(
                    "processing",
                    f"{root_id}-p{index}",
                    tenant,
                    root_id,
                    7,
                    10,
                    data_version=str(8000000 + index),
                )
            )

    # -- helpers --------------------------------------------------------------------------------------------------

    def _record(self, name: str, kwargs: dict[str, Any]) -> None:
        # None is "not given", as the real client takes it (target_tenant_id=None: the client's own tenant)
        self.calls.append((name, {k: v for k, v in kwargs.items() if v is not None}))

    def count(self, name: str) -> int:
        return sum(1 for call, _ in self.calls if call == name)

    def _get(self, job_id: str, *kinds: str) -> Job:
        job = self.jobs.get(job_id)
        if job is None or job.kind not in kinds or not job.visible(self.clock.now):
            raise not_found(f"no such job {job_id}")
        return job

    def _descendants(self, root_id: str, kind: str) -> list[Job]:
        now = self.clock.now
        found, frontier = [], [root_id]
        while frontier:
            parent = frontier.pop(0)
            for job in self.jobs.values():
                if job.parent == parent and job.visible(now):
                    frontier.append(job.job_id)
                    if job.kind == kind:
                        found.append(job)
        return found

    @staticmethod
    def _items(items: list[Any], iterator: bool) -> Iterator[Any] | None:
        return iter(items) if iterator else None

    # -- operations -----------------------------------------------------------------------------------------------

    def start_load(self, *, model: Any, **kwargs: Any) -> DataLoadResponse:
        self._record("start_load", {"model": model, **kwargs})
        assert self.on_start_load is not None
        return DataLoadResponse(job_id=self.on_start_load(list(model.files)))

    def start_extraction(self, **kwargs: Any) -> StartExtractionResponse:
        self._record("start_extraction", kwargs)
        assert self.on_start_extraction is not None
        return StartExtractionResponse(job_id=self.on_start_extraction(kwargs))

    def dispatching_job_status(self, *, job_id: str, **kwargs: Any) -> DispatchingJobStatusResponse:
        self._record("dispatching_job_status", {"job_id": job_id, **kwargs})
        job = self._get(job_id, "dispatching")
        now = self.clock.now
        dispatched = [j for j in self.jobs.values() if j.parent == job_id and j.kind == "extraction"]
        return DispatchingJobStatusResponse(
            job_id=job_id,
            tenant_code=job.tenant,
            status=job.status(now),
            total_jobs_dispatched=len(dispatched) if now >= job.finishes else 0,
        )

    def extraction_job_and_status(self, *, job_id: str, iterator: bool = False, **kwargs: Any) -> Any:
        self._record("extraction_job_and_status", {"job_id": job_id, "iterator": iterator, **kwargs})
        self._get(job_id, "dispatching")
        now = self.clock.now
        items = [
            ExtractionJob(
                extraction_job_id=j.job_id, tenant_code=j.tenant, status=j.status(now), current_stage=j.stage(now) or ""
            )
            for j in self._descendants(job_id, "extraction")
        ]
        return self._items(items, iterator) or ExtractionJobAndStatusResponse(extraction_jobs=items)

    def receiving_job_and_status(self, *, job_id: str, iterator: bool = False, **kwargs: Any) -> Any:
        self._record("receiving_job_and_status", {"job_id": job_id, "iterator": iterator, **kwargs})
        self._get(job_id, "dispatching")
        now = self.clock.now
        items = [
            ReceivingJob(receiving_job_id=j.job_id, tenant_code=j.tenant, status=j.status(now))
            for j in self._descendants(job_id, "receiving")
        ]
        return self._items(items, iterator) or ReceivingJobAndStatusResponse(receiving_jobs=items)

    def processing_job_and_status(self, *, job_id: str, iterator: bool = False, **kwargs: Any) -> Any:
        self._record("processing_job_and_status", {"job_id": job_id, "iterator": iterator, **kwargs})
        self._get(job_id, "dispatching")
        items = self._processing_items(job_id)
        return self._items(items, iterator) or ProcessingJobAndStatusResponse(processing_jobs=items)

    def _processing_items(self, root_id: str) -> list[ProcessingJob]:
        now = self.clock.now
        return [
            ProcessingJob(
                job_id=j.job_id,
                tenant_code=j.tenant,
                status=j.status(now),
                data_version=j.data_version if j.status(now) == "Succeeded" else "",
                message=j.message if j.status(now) != "Running" else "",
            )
            for j in self._descendants(root_id, "processing")
        ]

    def receiving_job_status(
        self, *, receiving_job_id: str, jobs: bool = False, iterator: bool = False, **kwargs: Any
    ) -> Any:
        self._record("receiving_job_status", {"receiving_job_id": receiving_job_id, "jobs": jobs, **kwargs})
        job = self._get(receiving_job_id, "receiving-root", "receiving")
        now = self.clock.now
        items = [
            ReceivingJob(receiving_job_id=j.job_id, tenant_code=j.tenant, status=j.status(now))
            for j in self._descendants(receiving_job_id, "receiving")
        ]
        return self._items(items, iterator) or ReceivingJobStatusResponse(
            job_id=receiving_job_id,
            status=job.status(now),
            parent_tenant_code=job.tenant,
            receiving_jobs=items if jobs else [],
        )

    def processing_job_status(self, *, receiving_job_id: str, iterator: bool = False, **kwargs: Any) -> Any:
        self._record("processing_job_status", {"receiving_job_id": receiving_job_id, "iterator": iterator, **kwargs})
        self._get(receiving_job_id, "receiving-root", "receiving")
        items = self._processing_items(receiving_job_id)
        return self._items(items, iterator) or ProcessingJobStatusResponse(processing_jobs=items)

    def job_status(self, **kwargs: Any) -> JobStatusListResponse:
        """Every visible top job, as the service lists them (what a reconciliation's anchor reads)."""
        self._record("job_status", kwargs)
        now = self.clock.now
        lines = [
            JobStatusWithStartTime(
                job_id=job.job_id, tenant=job.tenant, status=job.status(now), job_type=_TYPES[job.kind]
            )
            for job in self.jobs.values()
            if job.parent is None and job.visible(now)
        ]
        return JobStatusListResponse(query_end_time=datetime.fromtimestamp(now, UTC).isoformat(), job_status=lines)

    def job_id_status(self, *, job_id: str, **kwargs: Any) -> list[JobStatusWithStartTime]:
        self._record("job_id_status", {"job_id": job_id, **kwargs})
        job = self.jobs.get(job_id)
        if job is None or not job.visible(self.clock.now):
            raise not_found(f"no such job {job_id}")
        job_type = _TYPES[job.kind]
        return [
            JobStatusWithStartTime(job_id=job_id, tenant=job.tenant, status="Pending", job_type=job_type),
            JobStatusWithStartTime(
                job_id=job_id, tenant=job.tenant, status=job.status(self.clock.now), job_type=job_type
            ),
        ]

    def cancel_jobs(self, *, job_ids: list[str], **kwargs: Any) -> JobCancellationResultsDTO:
        self._record("cancel_jobs", {"job_ids": job_ids, **kwargs})
        now, lines = self.clock.now, []
        for job_id in job_ids:
            job = self.jobs.get(job_id)
            if job is None:
                lines.append(JobCancellationResultDTO(job_id=job_id, job_type="UNRECOGNIZED", message="Unrecognized"))
                continue
            status = job.status(now)
            refused = status in {"Succeeded", "Failed", "Cancelled"} or (
                job.kind.startswith("receiving") and status == "Running"
            )
            if refused or not job.cancellable:
                lines.append(
                    JobCancellationResultDTO(
                        job_id=job_id,
                        job_type="RECEIVING_JOB",
                        cancel_status=JobCancellationResultDTOCancelStatus.CANCEL_FAILED,
                        job_status=status,
                        message=f"job [{job_id}] with status [{status}] could not be cancelled.",
                    )
                )
                continue
            job.final, job.finishes = "Cancelled", now + 1
            for child in self._descendants(job_id, "processing") + self._descendants(job_id, "receiving"):
                child.final, child.finishes = "Cancelled", min(child.finishes, now + 1)
            lines.append(
                JobCancellationResultDTO(
                    job_id=job_id,
                    job_type="PROCESSING_JOB",
                    cancel_status=JobCancellationResultDTOCancelStatus.CANCEL_SUCCEEDED,
                    job_status="Cancelling",
                )
            )
        return JobCancellationResultsDTO(job_cancellation_results=lines)

    # -- async twins: a<name> -------------------------------------------------------------------------------------

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("a") or not hasattr(type(self), name[1:]):
            raise AttributeError(name)
        sync = getattr(self, name[1:])

        def twin(**kwargs: Any) -> Any:
            if kwargs.get("iterator"):
                # Paginated ops with iterator=True return an async iterator directly (no await).
                return _aiter(sync(**kwargs))

            async def call() -> Any:
                await asyncio.sleep(0)
                return sync(**kwargs)

            return call()

        return twin


async def _aiter(items: Iterator[Any]) -> AsyncIterator[Any]:
    for item in items:
        await asyncio.sleep(0)
        yield item


class SyncDrivenView:
    """``client.sync_driven_operations``: the fake's async twins, never suspending (the sync driver runs a plan to
    its end in one step, as the real client's sync-driven operations do)."""

    def __init__(self, ops: FakeOps) -> None:
        self._ops = ops

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("a") or not hasattr(type(self._ops), name[1:]):
            return getattr(self._ops, name)
        sync = getattr(self._ops, name[1:])

        def twin(**kwargs: Any) -> Any:
            if kwargs.get("iterator"):
                return _unsuspending(sync(**kwargs))

            async def call() -> Any:
                return sync(**kwargs)

            return call()

        return twin


async def _unsuspending(items: Iterator[Any]) -> AsyncIterator[Any]:
    for item in items:
        yield item


class FakeClient:
    def __init__(self, clock: Clock | None = None) -> None:
        self.clock = clock or Clock()
        self.data_and_job_handling = FakeOps(self.clock)
        self.sync_driven_operations = SyncDrivenView(self.data_and_job_handling)
