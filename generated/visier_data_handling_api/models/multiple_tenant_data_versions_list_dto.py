from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.multiple_tenant_data_versions_details_dto import MultipleTenantDataVersionsDetailsDTO


T = TypeVar("T", bound="MultipleTenantDataVersionsListDTO")


@_attrs_define
class MultipleTenantDataVersionsListDTO:
    """A page of analytic tenants with their latest enabled data versions.

    Attributes:
        tenants (list[MultipleTenantDataVersionsDetailsDTO] | Unset): This page's tenants.
        limit (int | Unset): The page size the service used.
        start (int | Unset): The offset of this page's first item.
    """

    tenants: list[MultipleTenantDataVersionsDetailsDTO] | Unset = UNSET
    limit: int | Unset = UNSET
    start: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tenants, Unset):
            tenants = []
            for tenants_item_data in self.tenants:
                tenants_item = tenants_item_data.to_dict()
                tenants.append(tenants_item)

        limit = self.limit

        start = self.start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenants is not UNSET:
            field_dict["tenants"] = tenants
        if limit is not UNSET:
            field_dict["limit"] = limit
        if start is not UNSET:
            field_dict["start"] = start

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.multiple_tenant_data_versions_details_dto import MultipleTenantDataVersionsDetailsDTO  # noqa: PLC0415

        d = dict(src_dict)
        _tenants = d.pop("tenants", UNSET)
        tenants: list[MultipleTenantDataVersionsDetailsDTO] | Unset = UNSET
        if _tenants is not UNSET:
            tenants = []
            for tenants_item_data in _tenants:
                tenants_item = MultipleTenantDataVersionsDetailsDTO.from_dict(tenants_item_data)

                tenants.append(tenants_item)

        limit = d.pop("limit", UNSET)

        start = d.pop("start", UNSET)

        multiple_tenant_data_versions_list_dto = cls(
            tenants=tenants,
            limit=limit,
            start=start,
        )

        multiple_tenant_data_versions_list_dto.additional_properties = d
        return multiple_tenant_data_versions_list_dto

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
