"""Reading one snapshot of a job tree from the service -- written once, run sync or async.

The steps (which operations to call, how to stitch their answers into a tree) are generators that *yield* a
:class:`Call` and receive its result (or have its exception thrown into them). :func:`run` drives such a plan with
the client's sync methods, :func:`arun` with its ``a``-prefixed async twins, so the sync and async futures share
every rule instead of keeping two copies in step.

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

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator, Mapping
from typing import Any, TypeVar

import attrs

from .._exceptions import InvalidArgument, NotFound
from .._twins import finish, ready
from .tree import SUCCEEDED, JobKind, JobNode, JobTree

T = TypeVar("T")


@attrs.frozen
class Call:
    """One operation call: ``client.data_and_job_handling.<method>(**kwargs)``; ``collect`` reads every page."""

    method: str
    kwargs: Mapping[str, Any]
    collect: bool = False


Plan = Generator[Call, Any, T]


@attrs.frozen(kw_only=True)
class Expect:
    """Which descendants a finished job should get, so a wait does not end before the service creates them.

    The service creates the next job only after the previous one succeeded: a load's receiving job succeeds, then
    its processing jobs appear. Without these flags a wait would see "everything terminal" in that gap.
    """

    processing: bool = True  # a Succeeded receiving job is followed by a processing job (not with skipDataLoad)
    receiving: bool = True  # a Succeeded extraction job is followed by a receiving job


async def _drive(plan: Plan[T], call: Callable[[Call], Awaitable[Any]]) -> T:
    """Send each call's result (or error) back into ``plan`` until it returns."""
    try:
        step = next(plan)
        while True:
            try:
                result = await call(step)
            except Exception as exc:  # handed to the plan, which re-raises what it does not expect
                step = plan.throw(exc)
            else:
                step = plan.send(result)
    except StopIteration as stop:
        value: T = stop.value
        return value


def _sync_call(ops: Any, call: Call) -> Any:
    method = getattr(ops, call.method)
    return list(method(**call.kwargs, iterator=True)) if call.collect else method(**call.kwargs)


async def _async_call(ops: Any, call: Call) -> Any:
    method = getattr(ops, "a" + call.method)
    if not call.collect:
        return await method(**call.kwargs)
    pages: Any = method(**call.kwargs, iterator=True)
    if inspect.isawaitable(pages):  # accept "await op(iterator=True)" as well as "async for"
        pages = await pages
    return [item async for item in pages]


def run(ops: Any, plan: Plan[T]) -> T:
    """Drive ``plan`` with the sync operations of ``ops`` (``client.data_and_job_handling``)."""
    return finish(_drive(plan, ready(functools.partial(_sync_call, ops))))


async def arun(ops: Any, plan: Plan[T]) -> T:
    """Drive ``plan`` with the async twins (``a<method>``) of ``ops``."""
    return await _drive(plan, functools.partial(_async_call, ops))


def text(value: Any) -> str | None:
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


def detect_kind(job_id: str, common: Mapping[str, Any]) -> Plan[JobKind]:
    """Find what kind of job ``job_id`` is: dispatching, else receiving, else whatever jobIdStatus says.

    Each kind-specific status operation answers 404 for another kind's ID, so NotFound means "not this kind".
    A 404 from jobIdStatus, the last try, means the job does not exist and is raised.
    """
    try:
        yield Call("dispatching_job_status", {"job_id": job_id, **common})
        return JobKind.DISPATCHING
    except NotFound:
        pass
    try:
        yield Call("receiving_job_status", {"receiving_job_id": job_id, **common})
        return JobKind.RECEIVING
    except NotFound:
        pass
    entries = yield Call("job_id_status", {"job_id": job_id, **common})
    latest = _latest(entries)
    return kind_from_job_type(text(getattr(latest, "job_type", None)))


def build_tree(job_id: str, kind: JobKind, common: Mapping[str, Any], expect: Expect) -> Plan[JobTree]:
    if kind is JobKind.DISPATCHING:
        return (yield from _dispatching_tree(job_id, common, expect))
    if kind is JobKind.RECEIVING:
        return (yield from _receiving_tree(job_id, common, expect))
    return (yield from _single_job_tree(job_id, kind, common))


def _latest(entries: Any) -> Any:
    """jobIdStatus returns a list of status entries; the last one is the current one."""
    items = list(entries or [])
    return items[-1] if items else None


def _single_job_tree(job_id: str, kind: JobKind, common: Mapping[str, Any]) -> Plan[JobTree]:
    latest = _latest((yield Call("job_id_status", {"job_id": job_id, **common})))
    node = JobNode(
        kind=kind,
        job_id=job_id,
        tenant_code=text(getattr(latest, "tenant", None)),
        status=text(getattr(latest, "status", None)),
    )
    return JobTree(node)


def _processing_node(job: Any) -> JobNode:
    return JobNode(
        kind=JobKind.PROCESSING,
        job_id=text(job.job_id) or "",
        tenant_code=text(job.tenant_code),
        status=text(job.status),
        message=text(job.message),
        data_version=text(job.data_version),
    )


def _receiving_node(job: Any) -> JobNode:
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


def _receiving_tree(job_id: str, common: Mapping[str, Any], expect: Expect) -> Plan[JobTree]:
    status = yield Call("receiving_job_status", {"receiving_job_id": job_id, **common})
    # The response names no tenant of its own (parentTenantCode is its parent's, if it has one).
    root = JobNode(kind=JobKind.RECEIVING, job_id=text(status.job_id) or job_id, status=text(status.status))
    per_tenant = yield Call("receiving_job_status", {"receiving_job_id": job_id, "jobs": True, **common}, True)
    receiving = [_receiving_node(job) for job in per_tenant]
    processing_jobs = yield Call("processing_job_status", {"receiving_job_id": job_id, **common}, True)
    processing = [_processing_node(job) for job in processing_jobs]
    root.children.extend(receiving)
    _attach_by_tenant(processing, receiving, root)
    if expect.processing:
        # Without per-tenant jobs (an ID of a per-tenant receiving job), the root itself leads to processing.
        _mark_awaiting(receiving or [root], JobKind.PROCESSING)
    return JobTree(root)


def _dispatching_tree(job_id: str, common: Mapping[str, Any], expect: Expect) -> Plan[JobTree]:
    status = yield Call("dispatching_job_status", {"job_id": job_id, **common})
    root = JobNode(
        kind=JobKind.DISPATCHING,
        job_id=text(status.job_id) or job_id,
        tenant_code=text(status.tenant_code),
        status=text(status.status),
    )
    extraction_jobs = yield Call("extraction_job_and_status", {"job_id": job_id, **common}, True)
    extraction = [
        JobNode(
            kind=JobKind.EXTRACTION,
            job_id=text(job.extraction_job_id) or "",
            tenant_code=text(job.tenant_code),
            status=text(job.status),
            stage=text(job.current_stage),
        )
        for job in extraction_jobs
    ]
    receiving_jobs = yield Call("receiving_job_and_status", {"job_id": job_id, **common}, True)
    receiving = [_receiving_node(job) for job in receiving_jobs]
    processing_jobs = yield Call("processing_job_and_status", {"job_id": job_id, **common}, True)
    processing = [_processing_node(job) for job in processing_jobs]
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
    direct = len(root.children)
    if dispatched is not None and int(dispatched) > direct:
        root.awaiting_children = True
    return JobTree(root)
