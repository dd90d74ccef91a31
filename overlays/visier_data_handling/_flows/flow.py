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

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypedDict, TypeVar

import attrs
from visier_data_handling_api.surface import StartExtractionFields

from .._calls.arguments import unexpected
from .._exceptions import VisierError
from .._jobs.callbacks import ProgressCallback
from .._jobs.errors import JobCancelled, JobError, JobFailed
from .._jobs.future import JobFuture
from .._jobs.namespace import Jobs
from .._jobs.polling import PollSchedule
from .._jobs.snapshot import Expect, JobClient, Plan, arun, run
from .._jobs.tree import JobKind, JobTree
from .._observe.flows import flow as observed_flow
from .._twins import ready
from .checks import check_extraction, check_load
from .reconcile import RECONCILE_WINDOW, Sleep, StartRequest, start_once
from .results import ExtractionResult, LoadResult, TenantOutcome
from .started import started_jobs

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataAndJobHandling


class FlowOptions(TypedDict, total=False):
    """Options of every flow: how long and how to wait, progress, failures, the tenant to act as, reconciliation."""

    timeout: float | None  # bound on the wait in seconds (None: no bound); HTTP timeouts are the client's
    poll: PollSchedule | None
    on_progress: ProgressCallback | None
    raise_on_failure: bool
    target_tenant_id: str | None
    reconcile: bool  # look for the job when the start answer is lost (False: raise at once)
    reconcile_window: float


class LoadOptions(FlowOptions, total=False):
    """``load``'s options."""

    skip_data_load: bool | None


class ExtractionOptions(FlowOptions, StartExtractionFields, total=False):
    """``extract_and_load``'s options: the flow's, and startExtraction's body fields (``tenants``, ...)."""


FLOW_DEFAULTS: Mapping[str, object] = {
    "timeout": None,
    "poll": None,
    "on_progress": None,
    "raise_on_failure": False,
    "target_tenant_id": None,
    "reconcile": True,
    "reconcile_window": RECONCILE_WINDOW,
}


def _jobs(client: JobClient) -> Jobs:
    jobs = getattr(client, "jobs", None)  # a client's own, with its poll defaults; a bare JobClient gets new ones
    return jobs if isinstance(jobs, Jobs) else Jobs(client)


# Any: the options once checked (check_load/check_extraction), each read by name as the type it was checked to be.
def with_defaults(flow: str, defaults: Mapping[str, object], given: Mapping[str, object]) -> dict[str, Any]:
    """``given`` over ``defaults``; a name not among them is an error with a did-you-mean."""
    for key in given:
        if key not in defaults:
            raise unexpected(flow, key, [*defaults, "wait"])
    return {**defaults, **given}


R = TypeVar("R", bound=LoadResult)


@attrs.frozen
class Flow(Generic[R]):
    """A flow planned once: the start (operations and plan), how to follow the job, and how to report it."""

    name: str  # the flow's, for its span: load, extract_and_load
    client: JobClient
    poll: PollSchedule
    start: Callable[[DataAndJobHandling, Sleep], Plan[str]]  # the start, reconciled: the ID of the job it started
    follow: Callable[[str], JobFuture]
    result: type[R]
    wait: bool
    timeout: float | None
    raise_on_failure: bool

    def finish(self, tree: JobTree | None, error: JobError | None = None) -> R:
        if error is not None and (self.raise_on_failure or tree is None):
            raise error
        assert tree is not None  # JobFailed and JobCancelled always carry the finished tree
        return self.result.from_tree(tree, error)

    def failed(self, future: JobFuture, exc: Exception) -> R:
        """The wait raised ``exc``: a failed or cancelled job is a result; anything else is raised, naming the job."""
        if isinstance(exc, JobFailed | JobCancelled):
            return self.finish(exc.tree, exc)
        if isinstance(exc, VisierError):
            exc.attach_job(future.job_id, future)  # already named by the future's check; this covers anything else
        raise exc


def drive(flow: Flow[R]) -> R | JobFuture:
    """Run a planned flow with the sync operations, in the flow's span."""
    with observed_flow(flow.name) as scope:
        future = flow.follow(run(flow.client, lambda ops: flow.start(ops, ready(flow.poll.sleep))))
        scope.job(future.job_id)
        try:
            return flow.finish(future.result(flow.timeout)) if flow.wait else future
        except Exception as exc:
            return flow.failed(future, exc)


async def adrive(flow: Flow[R]) -> R | JobFuture:
    """Run a planned flow with the async operations, in the flow's span."""
    with observed_flow(flow.name) as scope:
        future = flow.follow(await arun(flow.client, lambda ops: flow.start(ops, flow.poll.asleep)))
        scope.job(future.job_id)
        try:
            return flow.finish(await future.aresult(flow.timeout)) if flow.wait else future
        except Exception as exc:
            return flow.failed(future, exc)


def _plan(
    name: str,
    client: JobClient,
    request: StartRequest,
    options: Mapping[str, Any],  # Any: as with_defaults gives them
    kind: JobKind,
    expect: Expect,
    wait: bool,
    result: type[R],
) -> Flow[R]:
    poll = options["poll"] or _jobs(client).poll

    def follow(job_id: str) -> JobFuture:
        return _jobs(client).future(
            job_id,
            kind,
            poll=poll,
            on_progress=options["on_progress"],
            target_tenant_id=options["target_tenant_id"],
            expect=expect,
        )

    started = started_jobs(client)

    def start(ops: DataAndJobHandling, sleep: Sleep) -> Plan[str]:
        return start_once(ops, sleep, request, poll, started)

    return Flow(name, client, poll, start, follow, result, wait, options["timeout"], options["raise_on_failure"])


# -- load ------------------------------------------------------------------------------------------------------------


def plan_load(
    client: JobClient, flow: str, files: Sequence[str], wait: bool, given: Mapping[str, object]
) -> Flow[LoadResult]:
    """Load uploaded files (startLoad) and, with ``wait``, follow every tenant's receiving and processing jobs."""
    options = with_defaults(flow, {**FLOW_DEFAULTS, "skip_data_load": None}, given)
    skip_data_load = options["skip_data_load"]
    check_load(flow, files, skip_data_load, {**options, "wait": wait})
    from visier_data_handling_api.models import DataLoadRequestModel  # the models: on first use only

    model = DataLoadRequestModel(files=list(files))
    if skip_data_load is not None:
        model.skip_data_load = skip_data_load
    tenant = options["target_tenant_id"]
    from visier_data_handling_api.api.data_and_job_handling import start_load

    request = StartRequest(
        operation=start_load.OPERATION.name,
        send=lambda ops: ops.astart_load(model=model, target_tenant_id=tenant),
        job_type="RECEIVING_JOB",
        files=frozenset(files),
        tenant=tenant,
        reconcile=options["reconcile"],
        window=options["reconcile_window"],
    )
    expect = Expect(processing=not skip_data_load)
    return _plan("load", client, request, options, JobKind.RECEIVING, expect, wait, LoadResult)


def load(client: JobClient, files: Sequence[str], *, wait: bool = True, **options: object) -> LoadResult | JobFuture:
    """startLoad, then (with ``wait``) the whole job tree's outcome; see :class:`LoadOptions`."""
    return drive(plan_load(client, "load", files, wait, options))


async def aload(
    client: JobClient, files: Sequence[str], *, wait: bool = True, **options: object
) -> LoadResult | JobFuture:
    """The async twin of :func:`load`."""
    return await adrive(plan_load(client, "aload", files, wait, options))


# -- extract and load ------------------------------------------------------------------------------------------------


def plan_extraction(client: JobClient, flow: str, wait: bool, given: Mapping[str, object]) -> Flow[ExtractionResult]:
    """Run data connector extractions (startExtraction) and, with ``wait``, follow the whole job tree.

    ``run_processing_job`` defaults to True here -- extract *and load* -- so each tenant gets a new data version.
    Other startExtraction body fields (``data_category_id=...``) are passed on as given.
    """
    flow_names = {**FLOW_DEFAULTS, "tenants": None, "all_tenants": None, "run_processing_job": True}
    body_names = dict.fromkeys(StartExtractionFields.__optional_keys__ | StartExtractionFields.__required_keys__)
    options = with_defaults(flow, {**body_names, **flow_names}, given)
    tenants, all_tenants, run_processing_job = options["tenants"], options["all_tenants"], options["run_processing_job"]
    check_extraction(flow, tenants, all_tenants, run_processing_job, {**options, "wait": wait})
    body = {k: v for k, v in options.items() if k not in flow_names and k in given}
    body["run_processing_job"] = run_processing_job
    if tenants is not None:
        body["tenants"] = list(tenants)
    if all_tenants is not None:
        body["all_tenants"] = all_tenants
    # Extracted data goes to a receiving job unless it goes to SQL tables or makes no artifacts.
    receiving = not body.get("disable_artifact_generation") and body.get("output_target") != "SQL"
    tenant = options["target_tenant_id"]
    from visier_data_handling_api.api.data_and_job_handling import start_extraction

    request = StartRequest(
        operation=start_extraction.OPERATION.name,
        send=lambda ops: ops.astart_extraction(**body, target_tenant_id=tenant),
        job_type="DISPATCHING_JOB",
        tenants=None if tenants is None else frozenset(tenants),
        tenant=tenant,
        reconcile=options["reconcile"],
        window=options["reconcile_window"],
    )
    expect = Expect(receiving=receiving, processing=receiving and run_processing_job)
    return _plan("extract_and_load", client, request, options, JobKind.DISPATCHING, expect, wait, ExtractionResult)


def extract_and_load(client: JobClient, *, wait: bool = True, **options: object) -> ExtractionResult | JobFuture:
    """startExtraction, then (with ``wait``) the whole job tree's outcome; see :class:`ExtractionOptions`."""
    return drive(plan_extraction(client, "extract_and_load", wait, options))


async def aextract_and_load(client: JobClient, *, wait: bool = True, **options: object) -> ExtractionResult | JobFuture:
    """The async twin of :func:`extract_and_load`."""
    return await adrive(plan_extraction(client, "aextract_and_load", wait, options))


__all__ = ["ExtractionOptions", "ExtractionResult", "FlowOptions", "LoadOptions", "LoadResult", "TenantOutcome"]
