from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connector_info_response_dto import ConnectorInfoResponseDTO
    from ..models.connector_setting_response_dto import ConnectorSettingResponseDTO


T = TypeVar("T", bound="ConnectorSettingsResponseDTO")


@_attrs_define
class ConnectorSettingsResponseDTO:
    """The settings written on one data connector.

    Attributes:
        connector (ConnectorInfoResponseDTO | Unset): A data connector's identity.
        settings (list[ConnectorSettingResponseDTO] | Unset):
    """

    connector: ConnectorInfoResponseDTO | Unset = UNSET
    settings: list[ConnectorSettingResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector, Unset):
            connector = self.connector.to_dict()

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector is not UNSET:
            field_dict["connector"] = connector
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.connector_info_response_dto import ConnectorInfoResponseDTO  # noqa: PLC0415
        from visier_data_handling_api.models.connector_setting_response_dto import ConnectorSettingResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        _connector = d.pop("connector", UNSET)
        connector: ConnectorInfoResponseDTO | Unset
        if isinstance(_connector, Unset):
            connector = UNSET
        else:
            connector = ConnectorInfoResponseDTO.from_dict(_connector)

        _settings = d.pop("settings", UNSET)
        settings: list[ConnectorSettingResponseDTO] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = ConnectorSettingResponseDTO.from_dict(settings_item_data)

                settings.append(settings_item)

        connector_settings_response_dto = cls(
            connector=connector,
            settings=settings,
        )

        connector_settings_response_dto.additional_properties = d
        return connector_settings_response_dto

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
