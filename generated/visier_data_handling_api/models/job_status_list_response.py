from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_status_with_start_time import JobStatusWithStartTime


T = TypeVar("T", bound="JobStatusListResponse")


@_attrs_define
class JobStatusListResponse:
    """The jobs that started in a time range, with their statuses.

    Attributes:
        query_start_time (str | Unset): The start of the time range that was searched.
        query_end_time (str | Unset): The end of the time range that was searched.
        job_status (list[JobStatusWithStartTime] | Unset): The jobs found.
    """

    query_start_time: str | Unset = UNSET
    query_end_time: str | Unset = UNSET
    job_status: list[JobStatusWithStartTime] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_start_time = self.query_start_time

        query_end_time = self.query_end_time

        job_status: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_status, Unset):
            job_status = []
            for job_status_item_data in self.job_status:
                job_status_item = job_status_item_data.to_dict()
                job_status.append(job_status_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query_start_time is not UNSET:
            field_dict["queryStartTime"] = query_start_time
        if query_end_time is not UNSET:
            field_dict["queryEndTime"] = query_end_time
        if job_status is not UNSET:
            field_dict["jobStatus"] = job_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.job_status_with_start_time import JobStatusWithStartTime  # noqa: PLC0415

        d = dict(src_dict)
        query_start_time = d.pop("queryStartTime", UNSET)

        query_end_time = d.pop("queryEndTime", UNSET)

        _job_status = d.pop("jobStatus", UNSET)
        job_status: list[JobStatusWithStartTime] | Unset = UNSET
        if _job_status is not UNSET:
            job_status = []
            for job_status_item_data in _job_status:
                job_status_item = JobStatusWithStartTime.from_dict(job_status_item_data)

                job_status.append(job_status_item)

        job_status_list_response = cls(
            query_start_time=query_start_time,
            query_end_time=query_end_time,
            job_status=job_status,
        )

        job_status_list_response.additional_properties = d
        return job_status_list_response

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
