from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_data_upload_status_response_dto import TenantDataUploadStatusResponseDTO


T = TypeVar("T", bound="TenantDataUploadsResponseDTO")


@_attrs_define
class TenantDataUploadsResponseDTO:
    """One analytic tenant's latest data uploads.

    Attributes:
        tenant_code (str | Unset): The tenant's code, for example `WFF_j1r~c7o`.
        uploads (list[TenantDataUploadStatusResponseDTO] | Unset): The tenant's latest data uploads; empty when it has
            none.
    """

    tenant_code: str | Unset = UNSET
    uploads: list[TenantDataUploadStatusResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tenant_code is not UNSET:
            field_dict["tenantCode"] = tenant_code
        if uploads is not UNSET:
            field_dict["uploads"] = uploads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.tenant_data_upload_status_response_dto import TenantDataUploadStatusResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        tenant_code = d.pop("tenantCode", UNSET)

        _uploads = d.pop("uploads", UNSET)
        uploads: list[TenantDataUploadStatusResponseDTO] | Unset = UNSET
        if _uploads is not UNSET:
            uploads = []
            for uploads_item_data in _uploads:
                uploads_item = TenantDataUploadStatusResponseDTO.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        tenant_data_uploads_response_dto = cls(
            tenant_code=tenant_code,
            uploads=uploads,
        )

        tenant_data_uploads_response_dto.additional_properties = d
        return tenant_data_uploads_response_dto

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
