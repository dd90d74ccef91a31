from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Microsoft365AuthParamsDTO")


@_attrs_define
class Microsoft365AuthParamsDTO:
    """Sign-in details for the Microsoft365 data provider.

    Attributes:
        o_auth_tenant_id (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        privacy_mode (str | Unset):
    """

    o_auth_tenant_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    privacy_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        o_auth_tenant_id = self.o_auth_tenant_id

        client_id = self.client_id

        client_secret = self.client_secret

        privacy_mode = self.privacy_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if o_auth_tenant_id is not UNSET:
            field_dict["oAuthTenantId"] = o_auth_tenant_id
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if privacy_mode is not UNSET:
            field_dict["privacyMode"] = privacy_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        o_auth_tenant_id = d.pop("oAuthTenantId", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        privacy_mode = d.pop("privacyMode", UNSET)

        microsoft_365_auth_params_dto = cls(
            o_auth_tenant_id=o_auth_tenant_id,
            client_id=client_id,
            client_secret=client_secret,
            privacy_mode=privacy_mode,
        )

        microsoft_365_auth_params_dto.additional_properties = d
        return microsoft_365_auth_params_dto

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
