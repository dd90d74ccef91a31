from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tenant_data_upload_update_status_response_dto import TenantDataUploadUpdateStatusResponseDTO


T = TypeVar("T", bound="TenantDataUploadsUpdateResponseDTO")


@_attrs_define
class TenantDataUploadsUpdateResponseDTO:
    """The outcome of including or excluding data uploads, one line per upload.

    Attributes:
        total_failures (int | Unset): How many lines failed.
        total_success (int | Unset): How many lines succeeded.
        uploads (list[TenantDataUploadUpdateStatusResponseDTO] | Unset):
    """

    total_failures: int | Unset = UNSET
    total_success: int | Unset = UNSET
    uploads: list[TenantDataUploadUpdateStatusResponseDTO] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_failures = self.total_failures

        total_success = self.total_success

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_failures is not UNSET:
            field_dict["totalFailures"] = total_failures
        if total_success is not UNSET:
            field_dict["totalSuccess"] = total_success
        if uploads is not UNSET:
            field_dict["uploads"] = uploads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.tenant_data_upload_update_status_response_dto import TenantDataUploadUpdateStatusResponseDTO  # noqa: PLC0415

        d = dict(src_dict)
        total_failures = d.pop("totalFailures", UNSET)

        total_success = d.pop("totalSuccess", UNSET)

        _uploads = d.pop("uploads", UNSET)
        uploads: list[TenantDataUploadUpdateStatusResponseDTO] | Unset = UNSET
        if _uploads is not UNSET:
            uploads = []
            for uploads_item_data in _uploads:
                uploads_item = TenantDataUploadUpdateStatusResponseDTO.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        tenant_data_uploads_update_response_dto = cls(
            total_failures=total_failures,
            total_success=total_success,
            uploads=uploads,
        )

        tenant_data_uploads_update_response_dto.additional_properties = d
        return tenant_data_uploads_update_response_dto

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
