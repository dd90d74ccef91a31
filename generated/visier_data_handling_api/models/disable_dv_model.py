from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_version_object import DataVersionObject


T = TypeVar("T", bound="DisableDVModel")


@_attrs_define
class DisableDVModel:
    """The data versions to disable.

    Attributes:
        data_version_objects (list[DataVersionObject]): The data versions to disable, at most 1000.
    """

    data_version_objects: list[DataVersionObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_version_objects = []
        for data_version_objects_item_data in self.data_version_objects:
            data_version_objects_item = data_version_objects_item_data.to_dict()
            data_version_objects.append(data_version_objects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataVersionObjects": data_version_objects,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_version_object import DataVersionObject  # noqa: PLC0415

        d = dict(src_dict)
        data_version_objects = []
        _data_version_objects = d.pop("dataVersionObjects")
        for data_version_objects_item_data in _data_version_objects:
            data_version_objects_item = DataVersionObject.from_dict(data_version_objects_item_data)

            data_version_objects.append(data_version_objects_item)

        disable_dv_model = cls(
            data_version_objects=data_version_objects,
        )

        disable_dv_model.additional_properties = d
        return disable_dv_model

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
