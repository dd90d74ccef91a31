"""Python SDK for Visier's Data and Job Handling API.

    from visier_data_handling import VisierDataHandling

    with VisierDataHandling.from_env() as client:
        for tenant in client.data_and_job_handling.latest_enabled_dv(iterator=True):
            print(tenant.tenant_code)

Names are loaded on first use (module ``__getattr__``), so ``import visier_data_handling`` stays cheap: the
generated models are imported only when an operation is first called.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    ApiException,
    APITimeoutError,
    BadRequest,
    ConfigurationError,
    Forbidden,
    InvalidArgument,
    NotFound,
    ProxyAuthenticationRequired,
    ProxyError,
    RateLimited,
    ServerError,
    ServiceMayHaveActed,
    Unauthorized,
    UntrustedCertificate,
    VisierError,
    WrongHost,
)

__version__ = "0.2.0"

if TYPE_CHECKING:
    from ._calls.raw import (
        DataAndJobHandling,
        DataIntake,
        DirectDataIntake,
        PGPKeys,
        RawDataAndJobHandling,
        RawDataIntake,
        RawDirectDataIntake,
        RawPGPKeys,
        RawResponse,
    )
    from ._client import VisierDataHandling
    from ._flows.flow import ExtractionOptions, ExtractionResult, FlowOptions, LoadOptions, LoadResult, TenantOutcome
    from ._flows.upload import UploadAndLoadOptions, UploadOptions
    from ._flows.upload_check import UploadProgress, UploadResult, check_uploads
    from ._intake.checks import IntakeFileError
    from ._intake.flow import IntakeOptions, IntakeResult
    from ._intake.resume import IntakeState, TransactionStage
    from ._jobs.cancel import CancelOutcome
    from ._jobs.errors import JobCancelled, JobError, JobFailed, JobTimeout
    from ._jobs.future import JobFuture
    from ._jobs.namespace import Jobs
    from ._jobs.polling import PollSchedule
    from ._jobs.tree import JobKind, JobNode, JobTree
    from ._transfer.flow import AsyncTransferSession, TransferOptions, TransferSession
    from ._transfer.records import RecordError

# name -> private module that defines it
_LAZY = {
    "VisierDataHandling": "_client",
    "DataAndJobHandling": "_calls.raw",
    "RawDataAndJobHandling": "_calls.raw",
    "DirectDataIntake": "_calls.raw",
    "RawDirectDataIntake": "_calls.raw",
    "DataIntake": "_calls.raw",
    "RawDataIntake": "_calls.raw",
    "PGPKeys": "_calls.raw",
    "RawPGPKeys": "_calls.raw",
    "RawResponse": "_calls.raw",
    "Jobs": "_jobs.namespace",
    "JobFuture": "_jobs.future",
    "JobError": "_jobs.errors",
    "JobFailed": "_jobs.errors",
    "JobCancelled": "_jobs.errors",
    "JobTimeout": "_jobs.errors",
    "CancelOutcome": "_jobs.cancel",
    "IntakeFileError": "_intake.checks",
    "IntakeOptions": "_intake.flow",
    "IntakeResult": "_intake.flow",
    "IntakeState": "_intake.resume",
    "TransactionStage": "_intake.resume",
    "TransferSession": "_transfer.flow",
    "AsyncTransferSession": "_transfer.flow",
    "TransferOptions": "_transfer.flow",
    "RecordError": "_transfer.records",
    "JobTree": "_jobs.tree",
    "JobNode": "_jobs.tree",
    "JobKind": "_jobs.tree",
    "PollSchedule": "_jobs.polling",
    "LoadResult": "_flows.flow",
    "FlowOptions": "_flows.flow",
    "LoadOptions": "_flows.flow",
    "ExtractionOptions": "_flows.flow",
    "UploadOptions": "_flows.upload",
    "UploadAndLoadOptions": "_flows.upload",
    "ExtractionResult": "_flows.flow",
    "TenantOutcome": "_flows.flow",
    "UploadProgress": "_flows.upload_check",
    "check_uploads": "_flows.upload_check",
    "UploadResult": "_flows.upload_check",
}


def __getattr__(name: str) -> Any:  # Any: the lazily loaded public names (typed above for checkers)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiException",
    "AsyncTransferSession",
    "BadRequest",
    "CancelOutcome",
    "ConfigurationError",
    "DataAndJobHandling",
    "DataIntake",
    "DirectDataIntake",
    "ExtractionOptions",
    "ExtractionResult",
    "FlowOptions",
    "Forbidden",
    "IntakeFileError",
    "IntakeOptions",
    "IntakeResult",
    "IntakeState",
    "InvalidArgument",
    "JobCancelled",
    "JobError",
    "JobFailed",
    "JobFuture",
    "JobKind",
    "JobNode",
    "JobTimeout",
    "JobTree",
    "Jobs",
    "LoadOptions",
    "LoadResult",
    "NotFound",
    "PGPKeys",
    "PollSchedule",
    "ProxyAuthenticationRequired",
    "ProxyError",
    "RateLimited",
    "RawDataAndJobHandling",
    "RawDataIntake",
    "RawDirectDataIntake",
    "RawPGPKeys",
    "RawResponse",
    "RecordError",
    "ServerError",
    "ServiceMayHaveActed",
    "TenantOutcome",
    "TransactionStage",
    "TransferOptions",
    "TransferSession",
    "Unauthorized",
    "UntrustedCertificate",
    "UploadAndLoadOptions",
    "UploadOptions",
    "UploadProgress",
    "UploadResult",
    "VisierDataHandling",
    "VisierError",
    "WrongHost",
    "check_uploads",
]
