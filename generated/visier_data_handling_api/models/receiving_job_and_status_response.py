from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receiving_job import ReceivingJob


T = TypeVar("T", bound="ReceivingJobAndStatusResponse")


@_attrs_define
class ReceivingJobAndStatusResponse:
    """A page of a dispatching job's receiving jobs.

    Attributes:
        parent_job_id (str | Unset): The ID of the job that spawned these jobs.
        parent_tenant_code (str | Unset): The tenant that owns the parent job, usually the administrating tenant.
        limit (int | Unset): The page size the service used.
        start (int | Unset): The offset of this page's first item.
        receiving_jobs (list[ReceivingJob] | Unset): This page's receiving jobs.
    """

    parent_job_id: str | Unset = UNSET
    parent_tenant_code: str | Unset = UNSET
    limit: int | Unset = UNSET
    start: int | Unset = UNSET
    receiving_jobs: list[ReceivingJob] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parent_job_id = self.parent_job_id

        parent_tenant_code = self.parent_tenant_code

        limit = self.limit

        start = self.start

        receiving_jobs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.receiving_jobs, Unset):
            receiving_jobs = []
            for receiving_jobs_item_data in self.receiving_jobs:
                receiving_jobs_item = receiving_jobs_item_data.to_dict()
                receiving_jobs.append(receiving_jobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent_job_id is not UNSET:
            field_dict["parentJobId"] = parent_job_id
        if parent_tenant_code is not UNSET:
            field_dict["parentTenantCode"] = parent_tenant_code
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start is not UNSET:
            field_dict["start"] = start
        if receiving_jobs is not UNSET:
            field_dict["receivingJobs"] = receiving_jobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.receiving_job import ReceivingJob  # noqa: PLC0415

        d = dict(src_dict)
        parent_job_id = d.pop("parentJobId", UNSET)

        parent_tenant_code = d.pop("parentTenantCode", UNSET)

        limit = d.pop("limit", UNSET)

        start = d.pop("start", UNSET)

        _receiving_jobs = d.pop("receivingJobs", UNSET)
        receiving_jobs: list[ReceivingJob] | Unset = UNSET
        if _receiving_jobs is not UNSET:
            receiving_jobs = []
            for receiving_jobs_item_data in _receiving_jobs:
                receiving_jobs_item = ReceivingJob.from_dict(receiving_jobs_item_data)

                receiving_jobs.append(receiving_jobs_item)

        receiving_job_and_status_response = cls(
            parent_job_id=parent_job_id,
            parent_tenant_code=parent_tenant_code,
            limit=limit,
            start=start,
            receiving_jobs=receiving_jobs,
        )

        receiving_job_and_status_response.additional_properties = d
        return receiving_job_and_status_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
