"""Reading one snapshot of a job tree from the service -- written once, run sync or async.

The steps (which operations to call, how to stitch their answers into a tree) are coroutines that await the
operations' typed async twins (``ops.areceiving_job_status(...)``). :func:`arun` awaits such a plan on
``client.data_and_job_handling``; :func:`run` drives the same plan on ``client.sync_driven_operations``, whose async
twins do their I/O synchronously and never suspend, so it finishes without an event loop. The sync and async futures
share every rule instead of keeping two copies in step.

Which operation tells what, per kind of job:

* dispatching: dispatchingJobStatus (status, how many jobs it dispatched), then its extraction, receiving and
  processing jobs through extractionJobAndStatus / receivingJobAndStatus / processingJobAndStatus, all pages;
* receiving (what startLoad returns): receivingJobStatus (status), receivingJobStatus with jobs=true (per-tenant
  receiving jobs, all pages), processingJobStatus (the processing jobs it led to, all pages);
* extraction, processing or a job type we do not know, on their own: jobIdStatus, without children.

The list operations name jobs by tenant but not by parent, so children are attached by tenant: a processing job goes
under its tenant's receiving job, a receiving job under its tenant's extraction job, and to the root otherwise.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

import attrs

from .._exceptions import InvalidArgument, NotFound
from .._twins import finish
from .tree import SUCCEEDED, JobKind, JobNode, JobTree

if TYPE_CHECKING:
    from visier_data_handling_api.models import JobStatusWithStartTime, ProcessingJob, ReceivingJob
    from visier_data_handling_api.surface import DataAndJobHandling

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 -- a page's item
Plan = Coroutine[object, object, T]


class JobClient(Protocol):
    """What the job layer needs of a client (``VisierDataHandling`` is one): the operations, and the same operations
    whose async twins run synchronously (the sync driver of the plans)."""

    @property
    def data_and_job_handling(self) -> DataAndJobHandling: ...

    @property
    def sync_driven_operations(self) -> DataAndJobHandling: ...


def run(client: JobClient, plan: Callable[[DataAndJobHandling], Plan[T]]) -> T:
    """Drive ``plan`` synchronously, on the client's sync-driven operations."""
    return finish(plan(client.sync_driven_operations))


async def arun(client: JobClient, plan: Callable[[DataAndJobHandling], Plan[T]]) -> T:
    """Await ``plan`` on the client's operations."""
    return await plan(client.data_and_job_handling)


async def nodes(pages: AsyncIterator[I], node: Callable[[I], JobNode]) -> list[JobNode]:
    """Every page's jobs, each made a node of the tree."""
    return [node(job) for job in await collect(pages)]


async def collect(pages: AsyncIterator[I]) -> list[I]:
    """Every item of every page."""
    return [item async for item in pages]


@attrs.frozen(kw_only=True)
class Expect:
    """Which descendants a finished job should get, so a wait does not end before the service creates them.

    The service creates the next job only after the previous one succeeded: a load's receiving job succeeds, then
    its processing jobs appear. Without these flags a wait would see "everything terminal" in that gap.
    """

    processing: bool = True  # a Succeeded receiving job is followed by a processing job (not with skipDataLoad)
    receiving: bool = True  # a Succeeded extraction job is followed by a receiving job


def text(value: object) -> str | None:
    """A model field as text: None for UNSET, None or "" (the service sends "" for "not yet")."""
    if value is None or value == "" or not isinstance(value, str | int):
        return None
    return str(value)


def job_kind(kind: JobKind | str) -> JobKind:
    try:
        return JobKind(kind)
    except ValueError:
        allowed = ", ".join(repr(k.value) for k in JobKind)
        raise InvalidArgument(f"kind must be one of {allowed}, not {kind!r}", argument="kind") from None


def kind_from_job_type(job_type: str | None) -> JobKind:
    """Map jobIdStatus's free-text job type (PROCESSING_JOB, UPLOAD_JOB, ...) to a kind; OTHER when unknown."""
    upper = (job_type or "").upper()
    for marker, kind in (
        ("DISPATCH", JobKind.DISPATCHING),
        ("EXTRACT", JobKind.EXTRACTION),
        ("PROCESS", JobKind.PROCESSING),
        ("RECEIV", JobKind.RECEIVING),
        ("UPLOAD", JobKind.RECEIVING),
    ):
        if marker in upper:
            return kind
    return JobKind.OTHER


async def detect_kind(ops: DataAndJobHandling, job_id: str, tenant: str | None) -> JobKind:
    """Find what kind of job ``job_id`` is: dispatching, else receiving, else whatever jobIdStatus says.

    Each kind-specific status operation answers 404 for another kind's ID, so NotFound means "not this kind".
    A 404 from jobIdStatus, the last try, means the job does not exist and is raised.
    """
    try:
        await ops.adispatching_job_status(job_id=job_id, target_tenant_id=tenant)
        return JobKind.DISPATCHING
    except NotFound:
        pass
    try:
        await ops.areceiving_job_status(receiving_job_id=job_id, target_tenant_id=tenant)
        return JobKind.RECEIVING
    except NotFound:
        pass
    latest = _latest(await ops.ajob_id_status(job_id=job_id, target_tenant_id=tenant))
    return kind_from_job_type(text(latest.job_type) if latest is not None else None)


async def build_tree(
    ops: DataAndJobHandling, job_id: str, kind: JobKind, tenant: str | None, expect: Expect
) -> JobTree:
    if kind is JobKind.DISPATCHING:
        return await _dispatching_tree(ops, job_id, tenant, expect)
    if kind is JobKind.RECEIVING:
        return await _receiving_tree(ops, job_id, tenant, expect)
    return await _single_job_tree(ops, job_id, kind, tenant)


def _latest(entries: Sequence[JobStatusWithStartTime] | None) -> JobStatusWithStartTime | None:
    """jobIdStatus returns a list of status entries; the last one is the current one."""
    items = list(entries or [])
    return items[-1] if items else None


async def _single_job_tree(ops: DataAndJobHandling, job_id: str, kind: JobKind, tenant: str | None) -> JobTree:
    latest = _latest(await ops.ajob_id_status(job_id=job_id, target_tenant_id=tenant))
    node = JobNode(
        kind=kind,
        job_id=job_id,
        tenant_code=text(latest.tenant) if latest is not None else None,
        status=text(latest.status) if latest is not None else None,
    )
    return JobTree(node)


def _processing_node(job: ProcessingJob) -> JobNode:
    return JobNode(
        kind=JobKind.PROCESSING,
        job_id=text(job.job_id) or "",
        tenant_code=text(job.tenant_code),
        status=text(job.status),
        message=text(job.message),
        data_version=text(job.data_version),
    )


def _receiving_node(job: ReceivingJob) -> JobNode:
    return JobNode(
        kind=JobKind.RECEIVING,
        job_id=text(job.receiving_job_id) or "",
        tenant_code=text(job.tenant_code),
        status=text(job.status),
    )


def _attach_by_tenant(children: list[JobNode], parents: list[JobNode], fallback: JobNode) -> None:
    """Put each child under the last parent of its tenant, or under ``fallback``."""
    by_tenant = {parent.tenant_code: parent for parent in parents if parent.tenant_code}
    for child in children:
        by_tenant.get(child.tenant_code or "", fallback).children.append(child)


def _mark_awaiting(nodes: list[JobNode], child_kind: JobKind) -> None:
    """A Succeeded job with no child of ``child_kind`` yet is still waiting for the service to create it."""
    for node in nodes:
        if node.status == SUCCEEDED and not any(child.kind is child_kind for child in node.children):
            node.awaiting_children = True


async def _receiving_tree(ops: DataAndJobHandling, job_id: str, tenant: str | None, expect: Expect) -> JobTree:
    status = await ops.areceiving_job_status(receiving_job_id=job_id, target_tenant_id=tenant)
    # The response names no tenant of its own (parentTenantCode is its parent's, if it has one).
    root = JobNode(kind=JobKind.RECEIVING, job_id=text(status.job_id) or job_id, status=text(status.status))
    per_tenant = await collect(
        ops.areceiving_job_status(receiving_job_id=job_id, jobs=True, target_tenant_id=tenant, iterator=True)
    )
    receiving = [_receiving_node(job) for job in per_tenant]
    processing = await nodes(
        ops.aprocessing_job_status(receiving_job_id=job_id, target_tenant_id=tenant, iterator=True), _processing_node
    )
    root.children.extend(receiving)
    _attach_by_tenant(processing, receiving, root)
    if expect.processing:
        # Without per-tenant jobs (an ID of a per-tenant receiving job), the root itself leads to processing.
        _mark_awaiting(receiving or [root], JobKind.PROCESSING)
    return JobTree(root)


async def _dispatching_tree(ops: DataAndJobHandling, job_id: str, tenant: str | None, expect: Expect) -> JobTree:
    status = await ops.adispatching_job_status(job_id=job_id, target_tenant_id=tenant)
    root = JobNode(
        kind=JobKind.DISPATCHING,
        job_id=text(status.job_id) or job_id,
        tenant_code=text(status.tenant_code),
        status=text(status.status),
    )
    extraction = await nodes(
        ops.aextraction_job_and_status(job_id=job_id, target_tenant_id=tenant, iterator=True),
        lambda job: JobNode(
            kind=JobKind.EXTRACTION,
            job_id=text(job.extraction_job_id) or "",
            tenant_code=text(job.tenant_code),
            status=text(job.status),
            stage=text(job.current_stage),
        ),
    )
    receiving = await nodes(
        ops.areceiving_job_and_status(job_id=job_id, target_tenant_id=tenant, iterator=True), _receiving_node
    )
    processing = await nodes(
        ops.aprocessing_job_and_status(job_id=job_id, target_tenant_id=tenant, iterator=True), _processing_node
    )
    root.children.extend(extraction)
    _attach_by_tenant(receiving, extraction, root)
    # A tenant's processing job goes under its receiving job, else its extraction job (ad hoc processing: root).
    _attach_by_tenant(processing, [*extraction, *receiving], root)
    if expect.receiving:
        _mark_awaiting(extraction, JobKind.RECEIVING)
    if expect.processing:
        _mark_awaiting(receiving, JobKind.PROCESSING)
    dispatched = text(status.total_jobs_dispatched)
    # The jobs it dispatched are extraction jobs, or processing jobs for an ad hoc processing run.
    if dispatched is not None and int(dispatched) > len(root.children):
        root.awaiting_children = True
    return JobTree(root)
