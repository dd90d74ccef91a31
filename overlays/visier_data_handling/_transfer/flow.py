"""``with client.transfer("Employee", tenant="WFF_j1r~c7o") as session:``: push records and files to one Data Intake
transfer session, in numbered batches, and follow the receiving job its completion starts.

    with client.transfer("Employee", tenant="WFF_j1r~c7o", processing=True) as session:
        session.push(records)                 # dicts of column to value, checked against the source, batched
        session.upload("Employee_2026.csv")   # a CSV or ZIP file, streamed, after the records before it
    tree = session.job.result()               # the receiving job (and, with processing, its processing jobs)

Leaving the block normally sends what is gathered and completes the session (``session.job`` is then the receiving
job's :class:`JobFuture`); leaving it with an exception cancels the session (pushDataCancel), and a note on the
exception says so. ``async with client.atransfer(...)`` is the async twin. The steps are ``core.py``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypedDict

from visier_data_handling_api.facts import TRANSFER_BATCH_MAX_BYTES, TRANSFER_BATCH_MAX_RECORDS

from .._exceptions import InvalidArgument, ServiceMayHaveActed
from .._flows.flow import with_defaults
from .._flows.upload_check import StrPath, UploadProgressCallback
from .._jobs.callbacks import ProgressCallback
from .._jobs.polling import PollSchedule
from .._jobs.snapshot import Expect, JobClient
from .._jobs.tree import JobKind
from .._observe.flows import FlowScope
from .._observe.flows import flow as observed_flow
from .._observe.tracing import NO_SPAN
from .._twins import finish
from .core import TransferCore, TransferRequest
from .records import Value, check_limits

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataIntake

    from .._jobs.future import JobFuture
    from .._jobs.namespace import Jobs


SESSION_ID = "visier.transfer_session_id"


class TransferClient(JobClient, Protocol):
    """What a transfer session needs of a client (``VisierDataHandling`` is one)."""

    @property
    def data_intake(self) -> DataIntake: ...

    @property
    def sync_driven_data_intake(self) -> DataIntake: ...

    @property
    def jobs(self) -> Jobs: ...


class TransferOptions(TypedDict, total=False):
    """``transfer``'s options: the tenant to send to, whether processing follows, batch sizes (at most the spec's),
    the tenant to act as, and how the receiving job is followed."""

    tenant: str | None
    processing: bool
    batch_records: int
    batch_bytes: int
    target_tenant_id: str | None
    poll: PollSchedule | None
    on_progress: ProgressCallback | None


DEFAULTS: Mapping[str, object] = {
    "tenant": None, "processing": False, "batch_records": TRANSFER_BATCH_MAX_RECORDS,
    "batch_bytes": TRANSFER_BATCH_MAX_BYTES, "target_tenant_id": None, "poll": None, "on_progress": None,
}


def _text(flow: str, name: str, value: object, *, optional: bool) -> None:
    if (value is None and optional) or (isinstance(value, str) and value.strip()):
        return
    raise InvalidArgument(f"{flow}(): {name} must be a non-empty string{' (or None)' if optional else ''}, "
                          f"not {value!r}", argument=name)


class _Planned:
    """A session's checked arguments, shared by the sync and async sessions."""

    def __init__(self, client: TransferClient, flow: str, source: object, given: Mapping[str, object]) -> None:
        options: dict[str, Any] = with_defaults(flow, DEFAULTS, given)  # Any: each checked below before use
        _text(flow, "source", source, optional=False)
        _text(flow, "tenant", options["tenant"], optional=True)
        _text(flow, "target_tenant_id", options["target_tenant_id"], optional=True)
        if not isinstance(options["processing"], bool):
            raise InvalidArgument(f"{flow}(): processing must be True or False, not {options['processing']!r}",
                                  argument="processing")
        if options["poll"] is not None and not isinstance(options["poll"], PollSchedule):
            raise InvalidArgument(f"{flow}(): poll must be a PollSchedule (or None)", argument="poll")
        if options["on_progress"] is not None and not callable(options["on_progress"]):
            raise InvalidArgument(f"{flow}(): on_progress must be callable (or None)", argument="on_progress")
        limits = check_limits(flow, options["batch_records"], options["batch_bytes"])
        assert isinstance(source, str)
        self.client = client
        self.core = TransferCore(TransferRequest(source=source, tenant=options["tenant"], limits=limits,
                                                 processing=options["processing"],
                                                 target_tenant_id=options["target_tenant_id"]))
        self.poll: PollSchedule | None = options["poll"]
        self.on_progress: ProgressCallback | None = options["on_progress"]
        self._job: JobFuture | None = None
        self._span = observed_flow("transfer")  # entered with the block, left with it
        self._scope = FlowScope("transfer", NO_SPAN)

    @property
    def session_id(self) -> str | None:
        """The transfer session's ID, once it is opened (with the first batch or file sent)."""
        return self.core.session_id

    @property
    def sequences(self) -> list[int]:
        """The sequence numbers sent so far, in order."""
        return list(self.core.sequences)

    @property
    def records(self) -> int:
        """The records pushed so far (checked and gathered, or sent)."""
        return self.core.records

    @property
    def job(self) -> JobFuture:
        """The receiving job's future, once the block was left normally and the session completed."""
        if self._job is None:
            raise InvalidArgument("the session has no job yet: it is completed when its with block ends normally",
                                  argument="job")
        return self._job

    def _start_span(self) -> None:
        self._scope = self._span.__enter__()

    def _end_span(self, error: BaseException | None) -> None:
        if error is None:
            self._span.__exit__(None, None, None)
        else:
            self._span.__exit__(type(error), error, error.__traceback__)

    @contextmanager
    def _leaving(self, exc: BaseException | None, *, ends: bool = True) -> Iterator[None]:
        """The session's span ends with the error that left the block, or the one leaving the session raised
        (``ends=False``: only with an error, as while entering)."""
        try:
            yield
        except BaseException as failed:
            self._end_span(failed)
            raise
        if ends:
            self._end_span(exc)

    def _follow(self, job_id: str) -> JobFuture:
        self._scope.span.set(SESSION_ID, self.core.session_id)
        self._scope.job(job_id)
        request = self.core.request
        self._job = self.client.jobs.future(
            job_id, JobKind.RECEIVING, poll=self.poll, on_progress=self.on_progress,
            target_tenant_id=request.target_tenant_id, expect=Expect(processing=request.processing),
        )
        return self._job

    def _completion_failed(self, exc: BaseException) -> bool:
        """Whether a failed completion should cancel: not when the service may have completed the session."""
        return not (self.core.completing and isinstance(exc, ServiceMayHaveActed))


class TransferSession(_Planned):
    """A transfer session driven synchronously (``with client.transfer(...) as session``)."""

    def _ops(self) -> DataIntake:
        return self.client.sync_driven_data_intake

    def __enter__(self) -> Self:
        self._start_span()
        with self._leaving(None, ends=False):
            finish(self.core.prepare(self._ops()))
        return self

    def push(self, records: Iterable[Mapping[str, Value]]) -> None:
        """Check each record against the source and gather it; full batches are sent as they fill up."""
        finish(self.core.push(self._ops(), records))

    def upload(self, path: StrPath, *, source: str | None = None,
               on_progress: UploadProgressCallback | None = None) -> None:
        """Send a CSV or ZIP file, streamed, after the records pushed before it (``source=""``: routed by name)."""
        finish(self.core.upload(self._ops(), path, source, on_progress))

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with self._leaving(exc):
            if exc is not None:
                finish(self.core.cancel(self._ops(), exc))
                return
            try:
                self._follow(finish(self.core.complete(self._ops())))
            except BaseException as failed:
                if self._completion_failed(failed):
                    finish(self.core.cancel(self._ops(), failed))
                raise


class AsyncTransferSession(_Planned):
    """A transfer session driven asynchronously (``async with client.atransfer(...) as session``)."""

    def _ops(self) -> DataIntake:
        return self.client.data_intake

    async def __aenter__(self) -> Self:
        self._start_span()
        with self._leaving(None, ends=False):
            await self.core.prepare(self._ops())
        return self

    async def push(self, records: Iterable[Mapping[str, Value]]) -> None:
        """The async twin of :meth:`TransferSession.push`."""
        await self.core.push(self._ops(), records)

    async def upload(self, path: StrPath, *, source: str | None = None,
                     on_progress: UploadProgressCallback | None = None) -> None:
        """The async twin of :meth:`TransferSession.upload`."""
        await self.core.upload(self._ops(), path, source, on_progress)

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        with self._leaving(exc):
            if exc is not None:
                await self.core.cancel(self._ops(), exc)
                return
            try:
                self._follow(await self.core.complete(self._ops()))
            except BaseException as failed:
                if self._completion_failed(failed):
                    await self.core.cancel(self._ops(), failed)
                raise
