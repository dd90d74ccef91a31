"""One Direct Data Intake transaction, written once as a coroutine over the typed operations (sync and async drive it):
check against the load schemas, start, upload each file, commit exactly once, roll back on any failure before the
commit.

Exactly once, when answers are lost:

* **start** (``startTransaction``, a POST): a transaction holds nothing until a file is uploaded to it, so a start
  whose answer was lost is simply sent again; a transaction the lost start may have opened stays empty, and is
  named in the log (with how to roll it back), never adopted, since it could be another caller's.
* **upload** (``uploadFile``, a PUT of one object's file): sending it again replaces the same object's file, so the
  retry layer repeats it like any idempotent request.
* **commit** (``commitTransaction``, a POST): never sent blindly again. After a lost answer the flow looks, at the
  poll schedule's pace for up to the settle window: a transaction that left the open list was committed, and
  ``transactionStatus`` names its processing job. Only when it is still open after the window, which shows the
  service did not act, is the commit sent again; the service refuses a second commit of one transaction, and a
  refusal is checked the same way. A commit the service refused (a 4xx, or 429/503 once the retries ran out), or
  one still not committed after the last send, leaves the transaction rolled back.

Any failure before the commit (a refused upload, an interrupt, a timeout) rolls the transaction back before it is
raised, and the error says so; nothing is left open.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING

import attrs

from .._exceptions import SETTING_ERRORS, TRANSIENT, APIConnectionError, ApiException, ServiceMayHaveActed, VisierError
from .._flows.claimed import ClaimedIds, PerClient
from .._http.log import logger
from .._jobs.polling import Deadline, PollSchedule
from .._jobs.snapshot import text
from .checks import IntakeFile, SchemaColumn, check_against_schema

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DirectDataIntake

Sleep = Callable[[float], Awaitable[None]]
UploadStep = Callable[["DirectDataIntake", str, IntakeFile], Awaitable[object]]
# Sends of the commit after the first, each made only once the transaction was seen still open after the window.
COMMIT_RESENDS = 2
CONFLICT = 409  # the service's answer to a second commit of one transaction
UNDONE = (429, 503)  # statuses that say the service did not act (the retries for them ran out)


@attrs.frozen(kw_only=True)
class IntakeRequest:
    """What one intake call asked: its files (checked locally), the draft and tenant, and how to reconcile."""

    files: Sequence[IntakeFile]
    draft_id: str
    tenant: str | None
    poll: PollSchedule
    window: float  # the settle window: how late the service may act on a commit whose answer was lost
    upload: UploadStep  # sends one file (the one upload path, with progress)


@attrs.frozen
class Committed:
    """A committed transaction and the processing job its commit started."""

    transaction_id: str
    job_id: str
    tenant: str | None


# The transactions each client opened, so that nothing here ever takes another caller's for its own.
owned_transactions: PerClient[ClaimedIds] = PerClient(ClaimedIds)


async def schema_columns(ops: DirectDataIntake, request: IntakeRequest, object_name: str) -> list[SchemaColumn]:
    schema = await ops.aobject_schema(
        draft_id=request.draft_id, object_name=object_name, target_tenant_id=request.tenant
    )
    columns = []
    for field in schema.schema or []:
        name = text(field.name)
        if name:
            columns.append(SchemaColumn(name, field.is_mandatory is True and field.empty_values_allowed is not True))
    return columns


async def check_schemas(ops: DirectDataIntake, request: IntakeRequest) -> None:
    """Every file against its object's load schema (asked once per object), before any transaction opens."""
    schemas: dict[str, list[SchemaColumn]] = {}
    for file in request.files:
        if file.object_name not in schemas:
            schemas[file.object_name] = await schema_columns(ops, request, file.object_name)
        check_against_schema(file, schemas[file.object_name])


async def run_transaction(ops: DirectDataIntake, sleep: Sleep, request: IntakeRequest, owned: ClaimedIds,
                          on_started: Callable[[str], object] | None = None) -> Committed:
    """Check, start, upload, commit once; roll back on any failure before the commit."""
    await check_schemas(ops, request)
    transaction_id = await _start(ops, request, owned)
    try:
        if on_started is not None:
            on_started(transaction_id)
        for file in request.files:
            await request.upload(ops, transaction_id, file)
    except BaseException as exc:  # an interrupt or a cancellation too: nothing is left open
        await _roll_back(ops, request, transaction_id, exc)
        raise
    return await commit_once(ops, sleep, request, transaction_id)


async def _start(ops: DirectDataIntake, request: IntakeRequest, owned: ClaimedIds) -> str:
    for attempt in range(COMMIT_RESENDS + 1):
        try:
            answer = await ops.astart_transaction(draft_id=request.draft_id, target_tenant_id=request.tenant)
        except ServiceMayHaveActed as lost:
            if attempt == COMMIT_RESENDS:
                raise
            logger.warning("startTransaction: the answer was lost (%s); starting another, empty, one", lost)
            await _name_strays(ops, request, owned)
            continue
        transaction_id = text(answer.transaction_id)
        if transaction_id is None:
            raise ApiException(200, "startTransaction answered without a transactionId")
        owned.claim(transaction_id)
        return transaction_id
    raise AssertionError("unreachable")


async def _name_strays(ops: DirectDataIntake, request: IntakeRequest, owned: ClaimedIds) -> None:
    """Log the open transactions no call of this client owns: a lost start may have opened one of them."""
    try:
        listing = await ops.alist_transactions(draft_id=request.draft_id, target_tenant_id=request.tenant)
    except TRANSIENT:
        return
    strays = [t for t in (text(x.transaction_id) for x in listing.transactions or []) if t and t not in owned]
    if strays:
        logger.warning(
            "open transactions this client does not own (a lost start may have opened one; each is empty unless "
            "another caller uses it): %s; roll back one that is yours with visier-dh intake transactions rollback ID",
            ", ".join(strays),
        )


async def _roll_back(ops: DirectDataIntake, request: IntakeRequest, transaction_id: str, cause: BaseException) -> None:
    try:
        await ops.arollback_transaction(
            draft_id=request.draft_id, transaction_id=transaction_id, target_tenant_id=request.tenant
        )
    except VisierError as failed:
        cause.add_note(
            f"transaction {transaction_id} could not be rolled back ({failed}); it is still open: roll it back with "
            f"visier-dh intake transactions rollback {transaction_id}"
        )
        return
    cause.add_note(f"transaction {transaction_id} was rolled back: nothing was loaded, and nothing is left open")
    if isinstance(cause, VisierError):
        cause.attach_transaction(transaction_id, rolled_back=True)


async def commit_once(ops: DirectDataIntake, sleep: Sleep, request: IntakeRequest, transaction_id: str) -> Committed:
    """Commit the transaction exactly once and return its processing job (see the module docstring). A commit the
    service refused, or that could not be sent, leaves the transaction rolled back."""
    for attempt in range(COMMIT_RESENDS + 1):
        cause: Exception
        try:
            await ops.acommit_transaction(
                draft_id=request.draft_id, transaction_id=transaction_id, target_tenant_id=request.tenant
            )
        except ServiceMayHaveActed as lost:
            cause = lost
        except ApiException as refused:
            if (refused.status < 500 and not (attempt > 0 and refused.status == CONFLICT)) or refused.status in UNDONE:
                await _roll_back(ops, request, transaction_id, refused)  # the service said no: nothing was committed
                raise
            cause = refused  # a resend refused (the first commit acted after all?), or a 5xx that does not say
        else:
            return await _committed_job(ops, sleep, request, transaction_id)
        logger.warning("commitTransaction %s: %s; looking whether the service committed it", transaction_id, cause)
        if not await _still_open(ops, sleep, request, transaction_id):
            return await _committed_job(ops, sleep, request, transaction_id)
        if attempt == COMMIT_RESENDS:
            error = APIConnectionError(
                f"commitTransaction {transaction_id} failed {attempt + 1} times ({cause}) and the service did not "
                "commit the transaction"
            )
            await _roll_back(ops, request, transaction_id, error)
            raise error from cause
        logger.warning("transaction %s is still open after %.0f s; committing it again", transaction_id,
                       request.window)
    raise AssertionError("unreachable")


async def _still_open(ops: DirectDataIntake, sleep: Sleep, request: IntakeRequest, transaction_id: str) -> bool:
    """Whether the transaction stays in the open list for the whole settle window (the commit did not happen)."""
    deadline, delays = Deadline(request.poll, request.window), request.poll.delays()
    while True:
        try:
            listing = await ops.alist_transactions(draft_id=request.draft_id, target_tenant_id=request.tenant)
        except SETTING_ERRORS:
            raise
        except TRANSIENT as exc:
            logger.warning("listTransactions failed (%s); trying again", exc)
        else:
            open_ids = {text(t.transaction_id) for t in listing.transactions or []}
            if transaction_id not in open_ids:
                return False
        if deadline.expired():
            return True
        await sleep(deadline.clip(next(delays)))


async def _committed_job(ops: DirectDataIntake, sleep: Sleep, request: IntakeRequest, transaction_id: str) -> Committed:
    """The processing job of a committed transaction, once ``transactionStatus`` names it."""
    deadline, delays = Deadline(request.poll, request.window), request.poll.delays()
    while True:
        try:
            status = await ops.atransaction_status(
                draft_id=request.draft_id, transaction_id=transaction_id, target_tenant_id=request.tenant
            )
            job_id = text(status.job_id)
            if job_id is not None:
                return Committed(transaction_id, job_id, text(status.tenant_code) or request.tenant)
        except SETTING_ERRORS:
            raise
        except TRANSIENT as exc:
            logger.warning("transactionStatus %s failed (%s); trying again", transaction_id, exc)
        if deadline.expired():
            raise APIConnectionError(
                f"transaction {transaction_id} was committed but transactionStatus named no processing job within "
                f"{request.window:g} s; check it with visier-dh intake transactions status {transaction_id}"
            )
        await sleep(deadline.clip(next(delays)))
