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
    RateLimited,
    ServerError,
    ServiceMayHaveActed,
    Unauthorized,
    VisierError,
)

__version__ = "0.1.0"

if TYPE_CHECKING:
    from ._client import VisierDataHandling
    from ._flows import ExtractionOptions, ExtractionResult, FlowOptions, LoadOptions, LoadResult, TenantOutcome
    from ._futures import CancelOutcome, JobCancelled, JobError, JobFailed, JobFuture, JobTimeout
    from ._jobs import Jobs
    from ._polling import PollSchedule
    from ._raw import DataAndJobHandling, RawDataAndJobHandling, RawResponse
    from ._tree import JobKind, JobNode, JobTree
    from ._upload import UploadAndLoadOptions, UploadOptions, UploadProgress, UploadResult, check_uploads

# name -> private module that defines it
_LAZY = {
    "VisierDataHandling": "_client",
    "DataAndJobHandling": "_raw",
    "RawDataAndJobHandling": "_raw",
    "RawResponse": "_raw",
    "Jobs": "_jobs",
    "JobFuture": "_futures",
    "JobError": "_futures",
    "JobFailed": "_futures",
    "JobCancelled": "_futures",
    "JobTimeout": "_futures",
    "CancelOutcome": "_futures",
    "JobTree": "_tree",
    "JobNode": "_tree",
    "JobKind": "_tree",
    "PollSchedule": "_polling",
    "LoadResult": "_flows",
    "FlowOptions": "_flows",
    "LoadOptions": "_flows",
    "ExtractionOptions": "_flows",
    "UploadOptions": "_upload",
    "UploadAndLoadOptions": "_upload",
    "ExtractionResult": "_flows",
    "TenantOutcome": "_flows",
    "UploadProgress": "_upload",
    "check_uploads": "_upload",
    "UploadResult": "_upload",
}


def __getattr__(name: str) -> Any:
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
    "BadRequest",
    "CancelOutcome",
    "ConfigurationError",
    "DataAndJobHandling",
    "ExtractionOptions",
    "ExtractionResult",
    "FlowOptions",
    "Forbidden",
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
    "PollSchedule",
    "RateLimited",
    "RawDataAndJobHandling",
    "RawResponse",
    "ServerError",
    "ServiceMayHaveActed",
    "TenantOutcome",
    "Unauthorized",
    "UploadAndLoadOptions",
    "UploadOptions",
    "UploadProgress",
    "UploadResult",
    "VisierDataHandling",
    "VisierError",
    "check_uploads",
]
