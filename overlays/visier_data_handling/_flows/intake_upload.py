"""Direct Data Intake: one local file uploaded to an open transaction, for one object, streamed with progress.

    uploaded = await upload_to_transaction(client.direct_data_intake, transaction_id, "Employee", "employees.csv")
    uploaded = finish(upload_to_transaction(client.sync_driven_direct_data_intake, transaction_id, "Employee", path))

Written once as a coroutine against the generated ``aupload_file``: awaited on ``client.direct_data_intake`` it is
the async twin; on ``client.sync_driven_direct_data_intake`` it never suspends, so ``_twins.finish`` runs it as the
sync twin. The call goes through the one caller (auth, timeouts, retries, error naming).

Checked before anything is sent: the transaction and object are named, the file exists, is a file and can be read,
and it is CSV or ZIP by its extension (the spec's x-file-extensions on uploadFile's file). httpx's multipart stream
reads the open file in 64 KiB chunks and seeks it to its start before each try, so memory stays flat whatever the
file's size, and a retry after a 503 or a dropped connection sends the whole file again, never the rest of it as if
it were all (uploadFile is a PUT: sending the file again replaces it in the transaction).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import attrs
from visier_data_handling_api.facts import INTAKE_DRAFT_ID, INTAKE_FILE_EXTENSIONS
from visier_data_handling_api.types import File

from .._exceptions import APIConnectionError, InvalidArgument
from .upload_check import Accepts, CheckedFile, StrPath, UploadProgressCallback, check_data_file
from .upload_progress import ProgressFile

if TYPE_CHECKING:
    from visier_data_handling_api.models import DirectDataUploadFileResponseDTO
    from visier_data_handling_api.surface import DirectDataIntake


INTAKE_FILES = Accepts(INTAKE_FILE_EXTENSIONS, "a transaction")


@attrs.frozen
class IntakeUploadResult:
    """A file the transaction received for ``object_name`` (received, not loaded: that is known after the commit).
    ``tries`` is how many times its body was sent (more than 1 when a retry sent it again); ``answer`` the service's."""

    transaction_id: str
    object_name: str
    filename: str
    size: int
    elapsed: float
    tries: int
    answer: DirectDataUploadFileResponseDTO = attrs.field(repr=False)


def _named(argument: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InvalidArgument(f"{argument} must be a non-empty str, not {value!r}", argument=argument)
    return value


async def upload_to_transaction(
    ops: DirectDataIntake,
    transaction_id: str,
    object_name: str,
    path: StrPath | CheckedFile,
    *,
    draft_id: str = INTAKE_DRAFT_ID,
    target_tenant_id: str | None = None,
    on_progress: UploadProgressCallback | None = None,
) -> IntakeUploadResult:
    """Upload the local CSV or ZIP file at ``path`` to the open transaction ``transaction_id``, for
    ``object_name`` (such as ``Employee``), streamed; ``on_progress`` gets :class:`UploadProgress` as it is sent.
    A :class:`CheckedFile` (an intake's plan checked it before the transaction opened) is sent as it is."""
    _named("transaction_id", transaction_id)
    _named("object_name", object_name)
    _named("draft_id", draft_id)
    if on_progress is not None and not callable(on_progress):
        raise InvalidArgument(f"on_progress must be callable (or None), not {on_progress!r}", argument="on_progress")
    local = path if isinstance(path, CheckedFile) else check_data_file(path, INTAKE_FILES)
    started = time.monotonic()
    with ProgressFile(local.path, local.filename, local.size, on_progress) as body:
        file = File(payload=body, file_name=local.filename, mime_type=local.mime_type)
        try:
            answer = await ops.aupload_file(
                draft_id=draft_id,
                transaction_id=transaction_id,
                object_name=object_name,
                file=file,
                target_tenant_id=target_tenant_id,
            )
        except APIConnectionError as exc:
            advice = f"transaction {transaction_id!r} is still open: upload the file to it again"
            raise body.lost(exc, advice) from exc.__cause__
    elapsed = time.monotonic() - started
    return IntakeUploadResult(transaction_id, object_name, local.filename, local.size, elapsed, body.tries, answer)
