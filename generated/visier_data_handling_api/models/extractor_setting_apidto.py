from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extractor_setting_key_value_apidto import ExtractorSettingKeyValueAPIDTO


T = TypeVar("T", bound="ExtractorSettingAPIDTO")


@_attrs_define
class ExtractorSettingAPIDTO:
    """A data connector and its settings.

    Attributes:
        connector_id (str | Unset): The data connector's ID.
        display_name (str | Unset): The name Visier shows for it.
        connector_settings (list[ExtractorSettingKeyValueAPIDTO] | Unset):
    """

    connector_id: str | Unset = UNSET
    display_name: str | Unset = UNSET
    connector_settings: list[ExtractorSettingKeyValueAPIDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        display_name = self.display_name

        connector_settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connector_settings, Unset):
            connector_settings = []
            for connector_settings_item_data in self.connector_settings:
                connector_settings_item = connector_settings_item_data.to_dict()
                connector_settings.append(connector_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector_id is not UNSET:
            field_dict["connectorId"] = connector_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if connector_settings is not UNSET:
            field_dict["connectorSettings"] = connector_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.extractor_setting_key_value_apidto import ExtractorSettingKeyValueAPIDTO  # noqa: PLC0415

        d = dict(src_dict)
        connector_id = d.pop("connectorId", UNSET)

        display_name = d.pop("displayName", UNSET)

        _connector_settings = d.pop("connectorSettings", UNSET)
        connector_settings: list[ExtractorSettingKeyValueAPIDTO] | Unset = UNSET
        if _connector_settings is not UNSET:
            connector_settings = []
            for connector_settings_item_data in _connector_settings:
                connector_settings_item = ExtractorSettingKeyValueAPIDTO.from_dict(connector_settings_item_data)

                connector_settings.append(connector_settings_item)

        extractor_setting_apidto = cls(
            connector_id=connector_id,
            display_name=display_name,
            connector_settings=connector_settings,
        )

        extractor_setting_apidto.additional_properties = d
        return extractor_setting_apidto

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
