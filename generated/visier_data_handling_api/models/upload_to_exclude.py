from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadToExclude")


@_attrs_define
class UploadToExclude:
    """Which data uploads to exclude in one analytic tenant.

    Attributes:
        tenant_code (str): The tenant's code, for example `WFF_j1r~c7o`.
        exclude_all (bool | Unset): When true, exclude all of the tenant's data uploads.
        upload_times (list[str] | Unset): The upload times (ISO 8601) of the uploads to select.
        min_upload_time (str | Unset): Select uploads from this time on (ISO 8601); use instead of `uploadTimes`.
        max_upload_time (str | Unset): Select uploads up to this time (ISO 8601); use instead of `uploadTimes`.
        sources (list[str] | Unset): Select uploads of these sources (object names).
        file_name_regex (str | Unset): Select uploads whose file name matches this regular expression.
        file_identifiers (list[str] | Unset): Select uploads by file identifier (see `retrieveDataUploads`).
    """

    tenant_code: str
    exclude_all: bool | Unset = UNSET
    upload_times: list[str] | Unset = UNSET
    min_upload_time: str | Unset = UNSET
    max_upload_time: str | Unset = UNSET
    sources: list[str] | Unset = UNSET
    file_name_regex: str | Unset = UNSET
    file_identifiers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tenant_code = self.tenant_code

        exclude_all = self.exclude_all

        upload_times: list[str] | Unset = UNSET
        if not isinstance(self.upload_times, Unset):
            upload_times = self.upload_times

        min_upload_time = self.min_upload_time

        max_upload_time = self.max_upload_time

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources

        file_name_regex = self.file_name_regex

        file_identifiers: list[str] | Unset = UNSET
        if not isinstance(self.file_identifiers, Unset):
            file_identifiers = self.file_identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tenantCode": tenant_code,
            }
        )
        if exclude_all is not UNSET:
            field_dict["excludeAll"] = exclude_all
        if upload_times is not UNSET:
            field_dict["uploadTimes"] = upload_times
        if min_upload_time is not UNSET:
            field_dict["minUploadTime"] = min_upload_time
        if max_upload_time is not UNSET:
            field_dict["maxUploadTime"] = max_upload_time
        if sources is not UNSET:
            field_dict["sources"] = sources
        if file_name_regex is not UNSET:
            field_dict["fileNameRegex"] = file_name_regex
        if file_identifiers is not UNSET:
            field_dict["fileIdentifiers"] = file_identifiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tenant_code = d.pop("tenantCode")

        exclude_all = d.pop("excludeAll", UNSET)

        upload_times = cast(list[str], d.pop("uploadTimes", UNSET))

        min_upload_time = d.pop("minUploadTime", UNSET)

        max_upload_time = d.pop("maxUploadTime", UNSET)

        sources = cast(list[str], d.pop("sources", UNSET))

        file_name_regex = d.pop("fileNameRegex", UNSET)

        file_identifiers = cast(list[str], d.pop("fileIdentifiers", UNSET))

        upload_to_exclude = cls(
            tenant_code=tenant_code,
            exclude_all=exclude_all,
            upload_times=upload_times,
            min_upload_time=min_upload_time,
            max_upload_time=max_upload_time,
            sources=sources,
            file_name_regex=file_name_regex,
            file_identifiers=file_identifiers,
        )

        upload_to_exclude.additional_properties = d
        return upload_to_exclude

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
