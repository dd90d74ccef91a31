from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_data_column_definition_dto import PushDataColumnDefinitionDTO


T = TypeVar("T", bound="PushDataSourceDefinitionDTO")


@_attrs_define
class PushDataSourceDefinitionDTO:
    """A source that transfer sessions send data to.

    Attributes:
        source_id (str | Unset): The source's ID.
        name (str | Unset): The source's name.
        object_name (str | Unset): The source's unique object name.
        is_inherited (bool | Unset): Whether every analytic tenant inherits the source.
        file_name_regex (str | Unset): The regular expression an uploaded file's name matches to go to this source.
        columns (list[PushDataColumnDefinitionDTO] | Unset): The source's columns.
    """

    source_id: str | Unset = UNSET
    name: str | Unset = UNSET
    object_name: str | Unset = UNSET
    is_inherited: bool | Unset = UNSET
    file_name_regex: str | Unset = UNSET
    columns: list[PushDataColumnDefinitionDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        name = self.name

        object_name = self.object_name

        is_inherited = self.is_inherited

        file_name_regex = self.file_name_regex

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if name is not UNSET:
            field_dict["name"] = name
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if is_inherited is not UNSET:
            field_dict["isInherited"] = is_inherited
        if file_name_regex is not UNSET:
            field_dict["fileNameRegex"] = file_name_regex
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.push_data_column_definition_dto import PushDataColumnDefinitionDTO  # noqa: PLC0415

        d = dict(src_dict)
        source_id = d.pop("sourceId", UNSET)

        name = d.pop("name", UNSET)

        object_name = d.pop("objectName", UNSET)

        is_inherited = d.pop("isInherited", UNSET)

        file_name_regex = d.pop("fileNameRegex", UNSET)

        _columns = d.pop("columns", UNSET)
        columns: list[PushDataColumnDefinitionDTO] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = PushDataColumnDefinitionDTO.from_dict(columns_item_data)

                columns.append(columns_item)

        push_data_source_definition_dto = cls(
            source_id=source_id,
            name=name,
            object_name=object_name,
            is_inherited=is_inherited,
            file_name_regex=file_name_regex,
            columns=columns,
        )

        push_data_source_definition_dto.additional_properties = d
        return push_data_source_definition_dto

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
