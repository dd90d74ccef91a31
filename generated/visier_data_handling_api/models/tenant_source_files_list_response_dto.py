from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.source_file_response_dto import SourceFileResponseDTO


T = TypeVar("T", bound="TenantSourceFilesListResponseDTO")


@_attrs_define
class TenantSourceFilesListResponseDTO:
    """A page of files uploaded to the tenant's sources.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        source_files (list[SourceFileResponseDTO] | Unset): This page's files.
    """

    tenant_code: str | Unset = UNSET
    source_files: list[SourceFileResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        source_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.source_files, Unset):
            source_files = []
            for source_files_item_data in self.source_files:
                source_files_item = source_files_item_data.to_dict()
                source_files.append(source_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if source_files is not UNSET:
            field_dict["sourceFiles"] = source_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.source_file_response_dto import SourceFileResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        _source_files = d.pop("sourceFiles", UNSET)
        source_files: list[SourceFileResponseDTO] | Unset = UNSET
        if _source_files is not UNSET:
            source_files = []
            for source_files_item_data in _source_files:
                source_files_item = SourceFileResponseDTO.from_dict(source_files_item_data)

                source_files.append(source_files_item)

        tenant_source_files_list_response_dto = cls(
            tenant_code=tenant_code,
            source_files=source_files,
        )

        tenant_source_files_list_response_dto.additional_properties = d
        return tenant_source_files_list_response_dto

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
