from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JdbcAuthParamsDTO")


@_attrs_define
class JdbcAuthParamsDTO:
    """Sign-in details for the Jdbc data provider.

    Attributes:
        jdbc_connect_string (str | Unset):
        username (str | Unset):
        password (str | Unset):
    """

    jdbc_connect_string: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jdbc_connect_string = self.jdbc_connect_string

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if jdbc_connect_string is not UNSET:
            field_dict["jdbcConnectString"] = jdbc_connect_string
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        jdbc_connect_string = d.pop("jdbcConnectString", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        jdbc_auth_params_dto = cls(
            jdbc_connect_string=jdbc_connect_string,
            username=username,
            password=password,
        )

        jdbc_auth_params_dto.additional_properties = d
        return jdbc_auth_params_dto

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
