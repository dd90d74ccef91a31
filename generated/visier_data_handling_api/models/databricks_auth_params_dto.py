from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksAuthParamsDTO")


@_attrs_define
class DatabricksAuthParamsDTO:
    """Sign-in details for the Databricks data provider.

    Attributes:
        share_credentials_version (str | Unset):
        bearer_token (str | Unset):
        endpoint (str | Unset):
        expiration_time (str | Unset):
        tenant_code_column (str | Unset):
    """

    share_credentials_version: str | Unset = UNSET
    bearer_token: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    expiration_time: str | Unset = UNSET
    tenant_code_column: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_credentials_version = self.share_credentials_version

        bearer_token = self.bearer_token

        endpoint = self.endpoint

        expiration_time = self.expiration_time

        tenant_code_column = self.tenant_code_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if share_credentials_version is not UNSET:
            field_dict["shareCredentialsVersion"] = share_credentials_version
        if bearer_token is not UNSET:
            field_dict["bearerToken"] = bearer_token
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if expiration_time is not UNSET:
            field_dict["expirationTime"] = expiration_time
        if tenant_code_column is not UNSET:
            field_dict["tenantCodeColumn"] = tenant_code_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_credentials_version = d.pop("shareCredentialsVersion", UNSET)

        bearer_token = d.pop("bearerToken", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        expiration_time = d.pop("expirationTime", UNSET)

        tenant_code_column = d.pop("tenantCodeColumn", UNSET)

        databricks_auth_params_dto = cls(
            share_credentials_version=share_credentials_version,
            bearer_token=bearer_token,
            endpoint=endpoint,
            expiration_time=expiration_time,
            tenant_code_column=tenant_code_column,
        )

        databricks_auth_params_dto.additional_properties = d
        return databricks_auth_params_dto

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
