from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_cancellation_result_dto import JobCancellationResultDTO


T = TypeVar("T", bound="JobCancellationResultsDTO")


@_attrs_define
class JobCancellationResultsDTO:
    """The outcome of `cancelJobs`, one line per job ID.

    Attributes:
        job_cancellation_results (list[JobCancellationResultDTO] | Unset): One line per job ID.
    """

    job_cancellation_results: list[JobCancellationResultDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        job_cancellation_results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.job_cancellation_results, Unset):
            job_cancellation_results = []
            for job_cancellation_results_item_data in self.job_cancellation_results:
                job_cancellation_results_item = job_cancellation_results_item_data.to_dict()
                job_cancellation_results.append(job_cancellation_results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if job_cancellation_results is not UNSET:
            field_dict["jobCancellationResults"] = job_cancellation_results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.job_cancellation_result_dto import JobCancellationResultDTO  # noqa: PLC0415

        d = dict(src_dict)
        _job_cancellation_results = d.pop("jobCancellationResults", UNSET)
        job_cancellation_results: list[JobCancellationResultDTO] | Unset = UNSET
        if _job_cancellation_results is not UNSET:
            job_cancellation_results = []
            for job_cancellation_results_item_data in _job_cancellation_results:
                job_cancellation_results_item = JobCancellationResultDTO.from_dict(job_cancellation_results_item_data)

                job_cancellation_results.append(job_cancellation_results_item)

        job_cancellation_results_dto = cls(
            job_cancellation_results=job_cancellation_results,
        )

        job_cancellation_results_dto.additional_properties = d
        return job_cancellation_results_dto

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
