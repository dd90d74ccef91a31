from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.push_data_source_definition_dto import PushDataSourceDefinitionDTO


T = TypeVar("T", bound="PushDataSourceDefinitionsDTO")


@_attrs_define
class PushDataSourceDefinitionsDTO:
    """The sources of the tenant.

    Attributes:
        sources (list[PushDataSourceDefinitionDTO] | Unset):
    """

    sources: list[PushDataSourceDefinitionDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.push_data_source_definition_dto import PushDataSourceDefinitionDTO  # noqa: PLC0415

        d = dict(src_dict)
        _sources = d.pop("sources", UNSET)
        sources: list[PushDataSourceDefinitionDTO] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = PushDataSourceDefinitionDTO.from_dict(sources_item_data)

                sources.append(sources_item)

        push_data_source_definitions_dto = cls(
            sources=sources,
        )

        push_data_source_definitions_dto.additional_properties = d
        return push_data_source_definitions_dto

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
