from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessingJobRequestDTO")


@_attrs_define
class ProcessingJobRequestDTO:
    """The body of `adhocProcessingJobs`.

    Attributes:
        tenants (list[str] | Unset): The tenants to run processing jobs for; the caller's own tenant when left out.
        all_tenants (bool | Unset): When true, run for every analytic tenant the caller can reach.
        data_category_id (str | Unset): The data category to process; the primary one when left out.
        publish_to_production (bool | Unset): When true, publish the new data version to production.
        excluded_tenants (list[str] | Unset): Tenants to leave out when `allTenants` is true.
    """

    tenants: list[str] | Unset = UNSET
    all_tenants: bool | Unset = UNSET
    data_category_id: str | Unset = UNSET
    publish_to_production: bool | Unset = UNSET
    excluded_tenants: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants: list[str] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = self.tenants

        all_tenants = self.all_tenants

        data_category_id = self.data_category_id

        publish_to_production = self.publish_to_production

        excluded_tenants: list[str] | Unset = UNSET
        if not isinstance(self.excluded_tenants, Unset):
            excluded_tenants = self.excluded_tenants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if all_tenants is not UNSET:
            field_dict["allTenants"] = all_tenants
        if data_category_id is not UNSET:
            field_dict["dataCategoryId"] = data_category_id
        if publish_to_production is not UNSET:
            field_dict["publishToProduction"] = publish_to_production
        if excluded_tenants is not UNSET:
            field_dict["excludedTenants"] = excluded_tenants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenants = cast(list[str], d.pop("tenants", UNSET))

        all_tenants = d.pop("allTenants", UNSET)

        data_category_id = d.pop("dataCategoryId", UNSET)

        publish_to_production = d.pop("publishToProduction", UNSET)

        excluded_tenants = cast(list[str], d.pop("excludedTenants", UNSET))

        processing_job_request_dto = cls(
            tenants=tenants,
            all_tenants=all_tenants,
            data_category_id=data_category_id,
            publish_to_production=publish_to_production,
            excluded_tenants=excluded_tenants,
        )

        processing_job_request_dto.additional_properties = d
        return processing_job_request_dto

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
