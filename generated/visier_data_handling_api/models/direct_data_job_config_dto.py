from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.direct_data_job_config_dto_supplemental_mode import DirectDataJobConfigDTOSupplementalMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectDataJobConfigDTO")


@_attrs_define
class DirectDataJobConfigDTO:
    """Whether committed transactions are processed as the primary job or as a supplemental one.

    Attributes:
        supplemental_mode (DirectDataJobConfigDTOSupplementalMode | Unset): `IS_PRIMARY` (the default),
            `IS_SUPPLEMENTAL`, or `UNCHANGED` to keep the current mode. Where a primary job is already defined, direct data
            intake must be supplemental.
        extend_objects (list[str] | Unset): Objects loaded through extension tables, so that a supplemental job can add
            to objects that already hold data from an earlier data version.
    """

    supplemental_mode: DirectDataJobConfigDTOSupplementalMode | Unset = UNSET
    extend_objects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        supplemental_mode: str | Unset = UNSET
        if not isinstance(self.supplemental_mode, Unset):
            supplemental_mode = self.supplemental_mode.value

        extend_objects: list[str] | Unset = UNSET
        if not isinstance(self.extend_objects, Unset):
            extend_objects = self.extend_objects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if supplemental_mode is not UNSET:
            field_dict["supplementalMode"] = supplemental_mode
        if extend_objects is not UNSET:
            field_dict["extendObjects"] = extend_objects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _supplemental_mode = d.pop("supplementalMode", UNSET)
        supplemental_mode: DirectDataJobConfigDTOSupplementalMode | Unset
        if isinstance(_supplemental_mode, Unset):
            supplemental_mode = UNSET
        else:
            supplemental_mode = DirectDataJobConfigDTOSupplementalMode(_supplemental_mode)

        extend_objects = cast(list[str], d.pop("extendObjects", UNSET))

        direct_data_job_config_dto = cls(
            supplemental_mode=supplemental_mode,
            extend_objects=extend_objects,
        )

        direct_data_job_config_dto.additional_properties = d
        return direct_data_job_config_dto

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
