from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BigQueryServiceAccountParamsDTO")


@_attrs_define
class BigQueryServiceAccountParamsDTO:
    """A Google service account to sign in with.

    Attributes:
        service_account_email (str | Unset):
        private_key (str | Unset):
    """

    service_account_email: str | Unset = UNSET
    private_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_account_email = self.service_account_email

        private_key = self.private_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_account_email is not UNSET:
            field_dict["serviceAccountEmail"] = service_account_email
        if private_key is not UNSET:
            field_dict["privateKey"] = private_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_account_email = d.pop("serviceAccountEmail", UNSET)

        private_key = d.pop("privateKey", UNSET)

        big_query_service_account_params_dto = cls(
            service_account_email=service_account_email,
            private_key=private_key,
        )

        big_query_service_account_params_dto.additional_properties = d
        return big_query_service_account_params_dto

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
