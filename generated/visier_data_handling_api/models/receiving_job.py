from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivingJob")


@_attrs_define
class ReceivingJob:
    """A per-tenant receiving job's status.

    Attributes:
        receiving_job_id (str | Unset): The per-tenant receiving job's ID.
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        status (str | Unset): The job's status, for example `Running` or `Succeeded`.
    """

    receiving_job_id: str | Unset = UNSET
    tenant_code: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        receiving_job_id = self.receiving_job_id

        tenant_code = self.tenant_code

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if receiving_job_id is not UNSET:
            field_dict["receivingJobId"] = receiving_job_id
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receiving_job_id = d.pop("receivingJobId", UNSET)

        tenant_code = d.pop("tenantCode", UNSET)

        status = d.pop("status", UNSET)

        receiving_job = cls(
            receiving_job_id=receiving_job_id,
            tenant_code=tenant_code,
            status=status,
        )

        receiving_job.additional_properties = d
        return receiving_job

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
