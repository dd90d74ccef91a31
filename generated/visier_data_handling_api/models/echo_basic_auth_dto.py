from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EchoBasicAuthDTO")


@_attrs_define
class EchoBasicAuthDTO:
    """Basic sign-in details for the Echo provider.

    Attributes:
        username (str | Unset):
        password (str | Unset):
        asid_token (str | Unset):
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    asid_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        asid_token = self.asid_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if asid_token is not UNSET:
            field_dict["asidToken"] = asid_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        asid_token = d.pop("asidToken", UNSET)

        echo_basic_auth_dto = cls(
            username=username,
            password=password,
            asid_token=asid_token,
        )

        echo_basic_auth_dto.additional_properties = d
        return echo_basic_auth_dto

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
