from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FusionAuthParamsDTO")


@_attrs_define
class FusionAuthParamsDTO:
    """Sign-in details for the Fusion data provider.

    Attributes:
        username (str | Unset):
        password (str | Unset):
        host_domain_name (str | Unset):
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    host_domain_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        host_domain_name = self.host_domain_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if host_domain_name is not UNSET:
            field_dict["hostDomainName"] = host_domain_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        host_domain_name = d.pop("hostDomainName", UNSET)

        fusion_auth_params_dto = cls(
            username=username,
            password=password,
            host_domain_name=host_domain_name,
        )

        fusion_auth_params_dto.additional_properties = d
        return fusion_auth_params_dto

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
