from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CdkAuthParamsDTO")


@_attrs_define
class CdkAuthParamsDTO:
    """Sign-in details for the Cdk data provider.

    Attributes:
        docker_image (str | Unset):
        connector_config_json (str | Unset):
    """

    docker_image: str | Unset = UNSET
    connector_config_json: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        docker_image = self.docker_image

        connector_config_json = self.connector_config_json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if docker_image is not UNSET:
            field_dict["dockerImage"] = docker_image
        if connector_config_json is not UNSET:
            field_dict["connectorConfigJson"] = connector_config_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        docker_image = d.pop("dockerImage", UNSET)

        connector_config_json = d.pop("connectorConfigJson", UNSET)

        cdk_auth_params_dto = cls(
            docker_image=docker_image,
            connector_config_json=connector_config_json,
        )

        cdk_auth_params_dto.additional_properties = d
        return cdk_auth_params_dto

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
