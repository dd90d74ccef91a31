from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnowflakeV2AuthParamsDTO")


@_attrs_define
class SnowflakeV2AuthParamsDTO:
    """Sign-in details for the SnowflakeV2 data provider.

    Attributes:
        account_identifier (str | Unset):
        database (str | Unset):
        schema (str | Unset):
        username (str | Unset):
        password (str | Unset):
        warehouse (str | Unset):
        private_key (str | Unset):
        role (str | Unset):
        tenant_code_column (str | Unset):
    """

    account_identifier: str | Unset = UNSET
    database: str | Unset = UNSET
    schema: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    warehouse: str | Unset = UNSET
    private_key: str | Unset = UNSET
    role: str | Unset = UNSET
    tenant_code_column: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_identifier = self.account_identifier

        database = self.database

        schema = self.schema

        username = self.username

        password = self.password

        warehouse = self.warehouse

        private_key = self.private_key

        role = self.role

        tenant_code_column = self.tenant_code_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_identifier is not UNSET:
            field_dict["accountIdentifier"] = account_identifier
        if database is not UNSET:
            field_dict["database"] = database
        if schema is not UNSET:
            field_dict["schema"] = schema
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if warehouse is not UNSET:
            field_dict["warehouse"] = warehouse
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key
        if role is not UNSET:
            field_dict["role"] = role
        if tenant_code_column is not UNSET:
            field_dict["tenantCodeColumn"] = tenant_code_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_identifier = d.pop("accountIdentifier", UNSET)

        database = d.pop("database", UNSET)

        schema = d.pop("schema", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        warehouse = d.pop("warehouse", UNSET)

        private_key = d.pop("privateKey", UNSET)

        role = d.pop("role", UNSET)

        tenant_code_column = d.pop("tenantCodeColumn", UNSET)

        snowflake_v2_auth_params_dto = cls(
            account_identifier=account_identifier,
            database=database,
            schema=schema,
            username=username,
            password=password,
            warehouse=warehouse,
            private_key=private_key,
            role=role,
            tenant_code_column=tenant_code_column,
        )

        snowflake_v2_auth_params_dto.additional_properties = d
        return snowflake_v2_auth_params_dto

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
