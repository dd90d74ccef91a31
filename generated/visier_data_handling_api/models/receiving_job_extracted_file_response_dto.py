from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReceivingJobExtractedFileResponseDTO")


@_attrs_define
class ReceivingJobExtractedFileResponseDTO:
    """A file a receiving job transferred.

    Attributes:
        upload_time (str | Unset): When the data was uploaded (ISO 8601).
        filename (str | Unset): The file's name.
        identifier (str | Unset): The file's unique identifier.
        source_id (str | Unset): The UUID of the source the file belongs to (a placeholder when it belongs to none).
        source_object_name (str | Unset): The object name of the source the file belongs to (empty when it belongs to
            none).
        included (bool | Unset): True when it takes part in data version generation.
    """

    upload_time: str | Unset = UNSET
    filename: str | Unset = UNSET
    identifier: str | Unset = UNSET
    source_id: str | Unset = UNSET
    source_object_name: str | Unset = UNSET
    included: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        upload_time = self.upload_time

        filename = self.filename

        identifier = self.identifier

        source_id = self.source_id

        source_object_name = self.source_object_name

        included = self.included

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upload_time is not UNSET:
            field_dict["uploadTime"] = upload_time
        if filename is not UNSET:
            field_dict["filename"] = filename
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_object_name is not UNSET:
            field_dict["sourceObjectName"] = source_object_name
        if included is not UNSET:
            field_dict["included"] = included

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        upload_time = d.pop("uploadTime", UNSET)

        filename = d.pop("filename", UNSET)

        identifier = d.pop("identifier", UNSET)

        source_id = d.pop("sourceId", UNSET)

        source_object_name = d.pop("sourceObjectName", UNSET)

        included = d.pop("included", UNSET)

        receiving_job_extracted_file_response_dto = cls(
            upload_time=upload_time,
            filename=filename,
            identifier=identifier,
            source_id=source_id,
            source_object_name=source_object_name,
            included=included,
        )

        receiving_job_extracted_file_response_dto.additional_properties = d
        return receiving_job_extracted_file_response_dto

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
