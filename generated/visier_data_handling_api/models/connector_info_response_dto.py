from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectorInfoResponseDTO")


@_attrs_define
class ConnectorInfoResponseDTO:
    """A data connector's identity.

    Attributes:
        connector_id (str | Unset): The data connector's ID.
        display_name (str | Unset): The name Visier shows for it.
        description (str | Unset):
    """

    connector_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        display_name = self.display_name

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connector_id = d.pop("connectorId", UNSET)

        display_name = d.pop("displayName", UNSET)

        description = d.pop("description", UNSET)

        connector_info_response_dto = cls(
            connector_id=connector_id,
            display_name=display_name,
            description=description,
        )

        connector_info_response_dto.additional_properties = d
        return connector_info_response_dto

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
