from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataVersionAndDateDTO")


@_attrs_define
class DataVersionAndDateDTO:
    """A data version and when it was created.

    Attributes:
        data_version (str | Unset): The data version's ID.
        data_version_date (str | Unset): When the data version was created (ISO 8601).
    """

    data_version: str | Unset = UNSET
    data_version_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_version = self.data_version

        data_version_date = self.data_version_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_version is not UNSET:
            field_dict["dataVersion"] = data_version
        if data_version_date is not UNSET:
            field_dict["dataVersionDate"] = data_version_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data_version = d.pop("dataVersion", UNSET)

        data_version_date = d.pop("dataVersionDate", UNSET)

        data_version_and_date_dto = cls(
            data_version=data_version,
            data_version_date=data_version_date,
        )

        data_version_and_date_dto.additional_properties = d
        return data_version_and_date_dto

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
