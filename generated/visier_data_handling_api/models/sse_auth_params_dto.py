from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SSEAuthParamsDTO")


@_attrs_define
class SSEAuthParamsDTO:
    """Sign-in details for the SSE data provider.

    Attributes:
        endpoint (str | Unset):
        username (str | Unset):
        password (str | Unset):
        stream_name (str | Unset):
    """

    endpoint: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET
    stream_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint = self.endpoint

        username = self.username

        password = self.password

        stream_name = self.stream_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password
        if stream_name is not UNSET:
            field_dict["streamName"] = stream_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint = d.pop("endpoint", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        stream_name = d.pop("streamName", UNSET)

        sse_auth_params_dto = cls(
            endpoint=endpoint,
            username=username,
            password=password,
            stream_name=stream_name,
        )

        sse_auth_params_dto.additional_properties = d
        return sse_auth_params_dto

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
