from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkdayRefreshTokenParamsDTO")


@_attrs_define
class WorkdayRefreshTokenParamsDTO:
    """Refresh-token details for Workday.

    Attributes:
        api_client_id (str | Unset):
        client_secret (str | Unset):
        refresh_token (str | Unset):
    """

    api_client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_client_id = self.api_client_id

        client_secret = self.client_secret

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_client_id is not UNSET:
            field_dict["apiClientId"] = api_client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_client_id = d.pop("apiClientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        refresh_token = d.pop("refreshToken", UNSET)

        workday_refresh_token_params_dto = cls(
            api_client_id=api_client_id,
            client_secret=client_secret,
            refresh_token=refresh_token,
        )

        workday_refresh_token_params_dto.additional_properties = d
        return workday_refresh_token_params_dto

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
