"""The operations as methods, a class per group (the spec's tags). Generated from the spec by generator/surface.py: do not edit.

Each method's types are here, inline: keyword-only parameters, the body as keywords, ``model=`` or ``body=``, and
with ``iterator=True`` the items of every page; ``extra_headers``, ``extra_query`` and, where the body is a JSON
object, ``extra_body`` reach what the spec does not describe yet. Each method hands its operation's :class:`Operation` (defined at the
end of the endpoint module it imports) and the arguments as given to the client, a :class:`Caller`, which checks
them -- so an untyped caller gets the SDK's own error naming the argument, never a bare ``TypeError`` -- sends the
request and parses the answer. The endpoint modules, and with them the models, are imported on a method's first
call: importing this module stays cheap.
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Literal, Required, TypedDict, overload

from .operation import Caller, JSONValue, RawResponse

if TYPE_CHECKING:
    import httpx
    from typing_extensions import deprecated

    from .models import (
        AssignConnectorCredentialRequest,
        AssignConnectorCredentialsResponseDTO,
        CancelJobBatchFromJobIdDTO,
        Connector,
        ConsolidatedAnalyticsJobRequestDTO,
        CredentialCreationAPIResponseDTO,
        DataCategoriesResponseDTO,
        DataLoadRequest,
        DataLoadRequestModel,
        DataLoadResponse,
        DataProviderAuthInformationDTO,
        DataProviderAuthParamsDTO,
        DataProviderBasicInformationDTO,
        DataProviderBasicMetadataDTO,
        DataVersionObject,
        DirectDataJobConfigDTO,
        DirectDataJobStatusResponseDTO,
        DirectDataListTransactionsResponseDTO,
        DirectDataLoadConfigDTO,
        DirectDataSchemaDTO,
        DirectDataTransactionStartResponseDTO,
        DirectDataUploadFileBody,
        DirectDataUploadFileResponseDTO,
        DisableDVModel,
        DisableDVRequest,
        DisableDVResponse,
        DispatchingJobStatusResponse,
        ExcludeDataUploadsRequest,
        ExtractDataAndLoadDTO,
        ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO,
        ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO,
        ExtractionJob,
        ExtractionJobAndStatusResponse,
        ExtractorCredentialAPIDTO,
        ExtractorCredentialsAPIDTO,
        ExtractorSettingsAPIDTO,
        ImportDefinitionAPIDTO,
        ImportDefinitionsAPIDTO,
        IncludeDataUploadsRequest,
        JobCancellationResultsDTO,
        JobIdResponse,
        JobStatusListResponse,
        JobStatusWithStartTime,
        KeyPairDeleteResponseDTO,
        KeyPairGenerateRequestDTO,
        MultipleTenantDataVersionsDetailsDTO,
        MultipleTenantDataVersionsListDTO,
        ProcessingJob,
        ProcessingJobAndStatusResponse,
        ProcessingJobRequestDTO,
        ProcessingJobStatusResponse,
        PublicKeyDTO,
        PublicKeysDTO,
        PushDataCancelResponse,
        PushDataCompleteRequest,
        PushDataCompleteResponse,
        PushDataResponse,
        PushDataSourceDefinitionsDTO,
        ReceivingJob,
        ReceivingJobAndStatusResponse,
        ReceivingJobExtractedFilesForTenantResponseDTO,
        ReceivingJobExtractedFilesListResponseDTO,
        ReceivingJobStatusResponse,
        SetConnectorSettingRequestDTO,
        SetConnectorSettingsRequestDTO,
        SetConnectorSettingsResponseDTO,
        SourceFileResponseDTO,
        StartExtractionResponse,
        StartTransferResponse,
        TenantDataUploadsListResponseDTO,
        TenantDataUploadsResponseDTO,
        TenantDataUploadsUpdateResponseDTO,
        TenantSourceFilesListResponseDTO,
        UploadDataBody,
        UploadToExclude,
        UploadToInclude,
    )
    from .types import File
else:

    def deprecated(message: str) -> object:
        """Type checkers read the real one; at run time a deprecated method warns itself."""
        return lambda function: function


class AdhocConsolidatedAnalyticsJobFields(TypedDict, total=False):
    """The body fields of ``adhoc_consolidated_analytics_job``, as keywords."""

    tenant_code: Required[str]
    run_processing_job: bool | None


class AdhocExtractionJobFields(TypedDict, total=False):
    """The body fields of ``adhoc_extraction_job``, as keywords."""

    tenants: list[str] | None
    all_tenants: bool | None
    override_last_extraction_timestamp: str | int | None
    publish_data_load_artifacts: bool | None
    run_processing_job: bool | None
    data_category_id: str | None
    disable_artifact_generation: bool | None
    connector_ids: list[str] | None
    last_extraction_time_offset_weeks: int | None
    months_to_extract: int | None
    extract_to_time_override: str | int | None
    batch_size_override: int | None
    sql_batch_size: int | None
    force_update_existing_artifacts: bool | None
    excluded_tenants: list[str] | None
    spill_debug_info_partitions_dto: (
        ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None
    )
    spill_debug_info_detail_level_dto: (
        ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO | Literal["fileAndLine", "mappingName"] | None
    )
    last_extraction_time_offset_months: int | None
    last_extraction_time_offset_mode: str | None
    offset_week_option: str | None
    offset_month_option: str | None
    credential_id: str | None
    output_target: str | None


class AdhocProcessingJobsFields(TypedDict, total=False):
    """The body fields of ``adhoc_processing_jobs``, as keywords."""

    tenants: list[str] | None
    all_tenants: bool | None
    data_category_id: str | None
    publish_to_production: bool | None
    excluded_tenants: list[str] | None


class AssignConnectorCredentialFields(TypedDict, total=False):
    """The body fields of ``assign_connector_credential``, as keywords."""

    connectors: Required[list[Connector | Mapping[str, object]]]


class CancelJobsFields(TypedDict, total=False):
    """The body fields of ``cancel_jobs``, as keywords."""

    job_ids: Required[list[str]]


class CreateConnectorCredentialFields(TypedDict, total=False):
    """The body fields of ``create_connector_credential``, as keywords."""

    data_provider_auth_params: Required[DataProviderAuthParamsDTO | Mapping[str, object]]
    data_provider_basic_information: Required[DataProviderBasicInformationDTO | Mapping[str, object]]
    data_provider_metadata: DataProviderBasicMetadataDTO | Mapping[str, object] | None


class DisableDvFields(TypedDict, total=False):
    """The body fields of ``disable_dv``, as keywords."""

    data_version_objects: Required[list[DataVersionObject | Mapping[str, object]]]


class ExcludeDataUploadsFields(TypedDict, total=False):
    """The body fields of ``exclude_data_uploads``, as keywords."""

    uploads: Required[list[UploadToExclude | Mapping[str, object]]]


class GeneratePgpKeyPairFields(TypedDict, total=False):
    """The body fields of ``generate_pgp_key_pair``, as keywords."""

    expiration_date: str | None


class IncludeDataUploadsFields(TypedDict, total=False):
    """The body fields of ``include_data_uploads``, as keywords."""

    uploads: Required[list[UploadToInclude | Mapping[str, object]]]


class PushDataCompleteFields(TypedDict, total=False):
    """The body fields of ``push_data_complete``, as keywords."""

    transfer_session_id: Required[str]
    processing_data: bool | None


class PutConfigFields(TypedDict, total=False):
    """The body fields of ``put_config``, as keywords."""

    job: DirectDataJobConfigDTO | Mapping[str, object] | None


class SetConnectorSettingFields(TypedDict, total=False):
    """The body fields of ``set_connector_setting``, as keywords."""

    connectors: Required[list[SetConnectorSettingRequestDTO | Mapping[str, object]]]


class StartExtractionFields(TypedDict, total=False):
    """The body fields of ``start_extraction``, as keywords."""

    tenants: list[str] | None
    all_tenants: bool | None
    override_last_extraction_timestamp: str | int | None
    publish_data_load_artifacts: bool | None
    run_processing_job: bool | None
    data_category_id: str | None
    disable_artifact_generation: bool | None
    connector_ids: list[str] | None
    last_extraction_time_offset_weeks: int | None
    months_to_extract: int | None
    extract_to_time_override: str | int | None
    batch_size_override: int | None
    sql_batch_size: int | None
    force_update_existing_artifacts: bool | None
    excluded_tenants: list[str] | None
    spill_debug_info_partitions_dto: (
        ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None
    )
    spill_debug_info_detail_level_dto: (
        ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO | Literal["fileAndLine", "mappingName"] | None
    )
    last_extraction_time_offset_months: int | None
    last_extraction_time_offset_mode: str | None
    offset_week_option: str | None
    offset_month_option: str | None
    credential_id: str | None
    output_target: str | None


class StartLoadFields(TypedDict, total=False):
    """The body fields of ``start_load``, as keywords."""

    files: Required[list[str]]
    skip_data_load: bool | None


class UploadDataFields(TypedDict, total=False):
    """The body fields of ``upload_data``, as keywords."""

    file: Required[File]


class UploadFileFields(TypedDict, total=False):
    """The body fields of ``upload_file``, as keywords."""

    file: Required[File]


class RawDataAndJobHandling:
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        tenant_code: str,
        run_processing_job: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        model: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        body: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def adhoc_consolidated_analytics_job(self, *args: object, **kwargs: object) -> object:
        """Run a consolidated analytics job

        Starts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a
        processing job afterwards. Alpha: may change without notice.

        POST /v1alpha/op/jobs/consolidated-analytics-jobs"""
        from .api.data_and_job_handling import adhoc_consolidated_analytics_job as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        tenant_code: str,
        run_processing_job: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        model: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        body: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def aadhoc_consolidated_analytics_job(self, *args: object, **kwargs: object) -> object:
        """Run a consolidated analytics job

        Starts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a
        processing job afterwards. Alpha: may change without notice.

        POST /v1alpha/op/jobs/consolidated-analytics-jobs"""
        from .api.data_and_job_handling import adhoc_consolidated_analytics_job as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def adhoc_extraction_job(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_extraction_job(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_extraction_job(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def adhoc_extraction_job(self, *args: object, **kwargs: object) -> object:
        """Run a data connector extraction job

        Starts an extraction job through the tenant's data connectors. For an administrating tenant this starts a
        dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/extraction-jobs"""
        from .api.data_and_job_handling import adhoc_extraction_job as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def aadhoc_extraction_job(self, *args: object, **kwargs: object) -> object:
        """Run a data connector extraction job

        Starts an extraction job through the tenant's data connectors. For an administrating tenant this starts a
        dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/extraction-jobs"""
        from .api.data_and_job_handling import adhoc_extraction_job as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        data_category_id: str | None = None,
        publish_to_production: bool | None = None,
        excluded_tenants: list[str] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        model: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        body: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def adhoc_processing_jobs(self, *args: object, **kwargs: object) -> object:
        """Run processing jobs

        Starts processing jobs that generate new data versions. For an administrating tenant this starts a
        dispatching job with one processing job per tenant. The response carries the processing or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/processing-jobs"""
        from .api.data_and_job_handling import adhoc_processing_jobs as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        data_category_id: str | None = None,
        publish_to_production: bool | None = None,
        excluded_tenants: list[str] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        model: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        body: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobIdResponse]: ...

    def aadhoc_processing_jobs(self, *args: object, **kwargs: object) -> object:
        """Run processing jobs

        Starts processing jobs that generate new data versions. For an administrating tenant this starts a
        dispatching job with one processing job per tenant. The response carries the processing or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/processing-jobs"""
        from .api.data_and_job_handling import adhoc_processing_jobs as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def assign_connector_credential(
        self,
        *,
        connectors: list[Connector | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    @overload
    def assign_connector_credential(
        self,
        *,
        model: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    @overload
    def assign_connector_credential(
        self,
        *,
        body: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    def assign_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Assign credentials to data connectors

        Assigns a connector credential to a data connector, per tenant. The response has one entry per tenant with
        the outcome (`Succeed` or `Failed`).

        POST /v1/op/data-connectors/assignCredentials"""
        from .api.data_and_job_handling import assign_connector_credential as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aassign_connector_credential(
        self,
        *,
        connectors: list[Connector | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    @overload
    async def aassign_connector_credential(
        self,
        *,
        model: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    @overload
    async def aassign_connector_credential(
        self,
        *,
        body: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[AssignConnectorCredentialsResponseDTO]: ...

    def aassign_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Assign credentials to data connectors

        Assigns a connector credential to a data connector, per tenant. The response has one entry per tenant with
        the outcome (`Succeed` or `Failed`).

        POST /v1/op/data-connectors/assignCredentials"""
        from .api.data_and_job_handling import assign_connector_credential as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def cancel_jobs(
        self,
        *,
        job_ids: list[str],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    @overload
    def cancel_jobs(
        self,
        *,
        model: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    @overload
    def cancel_jobs(
        self,
        *,
        body: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    def cancel_jobs(self, *args: object, **kwargs: object) -> object:
        """Cancel jobs

        Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result
        line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as
        not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

        POST /v1/op/jobs/cancel"""
        from .api.data_and_job_handling import cancel_jobs as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def acancel_jobs(
        self,
        *,
        job_ids: list[str],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    @overload
    async def acancel_jobs(
        self,
        *,
        model: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    @overload
    async def acancel_jobs(
        self,
        *,
        body: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[JobCancellationResultsDTO]: ...

    def acancel_jobs(self, *args: object, **kwargs: object) -> object:
        """Cancel jobs

        Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result
        line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as
        not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

        POST /v1/op/jobs/cancel"""
        from .api.data_and_job_handling import cancel_jobs as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def create_connector_credential(
        self,
        *,
        data_provider_auth_params: DataProviderAuthParamsDTO | Mapping[str, object],
        data_provider_basic_information: DataProviderBasicInformationDTO | Mapping[str, object],
        data_provider_metadata: DataProviderBasicMetadataDTO | Mapping[str, object] | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    @overload
    def create_connector_credential(
        self,
        *,
        model: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    @overload
    def create_connector_credential(
        self,
        *,
        body: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    def create_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Create a data connector credential

        Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one
        provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The
        response carries the new credential's UUID.

        POST /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import create_connector_credential as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def acreate_connector_credential(
        self,
        *,
        data_provider_auth_params: DataProviderAuthParamsDTO | Mapping[str, object],
        data_provider_basic_information: DataProviderBasicInformationDTO | Mapping[str, object],
        data_provider_metadata: DataProviderBasicMetadataDTO | Mapping[str, object] | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    @overload
    async def acreate_connector_credential(
        self,
        *,
        model: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    @overload
    async def acreate_connector_credential(
        self,
        *,
        body: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[CredentialCreationAPIResponseDTO]: ...

    def acreate_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Create a data connector credential

        Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one
        provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The
        response carries the new credential's UUID.

        POST /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import create_connector_credential as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def data_connector_credentials(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractorCredentialsAPIDTO]: ...

    else:

        def data_connector_credentials(self, *args: object, **kwargs: object) -> object:
            """List data connector credentials

            Returns the connector credentials defined in one tenant, page by page. A connector credential is the
            integration user Visier signs in with to pull data from a source system.

            GET /v1/op/data-connector-credentials"""
            from .api.data_and_job_handling import data_connector_credentials as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adata_connector_credentials(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractorCredentialsAPIDTO]: ...

    else:

        def adata_connector_credentials(self, *args: object, **kwargs: object) -> object:
            """List data connector credentials

            Returns the connector credentials defined in one tenant, page by page. A connector credential is the
            integration user Visier signs in with to pull data from a source system.

            GET /v1/op/data-connector-credentials"""
            from .api.data_and_job_handling import data_connector_credentials as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def data_connectors(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ImportDefinitionsAPIDTO]: ...

    else:

        def data_connectors(self, *args: object, **kwargs: object) -> object:
            """List data connectors

            Returns the data connectors of one tenant, page by page, with the credential each one currently uses. Data
            connectors pull data from source systems instead of files sent over SFTP.

            GET /v1/op/data-connectors"""
            from .api.data_and_job_handling import data_connectors as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adata_connectors(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ImportDefinitionsAPIDTO]: ...

    else:

        def adata_connectors(self, *args: object, **kwargs: object) -> object:
            """List data connectors

            Returns the data connectors of one tenant, page by page, with the credential each one currently uses. Data
            connectors pull data from source systems instead of files sent over SFTP.

            GET /v1/op/data-connectors"""
            from .api.data_and_job_handling import data_connectors as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def delete_connector_credential(
            self,
            *,
            id: str,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[str]: ...

    else:

        def delete_connector_credential(self, *args: object, **kwargs: object) -> object:
            """Delete a data connector credential

            Deletes a connector credential from a tenant, for example one that is no longer valid.

            DELETE /v1/op/data-connector-credentials/{id}"""
            from .api.data_and_job_handling import delete_connector_credential as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adelete_connector_credential(
            self,
            *,
            id: str,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[str]: ...

    else:

        def adelete_connector_credential(self, *args: object, **kwargs: object) -> object:
            """Delete a data connector credential

            Deletes a connector credential from a tenant, for example one that is no longer valid.

            DELETE /v1/op/data-connector-credentials/{id}"""
            from .api.data_and_job_handling import delete_connector_credential as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def disable_dv(
        self,
        *,
        data_version_objects: list[DataVersionObject | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    @overload
    def disable_dv(
        self,
        *,
        model: DisableDVModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    @overload
    def disable_dv(
        self,
        *,
        body: DisableDVRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    def disable_dv(self, *args: object, **kwargs: object) -> object:
        """Disable data versions

        Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when
        `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may
        not change what users see.

        PUT /v1/op/data-versions/disable"""
        from .api.data_and_job_handling import disable_dv as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def adisable_dv(
        self,
        *,
        data_version_objects: list[DataVersionObject | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    @overload
    async def adisable_dv(
        self,
        *,
        model: DisableDVModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    @overload
    async def adisable_dv(
        self,
        *,
        body: DisableDVRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DisableDVResponse]: ...

    def adisable_dv(self, *args: object, **kwargs: object) -> object:
        """Disable data versions

        Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when
        `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may
        not change what users see.

        PUT /v1/op/data-versions/disable"""
        from .api.data_and_job_handling import disable_dv as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def dispatching_job_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DispatchingJobStatusResponse]: ...

    else:

        def dispatching_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a dispatching job's status

            Returns a dispatching job's status and how many child jobs it has dispatched so far.

            GET /v1/op/jobs/dispatching-jobs/{jobId}"""
            from .api.data_and_job_handling import dispatching_job_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adispatching_job_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DispatchingJobStatusResponse]: ...

    else:

        def adispatching_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a dispatching job's status

            Returns a dispatching job's status and how many child jobs it has dispatched so far.

            GET /v1/op/jobs/dispatching-jobs/{jobId}"""
            from .api.data_and_job_handling import dispatching_job_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def exclude_data_uploads(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    def exclude_data_uploads(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    def exclude_data_uploads(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def exclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Exclude data uploads

        Excludes data uploads from data version generation, per analytic tenant: all of them, or those selected by
        upload time, time range, source, file name pattern or file identifier. The response has one result line per
        upload.

        PUT /v1/op/data/uploads/exclude"""
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def aexclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Exclude data uploads

        Excludes data uploads from data version generation, per analytic tenant: all of them, or those selected by
        upload time, time range, source, file name pattern or file identifier. The response has one result line per
        upload.

        PUT /v1/op/data/uploads/exclude"""
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def extraction_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractionJobAndStatusResponse]: ...

    else:

        def extraction_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's extraction jobs

            Returns the extraction jobs created by a dispatching job, page by page, with each job's status and current
            stage.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs"""
            from .api.data_and_job_handling import extraction_job_and_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aextraction_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractionJobAndStatusResponse]: ...

    else:

        def aextraction_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's extraction jobs

            Returns the extraction jobs created by a dispatching job, page by page, with each job's status and current
            stage.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs"""
            from .api.data_and_job_handling import extraction_job_and_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def include_data_uploads(
        self,
        *,
        uploads: list[UploadToInclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    def include_data_uploads(
        self,
        *,
        model: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    def include_data_uploads(
        self,
        *,
        body: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def include_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Include data uploads

        Includes data uploads in data version generation again, per analytic tenant, selected the same way as for
        `excludeDataUploads`. The response has one result line per upload.

        PUT /v1/op/data/uploads/include"""
        from .api.data_and_job_handling import include_data_uploads as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        uploads: list[UploadToInclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        model: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        body: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def ainclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Include data uploads

        Includes data uploads in data version generation again, per analytic tenant, selected the same way as for
        `excludeDataUploads`. The response has one result line per upload.

        PUT /v1/op/data/uploads/include"""
        from .api.data_and_job_handling import include_data_uploads as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def job_id_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[list[JobStatusWithStartTime]]: ...

    else:

        def job_id_status(self, *args: object, **kwargs: object) -> object:
            """Get a job's status

            Returns the status entries of one job, whatever its type.

            GET /v1/op/job-status/jobs/{jobId}"""
            from .api.data_and_job_handling import job_id_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def ajob_id_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[list[JobStatusWithStartTime]]: ...

    else:

        def ajob_id_status(self, *args: object, **kwargs: object) -> object:
            """Get a job's status

            Returns the status entries of one job, whatever its type.

            GET /v1/op/job-status/jobs/{jobId}"""
            from .api.data_and_job_handling import job_id_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def job_status(
            self,
            *,
            start_time: str | None = None,
            end_time: str | None = None,
            status: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[JobStatusListResponse]: ...

    else:

        def job_status(self, *args: object, **kwargs: object) -> object:
            """List job statuses

            Returns the status of every job that started within a time range, optionally only those with a given status.

            GET /v1/op/job-status/jobs"""
            from .api.data_and_job_handling import job_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def ajob_status(
            self,
            *,
            start_time: str | None = None,
            end_time: str | None = None,
            status: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[JobStatusListResponse]: ...

    else:

        def ajob_status(self, *args: object, **kwargs: object) -> object:
            """List job statuses

            Returns the status of every job that started within a time range, optionally only those with a given status.

            GET /v1/op/job-status/jobs"""
            from .api.data_and_job_handling import job_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def latest_enabled_dv(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            number_of_versions: int | None = None,
            data_category: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[MultipleTenantDataVersionsListDTO]: ...

    else:

        def latest_enabled_dv(self, *args: object, **kwargs: object) -> object:
            """List the latest enabled data versions

            Returns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when
            `tenantCode` is given. Useful to find a data version to disable after validating a load.

            GET /v1/op/data-versions"""
            from .api.data_and_job_handling import latest_enabled_dv as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def alatest_enabled_dv(
            self,
            *,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            number_of_versions: int | None = None,
            data_category: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[MultipleTenantDataVersionsListDTO]: ...

    else:

        def alatest_enabled_dv(self, *args: object, **kwargs: object) -> object:
            """List the latest enabled data versions

            Returns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when
            `tenantCode` is given. Useful to find a data version to disable after validating a load.

            GET /v1/op/data-versions"""
            from .api.data_and_job_handling import latest_enabled_dv as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def list_connector_settings(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractorSettingsAPIDTO]: ...

    else:

        def list_connector_settings(self, *args: object, **kwargs: object) -> object:
            """List data connector settings

            Returns every production data connector of the tenant with the settings it exposes and their current values.

            GET /v1/op/data-connectors/connector-settings"""
            from .api.data_and_job_handling import list_connector_settings as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def alist_connector_settings(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ExtractorSettingsAPIDTO]: ...

    else:

        def alist_connector_settings(self, *args: object, **kwargs: object) -> object:
            """List data connector settings

            Returns every production data connector of the tenant with the settings it exposes and their current values.

            GET /v1/op/data-connectors/connector-settings"""
            from .api.data_and_job_handling import list_connector_settings as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def processing_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ProcessingJobAndStatusResponse]: ...

    else:

        def processing_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's processing jobs

            Returns the processing jobs that descend from a dispatching job, page by page, with their statuses and the
            data versions they produced.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs"""
            from .api.data_and_job_handling import processing_job_and_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aprocessing_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ProcessingJobAndStatusResponse]: ...

    else:

        def aprocessing_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's processing jobs

            Returns the processing jobs that descend from a dispatching job, page by page, with their statuses and the
            data versions they produced.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs"""
            from .api.data_and_job_handling import processing_job_and_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def processing_job_status(
            self,
            *,
            receiving_job_id: str,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ProcessingJobStatusResponse]: ...

    else:

        def processing_job_status(self, *args: object, **kwargs: object) -> object:
            """List a receiving job's processing jobs

            Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic
            tenant's data and, when it succeeds, produces a data version.

            GET /v1/op/jobs/processing-jobs/{receivingJobId}"""
            from .api.data_and_job_handling import processing_job_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aprocessing_job_status(
            self,
            *,
            receiving_job_id: str,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ProcessingJobStatusResponse]: ...

    else:

        def aprocessing_job_status(self, *args: object, **kwargs: object) -> object:
            """List a receiving job's processing jobs

            Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic
            tenant's data and, when it succeeds, produces a data version.

            GET /v1/op/jobs/processing-jobs/{receivingJobId}"""
            from .api.data_and_job_handling import processing_job_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def receiving_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobAndStatusResponse]: ...

    else:

        def receiving_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's receiving jobs

            Returns the receiving jobs that descend from a dispatching job, page by page, with their statuses.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs"""
            from .api.data_and_job_handling import receiving_job_and_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def areceiving_job_and_status(
            self,
            *,
            job_id: str,
            dispatching_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobAndStatusResponse]: ...

    else:

        def areceiving_job_and_status(self, *args: object, **kwargs: object) -> object:
            """List a dispatching job's receiving jobs

            Returns the receiving jobs that descend from a dispatching job, page by page, with their statuses.

            GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs"""
            from .api.data_and_job_handling import receiving_job_and_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def receiving_job_status(
            self,
            *,
            receiving_job_id: str,
            jobs: bool | None = None,
            tenant_code: str | None = None,
            start: int | None = None,
            limit: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobStatusResponse]: ...

    else:

        def receiving_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a receiving job's status

            Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and
            stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it
            spawned.

            GET /v1/op/jobs/receiving-jobs/{receivingJobId}"""
            from .api.data_and_job_handling import receiving_job_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def areceiving_job_status(
            self,
            *,
            receiving_job_id: str,
            jobs: bool | None = None,
            tenant_code: str | None = None,
            start: int | None = None,
            limit: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobStatusResponse]: ...

    else:

        def areceiving_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a receiving job's status

            Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and
            stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it
            spawned.

            GET /v1/op/jobs/receiving-jobs/{receivingJobId}"""
            from .api.data_and_job_handling import receiving_job_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def retrieve_data_categories(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DataCategoriesResponseDTO]: ...

    else:

        def retrieve_data_categories(self, *args: object, **kwargs: object) -> object:
            """List data categories

            Returns the data categories available in the tenant, with their IDs and object names.

            GET /v1/op/data/categories"""
            from .api.data_and_job_handling import retrieve_data_categories as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aretrieve_data_categories(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DataCategoriesResponseDTO]: ...

    else:

        def aretrieve_data_categories(self, *args: object, **kwargs: object) -> object:
            """List data categories

            Returns the data categories available in the tenant, with their IDs and object names.

            GET /v1/op/data/categories"""
            from .api.data_and_job_handling import retrieve_data_categories as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def retrieve_data_uploads(
            self,
            *,
            upload_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            number_of_data_uploads: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[TenantDataUploadsListResponseDTO]: ...

    else:

        def retrieve_data_uploads(self, *args: object, **kwargs: object) -> object:
            """List data uploads

            Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether
            each is included in data version generation.

            GET /v1/op/data/uploads"""
            from .api.data_and_job_handling import retrieve_data_uploads as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aretrieve_data_uploads(
            self,
            *,
            upload_job_id: str | None = None,
            tenant_code: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            number_of_data_uploads: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[TenantDataUploadsListResponseDTO]: ...

    else:

        def aretrieve_data_uploads(self, *args: object, **kwargs: object) -> object:
            """List data uploads

            Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether
            each is included in data version generation.

            GET /v1/op/data/uploads"""
            from .api.data_and_job_handling import retrieve_data_uploads as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def retrieve_receiving_job_extracted_files(
            self,
            *,
            job_id: str,
            file_name_regex: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobExtractedFilesListResponseDTO]: ...

    else:

        def retrieve_receiving_job_extracted_files(self, *args: object, **kwargs: object) -> object:
            """List a receiving job's files

            Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

            GET /v1alpha/op/data/receiving-jobs/{jobId}/files"""
            from .api.data_and_job_handling import retrieve_receiving_job_extracted_files as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aretrieve_receiving_job_extracted_files(
            self,
            *,
            job_id: str,
            file_name_regex: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[ReceivingJobExtractedFilesListResponseDTO]: ...

    else:

        def aretrieve_receiving_job_extracted_files(self, *args: object, **kwargs: object) -> object:
            """List a receiving job's files

            Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

            GET /v1alpha/op/data/receiving-jobs/{jobId}/files"""
            from .api.data_and_job_handling import retrieve_receiving_job_extracted_files as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def retrieve_tenant_source_files(
            self,
            *,
            file_name_regex: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[TenantSourceFilesListResponseDTO]: ...

    else:

        def retrieve_tenant_source_files(self, *args: object, **kwargs: object) -> object:
            """List uploaded source files

            Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether they
            are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

            GET /v1alpha/op/data/uploaded-files"""
            from .api.data_and_job_handling import retrieve_tenant_source_files as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aretrieve_tenant_source_files(
            self,
            *,
            file_name_regex: str | None = None,
            limit: int | None = None,
            start: int | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[TenantSourceFilesListResponseDTO]: ...

    else:

        def aretrieve_tenant_source_files(self, *args: object, **kwargs: object) -> object:
            """List uploaded source files

            Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether they
            are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

            GET /v1alpha/op/data/uploaded-files"""
            from .api.data_and_job_handling import retrieve_tenant_source_files as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def set_connector_setting(
        self,
        *,
        connectors: list[SetConnectorSettingRequestDTO | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    @overload
    def set_connector_setting(
        self,
        *,
        model: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    @overload
    def set_connector_setting(
        self,
        *,
        body: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    def set_connector_setting(self, *args: object, **kwargs: object) -> object:
        """Update data connector settings

        Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting
        keys a connector has.

        PUT /v1/op/data-connectors/connector-settings"""
        from .api.data_and_job_handling import set_connector_setting as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aset_connector_setting(
        self,
        *,
        connectors: list[SetConnectorSettingRequestDTO | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    @overload
    async def aset_connector_setting(
        self,
        *,
        model: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    @overload
    async def aset_connector_setting(
        self,
        *,
        body: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[SetConnectorSettingsResponseDTO]: ...

    def aset_connector_setting(self, *args: object, **kwargs: object) -> object:
        """Update data connector settings

        Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting
        keys a connector has.

        PUT /v1/op/data-connectors/connector-settings"""
        from .api.data_and_job_handling import set_connector_setting as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def start_extraction(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    @overload
    def start_extraction(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    @overload
    def start_extraction(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    def start_extraction(self, *args: object, **kwargs: object) -> object:
        """Start data connector extraction jobs

        Starts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of
        analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn
        receiving and processing jobs. The response carries the dispatching job's ID; follow it with the
        dispatching-job status operations.

        POST /v1/op/data/startExtractAndLoad"""
        from .api.data_and_job_handling import start_extraction as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def astart_extraction(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    @overload
    async def astart_extraction(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    @overload
    async def astart_extraction(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[StartExtractionResponse]: ...

    def astart_extraction(self, *args: object, **kwargs: object) -> object:
        """Start data connector extraction jobs

        Starts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of
        analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn
        receiving and processing jobs. The response carries the dispatching job's ID; follow it with the
        dispatching-job status operations.

        POST /v1/op/data/startExtractAndLoad"""
        from .api.data_and_job_handling import start_extraction as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def start_load(
        self,
        *,
        files: list[str],
        skip_data_load: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    @overload
    def start_load(
        self,
        *,
        model: DataLoadRequestModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    @overload
    def start_load(
        self,
        *,
        body: DataLoadRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    def start_load(self, *args: object, **kwargs: object) -> object:
        """Start a data load from uploaded files

        Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives).
        Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant
        in the files. The response carries the receiving job's ID.

        Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

        POST /v1/op/data/startload"""
        from .api.data_and_job_handling import start_load as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def astart_load(
        self,
        *,
        files: list[str],
        skip_data_load: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    @overload
    async def astart_load(
        self,
        *,
        model: DataLoadRequestModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    @overload
    async def astart_load(
        self,
        *,
        body: DataLoadRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DataLoadResponse]: ...

    def astart_load(self, *args: object, **kwargs: object) -> object:
        """Start a data load from uploaded files

        Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives).
        Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant
        in the files. The response carries the receiving job's ID.

        Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

        POST /v1/op/data/startload"""
        from .api.data_and_job_handling import start_load as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def exclude_data_uplaods(self, *args: object, **kwargs: object) -> object:
        """Deprecated: use exclude_data_uploads (aexclude_data_uploads for the async twin)."""
        warnings.warn("exclude_data_uplaods is deprecated; use exclude_data_uploads", DeprecationWarning, stacklevel=2)
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[TenantDataUploadsUpdateResponseDTO]: ...

    def aexclude_data_uplaods(self, *args: object, **kwargs: object) -> object:
        """Deprecated: use exclude_data_uploads (aexclude_data_uploads for the async twin)."""
        warnings.warn(
            "aexclude_data_uplaods is deprecated; use aexclude_data_uploads", DeprecationWarning, stacklevel=2
        )
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)


class DataAndJobHandling:
    """Jobs, data versions, data uploads and data connector credentials.

    ``raw`` has the same methods, returning the HTTP response.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.raw = RawDataAndJobHandling(caller)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        tenant_code: str,
        run_processing_job: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        model: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_consolidated_analytics_job(
        self,
        *,
        body: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def adhoc_consolidated_analytics_job(self, *args: object, **kwargs: object) -> object:
        """Run a consolidated analytics job

        Starts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a
        processing job afterwards. Alpha: may change without notice.

        POST /v1alpha/op/jobs/consolidated-analytics-jobs"""
        from .api.data_and_job_handling import adhoc_consolidated_analytics_job as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        tenant_code: str,
        run_processing_job: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        model: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_consolidated_analytics_job(
        self,
        *,
        body: ConsolidatedAnalyticsJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def aadhoc_consolidated_analytics_job(self, *args: object, **kwargs: object) -> object:
        """Run a consolidated analytics job

        Starts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a
        processing job afterwards. Alpha: may change without notice.

        POST /v1alpha/op/jobs/consolidated-analytics-jobs"""
        from .api.data_and_job_handling import adhoc_consolidated_analytics_job as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def adhoc_extraction_job(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_extraction_job(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_extraction_job(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def adhoc_extraction_job(self, *args: object, **kwargs: object) -> object:
        """Run a data connector extraction job

        Starts an extraction job through the tenant's data connectors. For an administrating tenant this starts a
        dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/extraction-jobs"""
        from .api.data_and_job_handling import adhoc_extraction_job as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_extraction_job(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def aadhoc_extraction_job(self, *args: object, **kwargs: object) -> object:
        """Run a data connector extraction job

        Starts an extraction job through the tenant's data connectors. For an administrating tenant this starts a
        dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/extraction-jobs"""
        from .api.data_and_job_handling import adhoc_extraction_job as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        data_category_id: str | None = None,
        publish_to_production: bool | None = None,
        excluded_tenants: list[str] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        model: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    def adhoc_processing_jobs(
        self,
        *,
        body: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def adhoc_processing_jobs(self, *args: object, **kwargs: object) -> object:
        """Run processing jobs

        Starts processing jobs that generate new data versions. For an administrating tenant this starts a
        dispatching job with one processing job per tenant. The response carries the processing or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/processing-jobs"""
        from .api.data_and_job_handling import adhoc_processing_jobs as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        data_category_id: str | None = None,
        publish_to_production: bool | None = None,
        excluded_tenants: list[str] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        model: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    @overload
    async def aadhoc_processing_jobs(
        self,
        *,
        body: ProcessingJobRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobIdResponse: ...

    def aadhoc_processing_jobs(self, *args: object, **kwargs: object) -> object:
        """Run processing jobs

        Starts processing jobs that generate new data versions. For an administrating tenant this starts a
        dispatching job with one processing job per tenant. The response carries the processing or dispatching job's
        ID. Alpha: may change without notice.

        POST /v1alpha/op/jobs/processing-jobs"""
        from .api.data_and_job_handling import adhoc_processing_jobs as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def assign_connector_credential(
        self,
        *,
        connectors: list[Connector | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    @overload
    def assign_connector_credential(
        self,
        *,
        model: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    @overload
    def assign_connector_credential(
        self,
        *,
        body: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    def assign_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Assign credentials to data connectors

        Assigns a connector credential to a data connector, per tenant. The response has one entry per tenant with
        the outcome (`Succeed` or `Failed`).

        POST /v1/op/data-connectors/assignCredentials"""
        from .api.data_and_job_handling import assign_connector_credential as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aassign_connector_credential(
        self,
        *,
        connectors: list[Connector | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    @overload
    async def aassign_connector_credential(
        self,
        *,
        model: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    @overload
    async def aassign_connector_credential(
        self,
        *,
        body: AssignConnectorCredentialRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> AssignConnectorCredentialsResponseDTO: ...

    def aassign_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Assign credentials to data connectors

        Assigns a connector credential to a data connector, per tenant. The response has one entry per tenant with
        the outcome (`Succeed` or `Failed`).

        POST /v1/op/data-connectors/assignCredentials"""
        from .api.data_and_job_handling import assign_connector_credential as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def cancel_jobs(
        self,
        *,
        job_ids: list[str],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    @overload
    def cancel_jobs(
        self,
        *,
        model: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    @overload
    def cancel_jobs(
        self,
        *,
        body: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    def cancel_jobs(self, *args: object, **kwargs: object) -> object:
        """Cancel jobs

        Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result
        line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as
        not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

        POST /v1/op/jobs/cancel"""
        from .api.data_and_job_handling import cancel_jobs as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def acancel_jobs(
        self,
        *,
        job_ids: list[str],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    @overload
    async def acancel_jobs(
        self,
        *,
        model: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    @overload
    async def acancel_jobs(
        self,
        *,
        body: CancelJobBatchFromJobIdDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> JobCancellationResultsDTO: ...

    def acancel_jobs(self, *args: object, **kwargs: object) -> object:
        """Cancel jobs

        Cancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result
        line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as
        not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.

        POST /v1/op/jobs/cancel"""
        from .api.data_and_job_handling import cancel_jobs as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def create_connector_credential(
        self,
        *,
        data_provider_auth_params: DataProviderAuthParamsDTO | Mapping[str, object],
        data_provider_basic_information: DataProviderBasicInformationDTO | Mapping[str, object],
        data_provider_metadata: DataProviderBasicMetadataDTO | Mapping[str, object] | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    @overload
    def create_connector_credential(
        self,
        *,
        model: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    @overload
    def create_connector_credential(
        self,
        *,
        body: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    def create_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Create a data connector credential

        Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one
        provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The
        response carries the new credential's UUID.

        POST /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import create_connector_credential as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def acreate_connector_credential(
        self,
        *,
        data_provider_auth_params: DataProviderAuthParamsDTO | Mapping[str, object],
        data_provider_basic_information: DataProviderBasicInformationDTO | Mapping[str, object],
        data_provider_metadata: DataProviderBasicMetadataDTO | Mapping[str, object] | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    @overload
    async def acreate_connector_credential(
        self,
        *,
        model: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    @overload
    async def acreate_connector_credential(
        self,
        *,
        body: DataProviderAuthInformationDTO | Mapping[str, object],
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> CredentialCreationAPIResponseDTO: ...

    def acreate_connector_credential(self, *args: object, **kwargs: object) -> object:
        """Create a data connector credential

        Creates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one
        provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The
        response carries the new credential's UUID.

        POST /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import create_connector_credential as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def data_connector_credentials(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ExtractorCredentialsAPIDTO: ...

    @overload
    def data_connector_credentials(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ExtractorCredentialAPIDTO]: ...

    def data_connector_credentials(self, *args: object, **kwargs: object) -> object:
        """List data connector credentials

        Returns the connector credentials defined in one tenant, page by page. A connector credential is the
        integration user Visier signs in with to pull data from a source system.

        GET /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import data_connector_credentials as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def adata_connector_credentials(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ExtractorCredentialsAPIDTO: ...

    @overload
    def adata_connector_credentials(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ExtractorCredentialAPIDTO]: ...

    def adata_connector_credentials(self, *args: object, **kwargs: object) -> object:
        """List data connector credentials

        Returns the connector credentials defined in one tenant, page by page. A connector credential is the
        integration user Visier signs in with to pull data from a source system.

        GET /v1/op/data-connector-credentials"""
        from .api.data_and_job_handling import data_connector_credentials as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def data_connectors(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImportDefinitionsAPIDTO: ...

    @overload
    def data_connectors(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ImportDefinitionAPIDTO]: ...

    def data_connectors(self, *args: object, **kwargs: object) -> object:
        """List data connectors

        Returns the data connectors of one tenant, page by page, with the credential each one currently uses. Data
        connectors pull data from source systems instead of files sent over SFTP.

        GET /v1/op/data-connectors"""
        from .api.data_and_job_handling import data_connectors as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def adata_connectors(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ImportDefinitionsAPIDTO: ...

    @overload
    def adata_connectors(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ImportDefinitionAPIDTO]: ...

    def adata_connectors(self, *args: object, **kwargs: object) -> object:
        """List data connectors

        Returns the data connectors of one tenant, page by page, with the credential each one currently uses. Data
        connectors pull data from source systems instead of files sent over SFTP.

        GET /v1/op/data-connectors"""
        from .api.data_and_job_handling import data_connectors as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def delete_connector_credential(
            self,
            *,
            id: str,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> str: ...

    else:

        def delete_connector_credential(self, *args: object, **kwargs: object) -> object:
            """Delete a data connector credential

            Deletes a connector credential from a tenant, for example one that is no longer valid.

            DELETE /v1/op/data-connector-credentials/{id}"""
            from .api.data_and_job_handling import delete_connector_credential as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adelete_connector_credential(
            self,
            *,
            id: str,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> str: ...

    else:

        def adelete_connector_credential(self, *args: object, **kwargs: object) -> object:
            """Delete a data connector credential

            Deletes a connector credential from a tenant, for example one that is no longer valid.

            DELETE /v1/op/data-connector-credentials/{id}"""
            from .api.data_and_job_handling import delete_connector_credential as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def disable_dv(
        self,
        *,
        data_version_objects: list[DataVersionObject | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    @overload
    def disable_dv(
        self,
        *,
        model: DisableDVModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    @overload
    def disable_dv(
        self,
        *,
        body: DisableDVRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    def disable_dv(self, *args: object, **kwargs: object) -> object:
        """Disable data versions

        Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when
        `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may
        not change what users see.

        PUT /v1/op/data-versions/disable"""
        from .api.data_and_job_handling import disable_dv as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def adisable_dv(
        self,
        *,
        data_version_objects: list[DataVersionObject | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    @overload
    async def adisable_dv(
        self,
        *,
        model: DisableDVModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    @overload
    async def adisable_dv(
        self,
        *,
        body: DisableDVRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DisableDVResponse: ...

    def adisable_dv(self, *args: object, **kwargs: object) -> object:
        """Disable data versions

        Disables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when
        `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may
        not change what users see.

        PUT /v1/op/data-versions/disable"""
        from .api.data_and_job_handling import disable_dv as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def dispatching_job_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DispatchingJobStatusResponse: ...

    else:

        def dispatching_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a dispatching job's status

            Returns a dispatching job's status and how many child jobs it has dispatched so far.

            GET /v1/op/jobs/dispatching-jobs/{jobId}"""
            from .api.data_and_job_handling import dispatching_job_status as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adispatching_job_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DispatchingJobStatusResponse: ...

    else:

        def adispatching_job_status(self, *args: object, **kwargs: object) -> object:
            """Get a dispatching job's status

            Returns a dispatching job's status and how many child jobs it has dispatched so far.

            GET /v1/op/jobs/dispatching-jobs/{jobId}"""
            from .api.data_and_job_handling import dispatching_job_status as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def exclude_data_uploads(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    def exclude_data_uploads(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    def exclude_data_uploads(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def exclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Exclude data uploads

        Excludes data uploads from data version generation, per analytic tenant: all of them, or those selected by
        upload time, time range, source, file name pattern or file identifier. The response has one result line per
        upload.

        PUT /v1/op/data/uploads/exclude"""
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    async def aexclude_data_uploads(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def aexclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Exclude data uploads

        Excludes data uploads from data version generation, per analytic tenant: all of them, or those selected by
        upload time, time range, source, file name pattern or file identifier. The response has one result line per
        upload.

        PUT /v1/op/data/uploads/exclude"""
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def extraction_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ExtractionJobAndStatusResponse: ...

    @overload
    def extraction_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ExtractionJob]: ...

    def extraction_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's extraction jobs

        Returns the extraction jobs created by a dispatching job, page by page, with each job's status and current
        stage.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs"""
        from .api.data_and_job_handling import extraction_job_and_status as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aextraction_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ExtractionJobAndStatusResponse: ...

    @overload
    def aextraction_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ExtractionJob]: ...

    def aextraction_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's extraction jobs

        Returns the extraction jobs created by a dispatching job, page by page, with each job's status and current
        stage.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs"""
        from .api.data_and_job_handling import extraction_job_and_status as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def include_data_uploads(
        self,
        *,
        uploads: list[UploadToInclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    def include_data_uploads(
        self,
        *,
        model: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    def include_data_uploads(
        self,
        *,
        body: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def include_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Include data uploads

        Includes data uploads in data version generation again, per analytic tenant, selected the same way as for
        `excludeDataUploads`. The response has one result line per upload.

        PUT /v1/op/data/uploads/include"""
        from .api.data_and_job_handling import include_data_uploads as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        uploads: list[UploadToInclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        model: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    async def ainclude_data_uploads(
        self,
        *,
        body: IncludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def ainclude_data_uploads(self, *args: object, **kwargs: object) -> object:
        """Include data uploads

        Includes data uploads in data version generation again, per analytic tenant, selected the same way as for
        `excludeDataUploads`. The response has one result line per upload.

        PUT /v1/op/data/uploads/include"""
        from .api.data_and_job_handling import include_data_uploads as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def job_id_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> list[JobStatusWithStartTime]: ...

    else:

        def job_id_status(self, *args: object, **kwargs: object) -> object:
            """Get a job's status

            Returns the status entries of one job, whatever its type.

            GET /v1/op/job-status/jobs/{jobId}"""
            from .api.data_and_job_handling import job_id_status as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def ajob_id_status(
            self,
            *,
            job_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> list[JobStatusWithStartTime]: ...

    else:

        def ajob_id_status(self, *args: object, **kwargs: object) -> object:
            """Get a job's status

            Returns the status entries of one job, whatever its type.

            GET /v1/op/job-status/jobs/{jobId}"""
            from .api.data_and_job_handling import job_id_status as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def job_status(
            self,
            *,
            start_time: str | None = None,
            end_time: str | None = None,
            status: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> JobStatusListResponse: ...

    else:

        def job_status(self, *args: object, **kwargs: object) -> object:
            """List job statuses

            Returns the status of every job that started within a time range, optionally only those with a given status.

            GET /v1/op/job-status/jobs"""
            from .api.data_and_job_handling import job_status as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def ajob_status(
            self,
            *,
            start_time: str | None = None,
            end_time: str | None = None,
            status: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> JobStatusListResponse: ...

    else:

        def ajob_status(self, *args: object, **kwargs: object) -> object:
            """List job statuses

            Returns the status of every job that started within a time range, optionally only those with a given status.

            GET /v1/op/job-status/jobs"""
            from .api.data_and_job_handling import job_status as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def latest_enabled_dv(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_versions: int | None = None,
        data_category: str | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MultipleTenantDataVersionsListDTO: ...

    @overload
    def latest_enabled_dv(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_versions: int | None = None,
        data_category: str | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[MultipleTenantDataVersionsDetailsDTO]: ...

    def latest_enabled_dv(self, *args: object, **kwargs: object) -> object:
        """List the latest enabled data versions

        Returns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when
        `tenantCode` is given. Useful to find a data version to disable after validating a load.

        GET /v1/op/data-versions"""
        from .api.data_and_job_handling import latest_enabled_dv as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def alatest_enabled_dv(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_versions: int | None = None,
        data_category: str | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> MultipleTenantDataVersionsListDTO: ...

    @overload
    def alatest_enabled_dv(
        self,
        *,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_versions: int | None = None,
        data_category: str | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[MultipleTenantDataVersionsDetailsDTO]: ...

    def alatest_enabled_dv(self, *args: object, **kwargs: object) -> object:
        """List the latest enabled data versions

        Returns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when
        `tenantCode` is given. Useful to find a data version to disable after validating a load.

        GET /v1/op/data-versions"""
        from .api.data_and_job_handling import latest_enabled_dv as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def list_connector_settings(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> ExtractorSettingsAPIDTO: ...

    else:

        def list_connector_settings(self, *args: object, **kwargs: object) -> object:
            """List data connector settings

            Returns every production data connector of the tenant with the settings it exposes and their current values.

            GET /v1/op/data-connectors/connector-settings"""
            from .api.data_and_job_handling import list_connector_settings as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def alist_connector_settings(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> ExtractorSettingsAPIDTO: ...

    else:

        def alist_connector_settings(self, *args: object, **kwargs: object) -> object:
            """List data connector settings

            Returns every production data connector of the tenant with the settings it exposes and their current values.

            GET /v1/op/data-connectors/connector-settings"""
            from .api.data_and_job_handling import list_connector_settings as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def processing_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ProcessingJobAndStatusResponse: ...

    @overload
    def processing_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ProcessingJob]: ...

    def processing_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's processing jobs

        Returns the processing jobs that descend from a dispatching job, page by page, with their statuses and the
        data versions they produced.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs"""
        from .api.data_and_job_handling import processing_job_and_status as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aprocessing_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ProcessingJobAndStatusResponse: ...

    @overload
    def aprocessing_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ProcessingJob]: ...

    def aprocessing_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's processing jobs

        Returns the processing jobs that descend from a dispatching job, page by page, with their statuses and the
        data versions they produced.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs"""
        from .api.data_and_job_handling import processing_job_and_status as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def processing_job_status(
        self,
        *,
        receiving_job_id: str,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ProcessingJobStatusResponse: ...

    @overload
    def processing_job_status(
        self,
        *,
        receiving_job_id: str,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ProcessingJob]: ...

    def processing_job_status(self, *args: object, **kwargs: object) -> object:
        """List a receiving job's processing jobs

        Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic
        tenant's data and, when it succeeds, produces a data version.

        GET /v1/op/jobs/processing-jobs/{receivingJobId}"""
        from .api.data_and_job_handling import processing_job_status as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aprocessing_job_status(
        self,
        *,
        receiving_job_id: str,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ProcessingJobStatusResponse: ...

    @overload
    def aprocessing_job_status(
        self,
        *,
        receiving_job_id: str,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ProcessingJob]: ...

    def aprocessing_job_status(self, *args: object, **kwargs: object) -> object:
        """List a receiving job's processing jobs

        Returns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic
        tenant's data and, when it succeeds, produces a data version.

        GET /v1/op/jobs/processing-jobs/{receivingJobId}"""
        from .api.data_and_job_handling import processing_job_status as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def receiving_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobAndStatusResponse: ...

    @overload
    def receiving_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ReceivingJob]: ...

    def receiving_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's receiving jobs

        Returns the receiving jobs that descend from a dispatching job, page by page, with their statuses.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs"""
        from .api.data_and_job_handling import receiving_job_and_status as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def areceiving_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobAndStatusResponse: ...

    @overload
    def areceiving_job_and_status(
        self,
        *,
        job_id: str,
        dispatching_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ReceivingJob]: ...

    def areceiving_job_and_status(self, *args: object, **kwargs: object) -> object:
        """List a dispatching job's receiving jobs

        Returns the receiving jobs that descend from a dispatching job, page by page, with their statuses.

        GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs"""
        from .api.data_and_job_handling import receiving_job_and_status as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def receiving_job_status(
        self,
        *,
        receiving_job_id: str,
        jobs: bool | None = None,
        tenant_code: str | None = None,
        start: int | None = None,
        limit: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobStatusResponse: ...

    @overload
    def receiving_job_status(
        self,
        *,
        receiving_job_id: str,
        jobs: bool | None = None,
        tenant_code: str | None = None,
        start: int | None = None,
        limit: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ReceivingJob]: ...

    def receiving_job_status(self, *args: object, **kwargs: object) -> object:
        """Get a receiving job's status

        Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and
        stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it
        spawned.

        GET /v1/op/jobs/receiving-jobs/{receivingJobId}"""
        from .api.data_and_job_handling import receiving_job_status as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def areceiving_job_status(
        self,
        *,
        receiving_job_id: str,
        jobs: bool | None = None,
        tenant_code: str | None = None,
        start: int | None = None,
        limit: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobStatusResponse: ...

    @overload
    def areceiving_job_status(
        self,
        *,
        receiving_job_id: str,
        jobs: bool | None = None,
        tenant_code: str | None = None,
        start: int | None = None,
        limit: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ReceivingJob]: ...

    def areceiving_job_status(self, *args: object, **kwargs: object) -> object:
        """Get a receiving job's status

        Returns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and
        stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it
        spawned.

        GET /v1/op/jobs/receiving-jobs/{receivingJobId}"""
        from .api.data_and_job_handling import receiving_job_status as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def retrieve_data_categories(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DataCategoriesResponseDTO: ...

    else:

        def retrieve_data_categories(self, *args: object, **kwargs: object) -> object:
            """List data categories

            Returns the data categories available in the tenant, with their IDs and object names.

            GET /v1/op/data/categories"""
            from .api.data_and_job_handling import retrieve_data_categories as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aretrieve_data_categories(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DataCategoriesResponseDTO: ...

    else:

        def aretrieve_data_categories(self, *args: object, **kwargs: object) -> object:
            """List data categories

            Returns the data categories available in the tenant, with their IDs and object names.

            GET /v1/op/data/categories"""
            from .api.data_and_job_handling import retrieve_data_categories as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def retrieve_data_uploads(
        self,
        *,
        upload_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_data_uploads: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TenantDataUploadsListResponseDTO: ...

    @overload
    def retrieve_data_uploads(
        self,
        *,
        upload_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_data_uploads: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[TenantDataUploadsResponseDTO]: ...

    def retrieve_data_uploads(self, *args: object, **kwargs: object) -> object:
        """List data uploads

        Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether
        each is included in data version generation.

        GET /v1/op/data/uploads"""
        from .api.data_and_job_handling import retrieve_data_uploads as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aretrieve_data_uploads(
        self,
        *,
        upload_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_data_uploads: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TenantDataUploadsListResponseDTO: ...

    @overload
    def aretrieve_data_uploads(
        self,
        *,
        upload_job_id: str | None = None,
        tenant_code: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        number_of_data_uploads: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[TenantDataUploadsResponseDTO]: ...

    def aretrieve_data_uploads(self, *args: object, **kwargs: object) -> object:
        """List data uploads

        Returns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether
        each is included in data version generation.

        GET /v1/op/data/uploads"""
        from .api.data_and_job_handling import retrieve_data_uploads as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def retrieve_receiving_job_extracted_files(
        self,
        *,
        job_id: str,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobExtractedFilesListResponseDTO: ...

    @overload
    def retrieve_receiving_job_extracted_files(
        self,
        *,
        job_id: str,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[ReceivingJobExtractedFilesForTenantResponseDTO]: ...

    def retrieve_receiving_job_extracted_files(self, *args: object, **kwargs: object) -> object:
        """List a receiving job's files

        Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

        GET /v1alpha/op/data/receiving-jobs/{jobId}/files"""
        from .api.data_and_job_handling import retrieve_receiving_job_extracted_files as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aretrieve_receiving_job_extracted_files(
        self,
        *,
        job_id: str,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> ReceivingJobExtractedFilesListResponseDTO: ...

    @overload
    def aretrieve_receiving_job_extracted_files(
        self,
        *,
        job_id: str,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[ReceivingJobExtractedFilesForTenantResponseDTO]: ...

    def aretrieve_receiving_job_extracted_files(self, *args: object, **kwargs: object) -> object:
        """List a receiving job's files

        Returns, per analytic tenant, the files a receiving job transferred, page by page across tenants.

        GET /v1alpha/op/data/receiving-jobs/{jobId}/files"""
        from .api.data_and_job_handling import retrieve_receiving_job_extracted_files as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def retrieve_tenant_source_files(
        self,
        *,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TenantSourceFilesListResponseDTO: ...

    @overload
    def retrieve_tenant_source_files(
        self,
        *,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> Iterator[SourceFileResponseDTO]: ...

    def retrieve_tenant_source_files(self, *args: object, **kwargs: object) -> object:
        """List uploaded source files

        Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether they
        are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

        GET /v1alpha/op/data/uploaded-files"""
        from .api.data_and_job_handling import retrieve_tenant_source_files as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aretrieve_tenant_source_files(
        self,
        *,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[False] = False,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> TenantSourceFilesListResponseDTO: ...

    @overload
    def aretrieve_tenant_source_files(
        self,
        *,
        file_name_regex: str | None = None,
        limit: int | None = None,
        start: int | None = None,
        target_tenant_id: str | None = None,
        iterator: Literal[True],
        page_size: int | None = None,
        page_ahead: bool | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> AsyncIterator[SourceFileResponseDTO]: ...

    def aretrieve_tenant_source_files(self, *args: object, **kwargs: object) -> object:
        """List uploaded source files

        Returns the files uploaded to the tenant's sources, page by page, with their upload time and whether they
        are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.

        GET /v1alpha/op/data/uploaded-files"""
        from .api.data_and_job_handling import retrieve_tenant_source_files as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def set_connector_setting(
        self,
        *,
        connectors: list[SetConnectorSettingRequestDTO | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    @overload
    def set_connector_setting(
        self,
        *,
        model: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    @overload
    def set_connector_setting(
        self,
        *,
        body: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    def set_connector_setting(self, *args: object, **kwargs: object) -> object:
        """Update data connector settings

        Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting
        keys a connector has.

        PUT /v1/op/data-connectors/connector-settings"""
        from .api.data_and_job_handling import set_connector_setting as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aset_connector_setting(
        self,
        *,
        connectors: list[SetConnectorSettingRequestDTO | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    @overload
    async def aset_connector_setting(
        self,
        *,
        model: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    @overload
    async def aset_connector_setting(
        self,
        *,
        body: SetConnectorSettingsRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> SetConnectorSettingsResponseDTO: ...

    def aset_connector_setting(self, *args: object, **kwargs: object) -> object:
        """Update data connector settings

        Sets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting
        keys a connector has.

        PUT /v1/op/data-connectors/connector-settings"""
        from .api.data_and_job_handling import set_connector_setting as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def start_extraction(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    @overload
    def start_extraction(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    @overload
    def start_extraction(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    def start_extraction(self, *args: object, **kwargs: object) -> object:
        """Start data connector extraction jobs

        Starts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of
        analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn
        receiving and processing jobs. The response carries the dispatching job's ID; follow it with the
        dispatching-job status operations.

        POST /v1/op/data/startExtractAndLoad"""
        from .api.data_and_job_handling import start_extraction as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def astart_extraction(
        self,
        *,
        tenants: list[str] | None = None,
        all_tenants: bool | None = None,
        override_last_extraction_timestamp: str | int | None = None,
        publish_data_load_artifacts: bool | None = None,
        run_processing_job: bool | None = None,
        data_category_id: str | None = None,
        disable_artifact_generation: bool | None = None,
        connector_ids: list[str] | None = None,
        last_extraction_time_offset_weeks: int | None = None,
        months_to_extract: int | None = None,
        extract_to_time_override: str | int | None = None,
        batch_size_override: int | None = None,
        sql_batch_size: int | None = None,
        force_update_existing_artifacts: bool | None = None,
        excluded_tenants: list[str] | None = None,
        spill_debug_info_partitions_dto: ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO
        | Literal["spillNone", "spillStagesAndRecords", "spillAll"]
        | None = None,
        spill_debug_info_detail_level_dto: ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO
        | Literal["fileAndLine", "mappingName"]
        | None = None,
        last_extraction_time_offset_months: int | None = None,
        last_extraction_time_offset_mode: str | None = None,
        offset_week_option: str | None = None,
        offset_month_option: str | None = None,
        credential_id: str | None = None,
        output_target: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    @overload
    async def astart_extraction(
        self,
        *,
        model: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    @overload
    async def astart_extraction(
        self,
        *,
        body: ExtractDataAndLoadDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> StartExtractionResponse: ...

    def astart_extraction(self, *args: object, **kwargs: object) -> object:
        """Start data connector extraction jobs

        Starts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of
        analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn
        receiving and processing jobs. The response carries the dispatching job's ID; follow it with the
        dispatching-job status operations.

        POST /v1/op/data/startExtractAndLoad"""
        from .api.data_and_job_handling import start_extraction as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def start_load(
        self,
        *,
        files: list[str],
        skip_data_load: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    @overload
    def start_load(
        self,
        *,
        model: DataLoadRequestModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    @overload
    def start_load(
        self,
        *,
        body: DataLoadRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    def start_load(self, *args: object, **kwargs: object) -> object:
        """Start a data load from uploaded files

        Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives).
        Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant
        in the files. The response carries the receiving job's ID.

        Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

        POST /v1/op/data/startload"""
        from .api.data_and_job_handling import start_load as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def astart_load(
        self,
        *,
        files: list[str],
        skip_data_load: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    @overload
    async def astart_load(
        self,
        *,
        model: DataLoadRequestModel | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    @overload
    async def astart_load(
        self,
        *,
        body: DataLoadRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DataLoadResponse: ...

    def astart_load(self, *args: object, **kwargs: object) -> object:
        """Start a data load from uploaded files

        Starts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives).
        Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant
        in the files. The response carries the receiving job's ID.

        Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.

        POST /v1/op/data/startload"""
        from .api.data_and_job_handling import start_load as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    @deprecated("use exclude_data_uploads")
    def exclude_data_uplaods(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def exclude_data_uplaods(self, *args: object, **kwargs: object) -> object:
        """Deprecated: use exclude_data_uploads (aexclude_data_uploads for the async twin)."""
        warnings.warn("exclude_data_uplaods is deprecated; use exclude_data_uploads", DeprecationWarning, stacklevel=2)
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        uploads: list[UploadToExclude | Mapping[str, object]],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        model: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    @overload
    @deprecated("use aexclude_data_uploads")
    async def aexclude_data_uplaods(
        self,
        *,
        body: ExcludeDataUploadsRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> TenantDataUploadsUpdateResponseDTO: ...

    def aexclude_data_uplaods(self, *args: object, **kwargs: object) -> object:
        """Deprecated: use exclude_data_uploads (aexclude_data_uploads for the async twin)."""
        warnings.warn(
            "aexclude_data_uplaods is deprecated; use aexclude_data_uploads", DeprecationWarning, stacklevel=2
        )
        from .api.data_and_job_handling import exclude_data_uploads as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)


class RawDataUpload:
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def file_upload(
            self,
            *,
            filename: str,
            body: File,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[None]: ...

    else:

        def file_upload(self, *args: object, **kwargs: object) -> object:
            """Upload a data file

            Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as `.zip.gpg`).
            At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

            The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
            infrastructure, where the same PUT is repeated with the body. Send the file once, to that location: use
            `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream the file to
            the location the 307 names.

            PUT /v1/data/upload/files/{filename}"""
            from .api.data_upload import file_upload as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def afile_upload(
            self,
            *,
            filename: str,
            body: File,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[None]: ...

    else:

        def afile_upload(self, *args: object, **kwargs: object) -> object:
            """Upload a data file

            Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as `.zip.gpg`).
            At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

            The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
            infrastructure, where the same PUT is repeated with the body. Send the file once, to that location: use
            `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream the file to
            the location the 307 names.

            PUT /v1/data/upload/files/{filename}"""
            from .api.data_upload import file_upload as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)


class DataUpload:
    """Uploading data files for loads.

    ``raw`` has the same methods, returning the HTTP response.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.raw = RawDataUpload(caller)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def file_upload(
            self,
            *,
            filename: str,
            body: File,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> None: ...

    else:

        def file_upload(self, *args: object, **kwargs: object) -> object:
            """Upload a data file

            Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as `.zip.gpg`).
            At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

            The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
            infrastructure, where the same PUT is repeated with the body. Send the file once, to that location: use
            `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream the file to
            the location the 307 names.

            PUT /v1/data/upload/files/{filename}"""
            from .api.data_upload import file_upload as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def afile_upload(
            self,
            *,
            filename: str,
            body: File,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> None: ...

    else:

        def afile_upload(self, *args: object, **kwargs: object) -> object:
            """Upload a data file

            Uploads one data file: ZIP, CSV, XLS or XLSX, plain or encrypted with Visier's PGP key (such as `.zip.gpg`).
            At most 500 MB; SFTP suits larger files. The file can then be loaded with startLoad.

            The service does not take the file itself: it answers 307 with a `Location` on Visier's upload
            infrastructure, where the same PUT is repeated with the body. Send the file once, to that location: use
            `Expect: 100-continue`, or (as this SDK does) first send the PUT without a body and then stream the file to
            the location the 307 names.

            PUT /v1/data/upload/files/{filename}"""
            from .api.data_upload import file_upload as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)


class RawDirectDataIntake:
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def commit_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def commit_transaction(self, *args: object, **kwargs: object) -> object:
            """Commit a transaction

            Starts the processing job that loads the transaction's files into Visier. No file can be uploaded to the
            transaction afterwards; follow the job with transactionStatus. Commit once; a lost answer is found again
            with transactionStatus, not by committing again.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import commit_transaction as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def acommit_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def acommit_transaction(self, *args: object, **kwargs: object) -> object:
            """Commit a transaction

            Starts the processing job that loads the transaction's files into Visier. No file can be uploaded to the
            transaction afterwards; follow the job with transactionStatus. Commit once; a lost answer is found again
            with transactionStatus, not by committing again.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import commit_transaction as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_config(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    else:

        def get_config(self, *args: object, **kwargs: object) -> object:
            """Get the direct data intake configuration

            Returns how committed transactions are processed in this draft; primary or supplemental, and the objects
            loaded as extensions.

            GET /v1/data/directloads/{draftId}/configs"""
            from .api.direct_data_intake import get_config as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_config(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    else:

        def aget_config(self, *args: object, **kwargs: object) -> object:
            """Get the direct data intake configuration

            Returns how committed transactions are processed in this draft; primary or supplemental, and the objects
            loaded as extensions.

            GET /v1/data/directloads/{draftId}/configs"""
            from .api.direct_data_intake import get_config as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def list_transactions(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataListTransactionsResponseDTO]: ...

    else:

        def list_transactions(self, *args: object, **kwargs: object) -> object:
            """List the open transactions

            The transactions that are still open; committed and rolled-back ones are not listed.

            GET /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import list_transactions as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def alist_transactions(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataListTransactionsResponseDTO]: ...

    else:

        def alist_transactions(self, *args: object, **kwargs: object) -> object:
            """List the open transactions

            The transactions that are still open; committed and rolled-back ones are not listed.

            GET /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import list_transactions as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def load_sample_data(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            object_name: str,
            sample_name: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def load_sample_data(self, *args: object, **kwargs: object) -> object:
            """Load sample data into a transaction

            Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is processed only
            when the transaction is committed.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data"""
            from .api.direct_data_intake import load_sample_data as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aload_sample_data(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            object_name: str,
            sample_name: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def aload_sample_data(self, *args: object, **kwargs: object) -> object:
            """Load sample data into a transaction

            Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is processed only
            when the transaction is committed.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data"""
            from .api.direct_data_intake import load_sample_data as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def object_schema(
            self,
            *,
            draft_id: str = "prod",
            object_name: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataSchemaDTO]: ...

    else:

        def object_schema(self, *args: object, **kwargs: object) -> object:
            """Get an object's load schema

            The columns a file loaded into this object must have. Every column listed must be in the file's header,
            spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

            GET /v1/data/directloads/{draftId}/schemas/{objectName}"""
            from .api.direct_data_intake import object_schema as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aobject_schema(
            self,
            *,
            draft_id: str = "prod",
            object_name: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataSchemaDTO]: ...

    else:

        def aobject_schema(self, *args: object, **kwargs: object) -> object:
            """Get an object's load schema

            The columns a file loaded into this object must have. Every column listed must be in the file's header,
            spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

            GET /v1/data/directloads/{draftId}/schemas/{objectName}"""
            from .api.direct_data_intake import object_schema as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        job: DirectDataJobConfigDTO | Mapping[str, object] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        model: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        body: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    def put_config(self, *args: object, **kwargs: object) -> object:
        """Change the direct data intake configuration

        Changes the options given and leaves every option left out as it is.

        PUT /v1/data/directloads/{draftId}/configs"""
        from .api.direct_data_intake import put_config as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        job: DirectDataJobConfigDTO | Mapping[str, object] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        model: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        body: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[DirectDataLoadConfigDTO]: ...

    def aput_config(self, *args: object, **kwargs: object) -> object:
        """Change the direct data intake configuration

        Changes the options given and leaves every option left out as it is.

        PUT /v1/data/directloads/{draftId}/configs"""
        from .api.direct_data_intake import put_config as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def rollback_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def rollback_transaction(self, *args: object, **kwargs: object) -> object:
            """Roll back a transaction

            Discards every file uploaded to the transaction and closes it; it takes no more files.

            DELETE /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import rollback_transaction as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def arollback_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    else:

        def arollback_transaction(self, *args: object, **kwargs: object) -> object:
            """Roll back a transaction

            Discards every file uploaded to the transaction and closes it; it takes no more files.

            DELETE /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import rollback_transaction as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def start_transaction(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataTransactionStartResponseDTO]: ...

    else:

        def start_transaction(self, *args: object, **kwargs: object) -> object:
            """Start a transaction

            Opens a transaction to upload files into. Nothing reaches Visier's objects until the transaction is
            committed; a rollback discards what was uploaded.

            POST /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import start_transaction as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def astart_transaction(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataTransactionStartResponseDTO]: ...

    else:

        def astart_transaction(self, *args: object, **kwargs: object) -> object:
            """Start a transaction

            Opens a transaction to upload files into. Nothing reaches Visier's objects until the transaction is
            committed; a rollback discards what was uploaded.

            POST /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import start_transaction as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def transaction_status(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataJobStatusResponseDTO]: ...

    else:

        def transaction_status(self, *args: object, **kwargs: object) -> object:
            """Get a committed transaction's status

            The status of the processing job that committing the transaction started.

            GET /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import transaction_status as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def atransaction_status(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[DirectDataJobStatusResponseDTO]: ...

    else:

        def atransaction_status(self, *args: object, **kwargs: object) -> object:
            """Get a committed transaction's status

            The status of the processing job that committing the transaction started.

            GET /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import transaction_status as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        file: File,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        model: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        body: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    def upload_file(self, *args: object, **kwargs: object) -> object:
        """Upload a file to a transaction

        Adds one CSV or ZIP file for one object to an open transaction. A success means the file was received, not
        that it loads; that is known once the transaction is committed and processed.

        PUT /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"""
        from .api.direct_data_intake import upload_file as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        file: File,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        model: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        body: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[DirectDataUploadFileResponseDTO]: ...

    def aupload_file(self, *args: object, **kwargs: object) -> object:
        """Upload a file to a transaction

        Adds one CSV or ZIP file for one object to an open transaction. A success means the file was received, not
        that it loads; that is known once the transaction is committed and processed.

        PUT /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"""
        from .api.direct_data_intake import upload_file as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)


class DirectDataIntake:
    """Transactions that load CSV or ZIP files straight into Visier's objects (subjects, events, dimensions),
    committed or rolled back as a whole.

    ``raw`` has the same methods, returning the HTTP response.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.raw = RawDirectDataIntake(caller)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def commit_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def commit_transaction(self, *args: object, **kwargs: object) -> object:
            """Commit a transaction

            Starts the processing job that loads the transaction's files into Visier. No file can be uploaded to the
            transaction afterwards; follow the job with transactionStatus. Commit once; a lost answer is found again
            with transactionStatus, not by committing again.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import commit_transaction as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def acommit_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def acommit_transaction(self, *args: object, **kwargs: object) -> object:
            """Commit a transaction

            Starts the processing job that loads the transaction's files into Visier. No file can be uploaded to the
            transaction afterwards; follow the job with transactionStatus. Commit once; a lost answer is found again
            with transactionStatus, not by committing again.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import commit_transaction as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_config(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataLoadConfigDTO: ...

    else:

        def get_config(self, *args: object, **kwargs: object) -> object:
            """Get the direct data intake configuration

            Returns how committed transactions are processed in this draft; primary or supplemental, and the objects
            loaded as extensions.

            GET /v1/data/directloads/{draftId}/configs"""
            from .api.direct_data_intake import get_config as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_config(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataLoadConfigDTO: ...

    else:

        def aget_config(self, *args: object, **kwargs: object) -> object:
            """Get the direct data intake configuration

            Returns how committed transactions are processed in this draft; primary or supplemental, and the objects
            loaded as extensions.

            GET /v1/data/directloads/{draftId}/configs"""
            from .api.direct_data_intake import get_config as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def list_transactions(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataListTransactionsResponseDTO: ...

    else:

        def list_transactions(self, *args: object, **kwargs: object) -> object:
            """List the open transactions

            The transactions that are still open; committed and rolled-back ones are not listed.

            GET /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import list_transactions as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def alist_transactions(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataListTransactionsResponseDTO: ...

    else:

        def alist_transactions(self, *args: object, **kwargs: object) -> object:
            """List the open transactions

            The transactions that are still open; committed and rolled-back ones are not listed.

            GET /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import list_transactions as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def load_sample_data(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            object_name: str,
            sample_name: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def load_sample_data(self, *args: object, **kwargs: object) -> object:
            """Load sample data into a transaction

            Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is processed only
            when the transaction is committed.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data"""
            from .api.direct_data_intake import load_sample_data as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aload_sample_data(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            object_name: str,
            sample_name: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def aload_sample_data(self, *args: object, **kwargs: object) -> object:
            """Load sample data into a transaction

            Adds Visier's sample data for an object to an open transaction; like an uploaded file, it is processed only
            when the transaction is committed.

            POST /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}/sample-data"""
            from .api.direct_data_intake import load_sample_data as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def object_schema(
            self,
            *,
            draft_id: str = "prod",
            object_name: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataSchemaDTO: ...

    else:

        def object_schema(self, *args: object, **kwargs: object) -> object:
            """Get an object's load schema

            The columns a file loaded into this object must have. Every column listed must be in the file's header,
            spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

            GET /v1/data/directloads/{draftId}/schemas/{objectName}"""
            from .api.direct_data_intake import object_schema as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aobject_schema(
            self,
            *,
            draft_id: str = "prod",
            object_name: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataSchemaDTO: ...

    else:

        def aobject_schema(self, *args: object, **kwargs: object) -> object:
            """Get an object's load schema

            The columns a file loaded into this object must have. Every column listed must be in the file's header,
            spelt exactly (case-sensitive); only the mandatory ones must hold a value in every row.

            GET /v1/data/directloads/{draftId}/schemas/{objectName}"""
            from .api.direct_data_intake import object_schema as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        job: DirectDataJobConfigDTO | Mapping[str, object] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        model: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    @overload
    def put_config(
        self,
        *,
        draft_id: str = "prod",
        body: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    def put_config(self, *args: object, **kwargs: object) -> object:
        """Change the direct data intake configuration

        Changes the options given and leaves every option left out as it is.

        PUT /v1/data/directloads/{draftId}/configs"""
        from .api.direct_data_intake import put_config as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        job: DirectDataJobConfigDTO | Mapping[str, object] | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        model: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    @overload
    async def aput_config(
        self,
        *,
        draft_id: str = "prod",
        body: DirectDataLoadConfigDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> DirectDataLoadConfigDTO: ...

    def aput_config(self, *args: object, **kwargs: object) -> object:
        """Change the direct data intake configuration

        Changes the options given and leaves every option left out as it is.

        PUT /v1/data/directloads/{draftId}/configs"""
        from .api.direct_data_intake import put_config as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def rollback_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def rollback_transaction(self, *args: object, **kwargs: object) -> object:
            """Roll back a transaction

            Discards every file uploaded to the transaction and closes it; it takes no more files.

            DELETE /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import rollback_transaction as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def arollback_transaction(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataUploadFileResponseDTO: ...

    else:

        def arollback_transaction(self, *args: object, **kwargs: object) -> object:
            """Roll back a transaction

            Discards every file uploaded to the transaction and closes it; it takes no more files.

            DELETE /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import rollback_transaction as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def start_transaction(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataTransactionStartResponseDTO: ...

    else:

        def start_transaction(self, *args: object, **kwargs: object) -> object:
            """Start a transaction

            Opens a transaction to upload files into. Nothing reaches Visier's objects until the transaction is
            committed; a rollback discards what was uploaded.

            POST /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import start_transaction as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def astart_transaction(
            self,
            *,
            draft_id: str = "prod",
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataTransactionStartResponseDTO: ...

    else:

        def astart_transaction(self, *args: object, **kwargs: object) -> object:
            """Start a transaction

            Opens a transaction to upload files into. Nothing reaches Visier's objects until the transaction is
            committed; a rollback discards what was uploaded.

            POST /v1/data/directloads/{draftId}/transactions"""
            from .api.direct_data_intake import start_transaction as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def transaction_status(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataJobStatusResponseDTO: ...

    else:

        def transaction_status(self, *args: object, **kwargs: object) -> object:
            """Get a committed transaction's status

            The status of the processing job that committing the transaction started.

            GET /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import transaction_status as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def atransaction_status(
            self,
            *,
            draft_id: str = "prod",
            transaction_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> DirectDataJobStatusResponseDTO: ...

    else:

        def atransaction_status(self, *args: object, **kwargs: object) -> object:
            """Get a committed transaction's status

            The status of the processing job that committing the transaction started.

            GET /v1/data/directloads/{draftId}/transactions/{transactionId}"""
            from .api.direct_data_intake import transaction_status as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        file: File,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        model: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    @overload
    def upload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        body: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    def upload_file(self, *args: object, **kwargs: object) -> object:
        """Upload a file to a transaction

        Adds one CSV or ZIP file for one object to an open transaction. A success means the file was received, not
        that it loads; that is known once the transaction is committed and processed.

        PUT /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"""
        from .api.direct_data_intake import upload_file as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        file: File,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        model: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    @overload
    async def aupload_file(
        self,
        *,
        draft_id: str = "prod",
        transaction_id: str,
        object_name: str,
        body: DirectDataUploadFileBody | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> DirectDataUploadFileResponseDTO: ...

    def aupload_file(self, *args: object, **kwargs: object) -> object:
        """Upload a file to a transaction

        Adds one CSV or ZIP file for one object to an open transaction. A success means the file was received, not
        that it loads; that is known once the transaction is committed and processed.

        PUT /v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}"""
        from .api.direct_data_intake import upload_file as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)


class RawDataIntake:
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def get_sources(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataSourceDefinitionsDTO]: ...

    else:

        def get_sources(self, *args: object, **kwargs: object) -> object:
            """List the sources

            Returns the sources that transfer sessions can send data to, each with its columns (name, data type, whether
            it is mandatory or may be empty) and the file name pattern that routes uploaded files to it. Visier sets the
            sources up for a tenant.

            GET /v1/op/data-sources"""
            from .api.data_intake import get_sources as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_sources(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataSourceDefinitionsDTO]: ...

    else:

        def aget_sources(self, *args: object, **kwargs: object) -> object:
            """List the sources

            Returns the sources that transfer sessions can send data to, each with its columns (name, data type, whether
            it is mandatory or may be empty) and the file name pattern that routes uploaded files to it. Visier sets the
            sources up for a tenant.

            GET /v1/op/data-sources"""
            from .api.data_intake import get_sources as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def push_data(
            self,
            *,
            transfer_session_id: str,
            body: str,
            source_id: str | None = None,
            sequence: int | None = None,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataResponse]: ...

    else:

        def push_data(self, *args: object, **kwargs: object) -> object:
            """Send a batch of records

            Sends one batch of records to one source of a transfer session. The body is a JSON string holding the batch
            as comma-separated rows, the first of them the column names (every batch repeats them). Each batch carries a
            sequence number, so that a batch sent twice can be recognised. A batch holds at most 300,000 records and 10
            MB.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/add"""
            from .api.data_intake import push_data as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def apush_data(
            self,
            *,
            transfer_session_id: str,
            body: str,
            source_id: str | None = None,
            sequence: int | None = None,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataResponse]: ...

    else:

        def apush_data(self, *args: object, **kwargs: object) -> object:
            """Send a batch of records

            Sends one batch of records to one source of a transfer session. The body is a JSON string holding the batch
            as comma-separated rows, the first of them the column names (every batch repeats them). Each batch carries a
            sequence number, so that a batch sent twice can be recognised. A batch holds at most 300,000 records and 10
            MB.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/add"""
            from .api.data_intake import push_data as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def push_data_cancel(
            self,
            *,
            transfer_session_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataCancelResponse]: ...

    else:

        def push_data_cancel(self, *args: object, **kwargs: object) -> object:
            """Cancel a transfer session

            Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data set
            again, for instance after a batch failed or the data turned out to be incomplete.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/cancel"""
            from .api.data_intake import push_data_cancel as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def apush_data_cancel(
            self,
            *,
            transfer_session_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PushDataCancelResponse]: ...

    else:

        def apush_data_cancel(self, *args: object, **kwargs: object) -> object:
            """Cancel a transfer session

            Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data set
            again, for instance after a batch failed or the data turned out to be incomplete.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/cancel"""
            from .api.data_intake import push_data_cancel as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def push_data_complete(
        self,
        *,
        transfer_session_id: str,
        processing_data: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    @overload
    def push_data_complete(
        self,
        *,
        model: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    @overload
    def push_data_complete(
        self,
        *,
        body: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    def push_data_complete(self, *args: object, **kwargs: object) -> object:
        """Complete a transfer session

        Completes a transfer session and starts the receiving job that checks its data and stores it in Visier. With
        processingData, a processing job follows a successful receiving job and makes a new data version.

        POST /v1/op/jobs/receiving-jobs"""
        from .api.data_intake import push_data_complete as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def apush_data_complete(
        self,
        *,
        transfer_session_id: str,
        processing_data: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    @overload
    async def apush_data_complete(
        self,
        *,
        model: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    @overload
    async def apush_data_complete(
        self,
        *,
        body: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PushDataCompleteResponse]: ...

    def apush_data_complete(self, *args: object, **kwargs: object) -> object:
        """Complete a transfer session

        Completes a transfer session and starts the receiving job that checks its data and stores it in Visier. With
        processingData, a processing job follows a successful receiving job and makes a new data version.

        POST /v1/op/jobs/receiving-jobs"""
        from .api.data_intake import push_data_complete as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def start_transfer(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[StartTransferResponse]: ...

    else:

        def start_transfer(self, *args: object, **kwargs: object) -> object:
            """Start a transfer session

            Opens a transfer session that takes numbered batches of records or files until it is completed (which starts
            a receiving job) or cancelled. Sending all batches in one session is fastest.

            POST /v1/op/data-transfer-sessions"""
            from .api.data_intake import start_transfer as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def astart_transfer(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[StartTransferResponse]: ...

    else:

        def astart_transfer(self, *args: object, **kwargs: object) -> object:
            """Start a transfer session

            Opens a transfer session that takes numbered batches of records or files until it is completed (which starts
            a receiving job) or cancelled. Sending all batches in one session is fastest.

            POST /v1/op/data-transfer-sessions"""
            from .api.data_intake import start_transfer as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        file: File,
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        model: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        body: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    def upload_data(self, *args: object, **kwargs: object) -> object:
        """Send a file

        Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch of
        records. With a source, the whole file goes to it; without one, each file is routed to the source whose file
        name pattern it matches. An administrating tenant may send one ZIP file with a folder per analytic tenant,
        named by its tenant code.

        PUT /v1/op/data-transfer-sessions/{transferSessionId}/upload"""
        from .api.data_intake import upload_data as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        file: File,
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        model: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        body: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> RawResponse[PushDataResponse]: ...

    def aupload_data(self, *args: object, **kwargs: object) -> object:
        """Send a file

        Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch of
        records. With a source, the whole file goes to it; without one, each file is routed to the source whose file
        name pattern it matches. An administrating tenant may send one ZIP file with a folder per analytic tenant,
        named by its tenant code.

        PUT /v1/op/data-transfer-sessions/{transferSessionId}/upload"""
        from .api.data_intake import upload_data as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)


class DataIntake:
    """Transfer sessions that take numbered batches of records or files for a tenant's sources and, once completed,
    start a receiving job (and optionally a processing job) for them.

    ``raw`` has the same methods, returning the HTTP response.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.raw = RawDataIntake(caller)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def get_sources(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataSourceDefinitionsDTO: ...

    else:

        def get_sources(self, *args: object, **kwargs: object) -> object:
            """List the sources

            Returns the sources that transfer sessions can send data to, each with its columns (name, data type, whether
            it is mandatory or may be empty) and the file name pattern that routes uploaded files to it. Visier sets the
            sources up for a tenant.

            GET /v1/op/data-sources"""
            from .api.data_intake import get_sources as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_sources(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataSourceDefinitionsDTO: ...

    else:

        def aget_sources(self, *args: object, **kwargs: object) -> object:
            """List the sources

            Returns the sources that transfer sessions can send data to, each with its columns (name, data type, whether
            it is mandatory or may be empty) and the file name pattern that routes uploaded files to it. Visier sets the
            sources up for a tenant.

            GET /v1/op/data-sources"""
            from .api.data_intake import get_sources as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def push_data(
            self,
            *,
            transfer_session_id: str,
            body: str,
            source_id: str | None = None,
            sequence: int | None = None,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataResponse: ...

    else:

        def push_data(self, *args: object, **kwargs: object) -> object:
            """Send a batch of records

            Sends one batch of records to one source of a transfer session. The body is a JSON string holding the batch
            as comma-separated rows, the first of them the column names (every batch repeats them). Each batch carries a
            sequence number, so that a batch sent twice can be recognised. A batch holds at most 300,000 records and 10
            MB.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/add"""
            from .api.data_intake import push_data as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def apush_data(
            self,
            *,
            transfer_session_id: str,
            body: str,
            source_id: str | None = None,
            sequence: int | None = None,
            tenant_code: str | None = None,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataResponse: ...

    else:

        def apush_data(self, *args: object, **kwargs: object) -> object:
            """Send a batch of records

            Sends one batch of records to one source of a transfer session. The body is a JSON string holding the batch
            as comma-separated rows, the first of them the column names (every batch repeats them). Each batch carries a
            sequence number, so that a batch sent twice can be recognised. A batch holds at most 300,000 records and 10
            MB.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/add"""
            from .api.data_intake import push_data as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def push_data_cancel(
            self,
            *,
            transfer_session_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataCancelResponse: ...

    else:

        def push_data_cancel(self, *args: object, **kwargs: object) -> object:
            """Cancel a transfer session

            Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data set
            again, for instance after a batch failed or the data turned out to be incomplete.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/cancel"""
            from .api.data_intake import push_data_cancel as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def apush_data_cancel(
            self,
            *,
            transfer_session_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PushDataCancelResponse: ...

    else:

        def apush_data_cancel(self, *args: object, **kwargs: object) -> object:
            """Cancel a transfer session

            Cancels a transfer session; nothing it received is kept. Start a new session and send the whole data set
            again, for instance after a batch failed or the data turned out to be incomplete.

            PUT /v1/op/data-transfer-sessions/{transferSessionId}/cancel"""
            from .api.data_intake import push_data_cancel as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def push_data_complete(
        self,
        *,
        transfer_session_id: str,
        processing_data: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    @overload
    def push_data_complete(
        self,
        *,
        model: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    @overload
    def push_data_complete(
        self,
        *,
        body: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    def push_data_complete(self, *args: object, **kwargs: object) -> object:
        """Complete a transfer session

        Completes a transfer session and starts the receiving job that checks its data and stores it in Visier. With
        processingData, a processing job follows a successful receiving job and makes a new data version.

        POST /v1/op/jobs/receiving-jobs"""
        from .api.data_intake import push_data_complete as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def apush_data_complete(
        self,
        *,
        transfer_session_id: str,
        processing_data: bool | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    @overload
    async def apush_data_complete(
        self,
        *,
        model: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    @overload
    async def apush_data_complete(
        self,
        *,
        body: PushDataCompleteRequest | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PushDataCompleteResponse: ...

    def apush_data_complete(self, *args: object, **kwargs: object) -> object:
        """Complete a transfer session

        Completes a transfer session and starts the receiving job that checks its data and stores it in Visier. With
        processingData, a processing job follows a successful receiving job and makes a new data version.

        POST /v1/op/jobs/receiving-jobs"""
        from .api.data_intake import push_data_complete as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def start_transfer(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> StartTransferResponse: ...

    else:

        def start_transfer(self, *args: object, **kwargs: object) -> object:
            """Start a transfer session

            Opens a transfer session that takes numbered batches of records or files until it is completed (which starts
            a receiving job) or cancelled. Sending all batches in one session is fastest.

            POST /v1/op/data-transfer-sessions"""
            from .api.data_intake import start_transfer as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def astart_transfer(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> StartTransferResponse: ...

    else:

        def astart_transfer(self, *args: object, **kwargs: object) -> object:
            """Start a transfer session

            Opens a transfer session that takes numbered batches of records or files until it is completed (which starts
            a receiving job) or cancelled. Sending all batches in one session is fastest.

            POST /v1/op/data-transfer-sessions"""
            from .api.data_intake import start_transfer as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        file: File,
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        model: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    @overload
    def upload_data(
        self,
        *,
        transfer_session_id: str,
        body: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    def upload_data(self, *args: object, **kwargs: object) -> object:
        """Send a file

        Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch of
        records. With a source, the whole file goes to it; without one, each file is routed to the source whose file
        name pattern it matches. An administrating tenant may send one ZIP file with a folder per analytic tenant,
        named by its tenant code.

        PUT /v1/op/data-transfer-sessions/{transferSessionId}/upload"""
        from .api.data_intake import upload_data as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        file: File,
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        model: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    @overload
    async def aupload_data(
        self,
        *,
        transfer_session_id: str,
        body: UploadDataBody | Mapping[str, object],
        source_id: str | None = None,
        sequence: int | None = None,
        tenant_code: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
    ) -> PushDataResponse: ...

    def aupload_data(self, *args: object, **kwargs: object) -> object:
        """Send a file

        Sends one CSV or ZIP file (at most 3 GB) to a transfer session, with a sequence number like a batch of
        records. With a source, the whole file goes to it; without one, each file is routed to the source whose file
        name pattern it matches. An administrating tenant may send one ZIP file with a folder per analytic tenant,
        named by its tenant code.

        PUT /v1/op/data-transfer-sessions/{transferSessionId}/upload"""
        from .api.data_intake import upload_data as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)


class RawPGPKeys:
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def delete_pgp_key_pair(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[KeyPairDeleteResponseDTO]: ...

    else:

        def delete_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
            """Delete a PGP key pair

            Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

            DELETE /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import delete_pgp_key_pair as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adelete_pgp_key_pair(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[KeyPairDeleteResponseDTO]: ...

    else:

        def adelete_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
            """Delete a PGP key pair

            Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

            DELETE /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import delete_pgp_key_pair as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        expiration_date: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        model: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        body: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    def generate_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
        """Generate a PGP key pair

        Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps the
        private key and decrypts with it what it receives. The key pair expires between 2 and 10 years from now; 2
        years unless an expiry date is given.

        POST /v1/api/pgp-keys"""
        from .api.pgp_keys import generate_pgp_key_pair as endpoint

        return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        expiration_date: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        model: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        body: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> RawResponse[PublicKeyDTO]: ...

    def agenerate_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
        """Generate a PGP key pair

        Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps the
        private key and decrypts with it what it receives. The key pair expires between 2 and 10 years from now; 2
        years unless an expiry date is given.

        POST /v1/api/pgp-keys"""
        from .api.pgp_keys import generate_pgp_key_pair as endpoint

        return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_all_pgp_public_keys(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PublicKeysDTO]: ...

    else:

        def get_all_pgp_public_keys(self, *args: object, **kwargs: object) -> object:
            """List the PGP public keys

            Returns the public half of every PGP key pair the tenant holds, with when each was made and when it expires.

            GET /v1/api/pgp-keys"""
            from .api.pgp_keys import get_all_pgp_public_keys as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_all_pgp_public_keys(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PublicKeysDTO]: ...

    else:

        def aget_all_pgp_public_keys(self, *args: object, **kwargs: object) -> object:
            """List the PGP public keys

            Returns the public half of every PGP key pair the tenant holds, with when each was made and when it expires.

            GET /v1/api/pgp-keys"""
            from .api.pgp_keys import get_all_pgp_public_keys as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_pgp_public_key(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PublicKeyDTO]: ...

    else:

        def get_pgp_public_key(self, *args: object, **kwargs: object) -> object:
            """Get one PGP public key

            Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

            GET /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import get_pgp_public_key as endpoint

            return self._caller.call_raw(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_pgp_public_key(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> RawResponse[PublicKeyDTO]: ...

    else:

        def aget_pgp_public_key(self, *args: object, **kwargs: object) -> object:
            """Get one PGP public key

            Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

            GET /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import get_pgp_public_key as endpoint

            return self._caller.acall_raw(endpoint.OPERATION, args, kwargs)


class PGPKeys:
    """PGP key pairs whose public keys encrypt the files sent to Visier; Visier decrypts them with the private keys
    it keeps.

    ``raw`` has the same methods, returning the HTTP response.
    """

    def __init__(self, caller: Caller) -> None:
        self._caller = caller
        self.raw = RawPGPKeys(caller)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    if TYPE_CHECKING:

        def delete_pgp_key_pair(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> KeyPairDeleteResponseDTO: ...

    else:

        def delete_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
            """Delete a PGP key pair

            Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

            DELETE /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import delete_pgp_key_pair as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def adelete_pgp_key_pair(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> KeyPairDeleteResponseDTO: ...

    else:

        def adelete_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
            """Delete a PGP key pair

            Deletes the key pair with this key ID. Files encrypted for it can no longer be decrypted by Visier.

            DELETE /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import delete_pgp_key_pair as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        expiration_date: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        model: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    @overload
    def generate_pgp_key_pair(
        self,
        *,
        body: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    def generate_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
        """Generate a PGP key pair

        Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps the
        private key and decrypts with it what it receives. The key pair expires between 2 and 10 years from now; 2
        years unless an expiry date is given.

        POST /v1/api/pgp-keys"""
        from .api.pgp_keys import generate_pgp_key_pair as endpoint

        return self._caller.call(endpoint.OPERATION, args, kwargs)

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        expiration_date: str | None = None,
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        model: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    @overload
    async def agenerate_pgp_key_pair(
        self,
        *,
        body: KeyPairGenerateRequestDTO | Mapping[str, object],
        target_tenant_id: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str | int | float | bool] | None = None,
        extra_body: Mapping[str, JSONValue] | None = None,
    ) -> PublicKeyDTO: ...

    def agenerate_pgp_key_pair(self, *args: object, **kwargs: object) -> object:
        """Generate a PGP key pair

        Makes a new key pair and answers its public key, for encrypting files sent to Visier. Visier keeps the
        private key and decrypts with it what it receives. The key pair expires between 2 and 10 years from now; 2
        years unless an expiry date is given.

        POST /v1/api/pgp-keys"""
        from .api.pgp_keys import generate_pgp_key_pair as endpoint

        return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_all_pgp_public_keys(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PublicKeysDTO: ...

    else:

        def get_all_pgp_public_keys(self, *args: object, **kwargs: object) -> object:
            """List the PGP public keys

            Returns the public half of every PGP key pair the tenant holds, with when each was made and when it expires.

            GET /v1/api/pgp-keys"""
            from .api.pgp_keys import get_all_pgp_public_keys as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_all_pgp_public_keys(
            self,
            *,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PublicKeysDTO: ...

    else:

        def aget_all_pgp_public_keys(self, *args: object, **kwargs: object) -> object:
            """List the PGP public keys

            Returns the public half of every PGP key pair the tenant holds, with when each was made and when it expires.

            GET /v1/api/pgp-keys"""
            from .api.pgp_keys import get_all_pgp_public_keys as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        def get_pgp_public_key(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PublicKeyDTO: ...

    else:

        def get_pgp_public_key(self, *args: object, **kwargs: object) -> object:
            """Get one PGP public key

            Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

            GET /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import get_pgp_public_key as endpoint

            return self._caller.call(endpoint.OPERATION, args, kwargs)

    if TYPE_CHECKING:

        async def aget_pgp_public_key(
            self,
            *,
            key_id: str,
            target_tenant_id: str | None = None,
            timeout: float | httpx.Timeout | None = None,
            max_retries: int | None = None,
            extra_headers: Mapping[str, str] | None = None,
            extra_query: Mapping[str, str | int | float | bool] | None = None,
        ) -> PublicKeyDTO: ...

    else:

        def aget_pgp_public_key(self, *args: object, **kwargs: object) -> object:
            """Get one PGP public key

            Returns the public key of the key pair with this key ID. getAllPgpPublicKeys lists the key IDs.

            GET /v1/api/pgp-keys/{keyID}"""
            from .api.pgp_keys import get_pgp_public_key as endpoint

            return self._caller.acall(endpoint.OPERATION, args, kwargs)


__all__ = [
    "Caller",
    "DataAndJobHandling",
    "RawDataAndJobHandling",
    "DataUpload",
    "RawDataUpload",
    "DirectDataIntake",
    "RawDirectDataIntake",
    "DataIntake",
    "RawDataIntake",
    "PGPKeys",
    "RawPGPKeys",
    "RawResponse",
    "AdhocConsolidatedAnalyticsJobFields",
    "AdhocExtractionJobFields",
    "AdhocProcessingJobsFields",
    "AssignConnectorCredentialFields",
    "CancelJobsFields",
    "CreateConnectorCredentialFields",
    "DisableDvFields",
    "ExcludeDataUploadsFields",
    "GeneratePgpKeyPairFields",
    "IncludeDataUploadsFields",
    "PushDataCompleteFields",
    "PutConfigFields",
    "SetConnectorSettingFields",
    "StartExtractionFields",
    "StartLoadFields",
    "UploadDataFields",
    "UploadFileFields",
]
