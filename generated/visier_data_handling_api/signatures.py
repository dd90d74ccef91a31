"""Each operation's parameters, as the client needs them to check and convert arguments before sending.

Generated from the spec by generator/surface.py: do not edit. Bodies are named, not imported, so that a first call
imports only the models its own operation needs.
"""

from typing import NamedTuple

from . import models

# Keywords every operation method takes besides the spec's parameters.
CALL_KEYWORDS = frozenset(
    {
        "timeout",
        "max_retries",
        "iterator",
        "page_size",
        "page_ahead",
    }
)


class Signature(NamedTuple):
    path: tuple[str, ...]  # required, passed positionally to the generated function
    query: dict[str, object]  # query and header parameters and their generated types
    body_model: str | None
    inner_model: str | None  # the model a wrapped body (startLoad, disableDv) holds in its ``model`` field

    @property
    def body(self) -> type | None:
        return _model(self.body_model)

    @property
    def inner(self) -> type | None:
        return _model(self.inner_model)


def _model(name: str | None) -> type | None:
    """A model by name, imported on first use (the models package imports each model lazily)."""
    if name is None:
        return None
    model: type = getattr(models, name)
    return model


SIGNATURES: dict[str, Signature] = {
    "adhoc_consolidated_analytics_job": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="ConsolidatedAnalyticsJobRequestDTO",
        inner_model=None,
    ),
    "adhoc_extraction_job": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="ExtractDataAndLoadDTO",
        inner_model=None,
    ),
    "adhoc_processing_jobs": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="ProcessingJobRequestDTO",
        inner_model=None,
    ),
    "assign_connector_credential": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="AssignConnectorCredentialRequest",
        inner_model=None,
    ),
    "cancel_jobs": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="CancelJobBatchFromJobIdDTO",
        inner_model=None,
    ),
    "create_connector_credential": Signature(
        path=(),
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body_model="DataProviderAuthInformationDTO",
        inner_model=None,
    ),
    "data_connector_credentials": Signature(
        path=(),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "data_connectors": Signature(
        path=(),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "delete_connector_credential": Signature(
        path=("id",),
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "disable_dv": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="DisableDVRequest",
        inner_model="DisableDVModel",
    ),
    "dispatching_job_status": Signature(
        path=("job_id",),
        query={
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "exclude_data_uploads": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="ExcludeDataUploadsRequest",
        inner_model=None,
    ),
    "extraction_job_and_status": Signature(
        path=("job_id",),
        query={
            "dispatching_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "include_data_uploads": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="IncludeDataUploadsRequest",
        inner_model=None,
    ),
    "job_id_status": Signature(
        path=("job_id",),
        query={
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "job_status": Signature(
        path=(),
        query={
            "start_time": str,
            "end_time": str,
            "status": str,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "latest_enabled_dv": Signature(
        path=(),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_versions": int,
            "data_category": str,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "list_connector_settings": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "processing_job_and_status": Signature(
        path=("job_id",),
        query={
            "dispatching_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "processing_job_status": Signature(
        path=("receiving_job_id",),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "receiving_job_and_status": Signature(
        path=("job_id",),
        query={
            "dispatching_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "receiving_job_status": Signature(
        path=("receiving_job_id",),
        query={
            "jobs": bool,
            "tenant_code": str,
            "start": int,
            "limit": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "retrieve_data_categories": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "retrieve_data_uploads": Signature(
        path=(),
        query={
            "upload_job_id": str,
            "tenant_code": str,
            "limit": int,
            "start": int,
            "number_of_data_uploads": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "retrieve_receiving_job_extracted_files": Signature(
        path=("job_id",),
        query={
            "file_name_regex": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "retrieve_tenant_source_files": Signature(
        path=(),
        query={
            "file_name_regex": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body_model=None,
        inner_model=None,
    ),
    "set_connector_setting": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="SetConnectorSettingsRequestDTO",
        inner_model=None,
    ),
    "start_extraction": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="ExtractDataAndLoadDTO",
        inner_model=None,
    ),
    "start_load": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body_model="DataLoadRequest",
        inner_model="DataLoadRequestModel",
    ),
}
