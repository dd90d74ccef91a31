from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushDataColumnDefinitionDTO")


@_attrs_define
class PushDataColumnDefinitionDTO:
    """One column of a source.

    Attributes:
        column_name (str | Unset): The column's name.
        data_type (str | Unset): The column's data type.
        data_formats (list[str] | Unset): The formats a date or time column accepts.
        is_mandatory (bool | Unset): Whether the data must have this column; a batch or file without it fails.
        allow_empty (bool | Unset): Whether a record may leave this column empty.
        default_value (str | Unset): The value the column takes when a record leaves it out.
    """

    column_name: str | Unset = UNSET
    data_type: str | Unset = UNSET
    data_formats: list[str] | Unset = UNSET
    is_mandatory: bool | Unset = UNSET
    allow_empty: bool | Unset = UNSET
    default_value: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_name = self.column_name

        data_type = self.data_type

        data_formats: list[str] | Unset = UNSET
        if not isinstance(self.data_formats, Unset):
            data_formats = self.data_formats

        is_mandatory = self.is_mandatory

        allow_empty = self.allow_empty

        default_value = self.default_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_name is not UNSET:
            field_dict["columnName"] = column_name
        if data_type is not UNSET:
            field_dict["dataType"] = data_type
        if data_formats is not UNSET:
            field_dict["dataFormats"] = data_formats
        if is_mandatory is not UNSET:
            field_dict["isMandatory"] = is_mandatory
        if allow_empty is not UNSET:
            field_dict["allowEmpty"] = allow_empty
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column_name = d.pop("columnName", UNSET)

        data_type = d.pop("dataType", UNSET)

        data_formats = cast(list[str], d.pop("dataFormats", UNSET))

        is_mandatory = d.pop("isMandatory", UNSET)

        allow_empty = d.pop("allowEmpty", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        push_data_column_definition_dto = cls(
            column_name=column_name,
            data_type=data_type,
            data_formats=data_formats,
            is_mandatory=is_mandatory,
            allow_empty=allow_empty,
            default_value=default_value,
        )

        push_data_column_definition_dto.additional_properties = d
        return push_data_column_definition_dto

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
