from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataTransferResultDetail")


@_attrs_define
class DataTransferResultDetail:
    """What one tenant received in a transfer session.

    Attributes:
        tenant_code (str | Unset): The tenant the data went to, such as `WFF_j1r` or `WFF_j1r~c7o`.
        source_names (list[str] | Unset): The sources that received data.
        rows (str | Unset): How many rows the session sent.
        data_size (str | Unset): How many bytes the session sent.
    """

    tenant_code: str | Unset = UNSET
    source_names: list[str] | Unset = UNSET
    rows: str | Unset = UNSET
    data_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        source_names: list[str] | Unset = UNSET
        if not isinstance(self.source_names, Unset):
            source_names = self.source_names

        rows = self.rows

        data_size = self.data_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if source_names is not UNSET:
            field_dict["sourceNames"] = source_names
        if rows is not UNSET:
            field_dict["rows"] = rows
        if data_size is not UNSET:
            field_dict["dataSize"] = data_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        source_names = cast(list[str], d.pop("sourceNames", UNSET))

        rows = d.pop("rows", UNSET)

        data_size = d.pop("dataSize", UNSET)

        data_transfer_result_detail = cls(
            tenant_code=tenant_code,
            source_names=source_names,
            rows=rows,
            data_size=data_size,
        )

        data_transfer_result_detail.additional_properties = d
        return data_transfer_result_detail

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
