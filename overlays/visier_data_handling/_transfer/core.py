"""One transfer session, written once as coroutines over the typed Data Intake operations (sync and async drive it).

Order of things: the source's definition is read (getSources) when the block is entered; records are checked as they
are pushed and gathered into batches; the session is opened (startTransfer) only when the first batch or file is
sent, so a record refused in the first batch means nothing was sent at all. Each batch and file gets the next
sequence number, in the order pushed.

Exactly once, when answers are lost:

* **start** (a POST): a session holds nothing until a batch is sent, so a start whose answer was lost is sent again;
  the session the lost one may have opened stays empty (named in the log).
* **a batch or a file** (PUTs): the retry layer resends the same request, and after its retries ran out the batch is
  sent again here (:data:`BATCH_RESENDS` times), always with its own sequence number, never a new one: the session
  keeps one batch per sequence, so a batch that arrived twice is held once.
* **complete** (a POST): after a lost answer it is sent again. If the session is still open, that send completes it;
  if the service refuses because it is no longer open, the lost send completed it, and the receiving job it started
  cannot be named: :class:`ServiceMayHaveActed` says so, with the session's ID.

Leaving with an error cancels the session (pushDataCancel), and a note on the error says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

import attrs
from visier_data_handling_api.facts import TRANSFER_SEQUENCE_MAXIMUM

from .._exceptions import (
    SETTING_ERRORS,
    TRANSIENT,
    ApiException,
    InvalidArgument,
    ServiceMayHaveActed,
    VisierError,
)
from .._flows.transfer_upload import TRANSFER_FILES, SessionFile, upload_to_session
from .._flows.upload_check import StrPath, UploadProgressCallback, check_data_file
from .._http.log import logger
from .._jobs.snapshot import text
from .records import Batcher, BatchLimits, SourceDefinition, check_record, pick_source, source_definitions

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from visier_data_handling_api.surface import DataIntake

BATCH_RESENDS = 2  # sends of a batch after the retry layer gave up, each with the batch's own sequence number
COMPLETE_RESENDS = 2
START_RESENDS = 2
FIRST_SEQUENCE = 1


@attrs.frozen(kw_only=True)
class TransferRequest:
    """What one session was asked: the source, the tenant to send to, batch sizes, processing, the tenant acted as."""

    source: str
    tenant: str | None
    limits: BatchLimits
    processing: bool
    target_tenant_id: str | None


class TransferCore:
    """The session's state and steps; each step is a coroutine on the operations it is given."""

    def __init__(self, request: TransferRequest) -> None:
        self.request = request
        self.source: SourceDefinition | None = None
        self.session_id: str | None = None
        self.sequences: list[int] = []  # the sequence numbers sent, in order
        self.records = 0
        self.completing = False  # pushDataComplete was sent: a lost answer may mean it was completed
        self.lost_starts = 0  # startTransfer answers lost: each may have opened a session that holds nothing
        self.closed = False
        self._batcher = Batcher(request.limits)

    async def prepare(self, ops: DataIntake) -> None:
        """Read the source's definition, which every record is checked against."""
        answer = await ops.aget_sources(target_tenant_id=self.request.target_tenant_id)
        self.source = pick_source(source_definitions(answer), self.request.source)

    def _usable(self) -> SourceDefinition:
        if self.source is None or self.closed:
            state = "has ended" if self.closed else "is used outside its with block"
            raise InvalidArgument(f"this transfer session {state}; start another with client.transfer()",
                                  argument="session")
        return self.source

    async def push(self, ops: DataIntake, records: Iterable[Mapping[str, object]]) -> None:
        """Check each record, gather it, and send each batch that fills up."""
        source = self._usable()
        if isinstance(records, Mapping | str | bytes) or not isinstance(records, Iterable):
            raise InvalidArgument("push() takes an iterable of records (dicts of column to value); for one record, "
                                  "push([record])", argument="records")
        for record in records:
            cells = check_record(source, self.records + 1, record)
            self.records += 1
            for body in self._batcher.add(self.records, cells):
                await self._send_batch(ops, body)

    async def flush(self, ops: DataIntake) -> None:
        """Send the records gathered so far, as one batch."""
        self._usable()
        for body in self._batcher.drain():
            await self._send_batch(ops, body)

    async def upload(self, ops: DataIntake, path: StrPath, source: str | None,
                     on_progress: UploadProgressCallback | None) -> None:
        """Send one file, after the records pushed before it; to ``source`` (default: the session's; "" routes it by
        its name)."""
        if on_progress is not None and not callable(on_progress):
            raise InvalidArgument(f"on_progress must be callable (or None), not {on_progress!r}",
                                  argument="on_progress")
        file = check_data_file(path, TRANSFER_FILES)
        source_id = self._usable().source_id if source is None else None
        if source:
            source_id = pick_source(source_definitions(await ops.aget_sources(
                target_tenant_id=self.request.target_tenant_id)), source).source_id
        await self.flush(ops)
        where = SessionFile(session_id=await self._open(ops), sequence=self._next(), source_id=source_id,
                            tenant_code=self.request.tenant, target_tenant_id=self.request.target_tenant_id)
        await self._resending(where.sequence, f"file {file.filename!r}",
                              lambda: upload_to_session(ops, where, file, on_progress))

    async def _send_batch(self, ops: DataIntake, body: str) -> None:
        session_id, sequence = await self._open(ops), self._next()
        source = self._usable()

        def send() -> Awaitable[object]:
            return ops.apush_data(transfer_session_id=session_id, body=body, source_id=source.source_id,
                                  sequence=sequence, tenant_code=self.request.tenant,
                                  target_tenant_id=self.request.target_tenant_id)

        await self._resending(sequence, "batch", send)

    def _next(self) -> int:
        sequence = self.sequences[-1] + 1 if self.sequences else FIRST_SEQUENCE
        if sequence > TRANSFER_SEQUENCE_MAXIMUM:
            raise InvalidArgument(f"a session numbers at most {TRANSFER_SEQUENCE_MAXIMUM} batches; start another",
                                  argument="records")
        self.sequences.append(sequence)
        return sequence

    async def _resending(self, sequence: int, what: str, send: Callable[[], Awaitable[object]]) -> None:
        """Send, and after a lost answer or a failure the service may not have acted on, send again: with the same
        sequence number, so the session keeps the batch once."""
        for attempt in range(BATCH_RESENDS + 1):
            try:
                await send()
                return
            except SETTING_ERRORS:
                raise
            except TRANSIENT as exc:
                if attempt == BATCH_RESENDS:
                    exc.add_note(f"{what} {sequence} of transfer session {self.session_id} was sent "
                                 f"{attempt + 1} times, always with sequence {sequence}")
                    raise
                logger.warning("transfer session %s: %s %d failed (%s); sending it again with sequence %d",
                               self.session_id, what, sequence, exc, sequence)

    async def _open(self, ops: DataIntake) -> str:
        if self.session_id is not None:
            return self.session_id
        for attempt in range(START_RESENDS + 1):
            try:
                answer = await ops.astart_transfer(target_tenant_id=self.request.target_tenant_id)
            except ServiceMayHaveActed as lost:
                self.lost_starts += 1
                if attempt == START_RESENDS:
                    raise
                logger.warning("startTransfer: the answer was lost (%s); starting another session (the one it may "
                               "have opened holds nothing)", lost)
                continue
            session_id = text(answer.transfer_session_id)
            if session_id is None:
                raise ApiException(200, "startTransfer answered without a transferSessionId")
            self.session_id = session_id
            return session_id
        raise AssertionError("unreachable")

    async def complete(self, ops: DataIntake) -> str:
        """Send what is gathered, complete the session once, and return its receiving job's ID."""
        await self.flush(ops)
        session_id = await self._open(ops)
        self.closed = self.completing = True
        lost: ServiceMayHaveActed | None = None
        for attempt in range(COMPLETE_RESENDS + 1):
            try:
                answer = await ops.apush_data_complete(transfer_session_id=session_id,
                                                       processing_data=self.request.processing,
                                                       target_tenant_id=self.request.target_tenant_id)
            except ServiceMayHaveActed as exc:
                lost = exc
                logger.warning("pushDataComplete %s: the answer was lost (%s); sending it again", session_id, exc)
                if attempt == COMPLETE_RESENDS:
                    raise
                continue
            except ApiException as refused:  # a resend refused as completed already: 409 Conflict (the mock), or 400
                if lost is None or refused.status not in (400, 409):
                    raise
                raise ServiceMayHaveActed(
                    f"transfer session {session_id} was completed, but the answer naming its receiving job was lost; "
                    "find the job with visier-dh jobs list (a receiving job started just now)",
                    operation="pushDataComplete", sent_at=lost.sent_at) from refused
            job_id = text(answer.data_receiving_job_id)
            if job_id is None:
                raise ApiException(200, f"pushDataComplete answered without a dataReceivingJobId for {session_id}")
            return job_id
        raise AssertionError("unreachable")

    async def cancel(self, ops: DataIntake, cause: BaseException) -> None:
        """Cancel the session after ``cause``, and say so on it."""
        self.closed = True
        session_id = self.session_id
        if session_id is None:
            cause.add_note("no transfer session was opened: nothing was sent" if not self.lost_starts else
                           "nothing was sent (a startTransfer whose answer was lost may have opened a session, "
                           "which holds nothing)")
            return
        try:
            await ops.apush_data_cancel(transfer_session_id=session_id, target_tenant_id=self.request.target_tenant_id)
        except VisierError as failed:
            cause.add_note(f"transfer session {session_id} could not be cancelled ({failed}); it will not be "
                           "completed, so nothing it received is loaded")
            return
        cause.add_note(f"transfer session {session_id} was cancelled (pushDataCancel): nothing it received is kept")
