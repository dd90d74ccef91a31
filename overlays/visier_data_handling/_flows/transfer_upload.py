"""Data Intake: one local file sent to an open transfer session (uploadData) under its sequence number, streamed.

The same path as a Direct Data Intake upload (``intake_upload.py``): the file is checked first (``check_data_file``
with :data:`TRANSFER_FILES`: it exists, can be read, is CSV or ZIP by the spec's TRANSFER_FILE_EXTENSIONS, and is at
most TRANSFER_FILE_MAX_BYTES), then read in chunks through :class:`ProgressFile` into the generated ``aupload_data``,
so memory stays flat whatever its size. A retry (uploadData is a PUT) rewinds the file and sends it whole again, with
the same sequence number.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs
from visier_data_handling_api.facts import TRANSFER_FILE_EXTENSIONS, TRANSFER_FILE_MAX_BYTES
from visier_data_handling_api.types import File

from .._exceptions import APIConnectionError
from .upload_check import Accepts, CheckedFile, UploadProgressCallback
from .upload_progress import ProgressFile

if TYPE_CHECKING:
    from visier_data_handling_api.models import PushDataResponse
    from visier_data_handling_api.surface import DataIntake


TRANSFER_FILES = Accepts(TRANSFER_FILE_EXTENSIONS, "a transfer session", TRANSFER_FILE_MAX_BYTES)


@attrs.frozen(kw_only=True)
class SessionFile:
    """Where a file goes: the session, its sequence number, the source (None: routed by the file's name), the tenant."""

    session_id: str
    sequence: int
    source_id: str | None
    tenant_code: str | None
    target_tenant_id: str | None


async def upload_to_session(ops: DataIntake, where: SessionFile, file: CheckedFile,
                            on_progress: UploadProgressCallback | None = None) -> PushDataResponse:
    """Send the checked ``file`` to the session under ``where.sequence``, streamed with progress."""
    with ProgressFile(file.path, file.filename, file.size, on_progress) as body:
        try:
            return await ops.aupload_data(
                transfer_session_id=where.session_id,
                file=File(payload=body, file_name=file.filename, mime_type=file.mime_type),
                source_id=where.source_id,
                sequence=where.sequence,
                tenant_code=where.tenant_code,
                target_tenant_id=where.target_tenant_id,
            )
        except APIConnectionError as exc:
            advice = f"sending it again with sequence {where.sequence} is safe: the session keeps one file per sequence"
            raise body.lost(exc, advice) from exc.__cause__
