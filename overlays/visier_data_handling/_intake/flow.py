"""``client.intake(files={"Employee": "employee.csv"})``: load files straight into Visier's objects through one Direct
Data Intake transaction, and follow the processing job its commit starts.

Every file is checked before a transaction opens: locally (it exists, can be read, is CSV or ZIP), then against its
object's load schema (columns, mandatory values). Then one transaction is started, each file uploaded, and the
transaction committed exactly once (``transaction.py``); any failure before the commit rolls it back. With
``wait=True`` (the default) the result is an :class:`IntakeResult`, per object and tenant; with ``wait=False``, the
processing job's :class:`JobFuture`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypedDict

import attrs
from visier_data_handling_api.facts import INTAKE_DRAFT_ID

from .._exceptions import InvalidArgument, VisierError
from .._flows.checks import check_common
from .._flows.flow import FLOW_DEFAULTS, with_defaults
from .._flows.results import LoadResult, TenantOutcome
from .._jobs.callbacks import ProgressCallback
from .._jobs.errors import JobCancelled, JobError, JobFailed
from .._jobs.polling import PollSchedule
from .._jobs.snapshot import Expect, JobClient, text
from .._jobs.tree import JobKind, JobTree
from .._observe.flows import FlowScope
from .._observe.flows import flow as observed_flow
from .._twins import finish, ready
from .checks import check_files
from .transaction import Committed, IntakeRequest, Sleep, owned_transactions, run_transaction
from .upload import UploadProgressCallback, upload_step

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DirectDataIntake

    from .._jobs.future import JobFuture
    from .._jobs.namespace import Jobs


TRANSACTION_ID = "visier.transaction_id"


class IntakeClient(JobClient, Protocol):
    """What an intake needs of a client (``VisierDataHandling`` is one)."""

    @property
    def direct_data_intake(self) -> DirectDataIntake: ...

    @property
    def sync_driven_direct_data_intake(self) -> DirectDataIntake: ...

    @property
    def jobs(self) -> Jobs: ...


class IntakeOptions(TypedDict, total=False):
    """``intake``'s options: the draft, the flow's (waiting, progress, failures, tenant, the commit's settle window),
    and upload progress."""

    draft_id: str
    timeout: float | None
    poll: PollSchedule | None
    on_progress: ProgressCallback | None
    on_upload_progress: UploadProgressCallback | None
    raise_on_failure: bool
    target_tenant_id: str | None
    reconcile_window: float
    on_transaction: Callable[[str], object] | None  # called with the transaction's ID the moment it exists


@attrs.frozen
class IntakeResult(LoadResult):
    """The outcome of an intake: the committed transaction, its processing job, and each object's file.

    ``tenants`` has the tenant's outcome (a transaction loads into one tenant); ``per_object`` pairs it with each
    object the transaction loaded.
    """

    transaction_id: str = ""
    objects: dict[str, str] = attrs.field(factory=dict)  # object name -> the local file loaded into it

    @property
    def per_object(self) -> dict[str, dict[str, TenantOutcome]]:
        return {name: dict(self.tenants) for name in self.objects}

    def summary(self) -> str:
        head = f"transaction {self.transaction_id} ({', '.join(self.objects)}): "
        return head + super().summary()


@attrs.frozen
class IntakePlan:
    """An intake checked and planned: what to send, how to follow its job, and how to report it."""

    client: IntakeClient
    request: IntakeRequest
    poll: PollSchedule
    wait: bool
    timeout: float | None
    raise_on_failure: bool
    on_progress: ProgressCallback | None
    on_transaction: Callable[[str], object] | None


def _check_draft(flow: str, draft_id: object) -> str:
    if not isinstance(draft_id, str) or not draft_id.strip():
        raise InvalidArgument(f"{flow}(): draft_id must be a non-empty string, not {draft_id!r}", argument="draft_id")
    return draft_id


def plan_intake(client: IntakeClient, flow: str, files: object, wait: bool, given: Mapping[str, object]) -> IntakePlan:
    """Every argument and every local file checked (no request yet), and the intake planned."""
    defaults = {**FLOW_DEFAULTS, "draft_id": INTAKE_DRAFT_ID, "on_upload_progress": None, "on_transaction": None}
    defaults.pop("reconcile")  # a commit is always reconciled: it must never be sent twice
    options: dict[str, Any] = with_defaults(flow, defaults, given)  # Any: each read as the type it is checked to be
    check_common(flow, {**options, "wait": wait, "reconcile": True})
    if options["on_transaction"] is not None and not callable(options["on_transaction"]):
        raise InvalidArgument(f"{flow}(): on_transaction must be callable (or None)", argument="on_transaction")
    checked = check_files(files)
    poll = options["poll"] or client.jobs.poll
    tenant = options["target_tenant_id"]
    request = IntakeRequest(
        files=checked,
        draft_id=_check_draft(flow, options["draft_id"]),
        tenant=tenant,
        poll=poll,
        window=options["reconcile_window"],
        upload=upload_step(flow, options["draft_id"], tenant, options["on_upload_progress"]),
    )
    return IntakePlan(client, request, poll, wait, options["timeout"], options["raise_on_failure"],
                      options["on_progress"], options["on_transaction"])


def _future(plan: IntakePlan, committed: Committed, scope: FlowScope) -> JobFuture:
    scope.span.set(TRANSACTION_ID, committed.transaction_id)
    scope.job(committed.job_id)
    future = plan.client.jobs.future(
        committed.job_id,
        JobKind.PROCESSING,
        poll=plan.poll,
        on_progress=plan.on_progress,
        target_tenant_id=plan.request.tenant,
        expect=Expect(processing=False, receiving=False),
    )
    return future


def _result(plan: IntakePlan, committed: Committed, tree: JobTree, error: JobError | None) -> IntakeResult:
    if error is not None and plan.raise_on_failure:
        raise error
    base = LoadResult.from_tree(tree, error)
    objects = {f.object_name: str(f.path) for f in plan.request.files}
    return IntakeResult(**attrs.asdict(base, recurse=False), transaction_id=committed.transaction_id, objects=objects)


def _failed(
    plan: IntakePlan, committed: Committed, future: JobFuture, exc: Exception, message: str | None = None
) -> IntakeResult:
    if isinstance(exc, JobFailed | JobCancelled) and exc.tree is not None:
        result = _result(plan, committed, exc.tree, exc)
        if message is None:
            return result
        tenants = {code: outcome if outcome.ok else attrs.evolve(outcome, message=message)
                   for code, outcome in result.tenants.items()}
        return attrs.evolve(result, tenants=tenants)
    if isinstance(exc, VisierError):
        exc.attach_job(future.job_id, future)
        exc.attach_transaction(committed.transaction_id, rolled_back=False)
    raise exc


def drive(plan: IntakePlan) -> IntakeResult | JobFuture:
    """Run a planned intake with the sync operations, in the flow's span."""
    sleep: Sleep = ready(plan.poll.sleep)
    owned = owned_transactions(plan.client)
    ops = plan.client.sync_driven_direct_data_intake
    with observed_flow("intake") as scope:
        committed = finish(run_transaction(ops, sleep, plan.request, owned, plan.on_transaction))
        future = _future(plan, committed, scope)
        if not plan.wait:
            return future
        try:
            return _result(plan, committed, future.result(plan.timeout), None)
        except Exception as exc:
            message = finish(_failure_message(ops, plan, committed)) if isinstance(exc, JobFailed) else None
            return _failed(plan, committed, future, exc, message)


async def adrive(plan: IntakePlan) -> IntakeResult | JobFuture:
    """Run a planned intake with the async operations, in the flow's span."""
    owned = owned_transactions(plan.client)
    ops = plan.client.direct_data_intake
    with observed_flow("intake") as scope:
        committed = await run_transaction(ops, plan.poll.asleep, plan.request, owned, plan.on_transaction)
        future = _future(plan, committed, scope)
        if not plan.wait:
            return future
        try:
            return _result(plan, committed, await future.aresult(plan.timeout), None)
        except Exception as exc:
            message = await _failure_message(ops, plan, committed) if isinstance(exc, JobFailed) else None
            return _failed(plan, committed, future, exc, message)


async def _failure_message(ops: DirectDataIntake, plan: IntakePlan, committed: Committed) -> str | None:
    """Why the processing job failed, in the service's words: transactionStatus has them, jobIdStatus does not."""
    try:
        request = plan.request
        status = await ops.atransaction_status(
            draft_id=request.draft_id, transaction_id=committed.transaction_id, target_tenant_id=request.tenant
        )
    except VisierError:
        return None  # the result still says the job failed, in the job's own words
    return text(status.message)
