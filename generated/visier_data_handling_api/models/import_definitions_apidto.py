from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_definition_apidto import ImportDefinitionAPIDTO


T = TypeVar("T", bound="ImportDefinitionsAPIDTO")


@_attrs_define
class ImportDefinitionsAPIDTO:
    """A page of data connectors.

    Attributes:
        data_connectors (list[ImportDefinitionAPIDTO] | Unset): This page's data connectors.
        limit (int | Unset): The page size the service used.
        start (int | Unset): The offset of this page's first item.
    """

    data_connectors: list[ImportDefinitionAPIDTO] | Unset = UNSET
    limit: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_connectors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_connectors, Unset):
            data_connectors = []
            for data_connectors_item_data in self.data_connectors:
                data_connectors_item = data_connectors_item_data.to_dict()
                data_connectors.append(data_connectors_item)

        limit = self.limit

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data_connectors is not UNSET:
            field_dict["dataConnectors"] = data_connectors
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.import_definition_apidto import ImportDefinitionAPIDTO  # noqa: PLC0415

        d = dict(src_dict)
        _data_connectors = d.pop("dataConnectors", UNSET)
        data_connectors: list[ImportDefinitionAPIDTO] | Unset = UNSET
        if _data_connectors is not UNSET:
            data_connectors = []
            for data_connectors_item_data in _data_connectors:
                data_connectors_item = ImportDefinitionAPIDTO.from_dict(data_connectors_item_data)

                data_connectors.append(data_connectors_item)

        limit = d.pop("limit", UNSET)

        start = d.pop("start", UNSET)

        import_definitions_apidto = cls(
            data_connectors=data_connectors,
            limit=limit,
            start=start,
        )

        import_definitions_apidto.additional_properties = d
        return import_definitions_apidto

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
