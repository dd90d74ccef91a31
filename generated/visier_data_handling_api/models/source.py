from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Source")


@_attrs_define
class Source:
    """How a transfer went for one source.

    Attributes:
        source_id (str | Unset): The source's ID.
        source_name (str | Unset): The source's name.
        status (str | Unset): How the transfer went for this source.
        message (str | Unset): What the service said about it.
        rows (str | Unset): How many rows it received.
        data_size (str | Unset): How many bytes it received.
    """

    source_id: str | Unset = UNSET
    source_name: str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    rows: str | Unset = UNSET
    data_size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_id = self.source_id

        source_name = self.source_name

        status = self.status

        message = self.message

        rows = self.rows

        data_size = self.data_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if source_name is not UNSET:
            field_dict["sourceName"] = source_name
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if rows is not UNSET:
            field_dict["rows"] = rows
        if data_size is not UNSET:
            field_dict["dataSize"] = data_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = d.pop("sourceId", UNSET)

        source_name = d.pop("sourceName", UNSET)

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        rows = d.pop("rows", UNSET)

        data_size = d.pop("dataSize", UNSET)

        source = cls(
            source_id=source_id,
            source_name=source_name,
            status=status,
            message=message,
            rows=rows,
            data_size=data_size,
        )

        source.additional_properties = d
        return source

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
