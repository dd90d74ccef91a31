from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractorCredentialAPIDTO")


@_attrs_define
class ExtractorCredentialAPIDTO:
    """A connector credential.

    Attributes:
        credential_id (str | Unset): The connector credential's ID.
        display_name (str | Unset): The name Visier shows for it.
        data_provider (str | Unset): The data provider the credential is for.
        is_inherited (bool | Unset): True when the credential comes from another tenant.
        auth_context (str | Unset): What the credential is used for.
    """

    credential_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    data_provider: str | Unset = UNSET
    is_inherited: bool | Unset = UNSET
    auth_context: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_id = self.credential_id

        display_name = self.display_name

        data_provider = self.data_provider

        is_inherited = self.is_inherited

        auth_context = self.auth_context

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credential_id is not UNSET:
            field_dict["credentialId"] = credential_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if data_provider is not UNSET:
            field_dict["dataProvider"] = data_provider
        if is_inherited is not UNSET:
            field_dict["isInherited"] = is_inherited
        if auth_context is not UNSET:
            field_dict["authContext"] = auth_context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_id = d.pop("credentialId", UNSET)

        display_name = d.pop("displayName", UNSET)

        data_provider = d.pop("dataProvider", UNSET)

        is_inherited = d.pop("isInherited", UNSET)

        auth_context = d.pop("authContext", UNSET)

        extractor_credential_apidto = cls(
            credential_id=credential_id,
            display_name=display_name,
            data_provider=data_provider,
            is_inherited=is_inherited,
            auth_context=auth_context,
        )

        extractor_credential_apidto.additional_properties = d
        return extractor_credential_apidto

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
