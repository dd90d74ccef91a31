from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.success_factors_o_auth_params_dto import SuccessFactorsOAuthParamsDTO


T = TypeVar("T", bound="SuccessFactorsAuthParamsDTO")


@_attrs_define
class SuccessFactorsAuthParamsDTO:
    """Sign-in details for the SuccessFactors data provider.

    Attributes:
        host_domain_name (str | Unset):
        company_id (str | Unset):
        username (str | Unset):
        password (str | Unset):
        o_auth (SuccessFactorsOAuthParamsDTO | Unset): Sign-in details for the SuccessFactorsO data provider.
    """

    host_domain_name: str | Unset = UNSET
    company_id: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    o_auth: SuccessFactorsOAuthParamsDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        host_domain_name = self.host_domain_name

        company_id = self.company_id

        username = self.username

        password = self.password

        o_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.o_auth, Unset):
            o_auth = self.o_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if host_domain_name is not UNSET:
            field_dict["hostDomainName"] = host_domain_name
        if company_id is not UNSET:
            field_dict["companyID"] = company_id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if o_auth is not UNSET:
            field_dict["oAuth"] = o_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.success_factors_o_auth_params_dto import SuccessFactorsOAuthParamsDTO  # noqa: PLC0415

        d = dict(src_dict)
        host_domain_name = d.pop("hostDomainName", UNSET)

        company_id = d.pop("companyID", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        _o_auth = d.pop("oAuth", UNSET)
        o_auth: SuccessFactorsOAuthParamsDTO | Unset
        if isinstance(_o_auth, Unset):
            o_auth = UNSET
        else:
            o_auth = SuccessFactorsOAuthParamsDTO.from_dict(_o_auth)

        success_factors_auth_params_dto = cls(
            host_domain_name=host_domain_name,
            company_id=company_id,
            username=username,
            password=password,
            o_auth=o_auth,
        )

        success_factors_auth_params_dto.additional_properties = d
        return success_factors_auth_params_dto

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
