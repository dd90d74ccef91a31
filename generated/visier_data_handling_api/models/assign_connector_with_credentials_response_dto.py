from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_credential_info_response_dto import AssignedCredentialInfoResponseDTO
    from ..models.connector_info_response_dto import ConnectorInfoResponseDTO


T = TypeVar("T", bound="AssignConnectorWithCredentialsResponseDTO")


@_attrs_define
class AssignConnectorWithCredentialsResponseDTO:
    """A data connector and the credential now assigned to it.

    Attributes:
        connector (ConnectorInfoResponseDTO | Unset): A data connector's identity.
        credential (AssignedCredentialInfoResponseDTO | Unset): The credential that was assigned.
    """

    connector: ConnectorInfoResponseDTO | Unset = UNSET
    credential: AssignedCredentialInfoResponseDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connector, Unset):
            connector = self.connector.to_dict()

        credential: dict[str, Any] | Unset = UNSET
        if not isinstance(self.credential, Unset):
            credential = self.credential.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector is not UNSET:
            field_dict["connector"] = connector
        if credential is not UNSET:
            field_dict["credential"] = credential

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.assigned_credential_info_response_dto import AssignedCredentialInfoResponseDTO  # noqa: PLC0415
        from visier_data_handling_api.models.connector_info_response_dto import ConnectorInfoResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        _connector = d.pop("connector", UNSET)
        connector: ConnectorInfoResponseDTO | Unset
        if isinstance(_connector, Unset):
            connector = UNSET
        else:
            connector = ConnectorInfoResponseDTO.from_dict(_connector)

        _credential = d.pop("credential", UNSET)
        credential: AssignedCredentialInfoResponseDTO | Unset
        if isinstance(_credential, Unset):
            credential = UNSET
        else:
            credential = AssignedCredentialInfoResponseDTO.from_dict(_credential)

        assign_connector_with_credentials_response_dto = cls(
            connector=connector,
            credential=credential,
        )

        assign_connector_with_credentials_response_dto.additional_properties = d
        return assign_connector_with_credentials_response_dto

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
