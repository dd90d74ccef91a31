from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.subject_missing_access_dto import SubjectMissingAccessDTO


T = TypeVar("T", bound="CredentialCreationAPIResponseDTO")


@_attrs_define
class CredentialCreationAPIResponseDTO:
    """The credential that was created.

    Attributes:
        uuid (str | Unset): The new credential's ID.
        symbol_name (str | Unset): The new credential's symbol name.
        object_name (str | Unset): The new credential's object name.
        missing_connection_properties (list[SubjectMissingAccessDTO] | Unset): What the credential signed in to but
            cannot read; only when access is partial.
    """

    uuid: str | Unset = UNSET
    symbol_name: str | Unset = UNSET
    object_name: str | Unset = UNSET
    missing_connection_properties: list[SubjectMissingAccessDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        symbol_name = self.symbol_name

        object_name = self.object_name

        missing_connection_properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.missing_connection_properties, Unset):
            missing_connection_properties = []
            for missing_connection_properties_item_data in self.missing_connection_properties:
                missing_connection_properties_item = missing_connection_properties_item_data.to_dict()
                missing_connection_properties.append(missing_connection_properties_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if symbol_name is not UNSET:
            field_dict["symbolName"] = symbol_name
        if object_name is not UNSET:
            field_dict["objectName"] = object_name
        if missing_connection_properties is not UNSET:
            field_dict["missingConnectionProperties"] = missing_connection_properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.subject_missing_access_dto import SubjectMissingAccessDTO  # noqa: PLC0415

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        symbol_name = d.pop("symbolName", UNSET)

        object_name = d.pop("objectName", UNSET)

        _missing_connection_properties = d.pop("missingConnectionProperties", UNSET)
        missing_connection_properties: list[SubjectMissingAccessDTO] | Unset = UNSET
        if _missing_connection_properties is not UNSET:
            missing_connection_properties = []
            for missing_connection_properties_item_data in _missing_connection_properties:
                missing_connection_properties_item = SubjectMissingAccessDTO.from_dict(
                    missing_connection_properties_item_data
                )

                missing_connection_properties.append(missing_connection_properties_item)

        credential_creation_api_response_dto = cls(
            uuid=uuid,
            symbol_name=symbol_name,
            object_name=object_name,
            missing_connection_properties=missing_connection_properties,
        )

        credential_creation_api_response_dto.additional_properties = d
        return credential_creation_api_response_dto

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
