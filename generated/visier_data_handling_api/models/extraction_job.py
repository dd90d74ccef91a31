from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionJob")


@_attrs_define
class ExtractionJob:
    """An extraction job's status.

    Attributes:
        extraction_job_id (str | Unset): The extraction job's ID.
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        status (str | Unset): The job's status. Known values: Pending, Running, Succeeded, Failed, Error, Cancelling,
            Cancelled, RolledBack, Rescheduling, Rescheduled; the service may add others.
        current_stage (str | Unset): The stage the job is in. Known values: Initialize, Retrieve Main Subject, Retrieve
            Secondary Subjects, Retrieve Custom Subjects, Process Records, Publish Artifacts, Publish Records, Completed;
            left out once the job is complete.
    """

    extraction_job_id: str | Unset = UNSET
    tenant_code: str | Unset = UNSET
    status: str | Unset = UNSET
    current_stage: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        extraction_job_id = self.extraction_job_id

        tenant_code = self.tenant_code

        status = self.status

        current_stage = self.current_stage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if extraction_job_id is not UNSET:
            field_dict["extractionJobId"] = extraction_job_id
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if status is not UNSET:
            field_dict["status"] = status
        if current_stage is not UNSET:
            field_dict["currentStage"] = current_stage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        extraction_job_id = d.pop("extractionJobId", UNSET)

        tenant_code = d.pop("tenantCode", UNSET)

        status = d.pop("status", UNSET)

        current_stage = d.pop("currentStage", UNSET)

        extraction_job = cls(
            extraction_job_id=extraction_job_id,
            tenant_code=tenant_code,
            status=status,
            current_stage=current_stage,
        )

        extraction_job.additional_properties = d
        return extraction_job

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
