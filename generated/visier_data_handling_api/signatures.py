"""Each operation's parameters, as the client needs them to check and convert arguments before sending.

Generated from the spec by generator/surface.py: do not edit. The client imports this on an operation's first call
(it imports the models).
"""

from typing import NamedTuple

from .models import (
    AssignConnectorCredentialRequest,
    CancelJobBatchFromJobIdDTO,
    ConsolidatedAnalyticsJobRequestDTO,
    DataLoadRequest,
    DataLoadRequestModel,
    DataProviderAuthInformationDTO,
    DisableDVModel,
    DisableDVRequest,
    ExcludeDataUploadsRequest,
    ExtractDataAndLoadDTO,
    IncludeDataUploadsRequest,
    ProcessingJobRequestDTO,
    SetConnectorSettingsRequestDTO,
)


class Signature(NamedTuple):
    path: tuple[str, ...]  # required, passed positionally to the generated function
    query: dict[str, object]  # query and header parameters and their generated types
    body: type | None
    inner: type | None  # the model a wrapped body (startLoad, disableDv) holds in its ``model`` field


SIGNATURES: dict[str, Signature] = {
    "adhoc_consolidated_analytics_job": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=ConsolidatedAnalyticsJobRequestDTO,
        inner=None,
    ),
    "adhoc_extraction_job": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=ExtractDataAndLoadDTO,
        inner=None,
    ),
    "adhoc_processing_jobs": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=ProcessingJobRequestDTO,
        inner=None,
    ),
    "assign_connector_credential": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=AssignConnectorCredentialRequest,
        inner=None,
    ),
    "cancel_jobs": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=CancelJobBatchFromJobIdDTO,
        inner=None,
    ),
    "create_connector_credential": Signature(
        path=(),
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=DataProviderAuthInformationDTO,
        inner=None,
    ),
    "data_connector_credentials": Signature(
        path=(),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "data_connectors": Signature(
        path=(),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "delete_connector_credential": Signature(
        path=("id",),
        query={
            "tenant_code": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "disable_dv": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=DisableDVRequest,
        inner=DisableDVModel,
    ),
    "dispatching_job_status": Signature(
        path=("job_id",),
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "exclude_data_uploads": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=ExcludeDataUploadsRequest,
        inner=None,
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
        body=None,
        inner=None,
    ),
    "include_data_uploads": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=IncludeDataUploadsRequest,
        inner=None,
    ),
    "job_id_status": Signature(
        path=("job_id",),
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "job_status": Signature(
        path=(),
        query={
            "start_time": str,
            "end_time": str,
            "status": str,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
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
        body=None,
        inner=None,
    ),
    "list_connector_settings": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
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
        body=None,
        inner=None,
    ),
    "processing_job_status": Signature(
        path=("receiving_job_id",),
        query={
            "tenant_code": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
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
        body=None,
        inner=None,
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
        body=None,
        inner=None,
    ),
    "retrieve_data_categories": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
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
        body=None,
        inner=None,
    ),
    "retrieve_receiving_job_extracted_files": Signature(
        path=("job_id",),
        query={
            "file_name_regex": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "retrieve_tenant_source_files": Signature(
        path=(),
        query={
            "file_name_regex": str,
            "limit": int,
            "start": int,
            "target_tenant_id": str,
        },
        body=None,
        inner=None,
    ),
    "set_connector_setting": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=SetConnectorSettingsRequestDTO,
        inner=None,
    ),
    "start_extraction": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=ExtractDataAndLoadDTO,
        inner=None,
    ),
    "start_load": Signature(
        path=(),
        query={
            "target_tenant_id": str,
        },
        body=DataLoadRequest,
        inner=DataLoadRequestModel,
    ),
}
