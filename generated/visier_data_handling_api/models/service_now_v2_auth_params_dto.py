from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceNowV2AuthParamsDTO")


@_attrs_define
class ServiceNowV2AuthParamsDTO:
    """Sign-in details for the ServiceNowV2 data provider.

    Attributes:
        host_domain_name (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        auth_code (str | Unset):
        alternate_domain (str | Unset):
    """

    host_domain_name: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    auth_code: str | Unset = UNSET
    alternate_domain: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_domain_name = self.host_domain_name

        client_id = self.client_id

        client_secret = self.client_secret

        auth_code = self.auth_code

        alternate_domain = self.alternate_domain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_domain_name is not UNSET:
            field_dict["hostDomainName"] = host_domain_name
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if alternate_domain is not UNSET:
            field_dict["alternateDomain"] = alternate_domain

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        host_domain_name = d.pop("hostDomainName", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        auth_code = d.pop("authCode", UNSET)

        alternate_domain = d.pop("alternateDomain", UNSET)

        service_now_v2_auth_params_dto = cls(
            host_domain_name=host_domain_name,
            client_id=client_id,
            client_secret=client_secret,
            auth_code=auth_code,
            alternate_domain=alternate_domain,
        )

        service_now_v2_auth_params_dto.additional_properties = d
        return service_now_v2_auth_params_dto

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
