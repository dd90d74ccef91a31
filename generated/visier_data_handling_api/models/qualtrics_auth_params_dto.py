from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QualtricsAuthParamsDTO")


@_attrs_define
class QualtricsAuthParamsDTO:
    """Sign-in details for the Qualtrics data provider.

    Attributes:
        api_token (str | Unset):
        data_center_id (str | Unset):
    """

    api_token: str | Unset = UNSET
    data_center_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        data_center_id = self.data_center_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if data_center_id is not UNSET:
            field_dict["dataCenterId"] = data_center_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_token = d.pop("apiToken", UNSET)

        data_center_id = d.pop("dataCenterId", UNSET)

        qualtrics_auth_params_dto = cls(
            api_token=api_token,
            data_center_id=data_center_id,
        )

        qualtrics_auth_params_dto.additional_properties = d
        return qualtrics_auth_params_dto

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
