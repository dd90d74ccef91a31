from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result import Result


T = TypeVar("T", bound="DisableDVResponse")


@_attrs_define
class DisableDVResponse:
    """The outcome of `disableDv`, one result line per tenant.

    Attributes:
        total_failures (int | Unset): How many lines failed.
        total_success (int | Unset): How many lines succeeded.
        results (list[Result] | Unset):
    """

    total_failures: int | Unset = UNSET
    total_success: int | Unset = UNSET
    results: list[Result] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_failures = self.total_failures

        total_success = self.total_success

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_failures is not UNSET:
            field_dict["totalFailures"] = total_failures
        if total_success is not UNSET:
            field_dict["totalSuccess"] = total_success
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        total_failures = d.pop("totalFailures", UNSET)

        total_success = d.pop("totalSuccess", UNSET)

        _results = d.pop("results", UNSET)
        results: list[Result] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = Result.from_dict(results_item_data)

                results.append(results_item)

        disable_dv_response = cls(
            total_failures=total_failures,
            total_success=total_success,
            results=results,
        )

        disable_dv_response.additional_properties = d
        return disable_dv_response

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
