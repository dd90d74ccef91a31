from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assign_connector_credentials_by_tenant_response_dto_status import (
    AssignConnectorCredentialsByTenantResponseDTOStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assign_connector_with_credentials_response_dto import AssignConnectorWithCredentialsResponseDTO


T = TypeVar("T", bound="AssignConnectorCredentialsByTenantResponseDTO")


@_attrs_define
class AssignConnectorCredentialsByTenantResponseDTO:
    """The outcome of a credential assignment in one tenant.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        connectors (list[AssignConnectorWithCredentialsResponseDTO] | Unset):
        status (AssignConnectorCredentialsByTenantResponseDTOStatus | Unset): The outcome: `Succeed` or `Failed`.
        message (str | Unset): Why the operation failed, when it did; empty otherwise.
    """

    tenant_code: str | Unset = UNSET
    connectors: list[AssignConnectorWithCredentialsResponseDTO] | Unset = UNSET
    status: AssignConnectorCredentialsByTenantResponseDTOStatus | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connectors, Unset):
            connectors = []
            for connectors_item_data in self.connectors:
                connectors_item = connectors_item_data.to_dict()
                connectors.append(connectors_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if connectors is not UNSET:
            field_dict["connectors"] = connectors
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.assign_connector_with_credentials_response_dto import AssignConnectorWithCredentialsResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        _connectors = d.pop("connectors", UNSET)
        connectors: list[AssignConnectorWithCredentialsResponseDTO] | Unset = UNSET
        if _connectors is not UNSET:
            connectors = []
            for connectors_item_data in _connectors:
                connectors_item = AssignConnectorWithCredentialsResponseDTO.from_dict(connectors_item_data)

                connectors.append(connectors_item)

        _status = d.pop("status", UNSET)
        status: AssignConnectorCredentialsByTenantResponseDTOStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssignConnectorCredentialsByTenantResponseDTOStatus(_status)

        message = d.pop("message", UNSET)

        assign_connector_credentials_by_tenant_response_dto = cls(
            tenant_code=tenant_code,
            connectors=connectors,
            status=status,
            message=message,
        )

        assign_connector_credentials_by_tenant_response_dto.additional_properties = d
        return assign_connector_credentials_by_tenant_response_dto

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
