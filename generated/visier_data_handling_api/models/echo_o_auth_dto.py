from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EchoOAuthDTO")


@_attrs_define
class EchoOAuthDTO:
    """OAuth sign-in details for the Echo provider.

    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        auth_code (str | Unset):
        access_token (str | Unset):
        refresh_token (str | Unset):
        expire_timestamp (str | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    auth_code: str | Unset = UNSET
    access_token: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    expire_timestamp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        auth_code = self.auth_code

        access_token = self.access_token

        refresh_token = self.refresh_token

        expire_timestamp = self.expire_timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if access_token is not UNSET:
            field_dict["accessToken"] = access_token
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token
        if expire_timestamp is not UNSET:
            field_dict["expireTimestamp"] = expire_timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        auth_code = d.pop("authCode", UNSET)

        access_token = d.pop("accessToken", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        expire_timestamp = d.pop("expireTimestamp", UNSET)

        echo_o_auth_dto = cls(
            client_id=client_id,
            client_secret=client_secret,
            auth_code=auth_code,
            access_token=access_token,
            refresh_token=refresh_token,
            expire_timestamp=expire_timestamp,
        )

        echo_o_auth_dto.additional_properties = d
        return echo_o_auth_dto

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
