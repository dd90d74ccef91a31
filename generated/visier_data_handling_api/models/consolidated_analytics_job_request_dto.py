from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsolidatedAnalyticsJobRequestDTO")


@_attrs_define
class ConsolidatedAnalyticsJobRequestDTO:
    """The body of `adhocConsolidatedAnalyticsJob`.

    Attributes:
        tenant_code (str): The consolidated analytics tenant, for example `WFF_j1r~CAa7s`.
        run_processing_job (bool | Unset): When true, run a processing job afterwards.
    """

    tenant_code: str
    run_processing_job: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        run_processing_job = self.run_processing_job

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantCode": tenant_code,
            }
        )
        if run_processing_job is not UNSET:
            field_dict["runProcessingJob"] = run_processing_job

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode")

        run_processing_job = d.pop("runProcessingJob", UNSET)

        consolidated_analytics_job_request_dto = cls(
            tenant_code=tenant_code,
            run_processing_job=run_processing_job,
        )

        consolidated_analytics_job_request_dto.additional_properties = d
        return consolidated_analytics_job_request_dto

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
