from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.direct_data_job_config_dto import DirectDataJobConfigDTO


T = TypeVar("T", bound="DirectDataLoadConfigDTO")


@_attrs_define
class DirectDataLoadConfigDTO:
    """How direct data intake processes committed transactions.

    Attributes:
        job (DirectDataJobConfigDTO | Unset): Whether committed transactions are processed as the primary job or as a
            supplemental one.
    """

    job: DirectDataJobConfigDTO | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job: dict[str, Any] | Unset = UNSET
        if not isinstance(self.job, Unset):
            job = self.job.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job is not UNSET:
            field_dict["job"] = job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.direct_data_job_config_dto import DirectDataJobConfigDTO  # noqa: PLC0415

        d = dict(src_dict)
        _job = d.pop("job", UNSET)
        job: DirectDataJobConfigDTO | Unset
        if isinstance(_job, Unset):
            job = UNSET
        else:
            job = DirectDataJobConfigDTO.from_dict(_job)

        direct_data_load_config_dto = cls(
            job=job,
        )

        direct_data_load_config_dto.additional_properties = d
        return direct_data_load_config_dto

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
