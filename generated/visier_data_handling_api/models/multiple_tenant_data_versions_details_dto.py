from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_version_and_date_dto import DataVersionAndDateDTO


T = TypeVar("T", bound="MultipleTenantDataVersionsDetailsDTO")


@_attrs_define
class MultipleTenantDataVersionsDetailsDTO:
    """One analytic tenant and its latest enabled data versions.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        data_versions (list[DataVersionAndDateDTO] | Unset): The tenant's latest enabled data versions, newest first;
            empty when it has none.
    """

    tenant_code: str | Unset = UNSET
    data_versions: list[DataVersionAndDateDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        data_versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data_versions, Unset):
            data_versions = []
            for data_versions_item_data in self.data_versions:
                data_versions_item = data_versions_item_data.to_dict()
                data_versions.append(data_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if data_versions is not UNSET:
            field_dict["dataVersions"] = data_versions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.data_version_and_date_dto import DataVersionAndDateDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        _data_versions = d.pop("dataVersions", UNSET)
        data_versions: list[DataVersionAndDateDTO] | Unset = UNSET
        if _data_versions is not UNSET:
            data_versions = []
            for data_versions_item_data in _data_versions:
                data_versions_item = DataVersionAndDateDTO.from_dict(data_versions_item_data)

                data_versions.append(data_versions_item)

        multiple_tenant_data_versions_details_dto = cls(
            tenant_code=tenant_code,
            data_versions=data_versions,
        )

        multiple_tenant_data_versions_details_dto.additional_properties = d
        return multiple_tenant_data_versions_details_dto

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
