from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.upload_to_exclude import UploadToExclude


T = TypeVar("T", bound="ExcludeDataUploadsRequest")


@_attrs_define
class ExcludeDataUploadsRequest:
    """The body of `excludeDataUploads`.

    Attributes:
        uploads (list[UploadToExclude]): Which uploads to exclude, per tenant.
    """

    uploads: list[UploadToExclude]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uploads = []
        for uploads_item_data in self.uploads:
            uploads_item = uploads_item_data.to_dict()
            uploads.append(uploads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uploads": uploads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from visier_data_handling_api.models.upload_to_exclude import UploadToExclude  # noqa: PLC0415

        d = dict(src_dict)
        uploads = []
        _uploads = d.pop("uploads")
        for uploads_item_data in _uploads:
            uploads_item = UploadToExclude.from_dict(uploads_item_data)

            uploads.append(uploads_item)

        exclude_data_uploads_request = cls(
            uploads=uploads,
        )

        exclude_data_uploads_request.additional_properties = d
        return exclude_data_uploads_request

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
