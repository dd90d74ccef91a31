from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataVersionObject")


@_attrs_define
class DataVersionObject:
    """A data version to disable in one analytic tenant.

    Attributes:
        tenant_code (str): The tenant's code, for example `WFF_j1r~c7o`.
        data_version (str | Unset): The data version to disable; the latest enabled one when left out.
        data_category (str | Unset): The data category's object name; the primary data category when left out.
    """

    tenant_code: str
    data_version: str | Unset = UNSET
    data_category: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        data_version = self.data_version

        data_category = self.data_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantCode": tenant_code,
            }
        )
        if data_version is not UNSET:
            field_dict["dataVersion"] = data_version
        if data_category is not UNSET:
            field_dict["dataCategory"] = data_category

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode")

        data_version = d.pop("dataVersion", UNSET)

        data_category = d.pop("dataCategory", UNSET)

        data_version_object = cls(
            tenant_code=tenant_code,
            data_version=data_version,
            data_category=data_category,
        )

        data_version_object.additional_properties = d
        return data_version_object

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
