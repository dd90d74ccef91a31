"""The Data and Job Handling operations as methods. Generated from the spec by generator/surface.py: do not edit.

The types are in ``surface.pyi``. At run time each method hands its arguments, as given, to the client (a
:class:`Caller`), which checks them -- so an untyped caller gets the SDK's own error naming the argument, never a
bare ``TypeError`` -- and sends the request. This module imports no model: importing it stays cheap.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Generic, Literal, Protocol, Required, TypedDict, TypeVar

import attrs

if TYPE_CHECKING:
    from .models import (
        Connector,
        DataProviderAuthParamsDTO,
        DataProviderBasicInformationDTO,
        DataProviderBasicMetadataDTO,
        DataVersionObject,
        ExtractDataAndLoadDTOSpillDebugInfoDetailLevelDTO,
        ExtractDataAndLoadDTOSpillDebugInfoPartitionsDTO,
        SetConnectorSettingRequestDTO,
        UploadToExclude,
        UploadToInclude,
    )

T = TypeVar("T")


class AdhocConsolidatedAnalyticsJobFields(TypedDict, total=False):
    """The body fields of ``adhoc_consolidated_analytics_job``, as keywords."""

    tenant_code: Required[str]
    run_processing_job: bool | None


class AdhocExtractionJobFields(TypedDict, total=False):
    """The body fields of ``adhoc_extraction_job``, as keywords."""

    tenants: list[str] | None
    all_tenants: bool | None
    override_last_extraction_timestamp: str | None
    publish_data_load_artifacts: bool | None
    run_processing_job: bool | None
    data_category_id: str | None
    disable_artifact_generation: bool | None
    connector_ids: list[str] | None
    last_extraction_time_offset_weeks: int | None
    months_to_extract: int | None
    extract_to_time_override: str | None
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


class IncludeDataUploadsFields(TypedDict, total=False):
    """The body fields of ``include_data_uploads``, as keywords."""

    uploads: Required[list[UploadToInclude | Mapping[str, object]]]


class SetConnectorSettingFields(TypedDict, total=False):
    """The body fields of ``set_connector_setting``, as keywords."""

    connectors: Required[list[SetConnectorSettingRequestDTO | Mapping[str, object]]]


class StartExtractionFields(TypedDict, total=False):
    """The body fields of ``start_extraction``, as keywords."""

    tenants: list[str] | None
    all_tenants: bool | None
    override_last_extraction_timestamp: str | None
    publish_data_load_artifacts: bool | None
    run_processing_job: bool | None
    data_category_id: str | None
    disable_artifact_generation: bool | None
    connector_ids: list[str] | None
    last_extraction_time_offset_weeks: int | None
    months_to_extract: int | None
    extract_to_time_override: str | None
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


class Caller(Protocol):
    """What a client provides to the surface: one entry point for every operation, sync or async, parsed or raw."""

    def call(
        self,
        operation: str,
        method: str,
        args: tuple[object, ...],
        kwargs: dict[str, object],
        *,
        raw: bool,
        asynchronous: bool,
    ) -> object: ...


@attrs.frozen
class RawResponse(Generic[T]):
    """The HTTP response of a successful call: ``body`` is the decoded JSON (or text), ``parsed`` the model."""

    body: object
    headers: Mapping[str, str]
    status: int
    round_trip_time: float
    parsed: T = attrs.field(repr=False)

    @classmethod
    def from_content(
        cls, content: bytes, headers: Mapping[str, str], status: int, round_trip_time: float, parsed: T
    ) -> RawResponse[T]:
        try:
            body: object = json.loads(content) if content else None
        except (ValueError, UnicodeDecodeError):
            body = content.decode("utf-8", errors="replace")
        return cls(body, headers, status, round_trip_time, parsed)


def _method(operation: str, method: str, doc: str, *, asynchronous: bool, alias_of: str = "") -> Callable[..., object]:
    def call(self: _Operations, *args: object, **kwargs: object) -> object:
        if alias_of:
            warnings.warn(f"{method} is deprecated; use {alias_of}", DeprecationWarning, stacklevel=2)
        return self._caller.call(operation, method, args, kwargs, raw=self._raw, asynchronous=asynchronous)

    call.__name__ = call.__qualname__ = method
    call.__doc__ = doc
    return call


class _Operations:
    _raw = False

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._caller!r}>"

    adhoc_consolidated_analytics_job = _method(
        "adhoc_consolidated_analytics_job",
        "adhoc_consolidated_analytics_job",
        "Run a consolidated analytics jobStarts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a processing job afterwards. Alpha: may change without notice.POST /v1alpha/op/jobs/consolidated-analytics-jobs",
        asynchronous=False,
    )
    aadhoc_consolidated_analytics_job = _method(
        "adhoc_consolidated_analytics_job",
        "aadhoc_consolidated_analytics_job",
        "Run a consolidated analytics jobStarts a job that gathers data from every source tenant of a consolidated analytics tenant, and optionally a processing job afterwards. Alpha: may change without notice.POST /v1alpha/op/jobs/consolidated-analytics-jobs",
        asynchronous=True,
    )
    adhoc_extraction_job = _method(
        "adhoc_extraction_job",
        "adhoc_extraction_job",
        "Run a data connector extraction jobStarts an extraction job through the tenant's data connectors. For an administrating tenant this starts a dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's ID. Alpha: may change without notice.POST /v1alpha/op/jobs/extraction-jobs",
        asynchronous=False,
    )
    aadhoc_extraction_job = _method(
        "adhoc_extraction_job",
        "aadhoc_extraction_job",
        "Run a data connector extraction jobStarts an extraction job through the tenant's data connectors. For an administrating tenant this starts a dispatching job with one extraction job per tenant. The response carries the extraction or dispatching job's ID. Alpha: may change without notice.POST /v1alpha/op/jobs/extraction-jobs",
        asynchronous=True,
    )
    adhoc_processing_jobs = _method(
        "adhoc_processing_jobs",
        "adhoc_processing_jobs",
        "Run processing jobsStarts processing jobs that generate new data versions. For an administrating tenant this starts a dispatching job with one processing job per tenant. The response carries the processing or dispatching job's ID. Alpha: may change without notice.POST /v1alpha/op/jobs/processing-jobs",
        asynchronous=False,
    )
    aadhoc_processing_jobs = _method(
        "adhoc_processing_jobs",
        "aadhoc_processing_jobs",
        "Run processing jobsStarts processing jobs that generate new data versions. For an administrating tenant this starts a dispatching job with one processing job per tenant. The response carries the processing or dispatching job's ID. Alpha: may change without notice.POST /v1alpha/op/jobs/processing-jobs",
        asynchronous=True,
    )
    assign_connector_credential = _method(
        "assign_connector_credential",
        "assign_connector_credential",
        "Assign credentials to data connectorsAssigns a connector credential to a data connector, per tenant. The response has one entry per tenant with the outcome (`Succeed` or `Failed`).POST /v1/op/data-connectors/assignCredentials",
        asynchronous=False,
    )
    aassign_connector_credential = _method(
        "assign_connector_credential",
        "aassign_connector_credential",
        "Assign credentials to data connectorsAssigns a connector credential to a data connector, per tenant. The response has one entry per tenant with the outcome (`Succeed` or `Failed`).POST /v1/op/data-connectors/assignCredentials",
        asynchronous=True,
    )
    cancel_jobs = _method(
        "cancel_jobs",
        "cancel_jobs",
        "Cancel jobsCancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.POST /v1/op/jobs/cancel",
        asynchronous=False,
    )
    acancel_jobs = _method(
        "cancel_jobs",
        "acancel_jobs",
        "Cancel jobsCancels up to 500 jobs by ID: processing, receiving, upload and extraction jobs. Each ID gets one result line. A receiving job that is already running cannot be cancelled; a job that has finished is reported as not cancellable; an unknown ID comes back with job type `UNRECOGNIZED`.POST /v1/op/jobs/cancel",
        asynchronous=True,
    )
    create_connector_credential = _method(
        "create_connector_credential",
        "create_connector_credential",
        "Create a data connector credentialCreates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The response carries the new credential's UUID.POST /v1/op/data-connector-credentials",
        asynchronous=False,
    )
    acreate_connector_credential = _method(
        "create_connector_credential",
        "acreate_connector_credential",
        "Create a data connector credentialCreates a connector credential in a tenant. Set `dataProviderAuthParams.provider` and fill in the one provider-specific auth-params object that matches it (for example `ultimateAuthParams` for `UKG`). The response carries the new credential's UUID.POST /v1/op/data-connector-credentials",
        asynchronous=True,
    )
    data_connector_credentials = _method(
        "data_connector_credentials",
        "data_connector_credentials",
        "List data connector credentialsReturns the connector credentials defined in one tenant, page by page. A connector credential is the integration user Visier signs in with to pull data from a source system.GET /v1/op/data-connector-credentials",
        asynchronous=False,
    )
    adata_connector_credentials = _method(
        "data_connector_credentials",
        "adata_connector_credentials",
        "List data connector credentialsReturns the connector credentials defined in one tenant, page by page. A connector credential is the integration user Visier signs in with to pull data from a source system.GET /v1/op/data-connector-credentials",
        asynchronous=True,
    )
    data_connectors = _method(
        "data_connectors",
        "data_connectors",
        "List data connectorsReturns the data connectors of one tenant, page by page, with the credential each one currently uses. Data connectors pull data from source systems instead of files sent over SFTP.GET /v1/op/data-connectors",
        asynchronous=False,
    )
    adata_connectors = _method(
        "data_connectors",
        "adata_connectors",
        "List data connectorsReturns the data connectors of one tenant, page by page, with the credential each one currently uses. Data connectors pull data from source systems instead of files sent over SFTP.GET /v1/op/data-connectors",
        asynchronous=True,
    )
    delete_connector_credential = _method(
        "delete_connector_credential",
        "delete_connector_credential",
        "Delete a data connector credentialDeletes a connector credential from a tenant, for example one that is no longer valid.DELETE /v1/op/data-connector-credentials/{id}",
        asynchronous=False,
    )
    adelete_connector_credential = _method(
        "delete_connector_credential",
        "adelete_connector_credential",
        "Delete a data connector credentialDeletes a connector credential from a tenant, for example one that is no longer valid.DELETE /v1/op/data-connector-credentials/{id}",
        asynchronous=True,
    )
    disable_dv = _method(
        "disable_dv",
        "disable_dv",
        "Disable data versionsDisables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may not change what users see.PUT /v1/op/data-versions/disable",
        asynchronous=False,
    )
    adisable_dv = _method(
        "disable_dv",
        "adisable_dv",
        "Disable data versionsDisables data versions, per analytic tenant: the one named by `dataVersion`, or the latest enabled one when `dataVersion` is left out. The response has one result line per tenant. Disabling an older data version may not change what users see.PUT /v1/op/data-versions/disable",
        asynchronous=True,
    )
    dispatching_job_status = _method(
        "dispatching_job_status",
        "dispatching_job_status",
        "Get a dispatching job's statusReturns a dispatching job's status and how many child jobs it has dispatched so far.GET /v1/op/jobs/dispatching-jobs/{jobId}",
        asynchronous=False,
    )
    adispatching_job_status = _method(
        "dispatching_job_status",
        "adispatching_job_status",
        "Get a dispatching job's statusReturns a dispatching job's status and how many child jobs it has dispatched so far.GET /v1/op/jobs/dispatching-jobs/{jobId}",
        asynchronous=True,
    )
    exclude_data_uploads = _method(
        "exclude_data_uploads",
        "exclude_data_uploads",
        "Exclude data uploadsExcludes data uploads from data version generation, per analytic tenant: all of them, or those selected by upload time, time range, source, file name pattern or file identifier. The response has one result line per upload.PUT /v1/op/data/uploads/exclude",
        asynchronous=False,
    )
    aexclude_data_uploads = _method(
        "exclude_data_uploads",
        "aexclude_data_uploads",
        "Exclude data uploadsExcludes data uploads from data version generation, per analytic tenant: all of them, or those selected by upload time, time range, source, file name pattern or file identifier. The response has one result line per upload.PUT /v1/op/data/uploads/exclude",
        asynchronous=True,
    )
    extraction_job_and_status = _method(
        "extraction_job_and_status",
        "extraction_job_and_status",
        "List a dispatching job's extraction jobsReturns the extraction jobs created by a dispatching job, page by page, with each job's status and current stage.GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs",
        asynchronous=False,
    )
    aextraction_job_and_status = _method(
        "extraction_job_and_status",
        "aextraction_job_and_status",
        "List a dispatching job's extraction jobsReturns the extraction jobs created by a dispatching job, page by page, with each job's status and current stage.GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs",
        asynchronous=True,
    )
    include_data_uploads = _method(
        "include_data_uploads",
        "include_data_uploads",
        "Include data uploadsIncludes data uploads in data version generation again, per analytic tenant, selected the same way as for `excludeDataUploads`. The response has one result line per upload.PUT /v1/op/data/uploads/include",
        asynchronous=False,
    )
    ainclude_data_uploads = _method(
        "include_data_uploads",
        "ainclude_data_uploads",
        "Include data uploadsIncludes data uploads in data version generation again, per analytic tenant, selected the same way as for `excludeDataUploads`. The response has one result line per upload.PUT /v1/op/data/uploads/include",
        asynchronous=True,
    )
    job_id_status = _method(
        "job_id_status",
        "job_id_status",
        "Get a job's statusReturns the status entries of one job, whatever its type.GET /v1/op/job-status/jobs/{jobId}",
        asynchronous=False,
    )
    ajob_id_status = _method(
        "job_id_status",
        "ajob_id_status",
        "Get a job's statusReturns the status entries of one job, whatever its type.GET /v1/op/job-status/jobs/{jobId}",
        asynchronous=True,
    )
    job_status = _method(
        "job_status",
        "job_status",
        "List job statusesReturns the status of every job that started within a time range, optionally only those with a given status.GET /v1/op/job-status/jobs",
        asynchronous=False,
    )
    ajob_status = _method(
        "job_status",
        "ajob_status",
        "List job statusesReturns the status of every job that started within a time range, optionally only those with a given status.GET /v1/op/job-status/jobs",
        asynchronous=True,
    )
    latest_enabled_dv = _method(
        "latest_enabled_dv",
        "latest_enabled_dv",
        "List the latest enabled data versionsReturns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.GET /v1/op/data-versions",
        asynchronous=False,
    )
    alatest_enabled_dv = _method(
        "latest_enabled_dv",
        "alatest_enabled_dv",
        "List the latest enabled data versionsReturns up to five of the most recent enabled data versions for each analytic tenant, or for one tenant when `tenantCode` is given. Useful to find a data version to disable after validating a load.GET /v1/op/data-versions",
        asynchronous=True,
    )
    list_connector_settings = _method(
        "list_connector_settings",
        "list_connector_settings",
        "List data connector settingsReturns every production data connector of the tenant with the settings it exposes and their current values.GET /v1/op/data-connectors/connector-settings",
        asynchronous=False,
    )
    alist_connector_settings = _method(
        "list_connector_settings",
        "alist_connector_settings",
        "List data connector settingsReturns every production data connector of the tenant with the settings it exposes and their current values.GET /v1/op/data-connectors/connector-settings",
        asynchronous=True,
    )
    processing_job_and_status = _method(
        "processing_job_and_status",
        "processing_job_and_status",
        "List a dispatching job's processing jobsReturns the processing jobs that descend from a dispatching job, page by page, with their statuses and the data versions they produced.GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs",
        asynchronous=False,
    )
    aprocessing_job_and_status = _method(
        "processing_job_and_status",
        "aprocessing_job_and_status",
        "List a dispatching job's processing jobsReturns the processing jobs that descend from a dispatching job, page by page, with their statuses and the data versions they produced.GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs",
        asynchronous=True,
    )
    processing_job_status = _method(
        "processing_job_status",
        "processing_job_status",
        "List a receiving job's processing jobsReturns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic tenant's data and, when it succeeds, produces a data version.GET /v1/op/jobs/processing-jobs/{receivingJobId}",
        asynchronous=False,
    )
    aprocessing_job_status = _method(
        "processing_job_status",
        "aprocessing_job_status",
        "List a receiving job's processing jobsReturns the processing jobs spawned by a receiving job, page by page. Each processing job loads one analytic tenant's data and, when it succeeds, produces a data version.GET /v1/op/jobs/processing-jobs/{receivingJobId}",
        asynchronous=True,
    )
    receiving_job_and_status = _method(
        "receiving_job_and_status",
        "receiving_job_and_status",
        "List a dispatching job's receiving jobsReturns the receiving jobs that descend from a dispatching job, page by page, with their statuses.GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs",
        asynchronous=False,
    )
    areceiving_job_and_status = _method(
        "receiving_job_and_status",
        "areceiving_job_and_status",
        "List a dispatching job's receiving jobsReturns the receiving jobs that descend from a dispatching job, page by page, with their statuses.GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs",
        asynchronous=True,
    )
    receiving_job_status = _method(
        "receiving_job_status",
        "receiving_job_status",
        "Get a receiving job's statusReturns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it spawned.GET /v1/op/jobs/receiving-jobs/{receivingJobId}",
        asynchronous=False,
    )
    areceiving_job_status = _method(
        "receiving_job_status",
        "areceiving_job_status",
        "Get a receiving job's statusReturns the status of a receiving job, the job `startLoad` creates. A receiving job validates the files and stores their data. With `jobs=true` the response also lists, page by page, the per-tenant receiving jobs it spawned.GET /v1/op/jobs/receiving-jobs/{receivingJobId}",
        asynchronous=True,
    )
    retrieve_data_categories = _method(
        "retrieve_data_categories",
        "retrieve_data_categories",
        "List data categoriesReturns the data categories available in the tenant, with their IDs and object names.GET /v1/op/data/categories",
        asynchronous=False,
    )
    aretrieve_data_categories = _method(
        "retrieve_data_categories",
        "aretrieve_data_categories",
        "List data categoriesReturns the data categories available in the tenant, with their IDs and object names.GET /v1/op/data/categories",
        asynchronous=True,
    )
    retrieve_data_uploads = _method(
        "retrieve_data_uploads",
        "retrieve_data_uploads",
        "List data uploadsReturns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether each is included in data version generation.GET /v1/op/data/uploads",
        asynchronous=False,
    )
    aretrieve_data_uploads = _method(
        "retrieve_data_uploads",
        "aretrieve_data_uploads",
        "List data uploadsReturns the latest data uploads of each analytic tenant (or of one tenant, or of one upload job) and whether each is included in data version generation.GET /v1/op/data/uploads",
        asynchronous=True,
    )
    retrieve_receiving_job_extracted_files = _method(
        "retrieve_receiving_job_extracted_files",
        "retrieve_receiving_job_extracted_files",
        "List a receiving job's filesReturns, per analytic tenant, the files a receiving job transferred, page by page across tenants.GET /v1alpha/op/data/receiving-jobs/{jobId}/files",
        asynchronous=False,
    )
    aretrieve_receiving_job_extracted_files = _method(
        "retrieve_receiving_job_extracted_files",
        "aretrieve_receiving_job_extracted_files",
        "List a receiving job's filesReturns, per analytic tenant, the files a receiving job transferred, page by page across tenants.GET /v1alpha/op/data/receiving-jobs/{jobId}/files",
        asynchronous=True,
    )
    retrieve_tenant_source_files = _method(
        "retrieve_tenant_source_files",
        "retrieve_tenant_source_files",
        "List uploaded source filesReturns the files uploaded to the tenant's sources, page by page, with their upload time and whether they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.GET /v1alpha/op/data/uploaded-files",
        asynchronous=False,
    )
    aretrieve_tenant_source_files = _method(
        "retrieve_tenant_source_files",
        "aretrieve_tenant_source_files",
        "List uploaded source filesReturns the files uploaded to the tenant's sources, page by page, with their upload time and whether they are included in data version generation. Send `TargetTenantID` to look at one analytic tenant.GET /v1alpha/op/data/uploaded-files",
        asynchronous=True,
    )
    set_connector_setting = _method(
        "set_connector_setting",
        "set_connector_setting",
        "Update data connector settingsSets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting keys a connector has.PUT /v1/op/data-connectors/connector-settings",
        asynchronous=False,
    )
    aset_connector_setting = _method(
        "set_connector_setting",
        "aset_connector_setting",
        "Update data connector settingsSets one or more settings on data connectors, per tenant. Use `listConnectorSettings` to find the setting keys a connector has.PUT /v1/op/data-connectors/connector-settings",
        asynchronous=True,
    )
    start_extraction = _method(
        "start_extraction",
        "start_extraction",
        "Start data connector extraction jobsStarts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn receiving and processing jobs. The response carries the dispatching job's ID; follow it with the dispatching-job status operations.POST /v1/op/data/startExtractAndLoad",
        asynchronous=False,
    )
    astart_extraction = _method(
        "start_extraction",
        "astart_extraction",
        "Start data connector extraction jobsStarts a dispatching job that creates one extraction job per tenant (the administrating tenant, a list of analytic tenants, or all of them). Extraction jobs pull data through data connectors and then spawn receiving and processing jobs. The response carries the dispatching job's ID; follow it with the dispatching-job status operations.POST /v1/op/data/startExtractAndLoad",
        asynchronous=True,
    )
    start_load = _method(
        "start_load",
        "start_load",
        "Start a data load from uploaded filesStarts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives). Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant in the files. The response carries the receiving job's ID.Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.POST /v1/op/data/startload",
        asynchronous=False,
    )
    astart_load = _method(
        "start_load",
        "astart_load",
        "Start a data load from uploaded filesStarts loading files that were already uploaded to Visier's SFTP server (PGP-encrypted `.zip.gpg` archives). Visier creates a receiving job, which spawns a receiving job and then a processing job per analytic tenant in the files. The response carries the receiving job's ID.Limits: the uncompressed batch must stay under 5 GB and include at most 5000 tenants.POST /v1/op/data/startload",
        asynchronous=True,
    )
    exclude_data_uplaods = _method(
        "exclude_data_uploads",
        "exclude_data_uplaods",
        "Deprecated: use exclude_data_uploads.",
        asynchronous=False,
        alias_of="exclude_data_uploads",
    )
    aexclude_data_uplaods = _method(
        "exclude_data_uploads",
        "aexclude_data_uplaods",
        "Deprecated: use aexclude_data_uploads.",
        asynchronous=True,
        alias_of="aexclude_data_uploads",
    )


class RawDataAndJobHandling(_Operations):
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    _raw = True


class DataAndJobHandling(_Operations):
    """The Data and Job Handling operations. ``raw`` has the same methods, returning the HTTP response."""

    def __init__(self, caller: Caller) -> None:
        super().__init__(caller)
        self.raw = RawDataAndJobHandling(caller)


__all__ = [
    "Caller",
    "DataAndJobHandling",
    "RawDataAndJobHandling",
    "RawResponse",
    "AdhocConsolidatedAnalyticsJobFields",
    "AdhocExtractionJobFields",
    "AdhocProcessingJobsFields",
    "AssignConnectorCredentialFields",
    "CancelJobsFields",
    "CreateConnectorCredentialFields",
    "DisableDvFields",
    "ExcludeDataUploadsFields",
    "IncludeDataUploadsFields",
    "SetConnectorSettingFields",
    "StartExtractionFields",
    "StartLoadFields",
]
