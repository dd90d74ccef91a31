"""The client's whole-flow methods: jobs, load, extract_and_load, upload, upload_and_load, intake, intake_state,
transfer (and async twins).

Each is typed here (``wait=True`` returns the result, ``wait=False`` the :class:`JobFuture`; options are typed
dicts, so a misspelt or wrongly typed option is a type error) and imports its module on first use, which keeps
``import visier_data_handling`` cheap.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, Unpack, overload

if TYPE_CHECKING:
    from visier_data_handling_api.surface import DataAndJobHandling, DataIntake, DataUpload, DirectDataIntake, PGPKeys

    from ._flows.flow import ExtractionOptions, ExtractionResult, LoadOptions, LoadResult
    from ._flows.upload import UploadAndLoadOptions, UploadOptions
    from ._flows.upload_check import UploadResult
    from ._intake.flow import IntakeOptions, IntakeResult
    from ._intake.resume import IntakeState
    from ._jobs.future import JobFuture
    from ._jobs.namespace import Jobs
    from ._transfer.flow import AsyncTransferSession, TransferOptions, TransferSession

StrPath = str | os.PathLike[str]
# The implementations default what the overloads require, so an untyped caller who leaves it out gets the SDK's
# error naming it rather than Python's TypeError.
NOT_GIVEN: Sequence[str] = ()
NO_FILES: Mapping[str, StrPath] = {}


class FlowMethods:
    _jobs: Jobs | None = None
    data_and_job_handling: DataAndJobHandling
    sync_driven_operations: DataAndJobHandling
    direct_data_intake: DirectDataIntake
    sync_driven_direct_data_intake: DirectDataIntake
    data_intake: DataIntake
    sync_driven_data_intake: DataIntake
    data_upload: DataUpload
    sync_driven_data_upload: DataUpload
    pgp_keys: PGPKeys
    sync_driven_pgp_keys: PGPKeys

    @property
    def jobs(self) -> Jobs:
        """Job futures, trees and bulk cancel (:class:`visier_data_handling.Jobs`), created on first use."""
        if self._jobs is None:
            from ._jobs.namespace import Jobs

            self._jobs = Jobs(self)
        return self._jobs

    @overload
    def load(self, files: Sequence[str], *, wait: Literal[True] = True, **options: Unpack[LoadOptions]) -> LoadResult:
        ...
    @overload
    def load(self, files: Sequence[str], *, wait: Literal[False], **options: Unpack[LoadOptions]) -> JobFuture: ...
    def load(
        self, files: Sequence[str] = NOT_GIVEN, *, wait: bool = True, **options: Unpack[LoadOptions]
    ) -> LoadResult | JobFuture:
        """startLoad and, by default, wait for the whole job tree (``wait=False``: the :class:`JobFuture`)."""
        from ._flows.flow import drive, plan_load

        return drive(plan_load(self, "load", files, wait, options))

    @overload
    async def aload(
        self, files: Sequence[str], *, wait: Literal[True] = True, **options: Unpack[LoadOptions]
    ) -> LoadResult: ...
    @overload
    async def aload(self, files: Sequence[str], *, wait: Literal[False], **options: Unpack[LoadOptions]) -> JobFuture:
        ...
    async def aload(
        self, files: Sequence[str] = NOT_GIVEN, *, wait: bool = True, **options: Unpack[LoadOptions]
    ) -> LoadResult | JobFuture:
        """The async twin of :meth:`load`."""
        from ._flows.flow import adrive, plan_load

        return await adrive(plan_load(self, "aload", files, wait, options))

    @overload
    def extract_and_load(
        self, *, wait: Literal[True] = True, **options: Unpack[ExtractionOptions]
    ) -> ExtractionResult: ...
    @overload
    def extract_and_load(self, *, wait: Literal[False], **options: Unpack[ExtractionOptions]) -> JobFuture: ...
    def extract_and_load(
        self, *, wait: bool = True, **options: Unpack[ExtractionOptions]
    ) -> ExtractionResult | JobFuture:
        """startExtraction and, by default, wait for the whole job tree (``run_processing_job`` defaults to True)."""
        from ._flows.flow import drive, plan_extraction

        return drive(plan_extraction(self, "extract_and_load", wait, options))

    @overload
    async def aextract_and_load(
        self, *, wait: Literal[True] = True, **options: Unpack[ExtractionOptions]
    ) -> ExtractionResult: ...
    @overload
    async def aextract_and_load(
        self, *, wait: Literal[False], **options: Unpack[ExtractionOptions]
    ) -> JobFuture: ...
    async def aextract_and_load(
        self, *, wait: bool = True, **options: Unpack[ExtractionOptions]
    ) -> ExtractionResult | JobFuture:
        """The async twin of :meth:`extract_and_load`."""
        from ._flows.flow import adrive, plan_extraction

        return await adrive(plan_extraction(self, "aextract_and_load", wait, options))

    def upload(self, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
        """Upload one local file (fileUpload): checked first, streamed, its body sent once to the 307's location."""
        from ._flows.upload import upload

        return upload(self, path, **options)

    async def aupload(self, path: StrPath, **options: Unpack[UploadOptions]) -> UploadResult:
        """The async twin of :meth:`upload`."""
        from ._flows.upload import aupload

        return await aupload(self, path, **options)

    @overload
    def upload_and_load(
        self, paths: Sequence[StrPath], *, wait: Literal[True] = True, **options: Unpack[UploadAndLoadOptions]
    ) -> LoadResult: ...
    @overload
    def upload_and_load(
        self, paths: Sequence[StrPath], *, wait: Literal[False], **options: Unpack[UploadAndLoadOptions]
    ) -> JobFuture: ...
    def upload_and_load(
        self, paths: Sequence[StrPath] = NOT_GIVEN, *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
    ) -> LoadResult | JobFuture:
        """Upload local files, then :meth:`load` them: every file and option is checked before the first is sent."""
        from ._flows.upload import upload_and_load

        return upload_and_load(self, paths, wait=wait, **options)

    @overload
    async def aupload_and_load(
        self, paths: Sequence[StrPath], *, wait: Literal[True] = True, **options: Unpack[UploadAndLoadOptions]
    ) -> LoadResult: ...
    @overload
    async def aupload_and_load(
        self, paths: Sequence[StrPath], *, wait: Literal[False], **options: Unpack[UploadAndLoadOptions]
    ) -> JobFuture: ...
    async def aupload_and_load(
        self, paths: Sequence[StrPath] = NOT_GIVEN, *, wait: bool = True, **options: Unpack[UploadAndLoadOptions]
    ) -> LoadResult | JobFuture:
        """The async twin of :meth:`upload_and_load`."""
        from ._flows.upload import aupload_and_load

        return await aupload_and_load(self, paths, wait=wait, **options)

    @overload
    def intake(
        self, files: Mapping[str, StrPath], *, wait: Literal[True] = True, **options: Unpack[IntakeOptions]
    ) -> IntakeResult: ...
    @overload
    def intake(
        self, files: Mapping[str, StrPath], *, wait: Literal[False], **options: Unpack[IntakeOptions]
    ) -> JobFuture: ...
    def intake(
        self, files: Mapping[str, StrPath] = NO_FILES, *, wait: bool = True, **options: Unpack[IntakeOptions]
    ) -> IntakeResult | JobFuture:
        """Load files straight into Visier's objects (``{"Employee": "employee.csv"}``) in one Direct Data Intake
        transaction: each file checked against its object's load schema first, the transaction committed exactly
        once (rolled back on any failure before), then, by default, its processing job waited for."""
        from ._intake.flow import drive, plan_intake

        return drive(plan_intake(self, "intake", files, wait, options))

    @overload
    async def aintake(
        self, files: Mapping[str, StrPath], *, wait: Literal[True] = True, **options: Unpack[IntakeOptions]
    ) -> IntakeResult: ...
    @overload
    async def aintake(
        self, files: Mapping[str, StrPath], *, wait: Literal[False], **options: Unpack[IntakeOptions]
    ) -> JobFuture: ...
    async def aintake(
        self, files: Mapping[str, StrPath] = NO_FILES, *, wait: bool = True, **options: Unpack[IntakeOptions]
    ) -> IntakeResult | JobFuture:
        """The async twin of :meth:`intake`."""
        from ._intake.flow import adrive, plan_intake

        return await adrive(plan_intake(self, "aintake", files, wait, options))

    def intake_state(
        self, transaction_id: str, *, draft_id: str | None = None, target_tenant_id: str | None = None
    ) -> IntakeState:
        """What became of a Direct Data Intake transaction: open, committed (with its processing job's ID) or gone
        (rolled back or unknown). For resuming after a process that recorded the ID (``on_transaction``) died."""
        from visier_data_handling_api.facts import INTAKE_DRAFT_ID

        from ._intake.resume import check_transaction_id, intake_state
        from ._twins import finish

        checked = check_transaction_id("intake_state", transaction_id)
        ops = self.sync_driven_direct_data_intake
        return finish(intake_state(ops, checked, draft_id or INTAKE_DRAFT_ID, target_tenant_id))

    async def aintake_state(
        self, transaction_id: str, *, draft_id: str | None = None, target_tenant_id: str | None = None
    ) -> IntakeState:
        """The async twin of :meth:`intake_state`."""
        from visier_data_handling_api.facts import INTAKE_DRAFT_ID

        from ._intake.resume import check_transaction_id, intake_state

        checked = check_transaction_id("aintake_state", transaction_id)
        return await intake_state(self.direct_data_intake, checked, draft_id or INTAKE_DRAFT_ID, target_tenant_id)

    def transfer(self, source: str, **options: Unpack[TransferOptions]) -> TransferSession:
        """A Data Intake transfer session for ``source`` (its name or ID), as a ``with`` block: ``push`` records
        (checked against the source's definition, sent in numbered batches) and ``upload`` files; leaving the block
        completes the session (``session.job``: the receiving job's future), leaving it with an error cancels it."""
        from ._transfer.flow import TransferSession

        return TransferSession(self, "transfer", source, options)

    def atransfer(self, source: str, **options: Unpack[TransferOptions]) -> AsyncTransferSession:
        """The async twin of :meth:`transfer`: ``async with client.atransfer(...) as session``."""
        from ._transfer.flow import AsyncTransferSession

        return AsyncTransferSession(self, "atransfer", source, options)
