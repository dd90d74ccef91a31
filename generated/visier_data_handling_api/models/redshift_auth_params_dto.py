from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RedshiftAuthParamsDTO")


@_attrs_define
class RedshiftAuthParamsDTO:
    """Sign-in details for the Redshift data provider.

    Attributes:
        endpoint (str | Unset):
        port (str | Unset):
        database (str | Unset):
        username (str | Unset):
        password (str | Unset):
        table_prefix (str | Unset):
        schema (str | Unset):
    """

    endpoint: str | Unset = UNSET
    port: str | Unset = UNSET
    database: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    table_prefix: str | Unset = UNSET
    schema: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        port = self.port

        database = self.database

        username = self.username

        password = self.password

        table_prefix = self.table_prefix

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if port is not UNSET:
            field_dict["port"] = port
        if database is not UNSET:
            field_dict["database"] = database
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if table_prefix is not UNSET:
            field_dict["tablePrefix"] = table_prefix
        if schema is not UNSET:
            field_dict["schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        port = d.pop("port", UNSET)

        database = d.pop("database", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        table_prefix = d.pop("tablePrefix", UNSET)

        schema = d.pop("schema", UNSET)

        redshift_auth_params_dto = cls(
            endpoint=endpoint,
            port=port,
            database=database,
            username=username,
            password=password,
            table_prefix=table_prefix,
            schema=schema,
        )

        redshift_auth_params_dto.additional_properties = d
        return redshift_auth_params_dto

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
