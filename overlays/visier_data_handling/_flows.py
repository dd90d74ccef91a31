"""Whole flows: start a load or an extraction, wait for its job tree, report per tenant.

``client.load(files=[...])`` and ``client.extract_and_load(tenants=[...])`` (and their ``a``-prefixed async twins)
delegate here. With ``wait=True`` (the default) they return a :class:`LoadResult` / :class:`ExtractionResult`:
the top job's ID and status, each tenant's outcome and message, the new data versions per tenant, and the tree.
A failed tenant is reported in the result, not raised, unless ``raise_on_failure=True``; a timeout raises
``JobTimeout`` (the job goes on; its ID is on the exception). With ``wait=False`` they return the JobFuture.

Every argument is checked before anything is sent (``InvalidArgument`` names the bad one). The start operation
is never resent blindly: when its answer is lost, ``_reconcile`` asks the service whether it acted and follows that
job, resending once only when no job appeared within ``reconcile_window`` seconds (``reconcile=False`` switches
this off). Once the job exists, every error raised carries its ID and the future to resume waiting with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Self, TypeVar, overload

import attrs
from visier_data_handling_api.models import DataLoadRequestModel

from ._exceptions import VisierError
from ._flow_checks import check_extraction, check_load
from ._futures import JobCancelled, JobError, JobFailed, JobFuture, ProgressCallback
from ._jobs import Jobs
from ._polling import PollSchedule
from ._reconcile import RECONCILE_WINDOW, OpsWithSleep, StartRequest, start_once, started_jobs
from ._snapshot import Expect, Plan, arun, run
from ._tree import SUCCEEDED, JobKind, JobNode, JobTree, is_cancelled, is_failed


@attrs.frozen
class TenantOutcome:
    """How one tenant fared: its worst job's status, that job's message, and the data versions it produced."""

    tenant_code: str
    status: str
    message: str | None = None
    data_versions: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == SUCCEEDED


def _tenant_outcome(tenant: str, nodes: list[JobNode]) -> TenantOutcome:
    versions = tuple(n.data_version for n in nodes if n.kind is JobKind.PROCESSING and n.data_version)
    bad = next((n for n in nodes if is_failed(n.status)), None) or next(
        (n for n in nodes if is_cancelled(n.status)), None
    )
    if bad is not None:
        message = bad.message or f"{bad.kind.value} job {bad.job_id} {bad.status}"
        return TenantOutcome(tenant, bad.status or "", message, versions)
    if all(n.status == SUCCEEDED for n in nodes):
        return TenantOutcome(tenant, SUCCEEDED, None, versions)
    # Not finished (a timeout, or a result built from a snapshot): the furthest job's status.
    return TenantOutcome(tenant, nodes[-1].status or "Pending", nodes[-1].message, versions)


@attrs.frozen
class LoadResult:
    """The outcome of a load: ``outcome`` is "succeeded", "failed" (some job failed) or "cancelled"."""

    job_id: str
    status: str | None
    outcome: Literal["succeeded", "failed", "cancelled"]
    tenants: dict[str, TenantOutcome]
    data_versions: dict[str, list[str]]
    tree: JobTree
    error: JobError | None = None

    @classmethod
    def from_tree(cls, tree: JobTree, error: JobError | None = None) -> Self:
        by_tenant: dict[str, list[JobNode]] = {}
        # The top job belongs to the administrating tenant; count it only when it has no per-tenant jobs.
        nodes = [n for n in tree.walk() if n is not tree.root] or [tree.root]
        for node in nodes:
            if node.tenant_code:
                by_tenant.setdefault(node.tenant_code, []).append(node)
        outcome: Literal["succeeded", "failed", "cancelled"] = (
            "cancelled" if isinstance(error, JobCancelled) else "failed" if error is not None else "succeeded"
        )
        return cls(
            job_id=tree.job_id,
            status=tree.status,
            outcome=outcome,
            tenants={tenant: _tenant_outcome(tenant, group) for tenant, group in by_tenant.items()},
            data_versions=tree.data_versions(),
            tree=tree,
            error=error,
        )

    @property
    def ok(self) -> bool:
        return self.outcome == "succeeded"

    @property
    def failed_tenants(self) -> list[TenantOutcome]:
        return [tenant for tenant in self.tenants.values() if not tenant.ok]

    def raise_for_failures(self) -> None:
        """Raise the JobFailed / JobCancelled this result carries, if any."""
        if self.error is not None:
            raise self.error

    def summary(self) -> str:
        """Readable lines: the top job, then one line per tenant."""
        failed = len(self.failed_tenants)
        head = f"job {self.job_id}: {self.status}; {len(self.tenants) - failed} of {len(self.tenants)} tenant(s) ok"
        if self.outcome == "cancelled":
            head += " (cancelled)"
        lines = [head]
        for tenant in self.tenants.values():
            versions = f" -> data version {', '.join(tenant.data_versions)}" if tenant.data_versions else ""
            reason = f": {tenant.message}" if tenant.message and not tenant.ok else ""
            lines.append(f"  {tenant.tenant_code:<16} {tenant.status}{versions}{reason}")
        return "\n".join(lines)


@attrs.frozen
class ExtractionResult(LoadResult):
    """The outcome of an extraction (dispatching -> extraction -> receiving -> processing); same shape as a load."""

    @property
    def stages(self) -> dict[str, str | None]:
        """Each tenant's extraction job's last reported stage."""
        return {
            node.tenant_code: node.stage
            for node in self.tree.walk()
            if node.kind is JobKind.EXTRACTION and node.tenant_code
        }


R = TypeVar("R", bound=LoadResult)


def _finish(tree: JobTree | None, error: JobError | None, cls: type[R], raise_on_failure: bool) -> R:
    if error is not None and (raise_on_failure or tree is None):
        raise error
    assert tree is not None  # JobFailed and JobCancelled always carry the finished tree
    return cls.from_tree(tree, error)


def _wait(future: JobFuture, timeout: float | None, cls: type[R], raise_on_failure: bool) -> R:
    try:
        return _finish(future.result(timeout), None, cls, raise_on_failure)
    except (JobFailed, JobCancelled) as exc:
        return _finish(exc.tree, exc, cls, raise_on_failure)
    except VisierError as exc:
        exc.attach_job(future.job_id, future)  # already named by the future's check; this covers anything else
        raise


async def _await(future: JobFuture, timeout: float | None, cls: type[R], raise_on_failure: bool) -> R:
    try:
        return _finish(await future.aresult(timeout), None, cls, raise_on_failure)
    except (JobFailed, JobCancelled) as exc:
        return _finish(exc.tree, exc, cls, raise_on_failure)
    except VisierError as exc:
        exc.attach_job(future.job_id, future)
        raise


def _jobs(client: Any) -> Jobs:
    jobs = getattr(client, "jobs", None)
    return jobs if isinstance(jobs, Jobs) else Jobs(client)


def _load_request(
    files: Sequence[str],
    skip_data_load: bool | None,
    target_tenant_id: str | None,
    reconcile: bool,
    reconcile_window: float,
) -> StartRequest:
    model = DataLoadRequestModel(files=list(files))
    if skip_data_load is not None:
        model.skip_data_load = skip_data_load
    return StartRequest(
        operation="start_load",
        kwargs={"model": model, **_common(target_tenant_id)},
        job_type="RECEIVING_JOB",
        files=frozenset(files),
        common=_common(target_tenant_id),
        reconcile=reconcile,
        window=reconcile_window,
    )


def _start_plan(client: Any, request: StartRequest, poll: PollSchedule) -> tuple[Any, Plan[str]]:
    """The operations (plus the poll schedule's sleep) and the plan that starts the job once."""
    return OpsWithSleep(client.data_and_job_handling, poll), start_once(request, poll, started_jobs(client))


def _common(target_tenant_id: str | None) -> dict[str, Any]:
    return {} if target_tenant_id is None else {"target_tenant_id": target_tenant_id}


# -- load ------------------------------------------------------------------------------------------------------------


@overload
def load(
    client: Any,
    files: Sequence[str],
    *,
    wait: Literal[True] = ...,
    skip_data_load: bool | None = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
) -> LoadResult: ...
@overload
def load(
    client: Any,
    files: Sequence[str],
    *,
    wait: Literal[False],
    skip_data_load: bool | None = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
) -> JobFuture: ...
def load(
    client: Any,
    files: Sequence[str],
    *,
    wait: bool = True,
    skip_data_load: bool | None = None,
    timeout: float | None = None,
    poll: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = False,
    target_tenant_id: str | None = None,
    reconcile: bool = True,
    reconcile_window: float = RECONCILE_WINDOW,
) -> LoadResult | JobFuture:
    """Load uploaded files (startLoad) and, with ``wait``, follow every tenant's receiving and processing jobs.

    ``timeout`` bounds the wait in seconds (None: no bound); HTTP timeouts are the client's. A lost answer to
    startLoad is reconciled for up to ``reconcile_window`` seconds (``reconcile=False``: raise at once).
    """
    check_load("load", files, skip_data_load, locals())
    poll = poll or _jobs(client).poll
    request = _load_request(files, skip_data_load, target_tenant_id, reconcile, reconcile_window)
    job_id = run(*_start_plan(client, request, poll))
    future = _jobs(client).future(
        job_id,
        JobKind.RECEIVING,
        poll=poll,
        on_progress=on_progress,
        target_tenant_id=target_tenant_id,
        expect=Expect(processing=not skip_data_load),
    )
    return _wait(future, timeout, LoadResult, raise_on_failure) if wait else future


@overload
async def aload(
    client: Any,
    files: Sequence[str],
    *,
    wait: Literal[True] = ...,
    skip_data_load: bool | None = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
) -> LoadResult: ...
@overload
async def aload(
    client: Any,
    files: Sequence[str],
    *,
    wait: Literal[False],
    skip_data_load: bool | None = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
) -> JobFuture: ...
async def aload(
    client: Any,
    files: Sequence[str],
    *,
    wait: bool = True,
    skip_data_load: bool | None = None,
    timeout: float | None = None,
    poll: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = False,
    target_tenant_id: str | None = None,
    reconcile: bool = True,
    reconcile_window: float = RECONCILE_WINDOW,
) -> LoadResult | JobFuture:
    """The async twin of :func:`load`."""
    check_load("aload", files, skip_data_load, locals())
    poll = poll or _jobs(client).poll
    request = _load_request(files, skip_data_load, target_tenant_id, reconcile, reconcile_window)
    job_id = await arun(*_start_plan(client, request, poll))
    future = _jobs(client).future(
        job_id,
        JobKind.RECEIVING,
        poll=poll,
        on_progress=on_progress,
        target_tenant_id=target_tenant_id,
        expect=Expect(processing=not skip_data_load),
    )
    return await _await(future, timeout, LoadResult, raise_on_failure) if wait else future


# -- extract and load ------------------------------------------------------------------------------------------------


def _extraction_request(
    body: dict[str, Any], tenants: Sequence[str] | None, target_tenant_id: str | None, reconcile: bool, window: float
) -> StartRequest:
    return StartRequest(
        operation="start_extraction",
        kwargs={**body, **_common(target_tenant_id)},
        job_type="DISPATCHING_JOB",
        tenants=None if tenants is None else frozenset(tenants),
        common=_common(target_tenant_id),
        reconcile=reconcile,
        window=window,
    )


def _extraction_args(
    tenants: Sequence[str] | None, all_tenants: bool | None, run_processing_job: bool, options: dict[str, Any]
) -> tuple[dict[str, Any], Expect]:
    body: dict[str, Any] = {"run_processing_job": run_processing_job, **options}
    if tenants is not None:
        body["tenants"] = list(tenants)
    if all_tenants is not None:
        body["all_tenants"] = all_tenants
    # Extracted data goes to a receiving job unless it goes to SQL tables or makes no artifacts.
    receiving = not options.get("disable_artifact_generation") and options.get("output_target") != "SQL"
    return body, Expect(receiving=receiving, processing=receiving and run_processing_job)


@overload
def extract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = ...,
    all_tenants: bool | None = ...,
    run_processing_job: bool = ...,
    wait: Literal[True] = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
    **options: Any,
) -> ExtractionResult: ...
@overload
def extract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = ...,
    all_tenants: bool | None = ...,
    run_processing_job: bool = ...,
    wait: Literal[False],
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
    **options: Any,
) -> JobFuture: ...
def extract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = None,
    all_tenants: bool | None = None,
    run_processing_job: bool = True,
    wait: bool = True,
    timeout: float | None = None,
    poll: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = False,
    target_tenant_id: str | None = None,
    reconcile: bool = True,
    reconcile_window: float = RECONCILE_WINDOW,
    **options: Any,
) -> ExtractionResult | JobFuture:
    """Run data connector extractions (startExtraction) and, with ``wait``, follow the whole job tree.

    ``run_processing_job`` defaults to True here -- extract *and load* -- so each tenant gets a new data version.
    Other ``ExtractDataAndLoadDTO`` fields go in ``options`` by their Python names (``data_category_id=...``).
    """
    check_extraction("extract_and_load", tenants, all_tenants, run_processing_job, locals())
    body, expect = _extraction_args(tenants, all_tenants, run_processing_job, options)
    poll = poll or _jobs(client).poll
    request = _extraction_request(body, tenants, target_tenant_id, reconcile, reconcile_window)
    job_id = run(*_start_plan(client, request, poll))
    future = _jobs(client).future(
        job_id,
        JobKind.DISPATCHING,
        poll=poll,
        on_progress=on_progress,
        target_tenant_id=target_tenant_id,
        expect=expect,
    )
    return _wait(future, timeout, ExtractionResult, raise_on_failure) if wait else future


@overload
async def aextract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = ...,
    all_tenants: bool | None = ...,
    run_processing_job: bool = ...,
    wait: Literal[True] = ...,
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
    **options: Any,
) -> ExtractionResult: ...
@overload
async def aextract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = ...,
    all_tenants: bool | None = ...,
    run_processing_job: bool = ...,
    wait: Literal[False],
    timeout: float | None = ...,
    poll: PollSchedule | None = ...,
    on_progress: ProgressCallback | None = ...,
    raise_on_failure: bool = ...,
    target_tenant_id: str | None = ...,
    reconcile: bool = ...,
    reconcile_window: float = ...,
    **options: Any,
) -> JobFuture: ...
async def aextract_and_load(
    client: Any,
    *,
    tenants: Sequence[str] | None = None,
    all_tenants: bool | None = None,
    run_processing_job: bool = True,
    wait: bool = True,
    timeout: float | None = None,
    poll: PollSchedule | None = None,
    on_progress: ProgressCallback | None = None,
    raise_on_failure: bool = False,
    target_tenant_id: str | None = None,
    reconcile: bool = True,
    reconcile_window: float = RECONCILE_WINDOW,
    **options: Any,
) -> ExtractionResult | JobFuture:
    """The async twin of :func:`extract_and_load`."""
    check_extraction("aextract_and_load", tenants, all_tenants, run_processing_job, locals())
    body, expect = _extraction_args(tenants, all_tenants, run_processing_job, options)
    poll = poll or _jobs(client).poll
    request = _extraction_request(body, tenants, target_tenant_id, reconcile, reconcile_window)
    job_id = await arun(*_start_plan(client, request, poll))
    future = _jobs(client).future(
        job_id,
        JobKind.DISPATCHING,
        poll=poll,
        on_progress=on_progress,
        target_tenant_id=target_tenant_id,
        expect=expect,
    )
    return await _await(future, timeout, ExtractionResult, raise_on_failure) if wait else future
