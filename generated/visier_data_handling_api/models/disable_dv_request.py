from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.disable_dv_model import DisableDVModel


T = TypeVar("T", bound="DisableDVRequest")


@_attrs_define
class DisableDVRequest:
    """The body of `disableDv`: the data versions wrapped in `model`.

    Attributes:
        model (DisableDVModel): The data versions to disable.
    """

    model: DisableDVModel
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
        from visier_data_handling_api.models.disable_dv_model import DisableDVModel  # noqa: PLC0415

        d = dict(src_dict)
        model = DisableDVModel.from_dict(d.pop("model"))

        disable_dv_request = cls(
            model=model,
        )

        disable_dv_request.additional_properties = d
        return disable_dv_request

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
