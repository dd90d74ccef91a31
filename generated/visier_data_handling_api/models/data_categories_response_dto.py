from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_category_response_dto import DataCategoryResponseDTO


T = TypeVar("T", bound="DataCategoriesResponseDTO")


@_attrs_define
class DataCategoriesResponseDTO:
    """The tenant's data categories.

    Attributes:
        categories (list[DataCategoryResponseDTO] | Unset):
    """

    categories: list[DataCategoryResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        categories: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.categories, Unset):
            categories = []
            for categories_item_data in self.categories:
                categories_item = categories_item_data.to_dict()
                categories.append(categories_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_category_response_dto import DataCategoryResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        _categories = d.pop("categories", UNSET)
        categories: list[DataCategoryResponseDTO] | Unset = UNSET
        if _categories is not UNSET:
            categories = []
            for categories_item_data in _categories:
                categories_item = DataCategoryResponseDTO.from_dict(categories_item_data)

                categories.append(categories_item)

        data_categories_response_dto = cls(
            categories=categories,
        )

        data_categories_response_dto.additional_properties = d
        return data_categories_response_dto

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
