from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssignedCredentialInfoResponseDTO")


@_attrs_define
class AssignedCredentialInfoResponseDTO:
    """The credential that was assigned.

    Attributes:
        credential_id (str | Unset): The connector credential's ID.
        display_name (str | Unset): The name Visier shows for it.
        message (str | Unset): Why the operation failed, when it did; empty otherwise.
    """

    credential_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        display_name = self.display_name

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_id = d.pop("credentialId", UNSET)

        display_name = d.pop("displayName", UNSET)

        message = d.pop("message", UNSET)

        assigned_credential_info_response_dto = cls(
            credential_id=credential_id,
            display_name=display_name,
            message=message,
        )

        assigned_credential_info_response_dto.additional_properties = d
        return assigned_credential_info_response_dto

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
