from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extractor_credential_apidto import ExtractorCredentialAPIDTO


T = TypeVar("T", bound="ExtractorCredentialsAPIDTO")


@_attrs_define
class ExtractorCredentialsAPIDTO:
    """A page of connector credentials.

    Attributes:
        connector_credentials (list[ExtractorCredentialAPIDTO] | Unset): This page's credentials.
        limit (int | Unset): The page size the service used.
        start (int | Unset): The offset of this page's first item.
    """

    connector_credentials: list[ExtractorCredentialAPIDTO] | Unset = UNSET
    limit: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connector_credentials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.connector_credentials, Unset):
            connector_credentials = []
            for connector_credentials_item_data in self.connector_credentials:
                connector_credentials_item = connector_credentials_item_data.to_dict()
                connector_credentials.append(connector_credentials_item)

        limit = self.limit

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connector_credentials is not UNSET:
            field_dict["connectorCredentials"] = connector_credentials
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.extractor_credential_apidto import ExtractorCredentialAPIDTO  # noqa: PLC0415

        d = dict(src_dict)
        _connector_credentials = d.pop("connectorCredentials", UNSET)
        connector_credentials: list[ExtractorCredentialAPIDTO] | Unset = UNSET
        if _connector_credentials is not UNSET:
            connector_credentials = []
            for connector_credentials_item_data in _connector_credentials:
                connector_credentials_item = ExtractorCredentialAPIDTO.from_dict(connector_credentials_item_data)

                connector_credentials.append(connector_credentials_item)

        limit = d.pop("limit", UNSET)

        start = d.pop("start", UNSET)

        extractor_credentials_apidto = cls(
            connector_credentials=connector_credentials,
            limit=limit,
            start=start,
        )

        extractor_credentials_apidto.additional_properties = d
        return extractor_credentials_apidto

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
