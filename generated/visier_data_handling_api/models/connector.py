from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tenant_and_credential import TenantAndCredential


T = TypeVar("T", bound="Connector")


@_attrs_define
class Connector:
    """A data connector and the credential to assign to it in each tenant.

    Attributes:
        connector_id (str): The data connector's ID.
        tenants (list[TenantAndCredential]):
    """

    connector_id: str
    tenants: list[TenantAndCredential]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        tenants = []
        for tenants_item_data in self.tenants:
            tenants_item = tenants_item_data.to_dict()
            tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectorId": connector_id,
                "tenants": tenants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.tenant_and_credential import TenantAndCredential  # noqa: PLC0415

        d = dict(src_dict)
        connector_id = d.pop("connectorId")

        tenants = []
        _tenants = d.pop("tenants")
        for tenants_item_data in _tenants:
            tenants_item = TenantAndCredential.from_dict(tenants_item_data)

            tenants.append(tenants_item)

        connector = cls(
            connector_id=connector_id,
            tenants=tenants,
        )

        connector.additional_properties = d
        return connector

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
