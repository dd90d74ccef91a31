"""One checked file into an open transaction: the one DDI upload path (``_flows/intake_upload.py``), with progress."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .._exceptions import InvalidArgument
from .._flows.intake_upload import upload_to_transaction
from .._flows.upload_check import UploadProgressCallback
from .checks import IntakeFile

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DirectDataIntake

__all__ = ["UploadProgressCallback", "upload_step"]


def upload_step(
    flow: str, draft_id: str, tenant: str | None, on_progress: UploadProgressCallback | None
) -> Callable[[DirectDataIntake, str, IntakeFile], Awaitable[object]]:
    """The step that sends one checked file to a transaction, streamed, reporting progress as it goes; the file goes
    as the plan checked it, not checked again."""
    if on_progress is not None and not callable(on_progress):
        raise InvalidArgument(f"{flow}(): on_upload_progress must be callable (or None)", argument="on_upload_progress")

    def send(ops: DirectDataIntake, transaction_id: str, file: IntakeFile) -> Awaitable[object]:
        return upload_to_transaction(
            ops, transaction_id, file.object_name, file.file,
            draft_id=draft_id, target_tenant_id=tenant, on_progress=on_progress,
        )

    return send
