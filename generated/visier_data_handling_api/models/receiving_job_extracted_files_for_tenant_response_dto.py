from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.receiving_job_extracted_file_response_dto import ReceivingJobExtractedFileResponseDTO


T = TypeVar("T", bound="ReceivingJobExtractedFilesForTenantResponseDTO")


@_attrs_define
class ReceivingJobExtractedFilesForTenantResponseDTO:
    """The files a receiving job transferred to one analytic tenant.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        extracted_files (list[ReceivingJobExtractedFileResponseDTO] | Unset): The files transferred to this tenant.
    """

    tenant_code: str | Unset = UNSET
    extracted_files: list[ReceivingJobExtractedFileResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        extracted_files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.extracted_files, Unset):
            extracted_files = []
            for extracted_files_item_data in self.extracted_files:
                extracted_files_item = extracted_files_item_data.to_dict()
                extracted_files.append(extracted_files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if extracted_files is not UNSET:
            field_dict["extractedFiles"] = extracted_files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.receiving_job_extracted_file_response_dto import ReceivingJobExtractedFileResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        _extracted_files = d.pop("extractedFiles", UNSET)
        extracted_files: list[ReceivingJobExtractedFileResponseDTO] | Unset = UNSET
        if _extracted_files is not UNSET:
            extracted_files = []
            for extracted_files_item_data in _extracted_files:
                extracted_files_item = ReceivingJobExtractedFileResponseDTO.from_dict(extracted_files_item_data)

                extracted_files.append(extracted_files_item)

        receiving_job_extracted_files_for_tenant_response_dto = cls(
            tenant_code=tenant_code,
            extracted_files=extracted_files,
        )

        receiving_job_extracted_files_for_tenant_response_dto.additional_properties = d
        return receiving_job_extracted_files_for_tenant_response_dto

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
