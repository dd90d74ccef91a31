from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TenantDataUploadStatusResponseDTO")


@_attrs_define
class TenantDataUploadStatusResponseDTO:
    """A data upload and whether it is included.

    Attributes:
        upload_time (str | Unset): When the data was uploaded (ISO 8601).
        included (bool | Unset): True when it takes part in data version generation.
    """

    upload_time: str | Unset = UNSET
    included: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_time = self.upload_time

        included = self.included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_time = d.pop("uploadTime", UNSET)

        included = d.pop("included", UNSET)

        tenant_data_upload_status_response_dto = cls(
            upload_time=upload_time,
            included=included,
        )

        tenant_data_upload_status_response_dto.additional_properties = d
        return tenant_data_upload_status_response_dto

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
