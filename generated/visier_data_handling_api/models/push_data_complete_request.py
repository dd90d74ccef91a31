from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PushDataCompleteRequest")


@_attrs_define
class PushDataCompleteRequest:
    """The transfer session to complete.

    Attributes:
        transfer_session_id (str): The transfer session's ID.
        processing_data (bool | Unset): Whether a processing job follows a successful receiving job, making a new data
            version.
    """

    transfer_session_id: str
    processing_data: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transfer_session_id = self.transfer_session_id

        processing_data = self.processing_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transferSessionId": transfer_session_id,
            }
        )
        if processing_data is not UNSET:
            field_dict["processingData"] = processing_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transfer_session_id = d.pop("transferSessionId")

        processing_data = d.pop("processingData", UNSET)

        push_data_complete_request = cls(
            transfer_session_id=transfer_session_id,
            processing_data=processing_data,
        )

        push_data_complete_request.additional_properties = d
        return push_data_complete_request

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
