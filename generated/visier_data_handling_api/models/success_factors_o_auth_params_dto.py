from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SuccessFactorsOAuthParamsDTO")


@_attrs_define
class SuccessFactorsOAuthParamsDTO:
    """Sign-in details for the SuccessFactorsO data provider.

    Attributes:
        api_key (str | Unset):
        private_x509_key (str | Unset):
        public_x509_cert (str | Unset):
    """

    api_key: str | Unset = UNSET
    private_x509_key: str | Unset = UNSET
    public_x509_cert: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        private_x509_key = self.private_x509_key

        public_x509_cert = self.public_x509_cert

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if private_x509_key is not UNSET:
            field_dict["privateX509Key"] = private_x509_key
        if public_x509_cert is not UNSET:
            field_dict["publicX509Cert"] = public_x509_cert

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("apiKey", UNSET)

        private_x509_key = d.pop("privateX509Key", UNSET)

        public_x509_cert = d.pop("publicX509Cert", UNSET)

        success_factors_o_auth_params_dto = cls(
            api_key=api_key,
            private_x509_key=private_x509_key,
            public_x509_cert=public_x509_cert,
        )

        success_factors_o_auth_params_dto.additional_properties = d
        return success_factors_o_auth_params_dto

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
