from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_load_request_model import DataLoadRequestModel


T = TypeVar("T", bound="DataLoadRequest")


@_attrs_define
class DataLoadRequest:
    """The body of `startLoad`: the load settings wrapped in `model`.

    Attributes:
        model (DataLoadRequestModel): Which uploaded files to load.
    """

    model: DataLoadRequestModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_load_request_model import DataLoadRequestModel  # noqa: PLC0415

        d = dict(src_dict)
        model = DataLoadRequestModel.from_dict(d.pop("model"))

        data_load_request = cls(
            model=model,
        )

        data_load_request.additional_properties = d
        return data_load_request

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
