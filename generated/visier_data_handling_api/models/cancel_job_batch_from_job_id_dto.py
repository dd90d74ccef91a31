from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CancelJobBatchFromJobIdDTO")


@_attrs_define
class CancelJobBatchFromJobIdDTO:
    """The body of `cancelJobs`.

    Attributes:
        job_ids (list[str]): The IDs of the jobs to cancel, at most 500.
    """

    job_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_ids = self.job_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobIds": job_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        job_ids = cast(list[str], d.pop("jobIds"))

        cancel_job_batch_from_job_id_dto = cls(
            job_ids=job_ids,
        )

        cancel_job_batch_from_job_id_dto.additional_properties = d
        return cancel_job_batch_from_job_id_dto

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
