"""``client.data_and_job_handling``: one method per operation, each a one-liner over the client's ``_invoke``.

Names and keyword arguments are those of the earlier generated SDK (the snake_case operationIds), so existing code keeps
working. ``a<method>`` is the async twin: a plain function returning an awaitable -- or, with ``iterator=True``,
an async iterator, so ``async for x in ops.aretrieve_data_uploads(iterator=True)`` works without ``await``.
Every method also takes ``timeout=`` (seconds or ``httpx.Timeout``) and ``max_retries=`` for that call only, and
``target_tenant_id=``. ``.raw.<method>`` returns a :class:`RawResponse` instead of the parsed model.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._client import VisierDataHandling


class _Operations:
    _raw = False

    def __init__(self, client: VisierDataHandling) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _call(self, name: str, kwargs: Mapping[str, Any]) -> Any:
        return self._client._invoke(name, kwargs, raw=self._raw)

    def _acall(self, name: str, kwargs: Mapping[str, Any]) -> Any:
        return self._client._ainvoke(name, kwargs, raw=self._raw)

    # -- sync -------------------------------------------------------------------------------------------------------

    def adhoc_consolidated_analytics_job(self, **kwargs: Any) -> Any:
        """Run a consolidated analytics job (POST /v1alpha/op/jobs/consolidated-analytics-jobs)."""
        return self._call("adhoc_consolidated_analytics_job", kwargs)

    def adhoc_extraction_job(self, **kwargs: Any) -> Any:
        """Run a data connector extraction job (POST /v1alpha/op/jobs/extraction-jobs)."""
        return self._call("adhoc_extraction_job", kwargs)

    def adhoc_processing_jobs(self, **kwargs: Any) -> Any:
        """Run processing jobs (POST /v1alpha/op/jobs/processing-jobs)."""
        return self._call("adhoc_processing_jobs", kwargs)

    def assign_connector_credential(self, **kwargs: Any) -> Any:
        """Assign credentials to data connectors (POST /v1/op/data-connectors/assignCredentials)."""
        return self._call("assign_connector_credential", kwargs)

    def cancel_jobs(self, **kwargs: Any) -> Any:
        """Cancel jobs (POST /v1/op/jobs/cancel)."""
        return self._call("cancel_jobs", kwargs)

    def create_connector_credential(self, **kwargs: Any) -> Any:
        """Create a data connector credential (POST /v1/op/data-connector-credentials)."""
        return self._call("create_connector_credential", kwargs)

    def data_connector_credentials(self, **kwargs: Any) -> Any:
        """List data connector credentials (GET /v1/op/data-connector-credentials).

        Pages with iterator=True."""
        return self._call("data_connector_credentials", kwargs)

    def data_connectors(self, **kwargs: Any) -> Any:
        """List data connectors (GET /v1/op/data-connectors).

        Pages with iterator=True."""
        return self._call("data_connectors", kwargs)

    def delete_connector_credential(self, **kwargs: Any) -> Any:
        """Delete a data connector credential (DELETE /v1/op/data-connector-credentials/{id})."""
        return self._call("delete_connector_credential", kwargs)

    def disable_dv(self, **kwargs: Any) -> Any:
        """Disable data versions (PUT /v1/op/data-versions/disable)."""
        return self._call("disable_dv", kwargs)

    def dispatching_job_status(self, **kwargs: Any) -> Any:
        """Get a dispatching job's status (GET /v1/op/jobs/dispatching-jobs/{jobId})."""
        return self._call("dispatching_job_status", kwargs)

    def exclude_data_uploads(self, **kwargs: Any) -> Any:
        """Exclude data uploads (PUT /v1/op/data/uploads/exclude)."""
        return self._call("exclude_data_uploads", kwargs)

    def extraction_job_and_status(self, **kwargs: Any) -> Any:
        """List a dispatching job's extraction jobs (GET /v1/op/jobs/dispatching-jobs/{jobId}/extraction-jobs).

        Pages with iterator=True."""
        return self._call("extraction_job_and_status", kwargs)

    def include_data_uploads(self, **kwargs: Any) -> Any:
        """Include data uploads (PUT /v1/op/data/uploads/include)."""
        return self._call("include_data_uploads", kwargs)

    def job_id_status(self, **kwargs: Any) -> Any:
        """Get a job's status (GET /v1/op/job-status/jobs/{jobId})."""
        return self._call("job_id_status", kwargs)

    def job_status(self, **kwargs: Any) -> Any:
        """List job statuses (GET /v1/op/job-status/jobs)."""
        return self._call("job_status", kwargs)

    def latest_enabled_dv(self, **kwargs: Any) -> Any:
        """List the latest enabled data versions (GET /v1/op/data-versions).

        Pages with iterator=True."""
        return self._call("latest_enabled_dv", kwargs)

    def list_connector_settings(self, **kwargs: Any) -> Any:
        """List data connector settings (GET /v1/op/data-connectors/connector-settings)."""
        return self._call("list_connector_settings", kwargs)

    def processing_job_and_status(self, **kwargs: Any) -> Any:
        """List a dispatching job's processing jobs (GET /v1/op/jobs/dispatching-jobs/{jobId}/processing-jobs).

        Pages with iterator=True."""
        return self._call("processing_job_and_status", kwargs)

    def processing_job_status(self, **kwargs: Any) -> Any:
        """List a receiving job's processing jobs (GET /v1/op/jobs/processing-jobs/{receivingJobId}).

        Pages with iterator=True."""
        return self._call("processing_job_status", kwargs)

    def receiving_job_and_status(self, **kwargs: Any) -> Any:
        """List a dispatching job's receiving jobs (GET /v1/op/jobs/dispatching-jobs/{jobId}/receiving-jobs).

        Pages with iterator=True."""
        return self._call("receiving_job_and_status", kwargs)

    def receiving_job_status(self, **kwargs: Any) -> Any:
        """Get a receiving job's status (GET /v1/op/jobs/receiving-jobs/{receivingJobId}).

        Pages with iterator=True."""
        return self._call("receiving_job_status", kwargs)

    def retrieve_data_categories(self, **kwargs: Any) -> Any:
        """List data categories (GET /v1/op/data/categories)."""
        return self._call("retrieve_data_categories", kwargs)

    def retrieve_data_uploads(self, **kwargs: Any) -> Any:
        """List data uploads (GET /v1/op/data/uploads).

        Pages with iterator=True."""
        return self._call("retrieve_data_uploads", kwargs)

    def retrieve_receiving_job_extracted_files(self, **kwargs: Any) -> Any:
        """List a receiving job's files (GET /v1alpha/op/data/receiving-jobs/{jobId}/files).

        Pages with iterator=True."""
        return self._call("retrieve_receiving_job_extracted_files", kwargs)

    def retrieve_tenant_source_files(self, **kwargs: Any) -> Any:
        """List uploaded source files (GET /v1alpha/op/data/uploaded-files).

        Pages with iterator=True."""
        return self._call("retrieve_tenant_source_files", kwargs)

    def set_connector_setting(self, **kwargs: Any) -> Any:
        """Update data connector settings (PUT /v1/op/data-connectors/connector-settings)."""
        return self._call("set_connector_setting", kwargs)

    def start_extraction(self, **kwargs: Any) -> Any:
        """Start data connector extraction jobs (POST /v1/op/data/startExtractAndLoad)."""
        return self._call("start_extraction", kwargs)

    def start_load(self, **kwargs: Any) -> Any:
        """Start a data load from uploaded files (POST /v1/op/data/startload)."""
        return self._call("start_load", kwargs)

    # -- async ------------------------------------------------------------------------------------------------------

    def aadhoc_consolidated_analytics_job(self, **kwargs: Any) -> Any:
        """Async adhoc_consolidated_analytics_job: awaitable, or an async iterator with iterator=True."""
        return self._acall("adhoc_consolidated_analytics_job", kwargs)

    def aadhoc_extraction_job(self, **kwargs: Any) -> Any:
        """Async adhoc_extraction_job: awaitable, or an async iterator with iterator=True."""
        return self._acall("adhoc_extraction_job", kwargs)

    def aadhoc_processing_jobs(self, **kwargs: Any) -> Any:
        """Async adhoc_processing_jobs: awaitable, or an async iterator with iterator=True."""
        return self._acall("adhoc_processing_jobs", kwargs)

    def aassign_connector_credential(self, **kwargs: Any) -> Any:
        """Async assign_connector_credential: awaitable, or an async iterator with iterator=True."""
        return self._acall("assign_connector_credential", kwargs)

    def acancel_jobs(self, **kwargs: Any) -> Any:
        """Async cancel_jobs: awaitable, or an async iterator with iterator=True."""
        return self._acall("cancel_jobs", kwargs)

    def acreate_connector_credential(self, **kwargs: Any) -> Any:
        """Async create_connector_credential: awaitable, or an async iterator with iterator=True."""
        return self._acall("create_connector_credential", kwargs)

    def adata_connector_credentials(self, **kwargs: Any) -> Any:
        """Async data_connector_credentials: awaitable, or an async iterator with iterator=True."""
        return self._acall("data_connector_credentials", kwargs)

    def adata_connectors(self, **kwargs: Any) -> Any:
        """Async data_connectors: awaitable, or an async iterator with iterator=True."""
        return self._acall("data_connectors", kwargs)

    def adelete_connector_credential(self, **kwargs: Any) -> Any:
        """Async delete_connector_credential: awaitable, or an async iterator with iterator=True."""
        return self._acall("delete_connector_credential", kwargs)

    def adisable_dv(self, **kwargs: Any) -> Any:
        """Async disable_dv: awaitable, or an async iterator with iterator=True."""
        return self._acall("disable_dv", kwargs)

    def adispatching_job_status(self, **kwargs: Any) -> Any:
        """Async dispatching_job_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("dispatching_job_status", kwargs)

    def aexclude_data_uploads(self, **kwargs: Any) -> Any:
        """Async exclude_data_uploads: awaitable, or an async iterator with iterator=True."""
        return self._acall("exclude_data_uploads", kwargs)

    def aextraction_job_and_status(self, **kwargs: Any) -> Any:
        """Async extraction_job_and_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("extraction_job_and_status", kwargs)

    def ainclude_data_uploads(self, **kwargs: Any) -> Any:
        """Async include_data_uploads: awaitable, or an async iterator with iterator=True."""
        return self._acall("include_data_uploads", kwargs)

    def ajob_id_status(self, **kwargs: Any) -> Any:
        """Async job_id_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("job_id_status", kwargs)

    def ajob_status(self, **kwargs: Any) -> Any:
        """Async job_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("job_status", kwargs)

    def alatest_enabled_dv(self, **kwargs: Any) -> Any:
        """Async latest_enabled_dv: awaitable, or an async iterator with iterator=True."""
        return self._acall("latest_enabled_dv", kwargs)

    def alist_connector_settings(self, **kwargs: Any) -> Any:
        """Async list_connector_settings: awaitable, or an async iterator with iterator=True."""
        return self._acall("list_connector_settings", kwargs)

    def aprocessing_job_and_status(self, **kwargs: Any) -> Any:
        """Async processing_job_and_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("processing_job_and_status", kwargs)

    def aprocessing_job_status(self, **kwargs: Any) -> Any:
        """Async processing_job_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("processing_job_status", kwargs)

    def areceiving_job_and_status(self, **kwargs: Any) -> Any:
        """Async receiving_job_and_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("receiving_job_and_status", kwargs)

    def areceiving_job_status(self, **kwargs: Any) -> Any:
        """Async receiving_job_status: awaitable, or an async iterator with iterator=True."""
        return self._acall("receiving_job_status", kwargs)

    def aretrieve_data_categories(self, **kwargs: Any) -> Any:
        """Async retrieve_data_categories: awaitable, or an async iterator with iterator=True."""
        return self._acall("retrieve_data_categories", kwargs)

    def aretrieve_data_uploads(self, **kwargs: Any) -> Any:
        """Async retrieve_data_uploads: awaitable, or an async iterator with iterator=True."""
        return self._acall("retrieve_data_uploads", kwargs)

    def aretrieve_receiving_job_extracted_files(self, **kwargs: Any) -> Any:
        """Async retrieve_receiving_job_extracted_files: awaitable, or an async iterator with iterator=True."""
        return self._acall("retrieve_receiving_job_extracted_files", kwargs)

    def aretrieve_tenant_source_files(self, **kwargs: Any) -> Any:
        """Async retrieve_tenant_source_files: awaitable, or an async iterator with iterator=True."""
        return self._acall("retrieve_tenant_source_files", kwargs)

    def aset_connector_setting(self, **kwargs: Any) -> Any:
        """Async set_connector_setting: awaitable, or an async iterator with iterator=True."""
        return self._acall("set_connector_setting", kwargs)

    def astart_extraction(self, **kwargs: Any) -> Any:
        """Async start_extraction: awaitable, or an async iterator with iterator=True."""
        return self._acall("start_extraction", kwargs)

    def astart_load(self, **kwargs: Any) -> Any:
        """Async start_load: awaitable, or an async iterator with iterator=True."""
        return self._acall("start_load", kwargs)

    # -- the earlier generated SDK's misspelt name ----------------------------------------------------------------

    def exclude_data_uplaods(self, **kwargs: Any) -> Any:
        """Deprecated: the earlier generated SDK's misspelling of :meth:`exclude_data_uploads`."""
        warnings.warn("exclude_data_uplaods is deprecated; use exclude_data_uploads", DeprecationWarning, stacklevel=2)
        return self._call("exclude_data_uploads", kwargs)

    def aexclude_data_uplaods(self, **kwargs: Any) -> Any:
        """Deprecated: the earlier generated SDK's misspelling of :meth:`aexclude_data_uploads`."""
        warnings.warn(
            "aexclude_data_uplaods is deprecated; use aexclude_data_uploads", DeprecationWarning, stacklevel=2
        )
        return self._acall("exclude_data_uploads", kwargs)


class RawDataAndJobHandling(_Operations):
    """The same methods, returning :class:`RawResponse` (body, headers, status, round_trip_time, parsed)."""

    _raw = True


class DataAndJobHandling(_Operations):
    """The Data and Job Handling operations. ``raw`` has the same methods, returning the HTTP response."""

    def __init__(self, client: VisierDataHandling) -> None:
        super().__init__(client)
        self.raw = RawDataAndJobHandling(client)
