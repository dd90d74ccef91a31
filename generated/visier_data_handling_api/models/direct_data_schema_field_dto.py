from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDataSchemaFieldDTO")


@_attrs_define
class DirectDataSchemaFieldDTO:
    """One column of an object's load schema.

    Attributes:
        name (str | Unset): The column's name, case-sensitive, as the file's header must spell it.
        data_type (str | Unset): The column's data type, such as `String`, `Date` or `Number`.
        formats (list[str] | Unset): The formats the column accepts, such as the date format `yyyy-MM-dd`.
        is_mandatory (bool | Unset): Whether every row must hold a value in this column.
        empty_values_allowed (bool | Unset): Whether the value may be empty.
    """

    name: str | Unset = UNSET
    data_type: str | Unset = UNSET
    formats: list[str] | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    empty_values_allowed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data_type = self.data_type

        formats: list[str] | Unset = UNSET
        if not isinstance(self.formats, Unset):
            formats = self.formats

        is_mandatory = self.is_mandatory

        empty_values_allowed = self.empty_values_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if formats is not UNSET:
            field_dict["formats"] = formats
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if empty_values_allowed is not UNSET:
            field_dict["emptyValuesAllowed"] = empty_values_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        data_type = d.pop("dataType", UNSET)

        formats = cast(list[str], d.pop("formats", UNSET))

        is_mandatory = d.pop("isMandatory", UNSET)

        empty_values_allowed = d.pop("emptyValuesAllowed", UNSET)

        direct_data_schema_field_dto = cls(
            name=name,
            data_type=data_type,
            formats=formats,
            is_mandatory=is_mandatory,
            empty_values_allowed=empty_values_allowed,
        )

        direct_data_schema_field_dto.additional_properties = d
        return direct_data_schema_field_dto

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
