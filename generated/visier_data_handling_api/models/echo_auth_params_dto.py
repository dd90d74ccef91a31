from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echo_basic_auth_dto import EchoBasicAuthDTO
    from ..models.echo_o_auth_dto import EchoOAuthDTO


T = TypeVar("T", bound="EchoAuthParamsDTO")


@_attrs_define
class EchoAuthParamsDTO:
    """Sign-in details for the Echo data provider.

    Attributes:
        vanity_name (str | Unset):
        target_tenant_id (str | Unset):
        api_key (str | Unset):
        basic_auth (EchoBasicAuthDTO | Unset): Basic sign-in details for the Echo provider.
        o_auth (EchoOAuthDTO | Unset): OAuth sign-in details for the Echo provider.
    """

    vanity_name: str | Unset = UNSET
    target_tenant_id: str | Unset = UNSET
    api_key: str | Unset = UNSET
    basic_auth: EchoBasicAuthDTO | Unset = UNSET
    o_auth: EchoOAuthDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vanity_name = self.vanity_name

        target_tenant_id = self.target_tenant_id

        api_key = self.api_key

        basic_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.basic_auth, Unset):
            basic_auth = self.basic_auth.to_dict()

        o_auth: dict[str, Any] | Unset = UNSET
        if not isinstance(self.o_auth, Unset):
            o_auth = self.o_auth.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vanity_name is not UNSET:
            field_dict["vanityName"] = vanity_name
        if target_tenant_id is not UNSET:
            field_dict["targetTenantID"] = target_tenant_id
        if api_key is not UNSET:
            field_dict["apiKey"] = api_key
        if basic_auth is not UNSET:
            field_dict["basicAuth"] = basic_auth
        if o_auth is not UNSET:
            field_dict["oAuth"] = o_auth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.echo_basic_auth_dto import EchoBasicAuthDTO  # noqa: PLC0415
        from visier_data_handling_api.models.echo_o_auth_dto import EchoOAuthDTO  # noqa: PLC0415

        d = dict(src_dict)
        vanity_name = d.pop("vanityName", UNSET)

        target_tenant_id = d.pop("targetTenantID", UNSET)

        api_key = d.pop("apiKey", UNSET)

        _basic_auth = d.pop("basicAuth", UNSET)
        basic_auth: EchoBasicAuthDTO | Unset
        if isinstance(_basic_auth, Unset):
            basic_auth = UNSET
        else:
            basic_auth = EchoBasicAuthDTO.from_dict(_basic_auth)

        _o_auth = d.pop("oAuth", UNSET)
        o_auth: EchoOAuthDTO | Unset
        if isinstance(_o_auth, Unset):
            o_auth = UNSET
        else:
            o_auth = EchoOAuthDTO.from_dict(_o_auth)

        echo_auth_params_dto = cls(
            vanity_name=vanity_name,
            target_tenant_id=target_tenant_id,
            api_key=api_key,
            basic_auth=basic_auth,
            o_auth=o_auth,
        )

        echo_auth_params_dto.additional_properties = d
        return echo_auth_params_dto

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
