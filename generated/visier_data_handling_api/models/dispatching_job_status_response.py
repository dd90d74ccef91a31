from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DispatchingJobStatusResponse")


@_attrs_define
class DispatchingJobStatusResponse:
    """A dispatching job's status.

    Attributes:
        job_id (str | Unset): The dispatching job's ID.
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        status (str | Unset): The job's status, for example `Running` or `Succeeded`.
        total_jobs_dispatched (int | Unset): How many child jobs it has dispatched.
    """

    job_id: str | Unset = UNSET
    tenant_code: str | Unset = UNSET
    status: str | Unset = UNSET
    total_jobs_dispatched: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        tenant_code = self.tenant_code

        status = self.status

        total_jobs_dispatched = self.total_jobs_dispatched

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if status is not UNSET:
            field_dict["status"] = status
        if total_jobs_dispatched is not UNSET:
            field_dict["totalJobsDispatched"] = total_jobs_dispatched

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        tenant_code = d.pop("tenantCode", UNSET)

        status = d.pop("status", UNSET)

        total_jobs_dispatched = d.pop("totalJobsDispatched", UNSET)

        dispatching_job_status_response = cls(
            job_id=job_id,
            tenant_code=tenant_code,
            status=status,
            total_jobs_dispatched=total_jobs_dispatched,
        )

        dispatching_job_status_response.additional_properties = d
        return dispatching_job_status_response

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
