from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasicS3AuthParamsDTO")


@_attrs_define
class BasicS3AuthParamsDTO:
    """Sign-in details for the BasicS3 data provider.

    Attributes:
        bucket_name (str | Unset):
        bucket_region (str | Unset):
        access_key (str | Unset):
        secret_key (str | Unset):
        path (str | Unset):
    """

    bucket_name: str | Unset = UNSET
    bucket_region: str | Unset = UNSET
    access_key: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bucket_name = self.bucket_name

        bucket_region = self.bucket_region

        access_key = self.access_key

        secret_key = self.secret_key

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bucket_name is not UNSET:
            field_dict["bucketName"] = bucket_name
        if bucket_region is not UNSET:
            field_dict["bucketRegion"] = bucket_region
        if access_key is not UNSET:
            field_dict["accessKey"] = access_key
        if secret_key is not UNSET:
            field_dict["secretKey"] = secret_key
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bucket_name = d.pop("bucketName", UNSET)

        bucket_region = d.pop("bucketRegion", UNSET)

        access_key = d.pop("accessKey", UNSET)

        secret_key = d.pop("secretKey", UNSET)

        path = d.pop("path", UNSET)

        basic_s3_auth_params_dto = cls(
            bucket_name=bucket_name,
            bucket_region=bucket_region,
            access_key=access_key,
            secret_key=secret_key,
            path=path,
        )

        basic_s3_auth_params_dto.additional_properties = d
        return basic_s3_auth_params_dto

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
