from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assign_connector_credentials_by_tenant_response_dto import (
        AssignConnectorCredentialsByTenantResponseDTO,
    )


T = TypeVar("T", bound="AssignConnectorCredentialsResponseDTO")


@_attrs_define
class AssignConnectorCredentialsResponseDTO:
    """The outcome of `assignConnectorCredential`, one entry per tenant.

    Attributes:
        tenants (list[AssignConnectorCredentialsByTenantResponseDTO] | Unset):
    """

    tenants: list[AssignConnectorCredentialsByTenantResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenants is not UNSET:
            field_dict["tenants"] = tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.assign_connector_credentials_by_tenant_response_dto import (
            AssignConnectorCredentialsByTenantResponseDTO,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _tenants = d.pop("tenants", UNSET)
        tenants: list[AssignConnectorCredentialsByTenantResponseDTO] | Unset = UNSET
        if _tenants is not UNSET:
            tenants = []
            for tenants_item_data in _tenants:
                tenants_item = AssignConnectorCredentialsByTenantResponseDTO.from_dict(tenants_item_data)

                tenants.append(tenants_item)

        assign_connector_credentials_response_dto = cls(
            tenants=tenants,
        )

        assign_connector_credentials_response_dto.additional_properties = d
        return assign_connector_credentials_response_dto

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
