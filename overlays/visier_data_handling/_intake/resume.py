"""What became of a Direct Data Intake transaction (``client.intake_state``): still open, committed with its processing
job, or gone (rolled back, or unknown to the service).

For a caller that recorded a transaction's ID (``intake(on_transaction=...)``) and lost track of it -- a worker that
died, a process killed -- and must decide what to do next without ever committing twice: follow the job of a
committed transaction, roll back an open one and start again, or start again when it is gone. Rolling back an open
transaction is safe even if a commit of it is still on its way: a rolled-back transaction cannot be committed, and a
committed one cannot be rolled back, so the service's answer settles which one happened.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from .._exceptions import InvalidArgument, NotFound
from .._jobs.snapshot import text

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DirectDataIntake


class TransactionStage(StrEnum):
    """Where a transaction stands: ``OPEN`` (files may still be uploaded; commit or roll it back), ``COMMITTED``
    (its processing job is named), ``GONE`` (rolled back, or never known to the service: nothing of it loads)."""

    OPEN = "open"
    COMMITTED = "committed"
    GONE = "gone"


@attrs.frozen
class IntakeState:
    """A transaction's stage, and for a committed one its processing job and tenant (None until the service names
    the job, which it does shortly after the commit)."""

    transaction_id: str
    stage: TransactionStage
    job_id: str | None = None
    tenant_code: str | None = None


def check_transaction_id(flow: str, transaction_id: object) -> str:
    if not isinstance(transaction_id, str) or not transaction_id.strip():
        raise InvalidArgument(f"{flow}(): transaction_id must be a non-empty string, not {transaction_id!r}",
                              argument="transaction_id")
    return transaction_id


async def intake_state(ops: DirectDataIntake, transaction_id: str, draft_id: str, tenant: str | None) -> IntakeState:
    """The transaction's stage: listed among the open ones, else committed (``transactionStatus`` answers), else gone
    (it answers 404). Open is asked first: the service has no status for a transaction that is not committed."""
    listing = await ops.alist_transactions(draft_id=draft_id, target_tenant_id=tenant)
    if transaction_id in {text(t.transaction_id) for t in listing.transactions or []}:
        return IntakeState(transaction_id, TransactionStage.OPEN)
    try:
        status = await ops.atransaction_status(draft_id=draft_id, transaction_id=transaction_id,
                                               target_tenant_id=tenant)
    except NotFound:  # not open and no status: rolled back, or unknown to the service
        return IntakeState(transaction_id, TransactionStage.GONE)
    return IntakeState(transaction_id, TransactionStage.COMMITTED, text(status.job_id), text(status.tenant_code))
