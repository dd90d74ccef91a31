from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatabricksOIDCAuthParamsDTO")


@_attrs_define
class DatabricksOIDCAuthParamsDTO:
    """Sign-in details for the DatabricksOIDC data provider.

    Attributes:
        client_id (str | Unset):
        client_secret (str | Unset):
        token_endpoint (str | Unset):
        endpoint (str | Unset):
        scope (str | Unset):
        tenant_code_column (str | Unset):
    """

    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    token_endpoint: str | Unset = UNSET
    endpoint: str | Unset = UNSET
    scope: str | Unset = UNSET
    tenant_code_column: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        token_endpoint = self.token_endpoint

        endpoint = self.endpoint

        scope = self.scope

        tenant_code_column = self.tenant_code_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if token_endpoint is not UNSET:
            field_dict["tokenEndpoint"] = token_endpoint
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if scope is not UNSET:
            field_dict["scope"] = scope
        if tenant_code_column is not UNSET:
            field_dict["tenantCodeColumn"] = tenant_code_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        token_endpoint = d.pop("tokenEndpoint", UNSET)

        endpoint = d.pop("endpoint", UNSET)

        scope = d.pop("scope", UNSET)

        tenant_code_column = d.pop("tenantCodeColumn", UNSET)

        databricks_oidc_auth_params_dto = cls(
            client_id=client_id,
            client_secret=client_secret,
            token_endpoint=token_endpoint,
            endpoint=endpoint,
            scope=scope,
            tenant_code_column=tenant_code_column,
        )

        databricks_oidc_auth_params_dto.additional_properties = d
        return databricks_oidc_auth_params_dto

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
