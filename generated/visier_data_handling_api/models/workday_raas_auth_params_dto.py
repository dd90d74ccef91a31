from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkdayRaasAuthParamsDTO")


@_attrs_define
class WorkdayRaasAuthParamsDTO:
    """Sign-in details for the WorkdayRaas data provider.

    Attributes:
        user_id (str | Unset):
        domain_name (str | Unset):
        implementation_name (str | Unset):
        password (str | Unset):
        test_report_url (str | Unset):
    """

    user_id: str | Unset = UNSET
    domain_name: str | Unset = UNSET
    implementation_name: str | Unset = UNSET
    password: str | Unset = UNSET
    test_report_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        domain_name = self.domain_name

        implementation_name = self.implementation_name

        password = self.password

        test_report_url = self.test_report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if implementation_name is not UNSET:
            field_dict["implementationName"] = implementation_name
        if password is not UNSET:
            field_dict["password"] = password
        if test_report_url is not UNSET:
            field_dict["testReportUrl"] = test_report_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId", UNSET)

        domain_name = d.pop("domainName", UNSET)

        implementation_name = d.pop("implementationName", UNSET)

        password = d.pop("password", UNSET)

        test_report_url = d.pop("testReportUrl", UNSET)

        workday_raas_auth_params_dto = cls(
            user_id=user_id,
            domain_name=domain_name,
            implementation_name=implementation_name,
            password=password,
            test_report_url=test_report_url,
        )

        workday_raas_auth_params_dto.additional_properties = d
        return workday_raas_auth_params_dto

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
