"""One file into an open transaction (``uploadFile``), through the generated operation and the one caller."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from .._flows.upload_check import UploadProgress, UploadProgressCallback
from .checks import IntakeFile

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DirectDataIntake

MEDIA_TYPES = {"csv": "text/csv", "zip": "application/zip"}

__all__ = ["UploadProgressCallback", "upload_step"]


def upload_step(
    flow: str, draft_id: str, tenant: str | None, on_progress: UploadProgressCallback | None
) -> Callable[[DirectDataIntake, str, IntakeFile], Awaitable[object]]:
    """The step that sends one checked file to a transaction, reporting progress when asked."""
    if on_progress is not None and not callable(on_progress):
        from .._exceptions import InvalidArgument

        raise InvalidArgument(f"{flow}(): on_upload_progress must be callable (or None)", argument="on_upload_progress")

    async def send(ops: DirectDataIntake, transaction_id: str, file: IntakeFile) -> object:
        from visier_data_handling_api.types import File

        with file.path.open("rb") as payload:
            answer = await ops.aupload_file(
                draft_id=draft_id,
                transaction_id=transaction_id,
                object_name=file.object_name,
                file=File(payload=payload, file_name=file.path.name, mime_type=MEDIA_TYPES[file.kind]),
                target_tenant_id=tenant,
            )
        if on_progress is not None:
            on_progress(UploadProgress(file.path.name, file.size, file.size))
        return answer

    return send
