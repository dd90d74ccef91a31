from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataProviderBasicMetadataDTO")


@_attrs_define
class DataProviderBasicMetadataDTO:
    """How the credential is shared.

    Attributes:
        can_children_inherit (bool | Unset): When true, analytic tenants can inherit the credential.
    """

    can_children_inherit: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_children_inherit = self.can_children_inherit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_children_inherit is not UNSET:
            field_dict["canChildrenInherit"] = can_children_inherit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_children_inherit = d.pop("canChildrenInherit", UNSET)

        data_provider_basic_metadata_dto = cls(
            can_children_inherit=can_children_inherit,
        )

        data_provider_basic_metadata_dto.additional_properties = d
        return data_provider_basic_metadata_dto

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
