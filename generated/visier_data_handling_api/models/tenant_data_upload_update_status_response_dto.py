from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantDataUploadUpdateStatusResponseDTO")


@_attrs_define
class TenantDataUploadUpdateStatusResponseDTO:
    """The outcome of including or excluding one data upload.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        upload_time (str | Unset): When the data was uploaded (ISO 8601).
        status (str | Unset): `Succeeded` or `Failed`.
        message (str | Unset): Why the operation failed, when it did; empty otherwise.
    """

    tenant_code: str | Unset = UNSET
    upload_time: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        upload_time = self.upload_time

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        upload_time = d.pop("uploadTime", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        tenant_data_upload_update_status_response_dto = cls(
            tenant_code=tenant_code,
            upload_time=upload_time,
            status=status,
            message=message,
        )

        tenant_data_upload_update_status_response_dto.additional_properties = d
        return tenant_data_upload_update_status_response_dto

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
