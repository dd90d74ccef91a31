from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStatusWithStartTime")


@_attrs_define
class JobStatusWithStartTime:
    """A job's status, type, parent and start time.

    Attributes:
        job_id (str | Unset): The job's ID.
        tenant (str | Unset): The tenant code of the tenant that owns the job.
        status (str | Unset): The job's status.
        job_type (str | Unset): The job's type, for example a receiving or processing job.
        start_time (str | Unset): When the job started.
        parent_job_id (str | Unset): The ID of the job that spawned these jobs.
    """

    job_id: str | Unset = UNSET
    tenant: str | Unset = UNSET
    status: str | Unset = UNSET
    job_type: str | Unset = UNSET
    start_time: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        tenant = self.tenant

        status = self.status

        job_type = self.job_type

        start_time = self.start_time

        parent_job_id = self.parent_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if tenant is not UNSET:
            field_dict["tenant"] = tenant
        if status is not UNSET:
            field_dict["status"] = status
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if parent_job_id is not UNSET:
            field_dict["parentJobId"] = parent_job_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        tenant = d.pop("tenant", UNSET)

        status = d.pop("status", UNSET)

        job_type = d.pop("jobType", UNSET)

        start_time = d.pop("startTime", UNSET)

        parent_job_id = d.pop("parentJobId", UNSET)

        job_status_with_start_time = cls(
            job_id=job_id,
            tenant=tenant,
            status=status,
            job_type=job_type,
            start_time=start_time,
            parent_job_id=parent_job_id,
        )

        job_status_with_start_time.additional_properties = d
        return job_status_with_start_time

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
