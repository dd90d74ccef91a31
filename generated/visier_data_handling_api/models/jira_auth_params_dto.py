from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jira_connect_params_dto import JiraConnectParamsDTO


T = TypeVar("T", bound="JiraAuthParamsDTO")


@_attrs_define
class JiraAuthParamsDTO:
    """Sign-in details for the Jira data provider.

    Attributes:
        api_token (str | Unset):
        host_name (str | Unset):
        connect_params (JiraConnectParamsDTO | Unset): Atlassian Connect app details for Jira.
        cloud_id (str | Unset):
        email (str | Unset):
    """

    api_token: str | Unset = UNSET
    host_name: str | Unset = UNSET
    connect_params: JiraConnectParamsDTO | Unset = UNSET
    cloud_id: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        host_name = self.host_name

        connect_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connect_params, Unset):
            connect_params = self.connect_params.to_dict()

        cloud_id = self.cloud_id

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_token is not UNSET:
            field_dict["apiToken"] = api_token
        if host_name is not UNSET:
            field_dict["hostName"] = host_name
        if connect_params is not UNSET:
            field_dict["connectParams"] = connect_params
        if cloud_id is not UNSET:
            field_dict["cloudId"] = cloud_id
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.jira_connect_params_dto import JiraConnectParamsDTO  # noqa: PLC0415

        d = dict(src_dict)
        api_token = d.pop("apiToken", UNSET)

        host_name = d.pop("hostName", UNSET)

        _connect_params = d.pop("connectParams", UNSET)
        connect_params: JiraConnectParamsDTO | Unset
        if isinstance(_connect_params, Unset):
            connect_params = UNSET
        else:
            connect_params = JiraConnectParamsDTO.from_dict(_connect_params)

        cloud_id = d.pop("cloudId", UNSET)

        email = d.pop("email", UNSET)

        jira_auth_params_dto = cls(
            api_token=api_token,
            host_name=host_name,
            connect_params=connect_params,
            cloud_id=cloud_id,
            email=email,
        )

        jira_auth_params_dto.additional_properties = d
        return jira_auth_params_dto

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
