from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BambooAuthParamsDTO")


@_attrs_define
class BambooAuthParamsDTO:
    """Sign-in details for the Bamboo data provider.

    Attributes:
        access_key (str | Unset):
        tenant_domain_name (str | Unset):
    """

    access_key: str | Unset = UNSET
    tenant_domain_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_key = self.access_key

        tenant_domain_name = self.tenant_domain_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if tenant_domain_name is not UNSET:
            field_dict["tenantDomainName"] = tenant_domain_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_key = d.pop("accessKey", UNSET)

        tenant_domain_name = d.pop("tenantDomainName", UNSET)

        bamboo_auth_params_dto = cls(
            access_key=access_key,
            tenant_domain_name=tenant_domain_name,
        )

        bamboo_auth_params_dto.additional_properties = d
        return bamboo_auth_params_dto

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
