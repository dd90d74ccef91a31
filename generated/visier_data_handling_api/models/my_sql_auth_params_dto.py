from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MySqlAuthParamsDTO")


@_attrs_define
class MySqlAuthParamsDTO:
    """Sign-in details for the MySql data provider.

    Attributes:
        host (str | Unset):
        port (str | Unset):
        username (str | Unset):
        password (str | Unset):
        database (str | Unset):
        ssl_mode (str | Unset):
    """

    host: str | Unset = UNSET
    port: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    database: str | Unset = UNSET
    ssl_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host = self.host

        port = self.port

        username = self.username

        password = self.password

        database = self.database

        ssl_mode = self.ssl_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host is not UNSET:
            field_dict["host"] = host
        if port is not UNSET:
            field_dict["port"] = port
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if database is not UNSET:
            field_dict["database"] = database
        if ssl_mode is not UNSET:
            field_dict["sslMode"] = ssl_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host = d.pop("host", UNSET)

        port = d.pop("port", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        database = d.pop("database", UNSET)

        ssl_mode = d.pop("sslMode", UNSET)

        my_sql_auth_params_dto = cls(
            host=host,
            port=port,
            username=username,
            password=password,
            database=database,
            ssl_mode=ssl_mode,
        )

        my_sql_auth_params_dto.additional_properties = d
        return my_sql_auth_params_dto

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
