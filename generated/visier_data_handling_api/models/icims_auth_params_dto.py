from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.icims_auth_params_dto_region import IcimsAuthParamsDTORegion
from ..types import UNSET, Unset

T = TypeVar("T", bound="IcimsAuthParamsDTO")


@_attrs_define
class IcimsAuthParamsDTO:
    """Sign-in details for the Icims data provider.

    Attributes:
        customer_id (str | Unset):
        username (str | Unset):
        password (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        region (IcimsAuthParamsDTORegion | Unset):
    """

    customer_id: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    region: IcimsAuthParamsDTORegion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        username = self.username

        password = self.password

        client_id = self.client_id

        client_secret = self.client_secret

        region: str | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customerId", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        _region = d.pop("region", UNSET)
        region: IcimsAuthParamsDTORegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = IcimsAuthParamsDTORegion(_region)

        icims_auth_params_dto = cls(
            customer_id=customer_id,
            username=username,
            password=password,
            client_id=client_id,
            client_secret=client_secret,
            region=region,
        )

        icims_auth_params_dto.additional_properties = d
        return icims_auth_params_dto

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
