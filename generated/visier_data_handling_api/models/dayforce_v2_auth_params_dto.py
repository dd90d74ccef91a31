from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DayforceV2AuthParamsDTO")


@_attrs_define
class DayforceV2AuthParamsDTO:
    """Sign-in details for the DayforceV2 data provider.

    Attributes:
        username (str | Unset):
        password (str | Unset):
        company_id (str | Unset):
        token_host (str | Unset):
        host_domain_name (str | Unset):
    """

    username: str | Unset = UNSET
    password: str | Unset = UNSET
    company_id: str | Unset = UNSET
    token_host: str | Unset = UNSET
    host_domain_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        company_id = self.company_id

        token_host = self.token_host

        host_domain_name = self.host_domain_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if token_host is not UNSET:
            field_dict["tokenHost"] = token_host
        if host_domain_name is not UNSET:
            field_dict["hostDomainName"] = host_domain_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        company_id = d.pop("companyId", UNSET)

        token_host = d.pop("tokenHost", UNSET)

        host_domain_name = d.pop("hostDomainName", UNSET)

        dayforce_v2_auth_params_dto = cls(
            username=username,
            password=password,
            company_id=company_id,
            token_host=token_host,
            host_domain_name=host_domain_name,
        )

        dayforce_v2_auth_params_dto.additional_properties = d
        return dayforce_v2_auth_params_dto

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
