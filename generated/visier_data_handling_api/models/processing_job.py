from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingJob")


@_attrs_define
class ProcessingJob:
    """A processing job's status and the data version it produced.

    Attributes:
        job_id (str | Unset): The processing job's ID.
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        data_version (str | Unset): The data version the job produced; empty until it has produced one.
        status (str | Unset): The job's status, for example `Running`, `Succeeded` or `Failed`.
        message (str | Unset): What the job reported, for example why it failed.
    """

    job_id: str | Unset = UNSET
    tenant_code: str | Unset = UNSET
    data_version: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_id = self.job_id

        tenant_code = self.tenant_code

        data_version = self.data_version

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if data_version is not UNSET:
            field_dict["dataVersion"] = data_version
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_id = d.pop("jobId", UNSET)

        tenant_code = d.pop("tenantCode", UNSET)

        data_version = d.pop("dataVersion", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        processing_job = cls(
            job_id=job_id,
            tenant_code=tenant_code,
            data_version=data_version,
            status=status,
            message=message,
        )

        processing_job.additional_properties = d
        return processing_job

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
