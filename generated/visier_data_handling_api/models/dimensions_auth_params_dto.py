from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DimensionsAuthParamsDTO")


@_attrs_define
class DimensionsAuthParamsDTO:
    """Sign-in details for the Dimensions data provider.

    Attributes:
        app_key (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        vanity_url (str | Unset):
        username (str | Unset):
        password (str | Unset):
    """

    app_key: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    vanity_url: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        client_id = self.client_id

        client_secret = self.client_secret

        vanity_url = self.vanity_url

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_key is not UNSET:
            field_dict["appKey"] = app_key
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if vanity_url is not UNSET:
            field_dict["vanityUrl"] = vanity_url
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_key = d.pop("appKey", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        vanity_url = d.pop("vanityUrl", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        dimensions_auth_params_dto = cls(
            app_key=app_key,
            client_id=client_id,
            client_secret=client_secret,
            vanity_url=vanity_url,
            username=username,
            password=password,
        )

        dimensions_auth_params_dto.additional_properties = d
        return dimensions_auth_params_dto

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
