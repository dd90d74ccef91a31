from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleWorkspaceAuthParamsDTO")


@_attrs_define
class GoogleWorkspaceAuthParamsDTO:
    """Sign-in details for the GoogleWorkspace data provider.

    Attributes:
        auth_code (str | Unset):
        client_id (str | Unset):
        client_secret (str | Unset):
        service_account (str | Unset):
        privacy_mode (str | Unset):
    """

    auth_code: str | Unset = UNSET
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    service_account: str | Unset = UNSET
    privacy_mode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_code = self.auth_code

        client_id = self.client_id

        client_secret = self.client_secret

        service_account = self.service_account

        privacy_mode = self.privacy_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_code is not UNSET:
            field_dict["authCode"] = auth_code
        if client_id is not UNSET:
            field_dict["clientId"] = client_id
        if client_secret is not UNSET:
            field_dict["clientSecret"] = client_secret
        if service_account is not UNSET:
            field_dict["serviceAccount"] = service_account
        if privacy_mode is not UNSET:
            field_dict["privacyMode"] = privacy_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auth_code = d.pop("authCode", UNSET)

        client_id = d.pop("clientId", UNSET)

        client_secret = d.pop("clientSecret", UNSET)

        service_account = d.pop("serviceAccount", UNSET)

        privacy_mode = d.pop("privacyMode", UNSET)

        google_workspace_auth_params_dto = cls(
            auth_code=auth_code,
            client_id=client_id,
            client_secret=client_secret,
            service_account=service_account,
            privacy_mode=privacy_mode,
        )

        google_workspace_auth_params_dto.additional_properties = d
        return google_workspace_auth_params_dto

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
