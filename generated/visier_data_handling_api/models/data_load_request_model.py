from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataLoadRequestModel")


@_attrs_define
class DataLoadRequestModel:
    """Which uploaded files to load.

    Attributes:
        files (list[str]): The names of the uploaded `.zip.gpg` files to load.
        skip_data_load (bool | Unset): When true, receive the files but do not load them: no data version is generated.
    """

    files: list[str]
    skip_data_load: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        files = self.files

        skip_data_load = self.skip_data_load

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "files": files,
            }
        )
        if skip_data_load is not UNSET:
            field_dict["skipDataLoad"] = skip_data_load

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        files = cast(list[str], d.pop("files"))

        skip_data_load = d.pop("skipDataLoad", UNSET)

        data_load_request_model = cls(
            files=files,
            skip_data_load=skip_data_load,
        )

        data_load_request_model.additional_properties = d
        return data_load_request_model

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
