from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.connector_setting_request_dto import ConnectorSettingRequestDTO


T = TypeVar("T", bound="TenantConnectorSettingsRequestDTO")


@_attrs_define
class TenantConnectorSettingsRequestDTO:
    """The settings to write in one tenant.

    Attributes:
        tenant_code (str): The tenant's code, for example `WFF_j1r~c7o`.
        connector_settings (list[ConnectorSettingRequestDTO]):
    """

    tenant_code: str
    connector_settings: list[ConnectorSettingRequestDTO]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        connector_settings = []
        for connector_settings_item_data in self.connector_settings:
            connector_settings_item = connector_settings_item_data.to_dict()
            connector_settings.append(connector_settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantCode": tenant_code,
                "connectorSettings": connector_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.connector_setting_request_dto import ConnectorSettingRequestDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode")

        connector_settings = []
        _connector_settings = d.pop("connectorSettings")
        for connector_settings_item_data in _connector_settings:
            connector_settings_item = ConnectorSettingRequestDTO.from_dict(connector_settings_item_data)

            connector_settings.append(connector_settings_item)

        tenant_connector_settings_request_dto = cls(
            tenant_code=tenant_code,
            connector_settings=connector_settings,
        )

        tenant_connector_settings_request_dto.additional_properties = d
        return tenant_connector_settings_request_dto

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
