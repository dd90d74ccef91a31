from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JiraConnectParamsDTO")


@_attrs_define
class JiraConnectParamsDTO:
    """Atlassian Connect app details for Jira.

    Attributes:
        app_key (str | Unset):
        client_key (str | Unset):
        shared_secret (str | Unset):
    """

    app_key: str | Unset = UNSET
    client_key: str | Unset = UNSET
    shared_secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_key = self.app_key

        client_key = self.client_key

        shared_secret = self.shared_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_key is not UNSET:
            field_dict["appKey"] = app_key
        if client_key is not UNSET:
            field_dict["clientKey"] = client_key
        if shared_secret is not UNSET:
            field_dict["sharedSecret"] = shared_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        app_key = d.pop("appKey", UNSET)

        client_key = d.pop("clientKey", UNSET)

        shared_secret = d.pop("sharedSecret", UNSET)

        jira_connect_params_dto = cls(
            app_key=app_key,
            client_key=client_key,
            shared_secret=shared_secret,
        )

        jira_connect_params_dto.additional_properties = d
        return jira_connect_params_dto

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
