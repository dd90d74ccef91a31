from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MedalliaAuthParamsDTO")


@_attrs_define
class MedalliaAuthParamsDTO:
    """Sign-in details for the Medallia data provider.

    Attributes:
        tenant_domain_name (str | Unset):
        instance_url (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
    """

    tenant_domain_name: str | Unset = UNSET
    instance_url: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_domain_name = self.tenant_domain_name

        instance_url = self.instance_url

        client_id = self.client_id

        client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_domain_name is not UNSET:
            field_dict["tenantDomainName"] = tenant_domain_name
        if instance_url is not UNSET:
            field_dict["instanceUrl"] = instance_url
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_domain_name = d.pop("tenantDomainName", UNSET)

        instance_url = d.pop("instanceUrl", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        medallia_auth_params_dto = cls(
            tenant_domain_name=tenant_domain_name,
            instance_url=instance_url,
            client_id=client_id,
            client_secret=client_secret,
        )

        medallia_auth_params_dto.additional_properties = d
        return medallia_auth_params_dto

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
