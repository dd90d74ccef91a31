from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_cancellation_result_dto_cancel_status import JobCancellationResultDTOCancelStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCancellationResultDTO")


@_attrs_define
class JobCancellationResultDTO:
    """The outcome of cancelling one job.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        job_id (str | Unset): The job's ID.
        job_type (str | Unset): The job's type, for example `PROCESSING_JOB`, `UPLOAD_JOB`, or `UNRECOGNIZED` for an
            unknown ID.
        parent_job_id (str | Unset): The ID of the job that spawned these jobs.
        cancel_status (JobCancellationResultDTOCancelStatus | Unset): Whether the cancellation went through; left out
            when it was not attempted.
        job_status (str | Unset): The job's status afterwards: `Cancelling` or `Cancelled` on success.
        message (str | Unset): Why the operation failed, when it did; empty otherwise.
    """

    tenant_code: str | Unset = UNSET
    job_id: str | Unset = UNSET
    job_type: str | Unset = UNSET
    parent_job_id: str | Unset = UNSET
    cancel_status: JobCancellationResultDTOCancelStatus | Unset = UNSET
    job_status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        job_id = self.job_id

        job_type = self.job_type

        parent_job_id = self.parent_job_id

        cancel_status: str | Unset = UNSET
        if not isinstance(self.cancel_status, Unset):
            cancel_status = self.cancel_status.value

        job_status = self.job_status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if job_type is not UNSET:
            field_dict["jobType"] = job_type
        if parent_job_id is not UNSET:
            field_dict["parentJobId"] = parent_job_id
        if cancel_status is not UNSET:
            field_dict["cancelStatus"] = cancel_status
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        job_id = d.pop("jobId", UNSET)

        job_type = d.pop("jobType", UNSET)

        parent_job_id = d.pop("parentJobId", UNSET)

        _cancel_status = d.pop("cancelStatus", UNSET)
        cancel_status: JobCancellationResultDTOCancelStatus | Unset
        if isinstance(_cancel_status, Unset):
            cancel_status = UNSET
        else:
            cancel_status = JobCancellationResultDTOCancelStatus(_cancel_status)

        job_status = d.pop("jobStatus", UNSET)

        message = d.pop("message", UNSET)

        job_cancellation_result_dto = cls(
            tenant_code=tenant_code,
            job_id=job_id,
            job_type=job_type,
            parent_job_id=parent_job_id,
            cancel_status=cancel_status,
            job_status=job_status,
            message=message,
        )

        job_cancellation_result_dto.additional_properties = d
        return job_cancellation_result_dto

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
